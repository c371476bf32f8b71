import { nowIso, todayInChina } from '../../clock.ts';
import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { addMonths, monthOf } from '../../domain/calendar.ts';
import { DomainError } from '../../domain/errors.ts';
import { formatYuan } from '../../domain/money.ts';
import { recordAudit } from '../audit/service.ts';
import * as dq from './debt-queries.ts';
import type { EnrolmentRow } from './queries.ts';
import type { DebtDeductInput, DebtListQuery, DebtRepayInput, DebtWriteOffInput } from './debt-schema.ts';

/**
 * 欠款: a recovery (追回) is collected by payrolls from the enrolment it belongs to. Once that
 * enrolment has stopped and every month it paid is behind, no payroll will ever take it: it
 * becomes a debt, collected another way — deducted from another live enrolment of the household
 * (the county decides), repaid and recorded (bank transfer, cash with a receipt), or written off
 * by the county with a reason (核销). Before this a recovery stayed open for ever, silently.
 */
export async function recoveriesBecomeDebts(
  trx: Trx,
  deps: Deps,
  actor: Actor,
  e: EnrolmentRow,
  stopMonth: string,
  settledMonths: string[],
): Promise<{ debtId: number; adjustmentId: number; amount: number }[]> {
  // Months before the stop still to be paid can still carry an instalment: wait for them.
  const lastSettled = settledMonths.length > 0 ? settledMonths[settledMonths.length - 1]! : null;
  const nextToPay = lastSettled === null ? e.start_month : addMonths(lastSettled, 1);
  if (nextToPay < stopMonth) return [];
  const now = nowIso(deps.clock);
  const out: { debtId: number; adjustmentId: number; amount: number }[] = [];
  for (const a of await dq.openRecoveries(trx, e.id)) {
    const remaining = Number(a.total_amount) - Number(a.settled ?? 0);
    await trx.updateTable('payment_adjustments').set({ status: remaining > 0 ? 'debt' : 'settled' }).where('id', '=', a.id).execute();
    if (remaining <= 0) continue;
    const debt = await dq.insertDebt(trx, {
      household_id: e.household_id,
      enrolment_id: e.id,
      adjustment_id: a.id,
      area_code: e.area_code,
      program: e.program,
      total_amount: remaining,
      reason: a.reason,
      status: 'open',
      created_at: now,
      closed_at: null,
    });
    out.push({ debtId: debt.id, adjustmentId: a.id, amount: remaining });
    await recordAudit(trx, deps, actor, {
      action: 'debt.open',
      entityType: 'debt',
      entityId: debt.id,
      areaCode: e.area_code,
      newValue: { enrolmentId: e.id, adjustmentId: a.id, amount: remaining, reason: a.reason },
    });
  }
  return out;
}

