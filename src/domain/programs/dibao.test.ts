import { describe, expect, it } from 'vitest';
import { demoPolicy, type Policy } from '../policy.ts';
import { calculateDibao } from './dibao.ts';
import { buildMember, buildScenario, type MemberOverrides, type ScenarioOverrides } from './scenario-factory.ts';
import type { TraceStep } from './trace.ts';

// demoPolicy: urban standard 1,040.00, rural 850.00, minimum 50.00 per person, assets 24 months,
// 1 house, work cost 20 % capped at 300.00, increments 0.3 / 0.2 / 0.1 / 0.1.
const withDibao = (dibao: Partial<Policy['dibao']>): Policy => ({ ...demoPolicy, dibao: { ...demoPolicy.dibao, ...dibao } });
const noMinimum = withDibao({ minimumPerPerson: 0 });
const pension = (monthly: number) => ({ incomes: [{ type: 'pension' as const, monthly }] });
const run = (overrides: ScenarioOverrides, policy: Policy = demoPolicy) => calculateDibao(buildScenario(overrides), policy, 'v-test');
const one = (m: MemberOverrides, rest: ScenarioOverrides = {}) => ({ ...rest, members: [buildMember(m)] });
const steps = (trace: TraceStep[], step: TraceStep['step']) => trace.filter((t) => t.step === step);

describe('calculateDibao: income against the standard', () => {
  it.each<[string, ScenarioOverrides, boolean, number, number]>([
    ['no income: the full standard', one({}), true, 0, 104000],
    ['income equal to the standard: not eligible', one(pension(104000)), false, 104000, 0],
    ['one fen below the standard: eligible, minimum applies', one(pension(103999)), true, 103999, 5000],
    ['rural standard for a rural household', one({}, { urban: false }), true, 0, 85000],
    ['rural: income equal to the rural standard', one(pension(85000), { urban: false }), false, 85000, 0],
    ['rural: below the rural standard', one(pension(80000), { urban: false }), true, 80000, 5000],
  ])('%s', (_name, overrides, eligible, perCapita, amount) => {
    const r = run(overrides);
    expect(r).toMatchObject({ program: 'dibao', eligible, perCapitaIncome: perCapita, monthlyAmount: amount, policyVersion: 'v-test' });
    expect(r.reasons).toEqual(eligible ? [] : ['income_above_standard']);
  });

  it('floors the per-capita income to the fen', () => {
    const r = run({ members: [buildMember(pension(100001)), buildMember({ relation: 'spouse' })] }, noMinimum);
    expect(r.perCapitaIncome).toBe(50000);
    expect(r.monthlyAmount).toBe((104000 - 50000) * 2);
  });
});

describe('calculateDibao: rounding and minimum', () => {
  it.each<[string, number, number]>([
    ['base 539.50 rounds half up to 540', 50050, 54000],
    ['base 539.49 rounds down to 539', 50051, 53900],
    ['base 539.51 rounds up to 540', 50049, 54000],
    ['base 0.50 rounds up to 1 yuan', 103950, 100],
    ['base 0.49 rounds down to 0', 103951, 0],
  ])('%s', (_name, income, amount) => {
    const r = run(one(pension(income)), noMinimum);
    expect(r.monthlyAmount).toBe(amount);
    expect(steps(r.trace, 'rounding')[0]).toMatchObject({ value: amount, detail: { before: 104000 - income } });
  });

  it.each<[string, number, number, boolean]>([
    ['below the minimum: the minimum is paid', 103000, 10000, true],
    ['exactly the minimum: not applied', 99000, 10000, false],
    ['above the minimum', 90000, 28000, false],
  ])('%s (two members)', (_name, perCapita, amount, applied) => {
    const members = [buildMember(pension(perCapita * 2)), buildMember({ relation: 'spouse' })];
    const r = run({ members });
    expect(r.monthlyAmount).toBe(amount);
    expect(steps(r.trace, 'minimum')[0]).toMatchObject({
      value: 10000,
      param: 'dibao.minimumPerPerson',
      detail: { perPerson: 5000, members: 2, applied },
    });
  });
});

