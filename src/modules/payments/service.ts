import { nowIso, todayInChina } from '../../clock.ts';
import type { DbOrTrx, Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { areaAncestry } from '../../domain/area-code.ts';
import { addMonths, monthOf } from '../../domain/calendar.ts';
import { DomainError } from '../../domain/errors.ts';
import { formatYuan } from '../../domain/money.ts';
import { firstStop, inForce, PAYING_KINDS, retroactiveDifferences, settlementOf, type EnrolmentChange } from '../../domain/payments/schedule.ts';
import { countedMonths } from '../../domain/reports/enrolment-flows.ts';
import { firstReviewDate, reviewInterval } from '../../domain/reviews/schedule.ts';
import { policyInForce } from '../policies/service.ts';
import { recordAudit, recordRead } from '../audit/service.ts';
import * as q from './queries.ts';
import type { ChangeInput, EnrolmentListQuery } from './schema.ts';

export * from './payroll.ts';
export * from './payroll-view.ts';
export * from './bank-file.ts';
export * from './enrolments-in-month.ts';
export * from './payees.ts';
export * from './debts.ts';
export type { ChangeRow, EnrolmentRow } from './queries.ts';
/** An enrolment's dated changes, oldest first (for a service that then applies one). */
export { changesOf, openEnrolmentsOf } from './queries.ts';
import { recoveriesBecomeDebts } from './debts.ts';
import { payeeView } from './payees.ts';

/** 临时救助 is a one-off grant: it is paid in its first month only. */
const ONE_OFF_PROGRAMS = ['temporary'];

export interface NewEnrolment {
  householdId: number;
  personId: number | null;
  program: string;
  category: string | null;
  monthlyAmount: number;
  /** the frozen calculation (JSON) the amount comes from */
  calculation: string;
  policyVersion: string;
  startMonth: string;
  applicationId: number;
  areaCode: string;
}

/** 保障人数: members counted in the frozen calculation; one for a person-based program. */
async function coveredPersons(trx: Trx, e: NewEnrolment): Promise<number> {
  if (e.personId !== null) return 1;
  try {
    const calc = JSON.parse(e.calculation) as { trace?: { step: string; value: unknown }[] } | null;
    // dibao counts its members; a local household program its covered persons.
    const members = calc?.trace?.find((s) => s.step === 'members' || s.step === 'covered_persons')?.value;
    if (typeof members === 'number' && Number.isInteger(members) && members > 0) return members;
  } catch {
    // not a calculation with a trace (a temporary grant): count the household instead
  }
  return Math.max(1, await q.countedMembers(trx, e.householdId));
}

/** 复核: the first review of a new enrolment, at the area's interval for its program and category. */
async function firstReviewOf(trx: Trx, e: NewEnrolment): Promise<string | null> {
  const interval = reviewInterval((await policyInForce(trx, e.areaCode, `${e.startMonth}-01`)).policy.reviews, e.program, e.category);
  return interval ? firstReviewDate(e.startMonth, interval.months) : null;
}

/**
 * 纳入保障: the enrolment a confirmed case creates, with its first dated change, inside the
 * caller's transaction so the case and its payments start together or not at all.
 */
export async function startEnrolment(trx: Trx, deps: Deps, actor: Actor, e: NewEnrolment): Promise<{ id: number; coveredPersons: number }> {
  const now = nowIso(deps.clock);
  const covered = await coveredPersons(trx, e);
  const oneOff = ONE_OFF_PROGRAMS.includes(e.program);
  const decided = { decided_on: todayInChina(deps.clock), application_id: e.applicationId, actor_id: actor.userId, created_at: now };
  const changes = [
    { ...decided, kind: 'start' as const, effective_month: e.startMonth, monthly_amount: e.monthlyAmount, covered_persons: covered, reason_code: null, reason: null },
    ...(oneOff ? [{ ...decided, kind: 'stop' as const, effective_month: addMonths(e.startMonth, 1), monthly_amount: null, covered_persons: null, reason_code: 'one_off', reason: '一次性救助' }] : []),
  ];
  const row = await trx
    .insertInto('enrolments')
    .values({
      household_id: e.householdId,
      person_id: e.personId,
      program: e.program,
      category: e.category,
      monthly_amount: e.monthlyAmount,
      calculation: e.calculation,
      policy_version: e.policyVersion,
      start_month: e.startMonth,
      end_month: oneOff ? e.startMonth : null,
      status: 'active',
      application_id: e.applicationId,
      area_code: e.areaCode,
      created_at: now,
      covered_persons: covered,
      ...countedColumns(changes),
      next_review_date: oneOff ? null : await firstReviewOf(trx, e),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('enrolment_changes')
    .values(changes.map((c) => ({ ...c, enrolment_id: row.id })))
    .execute();
  return { id: row.id, coveredPersons: covered };
}

/** The counting months the monthly report reads from the enrolment row, from its whole history of changes. */
function countedColumns(changes: readonly { kind: string; effective_month: string; decided_on: string }[]) {
  const c = countedMonths(changes.map((x) => ({ kind: x.kind, effectiveMonth: x.effective_month, decidedOn: x.decided_on })));
  return { first_counted: c.firstCounted, start_counted: c.startCounted, stop_counted: c.stopCounted };
}

/** The summary columns an enrolment keeps for lists: as things stand this month. */
function summaryOf(changes: EnrolmentChange[], startMonth: string, thisMonth: string, stopReason: string | null) {
  const sorted = [...changes].sort((a, b) => (a.effectiveMonth === b.effectiveMonth ? a.id - b.id : a.effectiveMonth < b.effectiveMonth ? -1 : 1));
  const now = inForce(sorted, thisMonth < startMonth ? startMonth : thisMonth);
  const stop = firstStop(sorted);
  const lastAmount = [...sorted].reverse().find((c) => c.monthlyAmount !== null && (!stop || c.effectiveMonth < stop.effectiveMonth))?.monthlyAmount ?? 0;
  const status: 'active' | 'suspended' | 'stopped' = now.change?.kind === 'stop' ? 'stopped' : now.change?.kind === 'suspend' ? 'suspended' : 'active';
  return {
    status,
    monthly_amount: now.amount > 0 ? now.amount : lastAmount,
    end_month: stop ? addMonths(stop.effectiveMonth, -1) : null,
    stop_reason: stop ? stopReason : null,
  };
}

/** Months already settled for an enrolment from `from` on: paid by a line, or covered by a payroll run. */
export async function settledMonths(db: DbOrTrx, e: q.EnrolmentRow, from: string): Promise<string[]> {
  const [paid, payrolls] = await Promise.all([q.paidMonths(db, e.id, from), q.monthlyPayrollsCovering(db, e.program, areaAncestry(e.area_code))]);
  const covered = payrolls.flatMap((p) => p.months.split(',')).filter((m) => m >= from && m >= e.start_month);
  return [...new Set([...paid, ...covered])].sort();
}

async function enrolmentInScope(db: DbOrTrx, actor: Actor, id: number): Promise<q.EnrolmentRow> {
  const e = await q.findEnrolment(db, id);
  if (!e) throw new DomainError('not_found', 'enrolment_not_found', { params: { id } });
  assertAreaReadable(actor, e.area_code, 'enrolment_not_found');
  return e;
}

/**
 * 变更: an amount change, suspension, resumption or stop from the month the decision says.
 * When that month was already settled, the difference per month becomes a back pay (补发, paid
 * whole by the next payroll) or a recovery (追回, spread with a monthly limit).
 */
export async function changeEnrolment(deps: Deps, actor: Actor, id: number, input: ChangeInput) {
  if (actor.role !== 'county_approver' && actor.role !== 'street_reviewer') throw new DomainError('forbidden', 'forbidden');
  // Exits are contested (DOMAIN.md §5): a stop is confirmed one level up, by the county (a
  // review's stop goes through the county's confirmation in src/modules/reviews).
  if (input.kind === 'stop' && actor.role === 'street_reviewer') throw new DomainError('forbidden', 'enrolment_stop_needs_county', { field: 'kind' });
  return deps.db.transaction().execute((trx) => changeEnrolmentIn(trx, deps, actor, id, input));
}

/** The change itself inside the caller's transaction; the caller has checked the actor's role. */
export async function changeEnrolmentIn(trx: Trx, deps: Deps, actor: Actor, id: number, input: ChangeInput) {
  {
    // Two decisions on one enrolment at once: the second waits and sees the first's change.
    if (deps.dialect === 'postgres') await trx.selectFrom('enrolments').select('id').where('id', '=', id).forUpdate().execute();
    const e = await enrolmentInScope(trx, actor, id);
    assertAreaWritable(actor, e.area_code);
    if (input.effectiveMonth < e.start_month) {
      throw new DomainError('unprocessable', 'enrolment_change_before_start', { field: 'effectiveMonth', params: { startMonth: e.start_month } });
    }
    const rows = await q.changesOf(trx, e.id);
    // The same decision sent twice (a double click, a retry, twenty tabs) is recorded once: the
    // latest change already says it, so the answer is the state it made. The lock above (and
    // SQLite's single writer) lets each request see the one before.
    const same = latestIfSame(rows, input);
    if (same) {
      const made = (await q.adjustmentsOf(trx, e.id)).find((a) => a.source === 'retroactive_change' && a.first_month === same.effective_month && a.created_at === same.created_at);
      return { enrolment: await enrolmentDetail(trx, deps, actor, e.id), adjustment: made ? adjustmentView(made) : null };
    }
    return applyEnrolmentChange(trx, deps, actor, e, rows, input);
  }
}

/**
 * Applies one change to an enrolment inside the caller's transaction (the enrolment locked and in
 * scope, its changes read): the dated change, the back pay or recovery for months already
 * settled, the summary columns and the audit entry. A stop leaves nothing a payroll could still
 * take a recovery from, so the enrolment's open recoveries become debts (欠款) there and then.
 * The person-status service makes the changes a death or imprisonment calls for through here.
 */
export async function applyEnrolmentChange(
  trx: Trx,
  deps: Deps,
  actor: Actor,
  e: q.EnrolmentRow,
  rows: q.ChangeRow[],
  input: ChangeInput,
  opts: { coveredPersons?: number } = {},
) {
  const now = nowIso(deps.clock);
  const today = todayInChina(deps.clock);
  {
    const before = rows.map(q.changeFromRow);
    const current = inForce(before, input.effectiveMonth).change;
    const stop = firstStop(before);
    if (stop && (input.kind !== 'stop' || stop.effectiveMonth <= input.effectiveMonth)) {
      throw new DomainError('conflict', 'enrolment_stopped', { field: 'effectiveMonth', params: { month: stop.effectiveMonth } });
    }
    // A decision acts from its month on; one dated before a later decision would be overridden
    // by it in those later months, so it is refused (a stop, being final, is always accepted).
    const later = before.filter((c) => c.effectiveMonth > input.effectiveMonth);
    if (input.kind !== 'stop' && later.length > 0) {
      throw new DomainError('conflict', 'enrolment_later_change', { field: 'effectiveMonth', params: { month: later[later.length - 1]!.effectiveMonth } });
    }
    const paying = current !== null && PAYING_KINDS.includes(current.kind);
    if (input.kind === 'suspend' && !paying) throw new DomainError('conflict', 'enrolment_not_paying', { field: 'kind', params: { month: input.effectiveMonth } });
    if (input.kind === 'resume' && current?.kind !== 'suspend') throw new DomainError('conflict', 'enrolment_not_suspended', { field: 'kind', params: { month: input.effectiveMonth } });
    if (input.kind === 'amount' && !paying) throw new DomainError('conflict', 'enrolment_not_paying', { field: 'kind', params: { month: input.effectiveMonth } });
    const lastAmount = [...before].filter((c) => c.effectiveMonth <= input.effectiveMonth && c.monthlyAmount !== null).pop()?.monthlyAmount ?? Number(e.monthly_amount);
    const amount = input.kind === 'amount' || input.kind === 'resume' ? (input.monthlyAmount ?? lastAmount) : null;

    const inserted = await trx
      .insertInto('enrolment_changes')
      .values({
        enrolment_id: e.id,
        kind: input.kind,
        effective_month: input.effectiveMonth,
        monthly_amount: amount,
        covered_persons: amount === null ? null : (opts.coveredPersons ?? Number(e.covered_persons)),
        reason_code: input.reasonCode,
        reason: input.reason,
        decided_on: today,
        application_id: null,
        actor_id: actor.userId,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = [...before, q.changeFromRow(inserted)];

    const months = await settledMonths(trx, e, input.effectiveMonth);
    const differences = retroactiveDifferences(before, after, months);
    const settlement = settlementOf(differences);
    let adjustment: q.AdjustmentRow | null = null;
    if (settlement) {
      const detail = differences.map((d) => `${d.month} ${d.difference > 0 ? '+' : ''}${formatYuan(d.difference)}`).join('，');
      adjustment = await q.insertAdjustment(trx, {
        enrolment_id: e.id,
        kind: settlement.kind,
        total_amount: settlement.total,
        monthly_limit: settlement.kind === 'recovery' ? (input.recoveryMonthlyLimit ?? null) : null,
        first_month: input.effectiveMonth,
        reason: `${settlement.kind === 'back_pay' ? '补发' : '追回'}（${input.reason}）：${detail} 元`.slice(0, 500),
        source: 'retroactive_change',
        source_line_id: null,
        held_account: null,
        status: 'open',
        created_by: actor.userId,
        created_at: now,
      });
    }

    const summary = summaryOf(after, e.start_month, monthOf(today), input.kind === 'stop' ? input.reasonCode : e.stop_reason);
    await trx
      .updateTable('enrolments')
      .set({ ...summary, ...countedColumns([...rows, inserted]), ...(opts.coveredPersons !== undefined ? { covered_persons: opts.coveredPersons } : {}), ...(input.kind === 'stop' ? { next_review_date: null } : {}) })
      .where('id', '=', e.id)
      .execute();
    const debts = input.kind === 'stop' ? await recoveriesBecomeDebts(trx, deps, actor, e, input.effectiveMonth, months) : [];
    await recordAudit(trx, deps, actor, {
      action: `enrolment.${input.kind}`,
      entityType: 'enrolment',
      entityId: e.id,
      areaCode: e.area_code,
      oldValue: { status: e.status, monthlyAmount: Number(e.monthly_amount) },
      newValue: {
        changeId: inserted.id,
        effectiveMonth: input.effectiveMonth,
        monthlyAmount: amount,
        reasonCode: input.reasonCode,
        reason: input.reason,
        adjustment: adjustment ? { id: adjustment.id, kind: adjustment.kind, total: Number(adjustment.total_amount) } : null,
        ...(debts.length > 0 ? { debts } : {}),
      },
    });
    const view = await enrolmentDetail(trx, deps, actor, e.id);
    return { enrolment: view, adjustment: adjustment ? adjustmentView({ ...adjustment, settled: 0 }) : null, debts };
  }
}

/** The most recently recorded change when it is the very decision of `input`, else null. */
function latestIfSame(rows: q.ChangeRow[], input: ChangeInput): q.ChangeRow | null {
  const latest = rows.reduce<q.ChangeRow | null>((m, r) => (m === null || r.id > m.id ? r : m), null);
  if (!latest || latest.kind !== input.kind || latest.effective_month !== input.effectiveMonth) return null;
  if (latest.reason_code !== input.reasonCode || latest.reason !== input.reason) return null;
  const amount = latest.monthly_amount === null ? null : Number(latest.monthly_amount);
  if (input.monthlyAmount !== undefined && input.monthlyAmount !== null && amount !== input.monthlyAmount) return null;
  return latest;
}

function adjustmentView(a: q.AdjustmentRow & { settled: number | null }) {
  return {
    id: a.id,
    kind: a.kind,
    totalAmount: Number(a.total_amount),
    settledAmount: Number(a.settled ?? 0),
    monthlyLimit: a.monthly_limit === null ? null : Number(a.monthly_limit),
    firstMonth: a.first_month,
    reason: a.reason,
    source: a.source,
    status: a.status,
  };
}

type EnrolmentWithPayee = NonNullable<Awaited<ReturnType<typeof q.enrolmentWithPayee>>>;

function enrolmentItem(e: EnrolmentWithPayee, changes: EnrolmentChange[], month: string) {
  const now = inForce(changes, month < e.start_month ? e.start_month : month);
  return {
    id: e.id,
    householdId: e.household_id,
    personId: e.person_id,
    payeeName: e.payee_name ?? '',
    program: e.program,
    category: e.category,
    monthlyAmount: now.amount,
    coveredPersons: Number(e.covered_persons),
    startMonth: e.start_month,
    endMonth: e.end_month,
    status: e.status,
    stopReason: e.stop_reason,
    areaCode: e.area_code,
    areaName: e.area_name ?? e.area_code,
    nextReviewDate: e.next_review_date,
    lastReviewDate: e.last_review_date,
    gradualExitUntil: e.gradual_exit_until,
  };
}

export async function listEnrolments(deps: Deps, actor: Actor, query: EnrolmentListQuery) {
  const areaCode = query.areaCode ?? actor.areaCode;
  assertAreaReadable(actor, areaCode, 'area_not_found');
  const { total, items } = await q.enrolmentList(deps.db, { ...query, areaCode });
  const changes = await q.changesOfMany(deps.db, items.map((e) => e.id));
  const byEnrolment = new Map<number, EnrolmentChange[]>();
  for (const c of changes) byEnrolment.set(c.enrolment_id, [...(byEnrolment.get(c.enrolment_id) ?? []), q.changeFromRow(c)]);
  const month = monthOf(todayInChina(deps.clock));
  return { total, items: items.map((e) => enrolmentItem(e, byEnrolment.get(e.id) ?? [], month)) };
}

export async function enrolmentDetail(db: DbOrTrx, deps: Deps, actor: Actor, id: number) {
  const e = await q.enrolmentWithPayee(db, id);
  if (!e) throw new DomainError('not_found', 'enrolment_not_found', { params: { id } });
  assertAreaReadable(actor, e.area_code, 'enrolment_not_found');
  const [changes, adjustments, payments, payee] = await Promise.all([q.changesWithActors(db, id), q.adjustmentsOf(db, id), q.paymentsOf(db, id), payeeView(db, actor, id)]);
  return {
    ...enrolmentItem(e, changes.map(q.changeFromRow), monthOf(todayInChina(deps.clock))),
    payee,
    changes: changes.map((c) => ({
      id: c.id,
      kind: c.kind,
      effectiveMonth: c.effective_month,
      monthlyAmount: c.monthly_amount === null ? null : Number(c.monthly_amount),
      reasonCode: c.reason_code,
      reason: c.reason,
      decidedOn: c.decided_on,
      actor: c.username ?? null,
      createdAt: c.created_at,
    })),
    adjustments: adjustments.map(adjustmentView),
    payments: payments.map((p) => ({ payrollId: p.payroll_id, forMonth: p.for_month, kind: p.kind, amount: Number(p.amount), bankStatus: p.bank_status })),
  };
}

/** 保障对象详情 as a user opens it: audited as a read (the payee, the payments, the history). */
export async function getEnrolment(deps: Deps, actor: Actor, id: number) {
  const view = await enrolmentDetail(deps.db, deps, actor, id);
  await recordRead(deps, actor, { action: 'read.enrolment', entityType: 'enrolment', entityId: id, areaCode: view.areaCode, detail: { householdId: view.householdId } });
  return view;
}
