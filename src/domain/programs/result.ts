/**
 * Building a program result the same way everywhere: the verdict is a trace step too, and a
 * result that is not eligible always pays 0, whatever was computed before the verdict.
 */
import type { PolicyKey } from '../policy.ts';
import type { ReasonCode } from './reasons.ts';
import type { CalculatedProgram } from './scenario.ts';
import type { ProgramResult, TraceStep } from './trace.ts';

interface Outcome {
  program: CalculatedProgram;
  trace: TraceStep[];
  policyVersion: string;
  perCapitaIncome?: number | null;
}

/** Records the verdict; amount steps follow only when it is eligible. */
export function recordVerdict(trace: TraceStep[], reasons: readonly ReasonCode[]): boolean {
  const eligible = reasons.length === 0;
  trace.push(eligible ? { step: 'eligible', value: true } : { step: 'eligible', value: false, detail: { reasons } });
  return eligible;
}

export function ineligibleResult(outcome: Outcome, reasons: ReasonCode[]): ProgramResult {
  outcome.trace.push({ step: 'amount', value: 0 });
  return build(outcome, false, 0, reasons);
}

/** `param`: the policy parameter that is the amount itself (a fixed subsidy). */
export function eligibleResult(outcome: Outcome, monthlyAmount: number, param?: PolicyKey): ProgramResult {
  outcome.trace.push(param ? { step: 'amount', value: monthlyAmount, param } : { step: 'amount', value: monthlyAmount });
  return build(outcome, true, monthlyAmount, []);
}

function build(outcome: Outcome, eligible: boolean, monthlyAmount: number, reasons: ReasonCode[]): ProgramResult {
  const { program, trace, policyVersion, perCapitaIncome } = outcome;
  return {
    program,
    eligible,
    monthlyAmount,
    ...(perCapitaIncome === undefined || perCapitaIncome === null ? {} : { perCapitaIncome }),
    reasons,
    trace,
    policyVersion,
  };
}
