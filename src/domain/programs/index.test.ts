import { describe, expect, it } from 'vitest';
import { demoPolicy } from '../policy.ts';
import {
  calculate,
  CALCULATED_PROGRAMS,
  REASON_CODES,
  reasonLabel,
  scenarioSchema,
  TRACE_STEP_CODES,
  traceStepLabel,
  type CalculatedProgram,
} from './index.ts';
import { buildMember, buildScenario } from './scenario-factory.ts';

describe('calculate', () => {
  // A 75-year-old with a grade-1 physical disability, alone and without income.
  const member = buildMember({ birthDate: '1950-01-01', subject: true, disability: { category: 'physical', grade: 1 }, selfCare: 'full' });
  it.each<[CalculatedProgram, boolean, number]>([
    ['dibao', true, 104000 + 31200],
    ['dibao_edge', false, 0],
    ['tekun', true, 135200 + 80000],
    ['elderly_allowance', false, 0],
    ['disability_living', true, 12000],
    ['disability_care', true, 15000],
    ['orphan', false, 0],
    ['de_facto_orphan', false, 0],
  ])('dispatches %s', (program, eligible, amount) => {
    const r = calculate(buildScenario({ program, members: [member] }), demoPolicy, '2025-01-01/abcd1234');
    expect(r).toMatchObject({ program, eligible, monthlyAmount: amount, policyVersion: '2025-01-01/abcd1234' });
    expect(r.reasons.length === 0).toBe(eligible);
  });

  it('covers every program the scenario accepts', () => {
    expect(scenarioSchema.shape.program.options).toEqual([...CALCULATED_PROGRAMS]);
  });

  it('returns JSON-safe results: integer fen, known step codes, known reasons', () => {
    for (const program of CALCULATED_PROGRAMS) {
      const r = calculate(buildScenario({ program, members: [member] }), demoPolicy, 'v');
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      expect(Number.isSafeInteger(r.monthlyAmount)).toBe(true);
      for (const step of r.trace) expect(TRACE_STEP_CODES).toContain(step.step);
      for (const reason of r.reasons) expect(REASON_CODES).toContain(reason);
    }
  });
});

describe('labels', () => {
  it.each(['zh-CN', 'en'] as const)('names every trace step and reason in %s, each differently', (lang) => {
    const steps = TRACE_STEP_CODES.map((s) => traceStepLabel(s, lang));
    const reasons = REASON_CODES.map((r) => reasonLabel(r, lang));
    for (const label of [...steps, ...reasons]) expect(label.trim()).not.toBe('');
    expect(new Set(steps).size).toBe(steps.length);
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it('reads in Chinese by default wording', () => {
    expect(traceStepLabel('per_capita_income', 'zh-CN')).toBe('家庭人均月收入');
    expect(traceStepLabel('increment', 'zh-CN')).toBe('分类施保');
    expect(reasonLabel('income_above_standard', 'en')).toBe('Per-capita income is not below the dibao standard');
  });
});
