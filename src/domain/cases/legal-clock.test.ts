import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../calendar.ts';
import { demoPolicy } from '../policy.ts';
import { caseClock, confirmationDueOn, investigationDueOn, legalLimitsOf, NATIONAL_LIMITS, noticeClosesOn, rejectionNoticeDueOn } from './legal-clock.ts';

describe('the legal clock of a case', () => {
  it('has the national limits as defaults', () => {
    expect(NATIONAL_LIMITS).toEqual({ confirmationWorkingDays: 30, extendedWorkingDays: 45, investigationStartWorkingDays: 3, rejectionNoticeWorkingDays: 3 });
    expect(legalLimitsOf(demoPolicy)).toEqual(NATIONAL_LIMITS);
  });

  it.each([
    // Accepted just before the 2025 Spring Festival (holiday 01-28 … 02-04, make-up Sundays 01-26 and 02-08).
    ['2025-01-24', false, '2025-03-13'],
    // Across National Day 2025 (10-01 … 10-08, make-up 09-28 and 10-11): 09-28 is day 1, 10-11 day 6.
    ['2025-09-26', false, '2025-11-13'],
    // The 2026 Spring Festival.
    ['2026-02-13', false, '2026-04-02'],
    // Extended to 45 working days.
    ['2025-01-24', true, '2025-04-03'],
  ])('accepted %s (extended: %s) is due %s, a working day', (acceptedOn, extended, due) => {
    const dueOn = confirmationDueOn(acceptedOn, extended, NATIONAL_LIMITS);
    expect(dueOn).toBe(due);
    expect(isWorkingDay(dueOn)).toBe(true);
  });

  it('takes a city’s shorter limits', () => {
    const city = { ...NATIONAL_LIMITS, confirmationWorkingDays: 20, extendedWorkingDays: 30, investigationStartWorkingDays: 2, rejectionNoticeWorkingDays: 5 };
    // Monday 2026-03-09: 20 working days on is Tuesday 04-07 (Qingming 04-04…06 is a weekend + Monday).
    expect(confirmationDueOn('2026-03-09', false, city)).toBe('2026-04-07');
    expect(confirmationDueOn('2026-03-09', false, NATIONAL_LIMITS)).toBe('2026-04-21');
    expect(investigationDueOn('2026-03-09', city)).toBe('2026-03-11');
    expect(investigationDueOn('2026-03-09', NATIONAL_LIMITS)).toBe('2026-03-12');
    // Friday 2026-03-13 + 3 working days: Wednesday 03-18.
    expect(rejectionNoticeDueOn('2026-03-13', NATIONAL_LIMITS)).toBe('2026-03-18');
  });

  it('counts the working days left and turns overdue the day after the due date', () => {
    const onTime = caseClock('2025-01-24', '2025-03-13', '2025-03-12');
    expect(onTime).toMatchObject({ dueOn: '2025-03-13', workingDaysLeft: 1, overdue: false, scheduleKnown: true });
    expect(caseClock('2025-01-24', '2025-03-13', '2025-03-13')).toMatchObject({ workingDaysLeft: 0, overdue: false });
    expect(caseClock('2025-01-24', '2025-03-13', '2025-03-14')).toMatchObject({ workingDaysLeft: -1, overdue: true });
  });

  it('flags deadlines that cross into a year whose holidays are not yet published', () => {
    expect(caseClock('2026-12-01', confirmationDueOn('2026-12-01', false, NATIONAL_LIMITS), '2026-12-01').scheduleKnown).toBe(false);
  });

  it('keeps a notice up for its calendar days, holidays included', () => {
    expect(noticeClosesOn('2025-09-29', 7)).toBe('2025-10-05');
    expect(noticeClosesOn('2026-02-27', 7)).toBe('2026-03-05');
    expect(noticeClosesOn('2026-02-27', 3)).toBe('2026-03-01');
  });
});
