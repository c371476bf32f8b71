import { addCalendarDays, addWorkingDays, hasOfficialSchedule, workingDaysBetween } from '../calendar.ts';

/**
 * 审核确认时限: the county confirms within 30 working days of acceptance, 45 with a recorded
 * extension (最低生活保障审核确认办法 第二十二条); public-notice days are calendar days.
 * Every limit is a parameter with the national value as default: cities often set less.
 */
export interface LegalLimits {
  confirmationWorkingDays: number;
  extendedWorkingDays: number;
  noticeCalendarDays: number;
  /** 入户调查 starts within this many working days of acceptance. */
  investigationStartWorkingDays: number;
  /** 不予确认通知书 is issued within this many working days of the decision. */
  rejectionNoticeWorkingDays: number;
}

export const NATIONAL_LIMITS: LegalLimits = {
  confirmationWorkingDays: 30,
  extendedWorkingDays: 45,
  noticeCalendarDays: 7,
  investigationStartWorkingDays: 3,
  rejectionNoticeWorkingDays: 3,
};

export interface CaseClock {
  acceptedOn: string;
  dueOn: string;
  /** Working days from today to the due date; negative once overdue. */
  workingDaysLeft: number;
  overdue: boolean;
  /** False when the holiday schedule of a year the deadline crosses is not yet published. */
  scheduleKnown: boolean;
}

export function confirmationDueOn(acceptedOn: string, extended: boolean, limits: LegalLimits = NATIONAL_LIMITS): string {
  return addWorkingDays(acceptedOn, extended ? limits.extendedWorkingDays : limits.confirmationWorkingDays);
}

export function caseClock(acceptedOn: string, extended: boolean, today: string, limits: LegalLimits = NATIONAL_LIMITS): CaseClock {
  const dueOn = confirmationDueOn(acceptedOn, extended, limits);
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

/** A notice opened on `openedOn` is up for `noticeCalendarDays` days including that day. */
export function noticeClosesOn(openedOn: string, limits: LegalLimits = NATIONAL_LIMITS): string {
  return addCalendarDays(openedOn, limits.noticeCalendarDays - 1);
}
