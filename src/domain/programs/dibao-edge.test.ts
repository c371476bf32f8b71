import { describe, expect, it } from 'vitest';
import { demoPolicy, type Policy } from '../policy.ts';
import { calculateDibaoEdge } from './dibao-edge.ts';
import { buildMember, buildScenario, type ScenarioOverrides } from './scenario-factory.ts';

const withDibao = (dibao: Partial<Policy['dibao']>): Policy => ({ ...demoPolicy, dibao: { ...demoPolicy.dibao, ...dibao } });
const pension = (monthly: number, rest: ScenarioOverrides = {}): ScenarioOverrides => ({
  program: 'dibao_edge',
  ...rest,
  members: [buildMember({ incomes: [{ type: 'pension', monthly }] })],
});

describe('calculateDibaoEdge (低保边缘家庭)', () => {
  // Urban standard 1,040.00; edge = 1.5 × standard = 1,560.00.
  it.each<[string, ScenarioOverrides, Policy, string[]]>([
    ['one fen below the standard: a dibao case, not edge', pension(103999), demoPolicy, ['income_below_standard']],
    ['exactly the standard: edge', pension(104000), demoPolicy, []],
    ['one fen below 1.5 × the standard', pension(155999), demoPolicy, []],
    ['exactly 1.5 × the standard: above the edge', pension(156000), demoPolicy, ['income_above_edge']],
    ['threshold with half a fen (1.5 × 1,040.01): 1,560.01 is below', pension(156001), withDibao({ urbanStandard: 104001 }), []],
    ['threshold with half a fen: 1,560.02 is not', pension(156002), withDibao({ urbanStandard: 104001 }), ['income_above_edge']],
    ['rural standard', pension(127499, { urban: false }), demoPolicy, []],
    ['rural: 1.5 × 850.00', pension(127500, { urban: false }), demoPolicy, ['income_above_edge']],
    ['same asset limits as dibao', pension(120000, { assets: { financial: 24 * 104000 + 1 } }), demoPolicy, ['financial_assets']],
    ['a vehicle', pension(120000, { assets: { vehicles: [{ exempt: false }] } }), demoPolicy, ['vehicle']],
    ['an exempt vehicle', pension(120000, { assets: { vehicles: [{ exempt: true }] } }), demoPolicy, []],
    ['houses', pension(120000, { assets: { houses: 2 } }), demoPolicy, ['housing']],
    ['every member in prison', { program: 'dibao_edge', members: [buildMember({ inPrison: true })] }, demoPolicy, ['no_members']],
  ])('%s', (_name, overrides, policy, reasons) => {
    const r = calculateDibaoEdge(buildScenario(overrides), policy, 'v1');
    expect(r.reasons).toEqual(reasons);
    expect(r.eligible).toBe(reasons.length === 0);
    expect(r.monthlyAmount).toBe(0);
    expect(r.program).toBe('dibao_edge');
  });

  it('traces the exact threshold, fractions of a fen included', () => {
    const r = calculateDibaoEdge(buildScenario(pension(150000)), withDibao({ urbanStandard: 104001 }), 'v1');
    expect(r.trace).toContainEqual({
      step: 'edge_threshold',
      value: '156001.5',
      param: 'dibao.edgeMultiplier',
      detail: { standard: 104001, multiplier: '1.5' },
    });
    const whole = calculateDibaoEdge(buildScenario(pension(150000)), demoPolicy, 'v1');
    expect(whole.trace.find((t) => t.step === 'edge_threshold')?.value).toBe(156000);
    expect(whole.perCapitaIncome).toBe(150000);
  });
});
