import { nowIso, todayInChina } from '../../clock.ts';
import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { nextMonth, monthOf } from '../../domain/calendar.ts';
import { confirmationDueOn, investigationDueOn, legalLimitsOf, noticeClosesOn, rejectionNoticeDueOn } from '../../domain/cases/legal-clock.ts';
import { pathOf, type CaseProgram } from '../../domain/cases/states.ts';
import { transition, type CaseEffect } from '../../domain/cases/transition.ts';
import { DomainError } from '../../domain/errors.ts';
import { maskIdNumber, maskName } from '../../domain/masking.ts';
import { formatYuan } from '../../domain/money.ts';
import { noticeRuleOf, type Policy } from '../../domain/policy.ts';
import { reasonLabel } from '../../domain/programs/index.ts';
import { translate } from '../../messages.ts';
import { recordAudit } from '../audit/service.ts';
import { calculateForHousehold } from '../calculations/service.ts';
import { startEnrolment } from '../payments/service.ts';
import { meansTestData } from '../registry/service.ts';
import { evaluateLocalForHousehold, isLocalProgram, programName } from '../programs/service.ts';
import { caseContext, casePolicy } from './context.ts';
import { assertMayActOnCase } from './duties.ts';
import * as q from './queries.ts';
import type { TransitionInput } from './schema.ts';
import { applicationInScope, assertHandledHere, getApplication, otherStreetError } from './service.ts';


/**
 * The amount a case would be decided on today: the calculation, or for temporary assistance the
 * grant street review proposes (the sum asked for at intake unless it gives another).
 */
async function amountFor(deps: Deps, actor: Actor, app: q.ApplicationRow, input: TransitionInput) {
  if (app.program === 'temporary') {
    const grant = input.amount ?? app.requested_amount;
    return grant ? { amount: grant, calculation: { program: 'temporary', grant, requested: app.requested_amount }, policyVersion: 'temporary' } : null;
  }
  if (isLocalProgram(app.program)) {
    const result = await evaluateLocalForHousehold(deps, { ...actor, areaCode: app.area_code.slice(0, 6) }, {
      code: app.program,
      householdId: app.household_id,
      subjectPersonId: app.subject_person_id,
      asOf: todayInChina(deps.clock),
    });
    return { amount: result.eligible ? result.monthlyAmount : null, calculation: result, policyVersion: result.policyVersion };
  }
  const { result } = await calculateForHousehold(deps, { ...actor, areaCode: app.area_code.slice(0, 6) }, app.household_id, {
    program: app.program as Exclude<CaseProgram, 'temporary'>,
    asOf: todayInChina(deps.clock),
    subjectPersonId: app.subject_person_id ?? undefined,
  });
  return { amount: result.eligible ? result.monthlyAmount : null, calculation: result, policyVersion: result.policyVersion };
}

/** 不予确认通知书: the reasons in plain Chinese and the right to appeal. */
function rejectionText(app: q.ApplicationRow, programName: string, comment: string, reasons: string[], today: string): string {
  return [
    `不予确认通知书`,
    `经审核，您于 ${app.accepted_on} 提出的${programName}申请不符合条件，决定不予确认。`,
    `理由：${comment}${reasons.length ? `（${reasons.join('；')}）` : ''}`,
    `如对本决定不服，可自收到本通知之日起六十日内向上一级民政部门申请行政复议，或在六个月内依法提起行政诉讼。`,
    `日期：${today}`,
  ].join('\n');
}

/**
 * Moves a case one step: the pure state machine decides, this applies its effects — freezing
 * the amount, opening the notice, enrolling, the rejection notice, the urgent payment — in the
 * same transaction as the state change, its event and its audit entry.
 */
