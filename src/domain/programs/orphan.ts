/**
 * 孤儿 / 事实无人抚养儿童基本生活费: a fixed standard per child under 18. A child already
 * receiving dibao, tekun or disability money gets only the difference up to the standard
 * (补差, 民发〔2019〕62号): the top-up is never added on top.
 */
import type { Policy } from '../policy.ts';
import { eligibleResult, ineligibleResult, recordVerdict } from './result.ts';
import type { Scenario } from './scenario.ts';
import { findSubject } from './subject.ts';
import type { ProgramResult, TraceStep } from './trace.ts';

const ADULT_AGE = 18;

export function calculateOrphan(scenario: Scenario, policy: Policy, policyVersion: string): ProgramResult {
  const program = scenario.program === 'de_facto_orphan' ? 'de_facto_orphan' : 'orphan';
  const trace: TraceStep[] = [];
  const outcome = { program, trace, policyVersion } as const;
  const subject = findSubject(scenario, trace);
  if (subject === null) {
    recordVerdict(trace, ['no_subject']);
    return ineligibleResult(outcome, ['no_subject']);
  }
  const { member, index, age } = subject;
  const reasons = [...subject.reasons];

  const minor = age < ADULT_AGE;
  trace.push({ step: 'age_test', value: minor, memberIndex: index, detail: { age, maxAgeExclusive: ADULT_AGE } });
  if (!minor) reasons.push('age');
  if (!recordVerdict(trace, reasons)) return ineligibleResult(outcome, reasons);

  const standard = policy.orphan.standard;
  trace.push({ step: 'orphan_standard', value: standard, param: 'orphan.standard' });
  let other = 0;
  for (const benefit of member.otherBenefits ?? []) {
    other += benefit.monthly;
    trace.push({ step: 'other_benefit', value: benefit.monthly, memberIndex: index, detail: { program: benefit.program } });
  }
  trace.push({ step: 'other_benefits', value: other });
  // Still eligible when other assistance already reaches the standard: the status stands
  // (and opens other support); only the top-up is 0.
  return eligibleResult(outcome, Math.max(0, standard - other));
}
