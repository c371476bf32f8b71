import { describe, expect, it } from 'vitest';
import { policySchema } from '../policy.ts';
import { addMonthsToDate, dueStatus, firstReviewDate, nextReviewAfter, reviewInterval } from './schedule.ts';
import { changeForOutcome, gradualExitApplies, monthlyDifference, proposalProblem, reviewTransition } from './workflow.ts';

const rules = policySchema.shape.reviews.parse(undefined);

describe('review schedule', () => {
  it.each([
    ['dibao', 'A', 12],
    ['dibao', null, 12],
    ['dibao', 'B', 6],
    ['dibao', 'C', 3],
    ['tekun', null, 12],
  ])('%s category %s: every %i months', (program, category, months) => {
    expect(reviewInterval(rules, program, category)?.months).toBe(months);
  });
  it('programs without a periodic review carry no date', () => {
    expect(reviewInterval(rules, 'elderly_allowance', null)).toBeNull();
    expect(nextReviewAfter(rules, 'orphan', null, '2025-09-10')).toBeNull();
  });
  it('counts from the start month, or from the day of the last review (clamped to a shorter month)', () => {
    expect(firstReviewDate('2025-07', 12)).toBe('2026-07-01');
    expect(firstReviewDate('2025-11', 3)).toBe('2026-02-01');
    expect(addMonthsToDate('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonthsToDate('2027-08-31', 6)).toBe('2028-02-29');
    expect(nextReviewAfter({ ...rules, categoryCMonths: 2 }, 'dibao', 'C', '2025-09-10')).toBe('2025-11-10');
  });
  it('overdue the day after the due date; working days left on the Chinese calendar', () => {
    expect(dueStatus('2025-09-10', '2025-09-10')).toEqual({ overdue: false, workingDaysLeft: 0 });
    expect(dueStatus('2025-09-09', '2025-09-10')).toEqual({ overdue: true, workingDaysLeft: -1 });
    // National Day week: 2025-10-01..08 are holidays, 2025-09-28 (Sunday) a make-up working day.
    expect(dueStatus('2025-10-09', '2025-09-26').workingDaysLeft).toBe(4); // 28, 29, 30 Sept and 9 Oct
  });
});

describe('review workflow', () => {
  it('the street decides continue and raise; lower, suspend and stop go to the county', () => {
    for (const outcome of ['continue', 'raise'] as const) expect(reviewTransition('street_review', 'propose', { role: 'street_reviewer', outcome })).toEqual({ next: 'decided', apply: true });
    for (const outcome of ['lower', 'suspend', 'stop'] as const) {
      expect(reviewTransition('street_review', 'propose', { role: 'street_reviewer', outcome })).toEqual({ next: 'county_confirmation', apply: false });
    }
    expect(reviewTransition('county_confirmation', 'confirm', { role: 'street_reviewer' })).toMatchObject({ problem: { code: 'review_wrong_role' } });
    expect(reviewTransition('county_confirmation', 'confirm', { role: 'county_approver' })).toEqual({ next: 'decided', apply: true });
    expect(reviewTransition('street_review', 'propose', { role: 'community_worker', outcome: 'continue' })).toMatchObject({ problem: { code: 'review_wrong_role' } });
    expect(reviewTransition('home_visit', 'propose', { role: 'street_reviewer', outcome: 'continue' })).toMatchObject({ problem: { code: 'review_illegal_action', allowed: ['record_visit'] } });
  });
  it('a visit goes to the verifier when records must be matched', () => {
    expect(reviewTransition('home_visit', 'record_visit', { role: 'community_worker', verificationNeeded: true })).toEqual({ next: 'verification', apply: false });
    expect(reviewTransition('home_visit', 'record_visit', { role: 'community_worker' })).toEqual({ next: 'street_review', apply: false });
  });
  it('checks a proposal amount against the amount in force', () => {
    expect(proposalProblem('raise', 1000, 1000)).toBe('review_raise_not_higher');
    expect(proposalProblem('raise', 1000, null)).toBe('review_amount_required');
    expect(proposalProblem('lower', 1000, 1000)).toBe('review_lower_not_lower');
    expect(proposalProblem('lower', 1000, 999)).toBeNull();
    expect(proposalProblem('stop', 1000, null)).toBeNull();
  });
  it('gradual exit: dibao, income rose because a member found work, months > 0', () => {
    const base = { program: 'dibao', outcome: 'stop' as const, stopReason: 'income_rise', memberFoundWork: true, gradualExitMonths: 6 };
    expect(gradualExitApplies(base)).toBe(true);
    expect(gradualExitApplies({ ...base, memberFoundWork: false })).toBe(false);
    expect(gradualExitApplies({ ...base, stopReason: 'moved_away' })).toBe(false);
    expect(gradualExitApplies({ ...base, program: 'tekun' })).toBe(false);
    expect(gradualExitApplies({ ...base, gradualExitMonths: 0 })).toBe(false);
    expect(changeForOutcome({ outcome: 'stop', effectiveMonth: '2025-10', amount: null, stopReason: 'income_rise', gradualExitMonths: 6 })).toEqual({
      change: { kind: 'stop', effectiveMonth: '2026-04', reasonCode: 'income_rise' },
      gradualExitUntil: '2026-03',
    });
    expect(changeForOutcome({ outcome: 'stop', effectiveMonth: '2025-10', amount: null, stopReason: 'death', gradualExitMonths: null }).change).toEqual({ kind: 'stop', effectiveMonth: '2025-10', reasonCode: 'death' });
  });
  it('money per month an outcome changes', () => {
    expect(monthlyDifference('continue', 1000, null)).toBe(0);
    expect(monthlyDifference('raise', 1000, 1500)).toBe(500);
    expect(monthlyDifference('lower', 1000, 400)).toBe(-600);
    expect(monthlyDifference('stop', 1000, null)).toBe(-1000);
    expect(monthlyDifference('suspend', 1000, null)).toBe(-1000);
  });
});
