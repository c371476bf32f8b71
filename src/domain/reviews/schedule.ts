/**
 * 复核 schedule (DOMAIN.md §5, after enrolment): when an enrolment is next reviewed, from its
 * program and category and from its start or last review. Programs without a periodic review
 * (the subsidies, the local programs) carry no date.
 */
import { addMonths, workingDaysBetween } from '../calendar.ts';
import type { Policy } from '../policy.ts';

export type ReviewRules = Policy['reviews'];

/** Months between reviews, and the policy key they come from; null when the program is not reviewed periodically. */
export function reviewInterval(rules: ReviewRules, program: string, category: string | null): { months: number; key: string } | null {
  if (program === 'tekun') return { months: rules.tekunMonths, key: 'reviews.tekunMonths' };
  if (program !== 'dibao') return null;
  if (category === 'C') return { months: rules.categoryCMonths, key: 'reviews.categoryCMonths' };
  if (category === 'B') return { months: rules.categoryBMonths, key: 'reviews.categoryBMonths' };
  return { months: rules.categoryAMonths, key: 'reviews.categoryAMonths' };
}

/** The first review: the first day of the month `months` after the start month (as the migration backfills). */
export function firstReviewDate(startMonth: string, months: number): string {
  return `${addMonths(startMonth, months)}-01`;
}

/** `months` after a review day, the day clamped to the end of a shorter month (31 Jan + 1 → 28/29 Feb). */
export function addMonthsToDate(date: string, months: number): string {
  const month = addMonths(date.slice(0, 7), months);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), last);
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** The next review after one decided on `reviewedOn`. */
export function nextReviewAfter(rules: ReviewRules, program: string, category: string | null, reviewedOn: string): string | null {
  const interval = reviewInterval(rules, program, category);
  return interval ? addMonthsToDate(reviewedOn, interval.months) : null;
}

/** What the inbox shows: working days left until the due date (negative: overdue by), and whether it is overdue. */
export function dueStatus(dueDate: string, today: string): { overdue: boolean; workingDaysLeft: number } {
  return { overdue: dueDate < today, workingDaysLeft: workingDaysBetween(today, dueDate) };
}
