/**
 * 孤儿 / 事实无人抚养儿童基本生活费: a fixed standard per child, paid on the child's registry
 * status — the person flag `orphan` (孤儿) or `de_facto_orphan` (事实无人抚养儿童) set on the
 * file after the status was established — never on age alone.
 *
 * Age (our reading of the rules): a minor (under 18) is covered; from 18 only while still in
 * full-time education (the file's student status), until the 22nd birthday. The national
 * notices (国办发〔2010〕54号 on orphans, 民发〔2019〕62号 on de facto orphans) cover children;
 * later national and provincial notices keep paying those who are still at school after 18,
 * and the cap most provinces write is 22 (年满18周岁后仍在校就读的，继续保障，最长至22周岁).
 * Both ages are the constants below: should an area differ, they become policy keys.
 *
 * 补差: a child already receiving dibao, tekun or disability money gets only the difference up
 * to the standard (民发〔2019〕62号: 已纳入低保、特困供养的，按照孤儿/事实无人抚养儿童基本生活
 * 费标准补差发放). What is deducted is what the child really receives in the month, read from
 * the enrolment tables: a person's own enrolment in full, and for a household enrolment (dibao)
 * the child's per-capita share of the household's amount, rounded down (in the child's favour).
 */
import type { Policy } from '../policy.ts';
import { eligibleResult, ineligibleResult, recordVerdict } from './result.ts';
import type { Scenario, ScenarioMember } from './scenario.ts';
import { findSubject } from './subject.ts';
import type { ProgramResult, TraceStep } from './trace.ts';

export const ADULT_AGE = 18;
/** Still at school after 18: covered until this birthday. */
export const STUDENT_AGE_LIMIT = 22;

/** The programs whose money is deducted from the orphan allowance (补差), by code. */
export const ORPHAN_OFFSET_PROGRAMS: readonly string[] = ['dibao', 'tekun', 'disability_living', 'disability_care'];

type Benefit = NonNullable<ScenarioMember['otherBenefits']>[number];

/** What one benefit takes off the allowance: the person's share of it, or 0 if not offset. */
export function orphanDeduction(benefit: Benefit): number {
  if (!ORPHAN_OFFSET_PROGRAMS.includes(benefit.program)) return 0;
  return benefit.householdPersons ? Math.floor(benefit.monthly / benefit.householdPersons) : benefit.monthly;
}

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

  const flags = member.flags ?? [];
  const status = flags.includes(program);
  trace.push({ step: 'orphan_status_test', value: status, memberIndex: index, detail: { required: program, flags } });
  if (!status) reasons.push('orphan_status');

  const minor = age < ADULT_AGE;
  const ageOk = minor || (member.student && age < STUDENT_AGE_LIMIT);
  trace.push({
    step: 'age_test',
    value: ageOk,
    memberIndex: index,
    detail: { age, maxAgeExclusive: ADULT_AGE, student: member.student, studentMaxAgeExclusive: STUDENT_AGE_LIMIT },
  });
  if (!ageOk) reasons.push('age');
  if (!recordVerdict(trace, reasons)) return ineligibleResult(outcome, reasons);

  const standard = policy.orphan.standard;
  trace.push({ step: 'orphan_standard', value: standard, param: 'orphan.standard' });
  let other = 0;
  for (const benefit of member.otherBenefits ?? []) {
    const deducted = orphanDeduction(benefit);
    other += deducted;
    trace.push({
      step: 'other_benefit',
      value: deducted,
      memberIndex: index,
      detail: {
        program: benefit.program,
        ...(benefit.enrolmentId ? { source: 'enrolment', enrolmentId: benefit.enrolmentId } : {}),
        ...(benefit.householdPersons ? { householdAmount: benefit.monthly, householdPersons: benefit.householdPersons } : {}),
        ...(ORPHAN_OFFSET_PROGRAMS.includes(benefit.program) ? {} : { offset: false }),
      },
    });
  }
  trace.push({ step: 'other_benefits', value: other });
  // Still eligible when other assistance already reaches the standard: the status stands
  // (and opens other support); only the top-up is 0.
  return eligibleResult(outcome, Math.max(0, standard - other));
}
