import type { Role } from '../roles.ts';
import { pathOf, stepsOf, type CaseProgramCode, type CaseState } from './states.ts';

export const CASE_ACTIONS = [
  'accept', // submitted → first working step (investigation, or street_review on the short path)
  'complete_investigation',
  'complete_verification',
  'complete_democratic_review',
  'street_approve',
  'close_notice',
  'confirm',
  'reject',
  'return',
  'withdraw',
  'appeal',
  'decide_appeal',
  'pay_urgent',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** What the service knows about the case and its file when a transition is asked for. */
export interface CaseContext {
  program: CaseProgramCode;
  state: CaseState;
  role: Role;
  /**
   * The actor's area covers the case's household: the owning street (and the community and
   * county above and below it). A street window that took another street's application sees
   * it, but only the owning street accepts and handles it (DOMAIN.md §5.1).
   */
  actorInCaseArea: boolean;
  democraticReview: boolean;
  /** Investigation records with their number of distinct staff. */
  investigationStaffCounts: number[];
  hasVerificationReport: boolean;
  hasReviewMeeting: boolean;
  /** 民主评议 panels need at least this many members (policy `cases.reviewPanelMinimum`). */
  reviewPanelMinimum: number;
  /** The amount calculated for this case, when there is one (frozen at street review). */
  calculatedAmount: number | null;
  noticeClosesOn: string | null;
  /** 三榜公示: the round of the open notice and how many rounds the case gets. */
  noticeRound: number;
  noticeRounds: number;
  today: string;
  openObjections: number;
  relativeFlagged: boolean;
  relativeReviewed: boolean;
  /** Temporary assistance: the small-sum cap (小额先行) and the county's case-by-case threshold. */
  urgentCap: number | null;
  caseByCaseThreshold: number | null;
  /** Temporary assistance: confirmed grants of the household in the calendar year, and the yearly cap. */
  yearlyGranted: number;
  yearlyCap: number | null;
  urgentPaid: boolean;
  /** Extra input of the action itself. */
  input: { comment?: string | undefined; amount?: number | undefined; upheld?: boolean | undefined; caseByCaseDecision?: boolean | undefined };
}

export type CaseEffect =
  /** 受理: the legal clock runs from the day the application is accepted (DOMAIN.md §5). */
  | { type: 'start_clock' }
  | { type: 'freeze_amount' }
  /** 公示: round `round` opens today (each round its own notice). */
  | { type: 'open_notice'; round: number }
  | { type: 'enrol' }
  | { type: 'rejection_notice' }
  | { type: 'urgent_payment'; amount: number };

export type TransitionProblem =
  | { code: 'illegal_transition'; allowed: CaseAction[] }
  | { code: 'wrong_role'; roles: Role[] }
  | { code: 'wrong_area' }
  | { code: 'requirement'; requirement: Requirement; params?: Record<string, string | number> };

export type Requirement =
  | 'investigation_two_staff'
  | 'verification_report'
  | 'review_meeting'
  | 'calculated_amount'
  | 'notice_not_over'
  | 'open_objections'
  | 'relative_review'
  | 'comment_required'
  | 'urgent_only_temporary'
  | 'urgent_amount'
  | 'urgent_already_paid'
  | 'case_by_case_decision'
  | 'yearly_cap_decision';

export type TransitionResult = { ok: true; next: CaseState; effects: CaseEffect[] } | { ok: false; problem: TransitionProblem };

/**
 * Who owns each step (DOMAIN.md §1, §5): the role that completes it, and that alone may send
 * it back or reject there. The verification centre owns verification and nothing else — it never
 * takes the street's review or the county's confirmation; the administrator and the auditor take
 * no step at all.
 */
const STEP_OWNER: Partial<Record<CaseState, Role>> = {
  submitted: 'street_reviewer',
  investigation: 'community_worker',
  verification: 'verifier',
  democratic_review: 'community_worker',
  street_review: 'street_reviewer',
  public_notice: 'street_reviewer',
  county_confirmation: 'county_approver',
  appealed: 'county_approver',
};

/** Actions whose roles do not follow the step's owner. */
const ACTION_ROLES: Partial<Record<CaseAction, readonly Role[]>> = {
  // 受理 is the street office's (乡镇人民政府、街道办事处): the community helps the resident apply
  // and forwards the file.
  accept: ['street_reviewer'],
  // The resident withdraws or appeals through the community or the street window.
  withdraw: ['community_worker', 'street_reviewer'],
  appeal: ['community_worker', 'street_reviewer'],
  // The community posts the notice; the street that opened it may close it too.
  close_notice: ['community_worker', 'street_reviewer'],
  // 小额先行救助: the street pays a small urgent sum before the file is complete.
  pay_urgent: ['street_reviewer'],
};

/** Which roles may take an action in a state. */
export function rolesFor(action: CaseAction, state: CaseState): Role[] {
  const fixed = ACTION_ROLES[action];
  if (fixed) return [...fixed];
  const owner = STEP_OWNER[state];
  return owner ? [owner] : [];
}

/** Where in its path a state sits, and which step comes next or before. */
function neighbours(ctx: CaseContext): { next: CaseState | undefined; previous: CaseState | undefined } {
  const steps = stepsOf(pathOf(ctx.program), ctx.democraticReview);
  const i = steps.indexOf(ctx.state);
  return { next: i >= 0 ? steps[i + 1] : undefined, previous: i > 0 ? steps[i - 1] : undefined };
}

/** The actions that would be legal in this state for some role (for 409 messages and the UI). */
export function availableActions(ctx: Pick<CaseContext, 'program' | 'state' | 'democraticReview' | 'urgentPaid'>): CaseAction[] {
  const path = pathOf(ctx.program);
  const out: CaseAction[] = [];
  switch (ctx.state) {
    case 'submitted':
      out.push('accept', 'withdraw');
      break;
    case 'investigation':
      out.push('complete_investigation', 'withdraw');
      break;
    case 'verification':
      out.push('complete_verification', 'return', 'withdraw');
      break;
    case 'democratic_review':
      out.push('complete_democratic_review', 'return', 'withdraw');
      break;
    case 'street_review':
      out.push('street_approve', 'reject', ...(path === 'full' ? (['return'] as const) : []), 'withdraw');
      break;
    case 'public_notice':
      out.push('close_notice', 'return', 'withdraw');
      break;
    case 'county_confirmation':
      out.push('confirm', 'reject', 'return', 'withdraw');
      break;
    case 'rejected':
      out.push('appeal');
      break;
    case 'appealed':
      out.push('decide_appeal');
      break;
    case 'approved':
    case 'withdrawn':
      break;
  }
  if (ctx.program === 'temporary' && !ctx.urgentPaid && ['submitted', 'investigation', 'verification', 'street_review'].includes(ctx.state)) {
    out.push('pay_urgent');
  }
  return out;
}

type Failure = Requirement | { requirement: Requirement; params: Record<string, string | number> } | null;

function requirementFailure(ctx: CaseContext, action: CaseAction): Failure {
  switch (action) {
    case 'complete_investigation':
      // 入户调查 by at least two staff (DOMAIN.md §5.2).
      return ctx.investigationStaffCounts.some((n) => n >= 2) ? null : 'investigation_two_staff';
    case 'complete_verification':
      return ctx.hasVerificationReport ? null : 'verification_report';
    case 'complete_democratic_review':
      return ctx.hasReviewMeeting ? null : { requirement: 'review_meeting', params: { minimum: ctx.reviewPanelMinimum } };
    case 'street_approve':
      if (pathOf(ctx.program) === 'full' && !ctx.hasVerificationReport) return 'verification_report';
      return ctx.calculatedAmount === null ? 'calculated_amount' : null;
    case 'close_notice':
      if (ctx.openObjections > 0) return 'open_objections';
      // The notice's calendar days (per program): it closes at the end of its last day.
      if (ctx.noticeClosesOn !== null && ctx.today > ctx.noticeClosesOn) return null;
      return ctx.noticeClosesOn === null ? 'notice_not_over' : { requirement: 'notice_not_over', params: { closesOn: ctx.noticeClosesOn } };
    case 'confirm':
      if (ctx.relativeFlagged && !ctx.relativeReviewed) return 'relative_review';
      if (ctx.program === 'temporary' && !ctx.input.caseByCaseDecision) {
        const amount = ctx.calculatedAmount ?? 0;
        // Above the per-grant cap, or above the household's yearly cap with this grant, the
        // county decides case by case (一事一议).
        if (ctx.caseByCaseThreshold !== null && amount > ctx.caseByCaseThreshold) return { requirement: 'case_by_case_decision', params: { cap: ctx.caseByCaseThreshold } };
        if (ctx.yearlyCap !== null && ctx.yearlyGranted + amount > ctx.yearlyCap) {
          return { requirement: 'yearly_cap_decision', params: { cap: ctx.yearlyCap, granted: ctx.yearlyGranted, amount } };
        }
      }
      return null;
    case 'reject':
    case 'return':
    case 'withdraw':
    case 'appeal':
      return ctx.input.comment && ctx.input.comment.trim().length > 0 ? null : 'comment_required';
    case 'pay_urgent':
      if (ctx.program !== 'temporary') return 'urgent_only_temporary';
      if (ctx.urgentPaid) return 'urgent_already_paid';
      if (!ctx.input.amount || ctx.input.amount <= 0 || ctx.urgentCap === null || ctx.input.amount > ctx.urgentCap) return 'urgent_amount';
      return null;
    default:
      return null;
  }
}

/**
 * The workflow as a pure function: given the case, the action and who asks, either the next
 * state with the effects the service must apply (in the same transaction), or why not.
 */
export function transition(ctx: CaseContext, action: CaseAction): TransitionResult {
  const allowed = availableActions(ctx);
  if (!allowed.includes(action)) return { ok: false, problem: { code: 'illegal_transition', allowed } };
  const roles = rolesFor(action, ctx.state);
  if (!roles.includes(ctx.role)) return { ok: false, problem: { code: 'wrong_role', roles } };
  if (!ctx.actorInCaseArea) return { ok: false, problem: { code: 'wrong_area' } };
  const failed = requirementFailure(ctx, action);
  if (typeof failed === 'string') return { ok: false, problem: { code: 'requirement', requirement: failed } };
  if (failed) return { ok: false, problem: { code: 'requirement', ...failed } };

  const { next, previous } = neighbours(ctx);
  switch (action) {
    case 'accept':
      return { ok: true, next: next!, effects: [{ type: 'start_clock' }] };
    case 'complete_investigation':
    case 'complete_verification':
    case 'complete_democratic_review':
      return { ok: true, next: next!, effects: [] };
    case 'close_notice':
      // 三榜公示: closing a round opens the next; the case moves on after the last.
      return ctx.noticeRound < ctx.noticeRounds
        ? { ok: true, next: 'public_notice', effects: [{ type: 'open_notice', round: ctx.noticeRound + 1 }] }
        : { ok: true, next: next!, effects: [] };
    case 'street_approve':
      return { ok: true, next: next!, effects: next === 'public_notice' ? [{ type: 'freeze_amount' }, { type: 'open_notice', round: 1 }] : [{ type: 'freeze_amount' }] };
    case 'confirm':
      return { ok: true, next: 'approved', effects: [{ type: 'enrol' }] };
    case 'reject':
      return { ok: true, next: 'rejected', effects: [{ type: 'rejection_notice' }] };
    case 'return':
      return { ok: true, next: previous!, effects: [] };
    case 'withdraw':
      return { ok: true, next: 'withdrawn', effects: [] };
    case 'appeal':
      return { ok: true, next: 'appealed', effects: [] };
    case 'decide_appeal':
      // Upheld: the rejection stands; otherwise the county decides the case again.
      return ctx.input.upheld ? { ok: true, next: 'rejected', effects: [] } : { ok: true, next: 'county_confirmation', effects: [] };
    case 'pay_urgent':
      return { ok: true, next: ctx.state, effects: [{ type: 'urgent_payment', amount: ctx.input.amount! }] };
  }
}
