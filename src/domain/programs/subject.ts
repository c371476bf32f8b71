/**
 * Person-level programs (tekun, the allowances, the orphan top-up) are calculated for the one
 * member marked `subject`.
 */
import { memberAge } from './means-test.ts';
import type { ReasonCode } from './reasons.ts';
import type { Scenario, ScenarioMember } from './scenario.ts';
import type { TraceStep } from './trace.ts';

export interface Subject {
  member: ScenarioMember;
  index: number;
  birthDate: string;
  age: number;
  /** reasons already found: a person in prison or compulsory isolation is not paid */
  reasons: ReasonCode[];
}

/**
 * Finds the subject and records who it is. Payments to a person serving a sentence are
 * suspended (they are provided for by the state), so `in_prison` applies to every person-level
 * program, not only to the household means test.
 */
export function findSubject(scenario: Scenario, trace: TraceStep[]): Subject | null {
  trace.push({ step: 'as_of', value: scenario.asOf });
  const index = scenario.household.members.findIndex((m) => m.subject === true);
  const member = scenario.household.members[index];
  if (member === undefined) return null;
  const { birthDate, age } = memberAge(member, index, scenario.asOf);
  trace.push({ step: 'subject', value: age, memberIndex: index, detail: { birthDate, relation: member.relation } });
  trace.push({ step: 'subject_in_prison_test', value: !member.inPrison, memberIndex: index });
  return { member, index, birthDate, age, reasons: member.inPrison ? ['in_prison'] : [] };
}
