import { describe, expect, it } from 'vitest';
import { demoPolicy, type Policy } from '../policy.ts';
import { buildMember, buildScenario, type MemberOverrides, type ScenarioOverrides } from './scenario-factory.ts';
import { calculateTekun } from './tekun.ts';

// Basic living = ceil-to-yuan(1.3 × 1,040.00) = 1,352.00; care 100.00 / 400.00 / 800.00.
const asOf = '2025-06-01';
const subject = (m: MemberOverrides, rest: ScenarioOverrides = {}): ScenarioOverrides => ({
  program: 'tekun',
  asOf,
  ...rest,
  members: [buildMember({ subject: true, ...m })],
});
const run = (overrides: ScenarioOverrides, policy: Policy = demoPolicy) => calculateTekun(buildScenario(overrides), policy, 'v1');

describe('calculateTekun: who qualifies (三无)', () => {
  it.each<[string, ScenarioOverrides, string[]]>([
    ['60 today, able to work', subject({ birthDate: '1965-06-01' }), []],
    ['59, turns 60 tomorrow, able to work', subject({ birthDate: '1965-06-02' }), ['labor_capacity']],
    ['15, turns 16 tomorrow', subject({ birthDate: '2009-06-02' }), []],
    ['16 today, able to work', subject({ birthDate: '2009-06-01' }), ['labor_capacity']],
    ['40, no labour capacity', subject({ birthDate: '1985-01-01', laborCapacity: 'none' }), []],
    ['40, partial labour capacity', subject({ birthDate: '1985-01-01', laborCapacity: 'partial' }), ['labor_capacity']],
    ['an obligor able to support', subject({ birthDate: '1940-01-01', hasAbleObligor: true }), ['has_able_obligor']],
    ['an obligor who is not able', subject({ birthDate: '1940-01-01', hasAbleObligor: false }), []],
    ['own income equal to the standard', subject({ birthDate: '1940-01-01', incomes: [{ type: 'pension', monthly: 104000 }] }), ['income']],
    ['own income one fen below', subject({ birthDate: '1940-01-01', incomes: [{ type: 'pension', monthly: 103999 }] }), []],
    ['own income net of social insurance', subject({ birthDate: '1940-01-01', incomes: [{ type: 'pension', monthly: 110000 }], socialInsurance: 6001 }), []],
    ['assistance is not income', subject({ birthDate: '1940-01-01', incomes: [{ type: 'dibao', monthly: 200000 }] }), []],
    ['rural standard: 850.00', subject({ birthDate: '1940-01-01', incomes: [{ type: 'pension', monthly: 85000 }] }, { urban: false }), ['income']],
    ['in prison', subject({ birthDate: '1940-01-01', inPrison: true }), ['in_prison']],
    ['every reason at once', subject({ birthDate: '1985-01-01', inPrison: true, hasAbleObligor: true, incomes: [{ type: 'wage', monthly: 300000 }] }),
      ['in_prison', 'labor_capacity', 'income', 'has_able_obligor']],
    ['no subject marked', { program: 'tekun', members: [buildMember({ birthDate: '1940-01-01' })] }, ['no_subject']],
  ])('%s', (_name, overrides, reasons) => {
    const r = run(overrides);
    expect(r.reasons).toEqual(reasons);
    expect(r.eligible).toBe(reasons.length === 0);
    if (reasons.length > 0) expect(r.monthlyAmount).toBe(0);
  });

  it("ignores the other members' income: tekun is personal", () => {
    const r = run({
      program: 'tekun',
      asOf,
      members: [
        buildMember({ relation: 'child', incomes: [{ type: 'wage', monthly: 900000 }] }),
        buildMember({ relation: 'parent', birthDate: '1940-01-01', subject: true }),
      ],
    });
    expect(r).toMatchObject({ eligible: true, monthlyAmount: 135200 + 10000 });
    expect(r.trace.find((t) => t.step === 'subject')).toMatchObject({ memberIndex: 1, value: 85 });
  });
});

describe('calculateTekun: amount', () => {
  it.each<[string, MemberOverrides, ScenarioOverrides, Policy, number, number]>([
    ['not assessed: lowest care tier', { selfCare: null }, {}, demoPolicy, 135200, 10000],
    ['self-care (自理)', { selfCare: 'self' }, {}, demoPolicy, 135200, 10000],
    ['partly disabled (半失能)', { selfCare: 'partial' }, {}, demoPolicy, 135200, 40000],
    ['fully disabled (全失能)', { selfCare: 'full' }, {}, demoPolicy, 135200, 80000],
    ['rural: ceil(1.3 × 850.00) = 1,105.00', { selfCare: 'self' }, { urban: false }, demoPolicy, 110500, 10000],
    ['1.3 × 1,040.01 = 1,352.013 rounds up to 1,353', { selfCare: 'self' }, {},
      { ...demoPolicy, dibao: { ...demoPolicy.dibao, urbanStandard: 104001 } }, 135300, 10000],
    ['1.3 × 1,000.77 = 1,301.001: up to 1,302, not half-up first', { selfCare: 'self' }, {},
      { ...demoPolicy, dibao: { ...demoPolicy.dibao, urbanStandard: 100077 } }, 130200, 10000],
    ['another multiplier from the policy', { selfCare: 'full' }, {},
      { ...demoPolicy, tekun: { ...demoPolicy.tekun, multiplier: '1.5' } }, 156000, 80000],
  ])('%s', (_name, member, rest, policy, basic, care) => {
    const r = run(subject({ birthDate: '1940-01-01', ...member }, rest), policy);
    expect(r.monthlyAmount).toBe(basic + care);
    expect(r.trace.find((t) => t.step === 'basic_living')).toMatchObject({ value: basic, param: 'tekun.multiplier' });
    expect(r.trace.find((t) => t.step === 'care')).toMatchObject({ value: care, param: 'tekun.care', detail: { assessed: member.selfCare !== null } });
  });

  it('records the exact product it rounded up', () => {
    const policy = { ...demoPolicy, dibao: { ...demoPolicy.dibao, urbanStandard: 100077 } };
    const r = run(subject({ birthDate: '1940-01-01' }), policy);
    expect(r.trace.find((t) => t.step === 'basic_living')?.detail).toEqual({ standard: 100077, multiplier: '1.3', exact: '130100.1' });
  });
});
