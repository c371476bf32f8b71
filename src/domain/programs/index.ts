/**
 * The benefit calculations, one pure function per program, and `calculate` for a scenario.
 * Callers resolve the policy first: the scenario's own `policy` (a what-if, labelled with
 * `inlinePolicyVersionLabel`) or the area's policy in force on `asOf` (`resolvePolicy`,
 * labelled with `policyVersionLabel`), and pass the label on so every result records it.
 */
import { assertNever } from '../errors.ts';
import type { Policy } from '../policy.ts';
import { calculateDibaoEdge } from './dibao-edge.ts';
import { calculateDibao } from './dibao.ts';
import { calculateDisabilityCare } from './disability-care.ts';
import { calculateDisabilityLiving } from './disability-living.ts';
import { calculateElderlyAllowance } from './elderly-allowance.ts';
import { calculateOrphan } from './orphan.ts';
import type { Scenario } from './scenario.ts';
import { calculateTekun } from './tekun.ts';
import type { ProgramResult } from './trace.ts';

export function calculate(scenario: Scenario, policy: Policy, policyVersion: string): ProgramResult {
  switch (scenario.program) {
    case 'dibao':
      return calculateDibao(scenario, policy, policyVersion);
    case 'dibao_edge':
      return calculateDibaoEdge(scenario, policy, policyVersion);
    case 'tekun':
      return calculateTekun(scenario, policy, policyVersion);
    case 'elderly_allowance':
      return calculateElderlyAllowance(scenario, policy, policyVersion);
    case 'disability_living':
      return calculateDisabilityLiving(scenario, policy, policyVersion);
    case 'disability_care':
      return calculateDisabilityCare(scenario, policy, policyVersion);
    case 'orphan':
    case 'de_facto_orphan':
      return calculateOrphan(scenario, policy, policyVersion);
    default:
      return assertNever(scenario.program);
  }
}

export { calculateDibao, incrementRules, type IncrementRule } from './dibao.ts';
export { calculateDibaoEdge } from './dibao-edge.ts';
export { calculateTekun } from './tekun.ts';
export { calculateElderlyAllowance, monthReachingAge } from './elderly-allowance.ts';
export { calculateDisabilityLiving } from './disability-living.ts';
export { calculateDisabilityCare, careGradeCovered } from './disability-care.ts';
export { calculateOrphan, ORPHAN_OFFSET_PROGRAMS } from './orphan.ts';
export { CALCULATED_PROGRAMS, scenarioSchema, type CalculatedProgram, type Scenario, type ScenarioMember } from './scenario.ts';
export { REASON_CODES, reasonLabel, type ReasonCode } from './reasons.ts';
export {
  TRACE_STEP_CODES,
  traceStepLabel,
  type Lang,
  type ProgramResult,
  type TraceStep,
  type TraceStepCode,
} from './trace.ts';