export async function transitionCase(deps: Deps, actor: Actor, id: number, input: TransitionInput) {
  const app = await applicationInScope(deps.db, actor, id);
  await assertMayActOnCase(deps.db, actor, app, input.action);
  const needsAmount = (input.action === 'street_approve' && app.state === 'street_review') || (input.action === 'confirm' && app.state === 'county_confirmation');
  const fresh = needsAmount && app.calculated_amount === null ? await amountFor(deps, actor, app, input) : null;
  const calculatedAmount = app.calculated_amount ?? fresh?.amount ?? null;
  const relativeReviewGiven = input.action === 'confirm' && actor.role === 'county_approver' && Boolean(input.relativeReview);
  const today = todayInChina(deps.clock);
  // The policy in force for the case's area today: for acceptance that is the acceptance date.
  const policy = await casePolicy(deps.db, app, today);
  const ctx = await caseContext(deps.db, deps, actor, app, { comment: input.comment, amount: input.amount, upheld: input.upheld, caseByCaseDecision: input.caseByCaseDecision }, calculatedAmount, relativeReviewGiven, policy);
  const decided = transition(ctx, input.action);
  if (!decided.ok) {
    const p = decided.problem;
    if (p.code === 'illegal_transition') throw new DomainError('conflict', 'illegal_transition', { field: 'action', params: { state: app.state, allowed: p.allowed.join(', ') || '—' } });
    if (p.code === 'wrong_role') throw new DomainError('forbidden', 'case_wrong_role', { params: { roles: p.roles.join(', ') } });
    if (p.code === 'wrong_area') throw await otherStreetError(deps.db, app);
    // Money in the message reads in yuan.
    const params = Object.fromEntries(Object.entries(p.params ?? {}).map(([k, v]) => [k, ['cap', 'granted', 'amount'].includes(k) && typeof v === 'number' ? formatYuan(v, { grouping: true }) : v]));
    throw new DomainError('unprocessable', `case_requires_${p.requirement}`, { field: p.requirement === 'comment_required' ? 'comment' : 'action', params });
  }
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const patch: Partial<q.ApplicationRow> = { state: decided.next, updated_at: now };
    if (relativeReviewGiven) patch.relative_review = JSON.stringify({ by: actor.username, at: now, review: input.relativeReview });
    for (const effect of decided.effects) await applyEffect(trx, deps, actor, app, effect, { input, fresh, patch, today, now, policy });
    if (!(await q.updateApplication(trx, app.id, app.state, patch))) {
      throw new DomainError('conflict', 'case_changed_meanwhile', { params: { id: app.id } });
    }
    await q.insertEvent(trx, {
      applicationId: app.id,
      at: now,
      actorId: actor.userId,
      actorUsername: actor.username,
      action: input.action,
      fromState: app.state,
      toState: decided.next,
      comment: input.comment ?? null,
      data: decided.effects.length ? { effects: decided.effects.map((e) => e.type), amount: patch.calculated_amount ?? patch.urgent_amount ?? null } : null,
    });
    await recordAudit(trx, deps, actor, {
      action: `case.${input.action}`,
      entityType: 'application',
      entityId: app.id,
      areaCode: app.area_code,
      oldValue: { state: app.state },
      newValue: { state: decided.next, effects: decided.effects.map((e) => e.type), comment: input.comment ?? null },
    });
    return getApplication(deps, actor, app.id, trx);
  });
}

