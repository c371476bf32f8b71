/**
 * 高龄津贴 high-age allowance: a fixed amount per age tier (e.g. 80, 90, 100). Paid from the
 * month after the birthday that reaches the tier (DOMAIN.md §3): a person who turns 80 on
 * 1 March is paid the 80+ amount from April, like one who turns 80 on 31 March.
 */
import { monthOf, nextMonth } from '../calendar.ts';
import type { Policy } from '../policy.ts';
import { eligibleResult, ineligibleResult, recordVerdict } from './result.ts';
import type { Scenario } from './scenario.ts';
import { findSubject } from './subject.ts';
import type { ProgramResult, TraceStep } from './trace.ts';

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The month (YYYY-MM) of the birthday on which a person reaches `age`. Someone born on
 * 29 February reaches it on 1 March in a common year, as `ageOn` counts completed years.
 */
export function monthReachingAge(birthDate: string, age: number): string {
  const year = String(Number(birthDate.slice(0, 4)) + age).padStart(4, '0');
  const leapDayInCommonYear = birthDate.slice(5) === '02-29' && !isLeapYear(Number(year));
  return `${year}-${leapDayInCommonYear ? '03' : birthDate.slice(5, 7)}`;
}

export function calculateElderlyAllowance(scenario: Scenario, policy: Policy, policyVersion: string): ProgramResult {
  const trace: TraceStep[] = [];
  const outcome = { program: 'elderly_allowance' as const, trace, policyVersion };
  const subject = findSubject(scenario, trace);
  if (subject === null) {
    recordVerdict(trace, ['no_subject']);
    return ineligibleResult(outcome, ['no_subject']);
  }
  const reasons = [...subject.reasons];
  const asOfMonth = monthOf(scenario.asOf);

  let reached: { minAge: number; amount: number } | null = null;
  const tiers = [...policy.elderly.tiers].sort((a, b) => a.minAge - b.minAge);
  for (const tier of tiers) {
    const birthdayMonth = monthReachingAge(subject.birthDate, tier.minAge);
    const ok = birthdayMonth < asOfMonth;
    trace.push({
      step: 'elderly_tier',
      value: ok,
      param: 'elderly.tiers',
      memberIndex: subject.index,
      detail: { minAge: tier.minAge, amount: tier.amount, birthdayMonth, fromMonth: nextMonth(birthdayMonth) },
    });
    if (ok) reached = tier;
  }
  trace.push({ step: 'age_test', value: reached !== null, detail: { age: subject.age, minAge: reached?.minAge ?? null } });
  if (reached === null) reasons.push('age');

  if (!recordVerdict(trace, reasons) || reached === null) return ineligibleResult(outcome, reasons);
  return eligibleResult(outcome, reached.amount);
}
