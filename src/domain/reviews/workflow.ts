/**
 * A review (复核) is a case on an enrolment: home visit (入户), verification when needed (核对),
 * street review (审核) with the recalculated amount beside the amount in force, then the
 * outcome. Raising or continuing is the street's decision; lowering, suspending and stopping
 * are confirmed by the county — exits are contested, so they go one level up (DOMAIN.md §5).
 */
import { addMonths } from '../calendar.ts';
import type { Role } from '../roles.ts';

export const REVIEW_STATES = ['home_visit', 'verification', 'street_review', 'county_confirmation', 'decided'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export const OPEN_REVIEW_STATES: readonly ReviewState[] = ['home_visit', 'verification', 'street_review', 'county_confirmation'];

export const REVIEW_OUTCOMES = ['continue', 'raise', 'lower', 'suspend', 'stop'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export const REVIEW_ACTIONS = ['record_visit', 'complete_verification', 'propose', 'confirm', 'return'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** 退出原因 of a review's stop (the enrolment's stop reason codes). */
export const REVIEW_STOP_REASONS = ['income_rise', 'moved_away', 'death', 'review_ineligible', 'voluntary', 'other'] as const;
export type ReviewStopReason = (typeof REVIEW_STOP_REASONS)[number];

export function needsCounty(outcome: ReviewOutcome): boolean {
  return outcome === 'lower' || outcome === 'suspend' || outcome === 'stop';
}

const ROLES: Record<ReviewAction, readonly Role[]> = {
  record_visit: ['community_worker', 'street_reviewer'],
  complete_verification: ['verifier', 'street_reviewer'],
  propose: ['street_reviewer'],
  confirm: ['county_approver'],
  return: ['county_approver'],
};

const FROM: Record<ReviewAction, ReviewState> = {
  record_visit: 'home_visit',
  complete_verification: 'verification',
  propose: 'street_review',
  confirm: 'county_confirmation',
  return: 'county_confirmation',
};

export type ReviewProblem =
  | { code: 'review_illegal_action'; allowed: ReviewAction[] }
  | { code: 'review_wrong_role'; roles: readonly Role[] }
  | { code: 'review_stop_needs_county' };

/** The actions a role may take on a review in a state. */
export function allowedReviewActions(state: ReviewState, role: Role): ReviewAction[] {
  return REVIEW_ACTIONS.filter((a) => FROM[a] === state && ROLES[a].includes(role));
}

/**
 * The next state of a review, or why the action is refused. `verificationNeeded` routes a
 * visit through the verifier; `outcome` is the street's proposal (propose) or the proposal
 * being confirmed (confirm).
 */
export function reviewTransition(
  state: ReviewState,
  action: ReviewAction,
  ctx: { role: Role; verificationNeeded?: boolean; outcome?: ReviewOutcome },
): { next: ReviewState; apply: boolean } | { problem: ReviewProblem } {
  if (FROM[action] !== state) return { problem: { code: 'review_illegal_action', allowed: REVIEW_ACTIONS.filter((a) => FROM[a] === state) } };
  if (!ROLES[action].includes(ctx.role)) return { problem: { code: 'review_wrong_role', roles: ROLES[action] } };
  switch (action) {
    case 'record_visit':
      return { next: ctx.verificationNeeded ? 'verification' : 'street_review', apply: false };
    case 'complete_verification':
      return { next: 'street_review', apply: false };
    case 'propose':
      // The street decides a raise or a continuation itself; the rest waits for the county.
      return ctx.outcome && needsCounty(ctx.outcome) ? { next: 'county_confirmation', apply: false } : { next: 'decided', apply: true };
    case 'confirm':
      return { next: 'decided', apply: true };
    case 'return':
      return { next: 'street_review', apply: false };
  }
}

/** A proposal's amount must fit its outcome: a raise above, a lowering below the amount in force. */
export function proposalProblem(outcome: ReviewOutcome, amountInForce: number, amount: number | null): 'review_amount_required' | 'review_raise_not_higher' | 'review_lower_not_lower' | null {
  if (outcome === 'raise' || outcome === 'lower') {
    if (amount === null) return 'review_amount_required';
    if (outcome === 'raise' && amount <= amountInForce) return 'review_raise_not_higher';
    if (outcome === 'lower' && (amount >= amountInForce || amount <= 0)) return 'review_lower_not_lower';
  }
  return null;
}

/**
 * 渐退: a dibao household whose per-capita income rose above the standard because a member
 * found work keeps its amount for `gradualExitMonths` more months, then stops.
 */
export function gradualExitApplies(p: { program: string; outcome: ReviewOutcome; stopReason: string | null; memberFoundWork: boolean; gradualExitMonths: number }): boolean {
  return p.program === 'dibao' && p.outcome === 'stop' && p.stopReason === 'income_rise' && p.memberFoundWork && p.gradualExitMonths > 0;
}

export type ReviewChange =
  | { kind: 'amount'; effectiveMonth: string; monthlyAmount: number; reasonCode: 'review' }
  | { kind: 'suspend'; effectiveMonth: string; reasonCode: 'review_pending' | 'unreachable' | 'other' }
  | { kind: 'stop'; effectiveMonth: string; reasonCode: ReviewStopReason };

/**
 * The enrolment change an outcome makes (none for a continuation), and the last month a
 * gradual exit keeps paying. A gradual exit's stop takes effect `months` after the decided month.
 */
export function changeForOutcome(p: {
  outcome: ReviewOutcome;
  effectiveMonth: string;
  amount: number | null;
  stopReason: ReviewStopReason | null;
  gradualExitMonths: number | null;
}): { change: ReviewChange | null; gradualExitUntil: string | null } {
  switch (p.outcome) {
    case 'continue':
      return { change: null, gradualExitUntil: null };
    case 'raise':
    case 'lower':
      return { change: { kind: 'amount', effectiveMonth: p.effectiveMonth, monthlyAmount: p.amount!, reasonCode: 'review' }, gradualExitUntil: null };
    case 'suspend':
      return { change: { kind: 'suspend', effectiveMonth: p.effectiveMonth, reasonCode: 'review_pending' }, gradualExitUntil: null };
    case 'stop': {
      const n = p.gradualExitMonths ?? 0;
      const stopMonth = n > 0 ? addMonths(p.effectiveMonth, n) : p.effectiveMonth;
      return { change: { kind: 'stop', effectiveMonth: stopMonth, reasonCode: p.stopReason ?? 'review_ineligible' }, gradualExitUntil: n > 0 ? addMonths(stopMonth, -1) : null };
    }
  }
}

/** Money per month an outcome changes (negative: less paid), for campaign summaries. */
export function monthlyDifference(outcome: ReviewOutcome, amountInForce: number, amount: number | null): number {
  switch (outcome) {
    case 'continue':
      return 0;
    case 'raise':
    case 'lower':
      return (amount ?? amountInForce) - amountInForce;
    case 'suspend':
    case 'stop':
      return -amountInForce;
  }
}
