/**
 * 低保边缘家庭 (low-income households): above the dibao line but below edgeMultiplier × the
 * standard, with the same asset limits. No cash: the status opens medical, education and
 * housing assistance, so the amount is always 0.
 */
import type { Policy } from '../policy.ts';
import { assetReasons, dibaoStandard, householdIncome } from './means-test.ts';
import { exactFen, isBelow, rateProduct } from './rate-product.ts';
import type { ReasonCode } from './reasons.ts';
import { eligibleResult, ineligibleResult, recordVerdict } from './result.ts';
import type { Scenario } from './scenario.ts';
import type { ProgramResult, TraceStep } from './trace.ts';

export function calculateDibaoEdge(scenario: Scenario, policy: Policy, policyVersion: string): ProgramResult {
  const trace: TraceStep[] = [{ step: 'as_of', value: scenario.asOf }];
  const standard = dibaoStandard(scenario, policy, trace);
  const income = householdIncome(scenario, policy, trace);
  const { perCapitaIncome } = income;
  const outcome = { program: 'dibao_edge' as const, trace, policyVersion, perCapitaIncome };
  if (perCapitaIncome === null) {
    recordVerdict(trace, ['no_members']);
    return ineligibleResult(outcome, ['no_members']);
  }

  // Compared exactly: a threshold with a fraction of a fen (1.5 × 1,040.01 yuan) is a bound,
  // and rounding it either way would move a household across it.
  const multiplier = policy.dibao.edgeMultiplier;
  const threshold = rateProduct(standard, multiplier);
  const belowEdge = isBelow(perCapitaIncome, threshold);
  trace.push({
    step: 'edge_threshold',
    value: exactFen(threshold),
    param: 'dibao.edgeMultiplier',
    detail: { standard, multiplier },
  });

  const reasons: ReasonCode[] = [];
  const inBand = perCapitaIncome >= standard && belowEdge;
  trace.push({ step: 'edge_income_test', value: inBand, detail: { perCapitaIncome, standard, multiplier } });
  if (perCapitaIncome < standard) reasons.push('income_below_standard');
  if (!belowEdge) reasons.push('income_above_edge');
  reasons.push(...assetReasons(scenario, policy, standard, income.counted.length, trace));

  if (!recordVerdict(trace, reasons)) return ineligibleResult(outcome, reasons);
  return eligibleResult(outcome, 0);
}

