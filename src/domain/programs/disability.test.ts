import { describe, expect, it } from 'vitest';
import { demoPolicy, type Policy } from '../policy.ts';
import { calculateDisabilityCare } from './disability-care.ts';
import { calculateDisabilityLiving } from './disability-living.ts';
import { buildMember, buildScenario, type MemberOverrides, type ScenarioOverrides } from './scenario-factory.ts';

// Living 120.00 for disabled persons in dibao households; care 150.00 for grades 1–2 and
// grade 3 intellectual/mental (demo careGrades).
const physical = (grade: number) => ({ category: 'physical' as const, grade });

describe('calculateDisabilityLiving (困难残疾人生活补贴)', () => {
  const run = (subject: MemberOverrides, rest: ScenarioOverrides = {}) =>
    calculateDisabilityLiving(
      buildScenario({ program: 'disability_living', ...rest, members: [buildMember({ subject: true, ...subject })] }),
      demoPolicy,
      'v1',
    );

  it.each<[string, MemberOverrides, ScenarioOverrides, string[]]>([
    ['disabled, in a dibao household', { disability: physical(4) }, {}, []],
    ['not disabled', { disability: null }, {}, ['not_disabled']],
    ['household income at the dibao standard', { disability: physical(1), incomes: [{ type: 'pension', monthly: 104000 }] }, {}, ['not_dibao_eligible']],
    ['household over the asset limit', { disability: physical(1) }, { assets: { vehicles: [{ exempt: false }] } }, ['not_dibao_eligible']],
    ['an exempt mobility vehicle', { disability: physical(1) }, { assets: { vehicles: [{ exempt: true }] } }, []],
    ['a tekun person gets neither subsidy', { disability: physical(1), onTekun: true }, {}, ['on_tekun']],
    ['in prison', { disability: physical(1), inPrison: true }, {}, ['in_prison', 'not_dibao_eligible']],
  ])('%s', (_name, subject, rest, reasons) => {
    const r = run(subject, rest);
    expect(r.reasons).toEqual(reasons);
    expect(r.monthlyAmount).toBe(reasons.length === 0 ? 12000 : 0);
  });

  it("records the household's dibao test and per-capita income", () => {
    const r = run({ disability: physical(2), incomes: [{ type: 'pension', monthly: 50000 }] });
    expect(r.perCapitaIncome).toBe(50000);
    expect(r.trace).toContainEqual({
      step: 'dibao_test',
      value: true,
      detail: { perCapitaIncome: 50000, reasons: [], dibaoAmount: 54000 + 31200 },
    });
    expect(r.trace.at(-1)).toEqual({ step: 'amount', value: 12000, param: 'disability.livingAmount' });
  });
});

describe('calculateDisabilityCare (重度残疾人护理补贴)', () => {
  const run = (subject: MemberOverrides, policy: Policy = demoPolicy) =>
    calculateDisabilityCare(
      buildScenario({ program: 'disability_care', members: [buildMember({ subject: true, ...subject })] }),
      policy,
      'v1',
    );

  it.each<[string, MemberOverrides, string[]]>([
    ['grade 1', { disability: physical(1) }, []],
    ['grade 2', { disability: { category: 'hearing', grade: 2 } }, []],
    ['grade 3 physical', { disability: physical(3) }, ['grade_not_covered']],
    ['grade 3 intellectual', { disability: { category: 'intellectual', grade: 3 } }, []],
    ['grade 3 mental', { disability: { category: 'mental', grade: 3 } }, []],
    ['grade 4 mental', { disability: { category: 'mental', grade: 4 } }, ['grade_not_covered']],
    ['not disabled', { disability: null }, ['not_disabled']],
    ['a tekun person', { disability: physical(1), onTekun: true }, ['on_tekun']],
    ['not means tested: a high income', { disability: physical(1), incomes: [{ type: 'wage', monthly: 2_000_000 }] }, []],
  ])('%s', (_name, subject, reasons) => {
    const r = run(subject);
    expect(r.reasons).toEqual(reasons);
    expect(r.monthlyAmount).toBe(reasons.length === 0 ? 15000 : 0);
  });

  it('covers only grades 1–2 where the area adds nothing', () => {
    const policy = { ...demoPolicy, disability: { ...demoPolicy.disability, careGrades: [{ grade: 1 }, { grade: 2 }] } };
    expect(run({ disability: { category: 'intellectual', grade: 3 } }, policy).reasons).toEqual(['grade_not_covered']);
    expect(run({ disability: { category: 'intellectual', grade: 2 } }, policy).eligible).toBe(true);
  });

  it('can be received together with the living subsidy', () => {
    const member = { disability: physical(1) };
    const scenario = (program: 'disability_care' | 'disability_living') =>
      buildScenario({ program, members: [buildMember({ subject: true, ...member })] });
    expect(calculateDisabilityLiving(scenario('disability_living'), demoPolicy, 'v1').eligible).toBe(true);
    expect(calculateDisabilityCare(scenario('disability_care'), demoPolicy, 'v1').eligible).toBe(true);
  });
});
