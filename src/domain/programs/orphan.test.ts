import { describe, expect, it } from 'vitest';
import { demoPolicy } from '../policy.ts';
import { calculateOrphan } from './orphan.ts';
import { buildMember, buildScenario, type MemberOverrides } from './scenario-factory.ts';

// Orphan standard 1,600.00 per month.
const run = (subject: MemberOverrides, program: 'orphan' | 'de_facto_orphan' = 'orphan', asOf = '2025-06-01') =>
  calculateOrphan(
    buildScenario({ program, asOf, members: [buildMember({ birthDate: '2015-01-01', subject: true, ...subject })] }),
    demoPolicy,
    'v1',
  );

describe('calculateOrphan (孤儿 / 事实无人抚养儿童)', () => {
  it.each<[string, MemberOverrides, number]>([
    ['no other assistance: the standard', {}, 160000],
    ['dibao below the standard: the difference', { otherBenefits: [{ program: 'dibao', monthly: 104000 }] }, 56000],
    ['several benefits below the standard', {
      otherBenefits: [{ program: 'dibao', monthly: 104000 }, { program: 'disability_living', monthly: 12000 }],
    }, 44000],
    ['other assistance equal to the standard: 0', { otherBenefits: [{ program: 'tekun', monthly: 160000 }] }, 0],
    ['other assistance above the standard: 0, never negative', { otherBenefits: [{ program: 'tekun', monthly: 175200 }] }, 0],
    ['17, turns 18 tomorrow', { birthDate: '2007-06-02' }, 160000],
  ])('%s', (_name, subject, amount) => {
    const r = run(subject);
    expect(r).toMatchObject({ program: 'orphan', eligible: true, monthlyAmount: amount, reasons: [] });
  });

  it.each<[string, MemberOverrides, string[]]>([
    ['18 today', { birthDate: '2007-06-01' }, ['age']],
    ['in prison (juvenile detention)', { inPrison: true }, ['in_prison']],
  ])('not eligible: %s', (_name, subject, reasons) => {
    expect(run(subject)).toMatchObject({ eligible: false, monthlyAmount: 0, reasons });
  });

  it('calculates de facto orphans with the same standard', () => {
    const r = run({ otherBenefits: [{ program: 'dibao', monthly: 60000 }] }, 'de_facto_orphan');
    expect(r).toMatchObject({ program: 'de_facto_orphan', eligible: true, monthlyAmount: 100000 });
  });

  it('traces the standard and each benefit deducted', () => {
    const r = run({ otherBenefits: [{ program: 'dibao', monthly: 104000 }] });
    expect(r.trace.slice(-5)).toEqual([
      { step: 'eligible', value: true },
      { step: 'orphan_standard', value: 160000, param: 'orphan.standard' },
      { step: 'other_benefit', value: 104000, memberIndex: 0, detail: { program: 'dibao' } },
      { step: 'other_benefits', value: 104000 },
      { step: 'amount', value: 56000 },
    ]);
  });

  it('needs a subject', () => {
    const scenario = buildScenario({ program: 'orphan', members: [buildMember({ birthDate: '2015-01-01' })] });
    expect(calculateOrphan(scenario, demoPolicy, 'v1').reasons).toEqual(['no_subject']);
  });
});
