import { describe, expect, it } from 'vitest';
import { demoPolicy } from '../policy.ts';
import { calculateOrphan, orphanDeduction } from './orphan.ts';
import { buildMember, buildScenario, type MemberOverrides } from './scenario-factory.ts';

// Orphan standard 1,600.00 per month; asOf 2025-06-01.
const run = (subject: MemberOverrides, program: 'orphan' | 'de_facto_orphan' = 'orphan', asOf = '2025-06-01') =>
  calculateOrphan(
    buildScenario({
      program,
      asOf,
      members: [buildMember({ birthDate: '2015-01-01', subject: true, flags: [program], ...subject })],
    }),
    demoPolicy,
    'v1',
  );

describe('calculateOrphan (孤儿 / 事实无人抚养儿童)', () => {
  it.each<[string, MemberOverrides, number]>([
    ['no other assistance: the standard', {}, 160000],
    ['tekun below the standard: the difference', { otherBenefits: [{ program: 'tekun', monthly: 104000, enrolmentId: 7 }] }, 56000],
    ['several benefits below the standard', {
      otherBenefits: [{ program: 'tekun', monthly: 104000 }, { program: 'disability_living', monthly: 12000 }],
    }, 44000],
    ['the two disability subsidies both deducted', {
      otherBenefits: [{ program: 'disability_living', monthly: 12000 }, { program: 'disability_care', monthly: 10000 }],
    }, 138000],
    ['dibao of a household of 3: the child\'s share (3,000.00 / 3)', { otherBenefits: [{ program: 'dibao', monthly: 300000, householdPersons: 3 }] }, 60000],
    ['dibao share rounded down, in the child\'s favour (1,000.00 / 3 = 333.33)', { otherBenefits: [{ program: 'dibao', monthly: 100000, householdPersons: 3 }] }, 126667],
    ['dibao of a household of 1: the whole amount', { otherBenefits: [{ program: 'dibao', monthly: 90000, householdPersons: 1 }] }, 70000],
    ['a program not offset (elderly allowance) is not deducted', { otherBenefits: [{ program: 'elderly_allowance', monthly: 10000 }] }, 160000],
    ['a local program is not deducted', { otherBenefits: [{ program: 'local_grain', monthly: 5000 }] }, 160000],
    ['other assistance equal to the standard: 0', { otherBenefits: [{ program: 'tekun', monthly: 160000 }] }, 0],
    ['other assistance above the standard: 0, never negative', { otherBenefits: [{ program: 'tekun', monthly: 175200 }] }, 0],
    ['17, turns 18 tomorrow', { birthDate: '2007-06-02' }, 160000],
    ['18 today and at school', { birthDate: '2007-06-01', student: true }, 160000],
    ['21 and at school, 22 tomorrow', { birthDate: '2003-06-02', student: true }, 160000],
    ['newborn', { birthDate: '2025-05-31' }, 160000],
    ['both flags: orphan status stands', { flags: ['orphan', 'de_facto_orphan'] }, 160000],
  ])('%s', (_name, subject, amount) => {
    const r = run(subject);
    expect(r).toMatchObject({ program: 'orphan', eligible: true, monthlyAmount: amount, reasons: [] });
  });

  it.each<[string, MemberOverrides, string[]]>([
    ['18 today, not at school', { birthDate: '2007-06-01' }, ['age']],
    ['22 today, still at school', { birthDate: '2003-06-01', student: true }, ['age']],
    ['30 and at school', { birthDate: '1995-01-01', student: true }, ['age']],
    ['a minor without the registry status (age alone is not enough)', { flags: [] }, ['orphan_status']],
    ['no flags at all', { flags: undefined }, ['orphan_status']],
    ['another flag (留守) only', { flags: ['left_behind'] }, ['orphan_status']],
    ['a de facto orphan applying as an orphan', { flags: ['de_facto_orphan'] }, ['orphan_status']],
    ['in prison (juvenile detention)', { inPrison: true }, ['in_prison']],
    ['no status and too old', { flags: [], birthDate: '2000-01-01' }, ['orphan_status', 'age']],
  ])('not eligible: %s', (_name, subject, reasons) => {
    expect(run(subject)).toMatchObject({ eligible: false, monthlyAmount: 0, reasons });
  });

  it('de facto orphans: their own flag, the same standard', () => {
    const r = run({ otherBenefits: [{ program: 'tekun', monthly: 60000 }] }, 'de_facto_orphan');
    expect(r).toMatchObject({ program: 'de_facto_orphan', eligible: true, monthlyAmount: 100000 });
    expect(run({ flags: ['orphan'] }, 'de_facto_orphan')).toMatchObject({ eligible: false, reasons: ['orphan_status'] });
  });

  it('traces the status, the standard and each deduction with its source', () => {
    const r = run({ otherBenefits: [{ program: 'dibao', monthly: 300000, householdPersons: 3, enrolmentId: 12 }, { program: 'disability_living', monthly: 12000, enrolmentId: 13 }] });
    expect(r.trace.find((s) => s.step === 'orphan_status_test')).toMatchObject({ value: true, detail: { required: 'orphan' } });
    expect(r.trace.slice(-6)).toEqual([
      { step: 'eligible', value: true },
      { step: 'orphan_standard', value: 160000, param: 'orphan.standard' },
      { step: 'other_benefit', value: 100000, memberIndex: 0, detail: { program: 'dibao', source: 'enrolment', enrolmentId: 12, householdAmount: 300000, householdPersons: 3 } },
      { step: 'other_benefit', value: 12000, memberIndex: 0, detail: { program: 'disability_living', source: 'enrolment', enrolmentId: 13 } },
      { step: 'other_benefits', value: 112000 },
      { step: 'amount', value: 48000 },
    ]);
  });

  it('orphanDeduction: offset programs only, household amounts shared', () => {
    expect(orphanDeduction({ program: 'dibao', monthly: 100, householdPersons: 3 })).toBe(33);
    expect(orphanDeduction({ program: 'tekun', monthly: 100 })).toBe(100);
    expect(orphanDeduction({ program: 'temporary', monthly: 100 })).toBe(0);
  });

  it('needs a subject', () => {
    const scenario = buildScenario({ program: 'orphan', members: [buildMember({ birthDate: '2015-01-01' })] });
    expect(calculateOrphan(scenario, demoPolicy, 'v1').reasons).toEqual(['no_subject']);
  });
});
