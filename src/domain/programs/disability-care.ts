/**
 * 重度残疾人护理补贴 care subsidy for severely disabled persons (国发〔2015〕52号): grades 1–2,
 * and the grades and categories an area adds (policy `disability.careGrades`). Not means
 * tested; tekun persons are excluded because their care subsidy already pays for care.
 */
import type { Policy } from '../policy.ts';
import { eligibleResult, ineligibleResult, recordVerdict } from './result.ts';
import type { Scenario, ScenarioMember } from './scenario.ts';
import { findSubject } from './subject.ts';
import type { ProgramResult, TraceStep } from './trace.ts';

/** Whether a disability is covered: its grade is listed, for every category or for its own. */
export function careGradeCovered(disability: NonNullable<ScenarioMember['disability']>, policy: Policy): boolean {
  return policy.disability.careGrades.some(
    (g) => g.grade === disability.grade && (g.categories === undefined || g.categories.includes(disability.category)),
  );
}

export function calculateDisabilityCare(scenario: Scenario, policy: Policy, policyVersion: string): ProgramResult {
  const trace: TraceStep[] = [];
  const outcome = { program: 'disability_care' as const, trace, policyVersion };
  const subject = findSubject(scenario, trace);
  if (subject === null) {
    recordVerdict(trace, ['no_subject']);
    return ineligibleResult(outcome, ['no_subject']);
  }
  const { member, index } = subject;
  const reasons = [...subject.reasons];

  const { disability } = member;
  trace.push({ step: 'disability_test', value: disability !== null, memberIndex: index, detail: { disability } });
  if (disability === null) {
    reasons.push('not_disabled');
  } else {
    const covered = careGradeCovered(disability, policy);
    trace.push({
      step: 'care_grade_test',
      value: covered,
      param: 'disability.careGrades',
      memberIndex: index,
      detail: { grade: disability.grade, category: disability.category },
    });
    if (!covered) reasons.push('grade_not_covered');
  }

  const notTekun = member.onTekun !== true;
  trace.push({ step: 'tekun_test', value: notTekun, memberIndex: index });
  if (!notTekun) reasons.push('on_tekun');

  if (!recordVerdict(trace, reasons)) return ineligibleResult(outcome, reasons);
  return eligibleResult(outcome, policy.disability.careAmount, 'disability.careAmount');
}
