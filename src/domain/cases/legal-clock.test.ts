import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../calendar.ts';
import { caseClock, confirmationDueOn, noticeClosesOn } from './legal-clock.ts';

describe('the legal clock of a case', () => {
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
    const dueOn = confirmationDueOn(acceptedOn, extended);
    expect(dueOn).toBe(due);
    expect(isWorkingDay(dueOn)).toBe(true);
  });

  it('counts the working days left and turns overdue the day after the due date', () => {
    const onTime = caseClock('2025-01-24', false, '2025-03-12');
    expect(onTime).toMatchObject({ dueOn: '2025-03-13', workingDaysLeft: 1, overdue: false, scheduleKnown: true });
    expect(caseClock('2025-01-24', false, '2025-03-13')).toMatchObject({ workingDaysLeft: 0, overdue: false });
    expect(caseClock('2025-01-24', false, '2025-03-14')).toMatchObject({ workingDaysLeft: -1, overdue: true });
  });

  it('flags deadlines that cross into a year whose holidays are not yet published', () => {
    expect(caseClock('2026-12-01', false, '2026-12-01').scheduleKnown).toBe(false);
  });

  it('keeps a notice up for seven calendar days, holidays included', () => {
    expect(noticeClosesOn('2025-09-29')).toBe('2025-10-05');
    expect(noticeClosesOn('2026-02-27')).toBe('2026-03-05');
  });
});
