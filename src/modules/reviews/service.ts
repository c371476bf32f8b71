/**
 * 复核 (DOMAIN.md §5, after enrolment): the due list, the review case and its outcome applied
 * to the enrolment through the payments module's change machinery, in one transaction with
 * the review's own step and its audit entry.
 */
import { nowIso, todayInChina } from '../../clock.ts';
import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { addCalendarDays, monthOf } from '../../domain/calendar.ts';
import { DomainError } from '../../domain/errors.ts';
import { dueStatus, nextReviewAfter } from '../../domain/reviews/schedule.ts';
import {
  allowedReviewActions,
  changeForOutcome,
  gradualExitApplies,
  monthlyDifference,
  proposalProblem,
  reviewTransition,
  type ReviewAction,
  type ReviewOutcome,
  type ReviewState,
  type ReviewStopReason,
} from '../../domain/reviews/workflow.ts';
import { recordAudit, recordRead } from '../audit/service.ts';
import { calculateForHousehold } from '../calculations/service.ts';
import { changeEnrolmentIn } from '../payments/service.ts';
import { policyInForce } from '../policies/service.ts';
import * as q from './queries.ts';
import type { DueQuery, ProposalInput, ReviewListQuery } from './schema.ts';

export * from './campaigns.ts';
export * from './statistics.ts';

