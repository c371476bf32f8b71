import type { DbOrTrx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertPermission, type Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { maskBankAccount, maskIdNumber } from '../../domain/masking.ts';
import { inForce } from '../../domain/payments/schedule.ts';
import { classifyPersonQuery } from '../../domain/name-search.ts';
import { findArea } from '../areas/service.ts';
import { recordAudit, recordRead } from '../audit/service.ts';
import { institutionGroups } from './bank-file.ts';
import * as pq from './payroll-queries.ts';
import { below, changeFromRow, changesOfMany, type PayrollRow } from './queries.ts';
import type { LineListQuery, PAYEE_KINDS, PayrollListQuery, PayrollView } from './schema.ts';

/** The read side of payrolls: the payroll as the API shows it, its lines, who stopped. */

export async function payrollInScope(db: DbOrTrx, actor: Actor, id: number): Promise<PayrollRow> {
  const p = await pq.findPayroll(db, id);
  if (!p) throw new DomainError('not_found', 'payroll_not_found', { params: { id } });
  assertAreaReadable(actor, p.area_code, 'payroll_not_found');
  return p;
}

async function usernames(db: DbOrTrx, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = ids.filter((i): i is number => i !== null);
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'username']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.username]));
}

/**
 * The payroll as the API shows it. `justPrepared`: the number of lines of a payroll whose
 * preparation has just committed — every one of them is still pending at the bank but those
 * refused for their payee (marked failed at preparation), so they are not counted again (a read
 * of all of them: 0.1–0.3 s at a million persons).
 */
export async function payrollView(db: DbOrTrx, p: PayrollRow, justPrepared?: { lines: number }): Promise<PayrollView> {
  const months = p.months.split(',');
  const [area, users, counted, diff, refused, institutions] = await Promise.all([
    findArea(db, p.area_code),
    usernames(db, [p.created_by, p.approved_by]),
    justPrepared ? Promise.resolve(null) : pq.bankCounts(db, p.id),
    p.kind === 'monthly' ? pq.differences(db, p, months) : Promise.resolve({ new: 0, changed: 0, stopped: 0 }),
    pq.refusedCount(db, p.id),
    institutionGroups(db, p.id),
  ]);
  const bank = counted ?? { pending: justPrepared!.lines - refused, paid: 0, failed: refused };
  const funding = p.funding ? (JSON.parse(p.funding) as { cityShare?: string; source?: string }) : null;
  return {
    id: p.id,
    kind: p.kind,
    program: p.program,
    areaCode: p.area_code,
    areaName: area?.name ?? p.area_code,
    month: p.month,
    months,
    title: p.title,
    status: p.status,
    households: Number(p.households),
    persons: Number(p.persons),
    totalAmount: Number(p.total_amount),
    cityAmount: Number(p.city_amount),
    districtAmount: Number(p.district_amount),
    lumpSumPerPerson: p.lump_sum_per_person === null ? null : Number(p.lump_sum_per_person),
    createdAt: p.created_at,
    createdBy: p.created_by === null ? null : (users.get(p.created_by) ?? null),
    approvedAt: p.approved_at,
    approvedBy: p.approved_by === null ? null : (users.get(p.approved_by) ?? null),
    bankResultAt: p.bank_result_at,
    bankCounts: bank,
    differences: diff,
    period: p.period as PayrollView['period'],
    funding: funding?.cityShare ? { cityShare: funding.cityShare, source: funding.source ?? 'funding.cityShare' } : null,
    refusedLines: refused,
    institutions: institutions.map((g) => ({ institutionId: g.institutionId, name: g.name, bankName: g.bankName, bankAccount: maskBankAccount(g.account), amount: g.amount, residents: g.residents })),
  };
}

export async function getPayroll(deps: Deps, actor: Actor, id: number): Promise<PayrollView> {
  return payrollView(deps.db, await payrollInScope(deps.db, actor, id));
}

export async function listPayrolls(deps: Deps, actor: Actor, query: PayrollListQuery) {
  const areaCode = query.areaCode ?? actor.areaCode;
  assertAreaReadable(actor, areaCode, 'area_not_found');
  let base = deps.db.selectFrom('payrolls').where('area_code', 'like', below(areaCode));
  if (query.month) base = base.where('month', '=', query.month);
  if (query.program) base = base.where('program', '=', query.program);
  if (query.status) base = base.where('status', '=', query.status);
  const [total, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base.selectAll().orderBy('month', 'desc').orderBy('id', 'desc').limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute(),
  ]);
  const items: PayrollView[] = [];
  for (const r of rows) items.push(await payrollView(deps.db, r));
  return { total: Number(total.n), items };
}

/**
 * 名册明细: up to 500 lines a page, so ID and account numbers are masked for every role, as in
 * every other list; the full values of one line come from `revealLine`, audited. A search by a
 * full ID number is audited like the registry's.
 */