describe('calculateDibao: who is a member, what is income', () => {
  it('does not count a member in prison nor their income', () => {
    const members = [
      buildMember({ birthDate: '1950-01-01', relation: 'spouse', inPrison: true, incomes: [{ type: 'wage', monthly: 500000 }] }),
      buildMember(pension(20000)),
    ];
    const r = run({ members });
    expect(r).toMatchObject({ eligible: true, perCapitaIncome: 20000, monthlyAmount: 84000 });
    expect(steps(r.trace, 'members')[0]?.value).toBe(1);
    expect(steps(r.trace, 'member_in_prison')).toEqual([{ step: 'member_in_prison', value: true, memberIndex: 0 }]);
    expect(steps(r.trace, 'increment')).toEqual([]); // the prisoner's age-70 increment is not paid either
  });

  it('is not eligible when every member is in prison', () => {
    const r = run(one({ inPrison: true }));
    expect(r).toMatchObject({ eligible: false, monthlyAmount: 0, reasons: ['no_members'] });
    expect(r.perCapitaIncome).toBeUndefined();
  });

  it.each<[string, ScenarioOverrides['members'], Policy, number]>([
    ['assistance and rewards are not income', [buildMember({ incomes: [
      { type: 'dibao', monthly: 50000 }, { type: 'elderly_allowance', monthly: 10000 },
      { type: 'bravery_award', monthly: 30000 }, { type: 'pension', monthly: 40000 },
    ] })], demoPolicy, 40000],
    ['a policy that excludes nothing counts them', [buildMember({ incomes: [
      { type: 'dibao', monthly: 50000 }, { type: 'pension', monthly: 40000 },
    ] })], withDibao({ excludedIncomeTypes: [] }), 90000],
    ['own social insurance is deducted', [buildMember({ ...pension(60000), socialInsurance: 10000 })], demoPolicy, 50000],
    ['work cost: 20 % of the wage', [buildMember({ incomes: [{ type: 'wage', monthly: 100000 }] })], demoPolicy, 80000],
    ['work cost: capped at 300.00', [buildMember({ incomes: [{ type: 'wage', monthly: 200000 }] })], demoPolicy, 170000],
    ['work cost: exactly at the cap', [buildMember({ incomes: [{ type: 'wage', monthly: 150000 }] })], demoPolicy, 120000],
    ['work cost: share rounded half up to the fen', [buildMember({ incomes: [{ type: 'wage', monthly: 100003 }] })], demoPolicy, 80002],
    ['work cost: only on wages, summed per member', [buildMember({ incomes: [
      { type: 'wage', monthly: 60000 }, { type: 'wage', monthly: 40000 }, { type: 'business', monthly: 50000 },
    ] })], demoPolicy, 130000],
    ['work cost: per member, each with its own cap', [
      buildMember({ incomes: [{ type: 'wage', monthly: 200000 }] }),
      buildMember({ relation: 'spouse', incomes: [{ type: 'wage', monthly: 50000 }] }),
    ], withDibao({ urbanStandard: 500000 }), 250000 - 30000 - 10000],
    ['deductions above income leave 0, never less', [buildMember({ socialInsurance: 10000 })], demoPolicy, 0],
  ])('%s', (_name, members, policy, countable) => {
    const r = run({ members }, policy);
    expect(steps(r.trace, 'countable_income')[0]?.value).toBe(countable);
  });

  it('traces each income, deduction and work cost with its member and parameter', () => {
    const members = [buildMember({ incomes: [{ type: 'wage', monthly: 200000 }, { type: 'dibao', monthly: 1000 }], socialInsurance: 21000 })];
    const { trace } = run({ members });
    expect(steps(trace, 'income')).toEqual([{ step: 'income', value: 200000, memberIndex: 0, detail: { type: 'wage' } }]);
    expect(steps(trace, 'income_excluded')[0]).toMatchObject({ value: 1000, memberIndex: 0, param: 'dibao.excludedIncomeTypes' });
    expect(steps(trace, 'social_insurance')[0]).toMatchObject({ value: 21000, memberIndex: 0 });
    expect(steps(trace, 'work_cost')[0]).toMatchObject({
      value: 30000,
      param: 'dibao.workCostShare',
      detail: { wage: 200000, share: '0.2', byShare: 40000, cap: 30000, capped: true },
    });
    expect(steps(trace, 'countable_income')[0]?.value).toBe(200000 - 21000 - 30000);
  });
});

describe('calculateDibao: assets', () => {
  it.each<[string, ScenarioOverrides, string[]]>([
    ['financial assets exactly 24 months of the standard', { assets: { financial: 24 * 104000 } }, []],
    ['one fen above the limit', { assets: { financial: 24 * 104000 + 1 } }, ['financial_assets']],
    ['the limit is per member', { members: [buildMember(), buildMember({ relation: 'spouse' })], assets: { financial: 48 * 104000 } }, []],
    ['a prisoner does not raise the limit', {
      members: [buildMember(), buildMember({ relation: 'spouse', inPrison: true })],
      assets: { financial: 48 * 104000 },
    }, ['financial_assets']],
    ['an exempt vehicle (disabled mobility, a living)', { assets: { vehicles: [{ exempt: true }] } }, []],
    ['a vehicle that is not exempt', { assets: { vehicles: [{ exempt: true }, { exempt: false }] } }, ['vehicle']],
    ['no house', { assets: { houses: 0 } }, []],
    ['two houses', { assets: { houses: 2 } }, ['housing']],
  ])('%s', (_name, overrides, reasons) => {
    const r = run(overrides);
    expect(r.reasons).toEqual(reasons);
    expect(r.eligible).toBe(reasons.length === 0);
    expect(r.monthlyAmount).toBe(reasons.length === 0 ? 104000 * (overrides.members?.filter((m) => !m.inPrison).length ?? 1) : 0);
  });

  it('lists every reason, income first', () => {
    const r = run({ ...one(pension(200000)), assets: { financial: 99_000_000, vehicles: [{ exempt: false }], houses: 3 } });
    expect(r.reasons).toEqual(['income_above_standard', 'financial_assets', 'vehicle', 'housing']);
    expect(steps(r.trace, 'base')).toEqual([]);
    expect(r.trace.at(-1)).toEqual({ step: 'amount', value: 0 });
  });
});