async function applyEffect(
  trx: Trx,
  deps: Deps,
  actor: Actor,
  app: q.ApplicationRow,
  effect: CaseEffect,
  c: { input: TransitionInput; fresh: Awaited<ReturnType<typeof amountFor>> | null; patch: Partial<q.ApplicationRow>; today: string; now: string; policy: Policy },
): Promise<void> {
  switch (effect.type) {
    case 'start_clock': {
      // 受理: the limits of the policy in force for the area on the acceptance date.
      const limits = legalLimitsOf(c.policy);
      c.patch.accepted_on = c.today;
      c.patch.due_on = confirmationDueOn(c.today, false, limits);
      c.patch.investigation_due_on = pathOf(app.program as CaseProgram) === 'full' ? investigationDueOn(c.today, limits) : null;
      return;
    }
    case 'freeze_amount':
      // The amount street review proposes is the amount the notice shows and the county confirms.
      c.patch.calculated_amount = c.fresh?.amount ?? app.calculated_amount;
      c.patch.calculation = JSON.stringify(c.fresh?.calculation ?? null);
      c.patch.policy_version = c.fresh?.policyVersion ?? null;
      return;
    case 'open_notice': {
      // Length per program on the day each round opens; the number of rounds fixed by the first.
      const rule = noticeRuleOf(c.policy, app.program);
      const rounds = effect.round === 1 ? rule.rounds : ((await q.noticeOf(trx, app.id))?.rounds ?? rule.rounds);
      const data = await meansTestData(trx, { ...actor, areaCode: app.area_code }, app.household_id);
      const head = data.members.find((m) => m.relation === 'head') ?? data.members[0]!;
      const notice = await trx
        .insertInto('public_notices')
        .values({
          application_id: app.id,
          area_code: app.area_code,
          opened_on: c.today,
          closes_on: noticeClosesOn(c.today, rule.days),
          round: effect.round,
          rounds,
          masked_name: maskName(head.name),
          masked_id_number: maskIdNumber(head.idNumber),
          program: app.program,
          members: data.members.filter((m) => !m.inPrison).length,
          // The amount frozen at street review (this transition, or an earlier one for a later round).
          monthly_amount: c.patch.calculated_amount ?? app.calculated_amount ?? 0,
          // Minors applying for tekun are not published (DOMAIN.md §5.6).
          published: app.program === 'tekun' && data.members.every((m) => Number(c.today.slice(0, 4)) - Number(m.idNumber.slice(6, 10)) < 18) ? 0 : 1,
          created_at: c.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      c.patch.notice_id = notice.id;
      return;
    }
    case 'enrol': {
      const amount = app.calculated_amount ?? c.fresh?.amount;
      if (amount === null || amount === undefined) throw new DomainError('unprocessable', 'case_requires_calculated_amount', { field: 'action' });
      // 分类施保 categories A/B/C belong to dibao only.
      const category = app.program === 'dibao' ? (c.input.category ?? 'C') : null;
      // Paid from the month after confirmation (DOMAIN.md §5.8).
      const startMonth = nextMonth(monthOf(c.today));
      await startEnrolment(trx, deps, actor, {
        householdId: app.household_id,
        personId: app.subject_person_id,
        program: app.program,
        category,
        monthlyAmount: amount,
        calculation: app.calculation ?? JSON.stringify(c.fresh?.calculation ?? null),
        policyVersion: app.policy_version ?? c.fresh?.policyVersion ?? '',
        startMonth,
        applicationId: app.id,
        areaCode: app.area_code,
      });
      c.patch.category = category;
      c.patch.decision_text = `经审核确认，自 ${startMonth} 起纳入${await programName(trx, app.program)}，${category ? `${category} 类，` : ''}月保障金额 ${(amount / 100).toFixed(2)} 元。`;
      return;
    }
    case 'rejection_notice': {
      const reasons = app.calculation ? ((JSON.parse(app.calculation) as { reasons?: string[] }).reasons ?? []) : [];
      c.patch.decision_text = rejectionText(app, await programName(trx, app.program), c.input.comment ?? '', reasons.map((r) => reasonLabel(r as never, 'zh-CN')), c.today);
      c.patch.decision_notice_due_on = rejectionNoticeDueOn(c.today, legalLimitsOf(c.policy));
      return;
    }
    case 'urgent_payment':
      c.patch.urgent_amount = effect.amount;
      return;
  }
}

/**
 * 批量确认: the county confirms several reviewed cases at once. Each case is its own
 * transaction and answer, so one refusal (an unresolved objection, a relative) stops only itself.
 */
export async function bulkTransition(deps: Deps, actor: Actor, ids: number[], input: TransitionInput) {
  const results: { id: number; ok: boolean; state?: string; error?: { code: string; message: string } }[] = [];
  for (const id of ids) {
    try {
      const c = await transitionCase(deps, actor, id, input);
      results.push({ id, ok: true, state: c.state });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      results.push({ id, ok: false, error: { code: e.code, message: translate('zh-CN', e.code, e.params) } });
    }
  }
  return { results };
}

/** 延期: the confirmation limit goes from 30 to 45 working days (the area's, on the acceptance date), with the reason recorded. */
export async function extendCase(deps: Deps, actor: Actor, id: number, reason: string) {
  const app = await applicationInScope(deps.db, actor, id);
  if (actor.role !== 'county_approver' && actor.role !== 'street_reviewer') throw new DomainError('forbidden', 'forbidden');
  await assertHandledHere(deps.db, actor, app);
  await assertMayActOnCase(deps.db, actor, app);
  if (app.extended === 1) throw new DomainError('conflict', 'case_already_extended');
  if (['approved', 'rejected', 'withdrawn'].includes(app.state)) throw new DomainError('conflict', 'illegal_transition', { params: { state: app.state, allowed: '—' } });
  const now = nowIso(deps.clock);
  if (app.state === 'submitted') throw new DomainError('conflict', 'illegal_transition', { params: { state: app.state, allowed: 'accept' } });
  const dueOn = confirmationDueOn(app.accepted_on, true, legalLimitsOf(await casePolicy(deps.db, app, app.accepted_on)));
  await deps.db.transaction().execute(async (trx) => {
    await q.updateApplication(trx, app.id, app.state, { extended: 1, extension_reason: reason, due_on: dueOn, updated_at: now });
    await q.insertEvent(trx, { applicationId: app.id, at: now, actorId: actor.userId, actorUsername: actor.username, action: 'extend', fromState: app.state, toState: app.state, comment: reason, data: { dueOn } });
    await recordAudit(trx, deps, actor, { action: 'case.extend', entityType: 'application', entityId: app.id, areaCode: app.area_code, oldValue: { dueOn: app.due_on }, newValue: { dueOn, reason } });
  });
  return getApplication(deps, actor, app.id);
}