export async function payrollLines(deps: Deps, actor: Actor, id: number, query: LineListQuery) {
  const p = await payrollInScope(deps.db, actor, id);
  const { total, items } = await pq.lines(deps.db, p, p.months.split(','), query);
  const search = query.q ? classifyPersonQuery(query.q) : undefined;
  if (search?.kind === 'id_full') {
    await recordRead(deps, actor, {
      action: 'read.search_id',
      entityType: 'payroll',
      entityId: p.id,
      areaCode: p.area_code,
      detail: { idNumber: maskIdNumber(search.value), found: total },
    });
  }
  return {
    total,
    items: items.map((l) => ({
      id: l.id,
      enrolmentId: l.enrolment_id,
      householdId: l.household_id,
      payeeName: l.payee_name,
      payeeIdNumber: maskIdNumber(l.payee_id_number),
      bankName: l.bank_name,
      bankAccount: l.bank_account === null ? null : maskBankAccount(l.bank_account),
      areaCode: l.area_code,
      areaName: l.area_name ?? l.area_code,
      forMonth: l.for_month,
      kind: l.kind,
      amount: Number(l.amount),
      reason: l.reason,
      persons: Number(l.persons),
      category: l.category,
      reference: l.reference,
      bankStatus: l.bank_status,
      failureReason: l.failure_reason,
      change: l.kind !== 'regular' || p.kind !== 'monthly' ? null : l.prev_id === null ? ('new' as const) : Number(l.prev_amount) === Number(l.amount) ? ('same' as const) : ('changed' as const),
      previousAmount: l.prev_amount === null || l.prev_amount === undefined ? null : Number(l.prev_amount),
      payeeKind: (l.payee_kind ?? null) as (typeof PAYEE_KINDS)[number] | null,
      refusal: l.refusal,
    })),
  };
}

/** 停发名单: paid in the month before, not paid this month. */
export async function stoppedEnrolments(deps: Deps, actor: Actor, id: number) {
  const p = await payrollInScope(deps.db, actor, id);
  if (p.kind !== 'monthly') return { items: [] };
  const rows = await pq
    .stoppedQuery(deps.db, p, p.months.split(',')[0]!)
    .innerJoin('enrolments as e', 'e.id', 'pl.enrolment_id')
    .select(['pl.enrolment_id', 'pl.household_id', 'pl.payee_name', 'pl.payee_id_number', 'pl.amount', 'e.stop_reason'])
    .orderBy('pl.enrolment_id')
    .limit(5000)
    .execute();
  // Why each is absent this month: the change in force then (a stop's reason, or a suspension).
  const month = p.months.split(',')[0]!;
  const changes = await changesOfMany(deps.db, rows.map((r) => r.enrolment_id));
  const why = new Map<number, string | null>();
  for (const r of rows) {
    const history = changes.filter((c) => c.enrolment_id === r.enrolment_id);
    const c = inForce(history.map(changeFromRow), month).change;
    const row = c ? history.find((h) => h.id === c.id) : undefined;
    why.set(r.enrolment_id, c?.kind === 'suspend' ? 'suspended' : c?.kind === 'stop' ? (row?.reason_code ?? r.stop_reason) : r.stop_reason);
  }
  return {
    items: rows.map((r) => ({
      enrolmentId: r.enrolment_id,
      householdId: r.household_id,
      payeeName: r.payee_name,
      payeeIdNumber: maskIdNumber(r.payee_id_number),
      previousAmount: Number(r.amount),
      stopReason: why.get(r.enrolment_id) ?? null,
    })),
  };
}

/**
 * The full ID and account number of one payroll line, for a role that may reveal them, in the
 * payroll's area; each reveal is audited with the line, the payroll and the fields shown.
 */
export async function revealLine(deps: Deps, actor: Actor, payrollId: number, lineId: number): Promise<{ idNumber: string; bankAccount: string | null }> {
  assertPermission(actor, 'revealIdNumbers');
  const p = await payrollInScope(deps.db, actor, payrollId);
  const line = await deps.db
    .selectFrom('payroll_lines')
    .select(['id', 'enrolment_id', 'household_id', 'area_code', 'payee_id_number', 'bank_account'])
    .where('id', '=', lineId)
    .where('payroll_id', '=', p.id)
    .executeTakeFirst();
  if (!line) throw new DomainError('not_found', 'payroll_line_not_found', { params: { id: lineId } });
  assertAreaReadable(actor, line.area_code, 'payroll_line_not_found');
  // A care home's line carries its account only, no ID number.
  const fields = [...(line.payee_id_number === '' ? [] : ['idNumber']), ...(line.bank_account === null ? [] : ['bankAccount'])];
  await deps.db.transaction().execute((trx) =>
    recordAudit(trx, deps, actor, {
      action: 'payroll.reveal_line',
      entityType: 'payroll',
      entityId: p.id,
      areaCode: line.area_code,
      newValue: { lineId: line.id, enrolmentId: line.enrolment_id, householdId: line.household_id, fields },
    }),
  );
  return { idNumber: line.payee_id_number, bankAccount: line.bank_account };
}