/** 到期复核: what is due on or before `before` (default: the next 30 days) and what is overdue. */
export async function listDue(deps: Deps, actor: Actor, query: DueQuery) {
  const areaCode = query.areaCode ?? actor.areaCode;
  assertAreaReadable(actor, areaCode, 'area_not_found');
  const today = todayInChina(deps.clock);
  const before = query.before ?? addCalendarDays(today, 30);
  const { total, capped, items } = await q.dueEnrolments(deps.db, { areaCode, before, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return {
    total,
    /** more than `total` are due (the count stops at DUE_LIST_COUNT_CAP) */
    capped,
    before,
    items: items.map((e) => ({
      enrolmentId: e.id,
      program: e.program,
      householdId: e.household_id,
      headName: e.head_name ?? null,
      category: e.category,
      areaCode: e.area_code,
      monthlyAmount: Number(e.monthly_amount),
      dueDate: e.next_review_date!,
      ...dueStatus(e.next_review_date!, today),
      openReviewId: e.review_id ?? null,
    })),
  };
}

function reviewView(r: q.ReviewRow, actor: Actor, headName: string | null) {
  const calc = r.recalculation ? (JSON.parse(r.recalculation) as Record<string, unknown>) : null;
  return {
    id: r.id,
    kind: 'review' as const,
    program: r.program,
    state: r.state,
    enrolmentId: r.enrolment_id,
    householdId: r.household_id,
    headName,
    category: r.category,
    areaCode: r.area_code,
    campaignId: r.campaign_id,
    dueDate: r.due_date,
    amountInForce: Number(r.amount_in_force),
    recalculatedAmount: r.recalculated_amount === null ? null : Number(r.recalculated_amount),
    recalculation: calc,
    visit: r.visit_on ? { on: r.visit_on, notes: r.visit_notes } : null,
    verificationNeeded: r.verification_needed === 1,
    verificationNotes: r.verification_notes,
    proposal: r.outcome
      ? {
          outcome: r.outcome,
          monthlyAmount: r.proposed_amount === null ? null : Number(r.proposed_amount),
          effectiveMonth: r.effective_month,
          stopReason: r.stop_reason,
          memberFoundWork: r.member_found_work === 1,
          reason: r.reason,
        }
      : null,
    gradualExitUntil: r.gradual_exit_until,
    monthlyDifference: r.monthly_difference === null ? null : Number(r.monthly_difference),
    decidedOn: r.decided_on,
    allowedActions: actorCovers(actor, r.area_code) ? allowedReviewActions(r.state as ReviewState, actor.role) : [],
    createdAt: r.created_at,
  };
}

function actorCovers(actor: Actor, areaCode: string): boolean {
  return areaCode.startsWith(actor.areaCode);
}

async function reviewInScope(db: Deps['db'] | Trx, actor: Actor, id: number): Promise<q.ReviewRow> {
  const r = await q.findReview(db, id);
  if (!r) throw new DomainError('not_found', 'review_not_found', { params: { id } });
  assertAreaReadable(actor, r.area_code, 'review_not_found');
  return r;
}

export async function getReview(deps: Deps, actor: Actor, id: number) {
  const r = await reviewInScope(deps.db, actor, id);
  await recordRead(deps, actor, { action: 'read.case', entityType: 'review', entityId: id, areaCode: r.area_code, detail: { householdId: r.household_id } });
  return reviewView(r, actor, await q.headNameOf(deps.db, r.household_id));
}

export async function listReviews(deps: Deps, actor: Actor, query: ReviewListQuery) {
  const areaCode = query.areaCode ?? actor.areaCode;
  assertAreaReadable(actor, areaCode, 'area_not_found');
  const { total, items } = await q.reviewList(deps.db, { areaCode, state: query.state, campaignId: query.campaignId, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return { total, items: items.map((r) => reviewView(r, actor, r.head_name ?? null)) };
}

/** 发起复核: a review of one enrolment, due on its scheduled date (or today when it has none). */
export async function openReview(deps: Deps, actor: Actor, enrolmentId: number) {
  if (!['community_worker', 'street_reviewer', 'county_approver'].includes(actor.role)) throw new DomainError('forbidden', 'forbidden');
  const now = nowIso(deps.clock);
  const today = todayInChina(deps.clock);
  const row = await deps.db.transaction().execute(async (trx) => {
    const e = await trx.selectFrom('enrolments').selectAll().where('id', '=', enrolmentId).executeTakeFirst();
    if (!e) throw new DomainError('not_found', 'enrolment_not_found', { params: { id: enrolmentId } });
    assertAreaReadable(actor, e.area_code, 'enrolment_not_found');
    assertAreaWritable(actor, e.area_code);
    if (e.status === 'stopped' || (await q.hasStop(trx, e.id))) throw new DomainError('conflict', 'review_enrolment_stopped');
    const open = await q.openReviewOf(trx, e.id);
    if (open) throw new DomainError('conflict', 'review_open', { params: { id: open.id } });
    const r = await q.insertReview(trx, {
      enrolment_id: e.id,
      household_id: e.household_id,
      program: e.program,
      category: e.category,
      area_code: e.area_code,
      campaign_id: null,
      state: 'home_visit',
      due_date: e.next_review_date ?? today,
      amount_in_force: Number(e.monthly_amount),
      recalculated_amount: null,
      recalculation: null,
      visit_on: null,
      visit_notes: null,
      verification_notes: null,
      outcome: null,
      proposed_amount: null,
      effective_month: null,
      stop_reason: null,
      reason: null,
      gradual_exit_until: null,
      monthly_difference: null,
      decided_on: null,
      proposed_by: null,
      confirmed_by: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, deps, actor, { action: 'review.open', entityType: 'review', entityId: r.id, areaCode: r.area_code, newValue: { enrolmentId: e.id, dueDate: r.due_date } });
    return r;
  });
  return reviewView(row, actor, await q.headNameOf(deps.db, row.household_id));
}

/**
 * 重新测算: the household's amount today beside the amount in force, for the street's review.
 * Read before the step's transaction (the calculation reads the registry on its own connection).
 */
async function recalculate(deps: Deps, actor: Actor, r: q.ReviewRow): Promise<{ amount: number | null; detail: string | null }> {
  if (r.program !== 'dibao' && r.program !== 'tekun') return { amount: null, detail: null };
  const e = await deps.db.selectFrom('enrolments').select('person_id').where('id', '=', r.enrolment_id).executeTakeFirstOrThrow();
  try {
    const { result } = await calculateForHousehold(deps, actor, r.household_id, {
      program: r.program,
      asOf: todayInChina(deps.clock),
      ...(e.person_id !== null ? { subjectPersonId: e.person_id } : {}),
    });
    const detail = { eligible: result.eligible, perCapitaIncome: result.perCapitaIncome ?? null, reasons: result.reasons, policyVersion: result.policyVersion };
    return { amount: result.monthlyAmount, detail: JSON.stringify(detail) };
  } catch (err) {
    // No policy on file or a household the means test cannot read: the street sees no figure.
    if (err instanceof DomainError) return { amount: null, detail: JSON.stringify({ error: err.code }) };
    throw err;
  }
}

/** One step of a review: checked by the pure workflow, the row re-read and locked inside the transaction. */
async function step(
  deps: Deps,
  actor: Actor,
  id: number,
  action: ReviewAction,
  ctx: { verificationNeeded?: boolean; outcome?: ReviewOutcome },
  apply: (trx: Trx, r: q.ReviewRow, next: ReviewState, applyOutcome: boolean) => Promise<q.ReviewRow>,
) {
  const before = await reviewInScope(deps.db, actor, id);
  // The street's review shows a fresh calculation beside the amount in force.
  const t0 = reviewTransition(before.state as ReviewState, action, { role: actor.role, ...ctx });
  const recalc = !('problem' in t0) && t0.next === 'street_review' && before.state !== 'county_confirmation' ? await recalculate(deps, actor, before) : null;
  const row = await deps.db.transaction().execute(async (trx) => {
    if (deps.dialect === 'postgres') await trx.selectFrom('reviews').select('id').where('id', '=', id).forUpdate().execute();
    const r = await reviewInScope(trx, actor, id);
    assertAreaWritable(actor, r.area_code);
    const t = reviewTransition(r.state as ReviewState, action, { role: actor.role, ...ctx });
    if ('problem' in t) {
      const p = t.problem;
      if (p.code === 'review_wrong_role') throw new DomainError('forbidden', p.code, { params: { roles: p.roles.join('、') } });
      if (p.code === 'review_illegal_action') throw new DomainError('conflict', p.code, { params: { allowed: p.allowed.join('、') || '—' } });
      throw new DomainError('forbidden', p.code);
    }
    let current = r;
    if (recalc && t.next === 'street_review') {
      const e = await trx.selectFrom('enrolments').select('monthly_amount').where('id', '=', r.enrolment_id).executeTakeFirstOrThrow();
      current = await q.updateReview(trx, r.id, { recalculated_amount: recalc.amount, recalculation: recalc.detail, amount_in_force: Number(e.monthly_amount) });
    }
    const updated = await apply(trx, current, t.next, t.apply);
    await recordAudit(trx, deps, actor, {
      action: `review.${action}`,
      entityType: 'review',
      entityId: r.id,
      areaCode: r.area_code,
      oldValue: { state: r.state },
      newValue: { state: updated.state, outcome: updated.outcome, effectiveMonth: updated.effective_month, monthlyAmount: updated.proposed_amount, gradualExitUntil: updated.gradual_exit_until },
    });
    return updated;
  });
  return reviewView(row, actor, await q.headNameOf(deps.db, row.household_id));
}

/** 入户: the home visit; a visit that needs records matched goes to the verifier first. */
export async function recordVisit(deps: Deps, actor: Actor, id: number, input: { visitOn: string; notes: string; verificationNeeded: boolean }) {
  return step(deps, actor, id, 'record_visit', { verificationNeeded: input.verificationNeeded }, (trx, r, next) =>
    q.updateReview(trx, r.id, { state: next, visit_on: input.visitOn, visit_notes: input.notes, verification_needed: input.verificationNeeded ? 1 : 0, updated_at: nowIso(deps.clock) }),
  );
}

/** 核对: the verifier's findings. */
export async function recordVerification(deps: Deps, actor: Actor, id: number, input: { notes: string }) {
  return step(deps, actor, id, 'complete_verification', {}, (trx, r, next) => q.updateReview(trx, r.id, { state: next, verification_notes: input.notes, updated_at: nowIso(deps.clock) }));
}

/**
 * 街道审核意见: continuing or raising is decided here and applied at once; lowering, suspending
 * and stopping wait for the county's confirmation.
 */
export async function proposeOutcome(deps: Deps, actor: Actor, id: number, input: ProposalInput) {
  const today = todayInChina(deps.clock);
  if (input.effectiveMonth < monthOf(today)) {
    throw new DomainError('unprocessable', 'review_month_before_decision', { field: 'effectiveMonth', params: { month: monthOf(today) } });
  }
  if (input.outcome === 'stop' && !input.stopReason) throw new DomainError('validation', 'review_stop_reason_required', { field: 'stopReason' });
  return step(deps, actor, id, 'propose', { outcome: input.outcome }, async (trx, r, next, applyNow) => {
    const amountInForce = Number(r.amount_in_force);
    const amount = input.outcome === 'raise' || input.outcome === 'lower' ? (input.monthlyAmount ?? null) : null;
    const problem = proposalProblem(input.outcome, amountInForce, amount);
    if (problem) throw new DomainError('unprocessable', problem, { field: 'monthlyAmount' });
    const proposed = await q.updateReview(trx, r.id, {
      state: next,
      outcome: input.outcome,
      proposed_amount: amount,
      effective_month: input.effectiveMonth,
      stop_reason: input.outcome === 'stop' ? (input.stopReason ?? null) : null,
      member_found_work: input.memberFoundWork ? 1 : 0,
      reason: input.reason,
      proposed_by: actor.userId,
      updated_at: nowIso(deps.clock),
    });
    return applyNow ? applyOutcome(trx, deps, actor, proposed) : proposed;
  });
}

/** 区县确认: the county confirms the street's proposal (applied now) or returns it to the street. */
export async function confirmOutcome(deps: Deps, actor: Actor, id: number, input: { decision: 'confirm' | 'return'; comment?: string | undefined }) {
  return step(deps, actor, id, input.decision, {}, async (trx, r, next, applyNow) => {
    if (!applyNow) return q.updateReview(trx, r.id, { state: next, updated_at: nowIso(deps.clock) });
    return applyOutcome(trx, deps, actor, { ...r, confirmed_by: actor.userId });
  });
}

/**
 * The decided outcome on the enrolment: the dated change a caseworker would make (history,
 * back pay or recovery of months already paid), the review dates, and 渐退 when it applies.
 */
async function applyOutcome(trx: Trx, deps: Deps, actor: Actor, r: q.ReviewRow): Promise<q.ReviewRow> {
  const today = todayInChina(deps.clock);
  const outcome = r.outcome as ReviewOutcome;
  const policy = (await policyInForce(trx, r.area_code, today)).policy;
  const gradual = gradualExitApplies({
    program: r.program,
    outcome,
    stopReason: r.stop_reason,
    memberFoundWork: r.member_found_work === 1,
    gradualExitMonths: policy.dibao.gradualExitMonths,
  });
  const amount = r.proposed_amount === null ? null : Number(r.proposed_amount);
  const { change, gradualExitUntil } = changeForOutcome({
    outcome,
    effectiveMonth: r.effective_month!,
    amount,
    stopReason: r.stop_reason as ReviewStopReason | null,
    gradualExitMonths: gradual ? policy.dibao.gradualExitMonths : null,
  });
  if (change) {
    const reason = gradual ? `渐退：复核发现收入超过标准（家庭成员就业），渐退 ${policy.dibao.gradualExitMonths} 个月后停发。${r.reason ?? ''}` : `复核：${r.reason ?? ''}`;
    await changeEnrolmentIn(trx, deps, actor, r.enrolment_id, {
      kind: change.kind,
      effectiveMonth: change.effectiveMonth,
      ...(change.kind === 'amount' ? { monthlyAmount: change.monthlyAmount } : {}),
      reasonCode: change.reasonCode,
      reason: reason.slice(0, 500),
    });
  }
  const next = outcome === 'stop' ? null : nextReviewAfter(policy.reviews, r.program, r.category, today);
  await q.setEnrolmentReview(trx, r.enrolment_id, { last_review_date: today, next_review_date: next, ...(gradualExitUntil ? { gradual_exit_until: gradualExitUntil } : {}) });
  return q.updateReview(trx, r.id, {
    state: 'decided',
    decided_on: today,
    confirmed_by: r.confirmed_by,
    gradual_exit_until: gradualExitUntil,
    monthly_difference: monthlyDifference(outcome, Number(r.amount_in_force), amount),
    updated_at: nowIso(deps.clock),
  });
}

export { reviewInScope };