function daysBetween(fromIso: string, today: string): number {
  return Math.max(0, Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${fromIso.slice(0, 10)}T00:00:00Z`)) / 86_400_000));
}

function debtView(d: dq.DebtRow & { collected?: number | string | null; head_name?: string | null; area_name?: string | null }, entries: dq.DebtEntryRow[], today: string) {
  const collected = Number(d.collected ?? entries.reduce((s, x) => s + Number(x.amount), 0));
  return {
    id: d.id,
    householdId: d.household_id,
    headName: d.head_name ?? null,
    enrolmentId: d.enrolment_id,
    adjustmentId: d.adjustment_id,
    areaCode: d.area_code,
    areaName: d.area_name ?? d.area_code,
    program: d.program,
    totalAmount: Number(d.total_amount),
    collectedAmount: collected,
    outstandingAmount: Number(d.total_amount) - collected,
    reason: d.reason,
    status: d.status,
    createdAt: d.created_at,
    closedAt: d.closed_at,
    /** days since the debt arose (欠款账龄) */
    ageDays: daysBetween(d.created_at, d.closed_at ? d.closed_at.slice(0, 10) : today),
    entries: entries
      .filter((x) => x.debt_id === d.id)
      .map((x) => ({
        id: x.id,
        kind: x.kind,
        amount: Number(x.amount),
        receiptNumber: x.receipt_number,
        reason: x.reason,
        targetEnrolmentId: x.target_enrolment_id,
        targetAdjustmentId: x.target_adjustment_id,
        paidOn: x.paid_on,
        createdAt: x.created_at,
      })),
  };
}

/** Debts of an area (open by default), oldest first, with their age. */
export async function listDebts(deps: Deps, actor: Actor, query: DebtListQuery) {
  const areaCode = query.areaCode ?? actor.areaCode;
  assertAreaReadable(actor, areaCode, 'area_not_found');
  const status = query.status === 'all' ? undefined : (query.status ?? 'open');
  const { total, items } = await dq.debtList(deps.db, { areaCode, status, householdId: query.householdId, page: query.page, pageSize: query.pageSize });
  const entries = await dq.entriesOf(deps.db, items.map((d) => d.id));
  const today = todayInChina(deps.clock);
  return { total, items: items.map((d) => debtView(d, entries, today)) };
}

async function openDebt(trx: Trx, deps: Deps, actor: Actor, id: number) {
  if (deps.dialect === 'postgres') await trx.selectFrom('debts').select('id').where('id', '=', id).forUpdate().execute();
  const d = await dq.findDebt(trx, id);
  if (!d) throw new DomainError('not_found', 'debt_not_found', { params: { id } });
  assertAreaReadable(actor, d.area_code, 'debt_not_found');
  assertAreaWritable(actor, d.area_code);
  if (d.status !== 'open') throw new DomainError('conflict', 'debt_closed', { params: { id, status: d.status } });
  const outstanding = Number(d.total_amount) - (await dq.debtCollected(trx, d.id));
  return { d, outstanding };
}

async function finishDebt(trx: Trx, deps: Deps, actor: Actor, d: dq.DebtRow, entry: dq.DebtEntryRow, outstandingBefore: number, closeAs: 'settled' | 'written_off' | null) {
  const now = nowIso(deps.clock);
  const left = outstandingBefore - Number(entry.amount);
  const status = closeAs ?? (left === 0 ? 'settled' : 'open');
  if (status !== 'open') await trx.updateTable('debts').set({ status, closed_at: now }).where('id', '=', d.id).execute();
  await recordAudit(trx, deps, actor, {
    action: `debt.${entry.kind}`,
    entityType: 'debt',
    entityId: d.id,
    areaCode: d.area_code,
    oldValue: { status: d.status, outstanding: outstandingBefore },
    newValue: {
      status,
      outstanding: left,
      entryId: entry.id,
      amount: Number(entry.amount),
      receiptNumber: entry.receipt_number,
      reason: entry.reason,
      targetEnrolmentId: entry.target_enrolment_id,
      targetAdjustmentId: entry.target_adjustment_id,
    },
  });
  const fresh = (await dq.findDebt(trx, d.id))!;
  return debtView(fresh, await dq.entriesOf(trx, [d.id]), todayInChina(deps.clock));
}

/** 抵扣: the county moves what is owed onto another live enrolment of the household, as a recovery its payrolls collect. */
export async function deductDebt(deps: Deps, actor: Actor, id: number, input: DebtDeductInput) {
  if (actor.role !== 'county_approver') throw new DomainError('forbidden', 'forbidden');
  return deps.db.transaction().execute(async (trx) => {
    const { d, outstanding } = await openDebt(trx, deps, actor, id);
    const target = input.enrolmentId === d.enrolment_id ? undefined : await dq.liveEnrolmentOf(trx, d.household_id, input.enrolmentId);
    if (!target) throw new DomainError('conflict', 'debt_target_not_live', { field: 'enrolmentId', params: { id: input.enrolmentId } });
    const now = nowIso(deps.clock);
    const firstMonth = monthOf(todayInChina(deps.clock));
    const adjustment = await trx
      .insertInto('payment_adjustments')
      .values({
        enrolment_id: target.id,
        kind: 'recovery',
        total_amount: outstanding,
        monthly_limit: input.monthlyLimit ?? null,
        first_month: firstMonth,
        reason: `欠款抵扣（欠款 ${d.id}，${formatYuan(outstanding)} 元）：${d.reason}`.slice(0, 500),
        source: 'debt_deduction',
        source_line_id: null,
        held_account: null,
        status: 'open',
        created_by: actor.userId,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const entry = await dq.insertDebtEntry(trx, {
      debt_id: d.id,
      kind: 'deduction',
      amount: outstanding,
      receipt_number: null,
      reason: input.reason,
      target_enrolment_id: target.id,
      target_adjustment_id: adjustment.id,
      paid_on: null,
      actor_id: actor.userId,
      created_at: now,
    });
    return finishDebt(trx, deps, actor, d, entry, outstanding, 'settled');
  });
}

/** 退还: money paid back by bank transfer or in cash (with its receipt number), in full or in part. */
export async function repayDebt(deps: Deps, actor: Actor, id: number, input: DebtRepayInput) {
  if (actor.role !== 'county_approver' && actor.role !== 'street_reviewer') throw new DomainError('forbidden', 'forbidden');
  const today = todayInChina(deps.clock);
  if (input.paidOn > today) throw new DomainError('conflict', 'date_in_future', { field: 'paidOn', params: { date: input.paidOn } });
  return deps.db.transaction().execute(async (trx) => {
    const { d, outstanding } = await openDebt(trx, deps, actor, id);
    if (input.amount > outstanding) {
      throw new DomainError('conflict', 'debt_overpaid', { field: 'amount', params: { outstanding: formatYuan(outstanding) } });
    }
    const entry = await dq.insertDebtEntry(trx, {
      debt_id: d.id,
      kind: input.method,
      amount: input.amount,
      receipt_number: input.receiptNumber ?? null,
      reason: input.note ?? null,
      target_enrolment_id: null,
      target_adjustment_id: null,
      paid_on: input.paidOn,
      actor_id: actor.userId,
      created_at: nowIso(deps.clock),
    });
    return finishDebt(trx, deps, actor, d, entry, outstanding, null);
  });
}

/** 核销: the county writes off what is still owed, with its reason. */
export async function writeOffDebt(deps: Deps, actor: Actor, id: number, input: DebtWriteOffInput) {
  if (actor.role !== 'county_approver') throw new DomainError('forbidden', 'forbidden');
  return deps.db.transaction().execute(async (trx) => {
    const { d, outstanding } = await openDebt(trx, deps, actor, id);
    const entry = await dq.insertDebtEntry(trx, {
      debt_id: d.id,
      kind: 'write_off',
      amount: outstanding,
      receipt_number: null,
      reason: input.reason,
      target_enrolment_id: null,
      target_adjustment_id: null,
      paid_on: null,
      actor_id: actor.userId,
      created_at: nowIso(deps.clock),
    });
    return finishDebt(trx, deps, actor, d, entry, outstanding, 'written_off');
  });
}
