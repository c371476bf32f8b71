import { addCalendarDays, addWorkingDays, hasOfficialSchedule, workingDaysBetween } from '../calendar.ts';
import { NATIONAL_CASE_RULES, noticeRuleOf, type Policy } from '../policy.ts';

/**
 * 审核确认时限: the county confirms within 30 working days of acceptance, 45 with a recorded
 * extension (最低生活保障审核确认办法 第二十二条); 入户调查 starts within 3 working days of
 * acceptance; 不予确认通知书 within 3 working days of the decision; public-notice days are
 * calendar days. Every limit is a policy parameter (`cases.*`) with the national value as
 * default: cities often set less. These functions take the limits; the service reads them from
 * the policy in force for the case's area (on the acceptance date for the clock).
 */
export interface LegalLimits {
  confirmationWorkingDays: number;
  extendedWorkingDays: number;
  /** 入户调查 starts within this many working days of acceptance. */
  investigationStartWorkingDays: number;
  /** 不予确认通知书 is issued within this many working days of the decision. */
  rejectionNoticeWorkingDays: number;
}

/** The limits a policy sets. */
export function legalLimitsOf(policy: Pick<Policy, 'cases'>): LegalLimits {
  return {
    confirmationWorkingDays: policy.cases.decisionWorkingDays,
    extendedWorkingDays: policy.cases.extendedWorkingDays,
    investigationStartWorkingDays: policy.cases.investigationStartWorkingDays,
    rejectionNoticeWorkingDays: policy.cases.decisionNoticeWorkingDays,
  };
}

/** The national values (the schema's defaults): for history read without an area's policy. */
export const NATIONAL_LIMITS: LegalLimits = legalLimitsOf({ cases: NATIONAL_CASE_RULES });

export interface CaseClock {
  acceptedOn: string;
  dueOn: string;
  /** Working days from today to the due date; negative once overdue. */
  workingDaysLeft: number;
  overdue: boolean;
  /** False when the holiday schedule of a year the deadline crosses is not yet published. */
  scheduleKnown: boolean;
}

export function confirmationDueOn(acceptedOn: string, extended: boolean, limits: LegalLimits): string {
  return addWorkingDays(acceptedOn, extended ? limits.extendedWorkingDays : limits.confirmationWorkingDays);
}

/** 入户调查 must have started by this date. */
export function investigationDueOn(acceptedOn: string, limits: LegalLimits): string {
  return addWorkingDays(acceptedOn, limits.investigationStartWorkingDays);
}

/** 不予确认通知书 must be issued by this date. */
export function rejectionNoticeDueOn(decidedOn: string, limits: LegalLimits): string {
  return addWorkingDays(decidedOn, limits.rejectionNoticeWorkingDays);
}

/** The clock of a case accepted on `acceptedOn` and due on `dueOn` (fixed at acceptance or extension). */
export function caseClock(acceptedOn: string, dueOn: string, today: string): CaseClock {
  const left = workingDaysBetween(today, dueOn);
  const years = new Set([Number(acceptedOn.slice(0, 4)), Number(dueOn.slice(0, 4))]);
  return {
    acceptedOn,
    dueOn,
    workingDaysLeft: left,
    overdue: today > dueOn,
    scheduleKnown: [...years].every(hasOfficialSchedule),
  };
}

/** A notice opened on `openedOn` is up for `days` calendar days including that day. */
export function noticeClosesOn(openedOn: string, days: number): string {
  return addCalendarDays(openedOn, days - 1);
}

/** A program's notice under a policy: days per round and rounds (三榜公示). */
export { noticeRuleOf };