describe('calculateDibao: classified increments (分类施保)', () => {
  const asOf = '2025-06-01';
  it.each<[string, MemberOverrides, string | null, number]>([
    ['turns 70 on the 1st, the calculation date', { birthDate: '1955-06-01' }, 'age70', 10400],
    ['turns 70 tomorrow', { birthDate: '1955-06-02' }, null, 0],
    ['turned 70 on the last day of last month', { birthDate: '1955-05-31' }, 'age70', 10400],
    ['severe disability grade 1', { disability: { category: 'physical', grade: 1 } }, 'severeDisability', 31200],
    ['severe disability grade 2', { disability: { category: 'visual', grade: 2 } }, 'severeDisability', 31200],
    ['grade 3 is not severe', { disability: { category: 'physical', grade: 3 } }, null, 0],
    ['serious illness', { seriousIllness: true }, 'seriousIllness', 20800],
    ['17, turns 18 tomorrow', { birthDate: '2007-06-02' }, 'minorOrStudent', 10400],
    ['18 today, not a student', { birthDate: '2007-06-01' }, null, 0],
    ['adult student', { birthDate: '2004-01-01', student: true }, 'minorOrStudent', 10400],
    ['the highest rate, not the sum: 70+ and grade 1', { birthDate: '1940-01-01', disability: { category: 'physical', grade: 1 } }, 'severeDisability', 31200],
    ['the highest rate: ill and 70+', { birthDate: '1940-01-01', seriousIllness: true }, 'seriousIllness', 20800],
  ])('%s', (_name, member, rule, increment) => {
    const r = run({ asOf, members: [buildMember(member)] }, noMinimum);
    const inc = steps(r.trace, 'increment');
    expect(inc).toEqual(rule === null ? [] : [expect.objectContaining({ value: increment, memberIndex: 0, param: 'dibao.increments', detail: expect.objectContaining({ rule }) })]);
    expect(r.monthlyAmount).toBe(104000 + increment);
  });

  it('rounds each increment half up to the fen before the total is rounded to the yuan', () => {
    const policy = withDibao({ urbanStandard: 100001, minimumPerPerson: 0, increments: { ...demoPolicy.dibao.increments, seriousIllness: '0.5' } });
    const members = [buildMember({ seriousIllness: true }), buildMember({ relation: 'spouse', seriousIllness: true })];
    const r = run({ members }, policy);
    expect(steps(r.trace, 'increment').map((s) => s.value)).toEqual([50001, 50001]); // 50,000.5 each
    expect(steps(r.trace, 'increments')[0]?.value).toBe(100002);
    expect(steps(r.trace, 'rounding')[0]).toMatchObject({ value: 300000, detail: { before: 200002 + 100002 } });
  });

  it('ties between equal rates go to the first rule listed', () => {
    const r = run({ asOf, members: [buildMember({ birthDate: '1950-01-01', student: true })] });
    expect(steps(r.trace, 'increment')[0]?.detail).toMatchObject({ rule: 'age70', applicable: ['age70', 'minorOrStudent'] });
  });
});

describe('calculateDibao: trace', () => {
  it('explains a household line by line, in order', () => {
    const members = [buildMember({ birthDate: '1950-03-01', ...pension(30000) }), buildMember({ relation: 'spouse', birthDate: '1960-07-01' })];
    const r = run({ members });
    expect(r.trace.map((t) => t.step)).toEqual([
      'as_of', 'household_type', 'standard', 'member', 'income', 'member', 'members', 'countable_income',
      'per_capita_income', 'income_test', 'financial_assets_test', 'vehicle_test', 'housing_test', 'eligible',
      'base', 'increment', 'increments', 'rounding', 'minimum', 'amount',
    ]);
    expect(r.trace).toContainEqual({ step: 'standard', value: 104000, param: 'dibao.urbanStandard' });
    expect(r.trace).toContainEqual({ step: 'base', value: (104000 - 15000) * 2, detail: { standard: 104000, perCapitaIncome: 15000, members: 2 } });
    expect(r.trace.at(-1)).toEqual({ step: 'amount', value: 178000 + 10400 });
    expect(r.monthlyAmount).toBe(188400);
  });
});
