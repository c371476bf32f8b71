import { nowIso, todayInChina } from '../../clock.ts';
import { monthOf } from '../../domain/calendar.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { areaAncestry, isWithinArea } from '../../domain/area-code.ts';
import { mayPlanDrives, mayReadCare, mayWorkCare } from '../../domain/care/access.ts';
import { deliveryProofMissing, driveTotals, lineAmounts, type CashBasis, type Coverage, type DriveTotals, type Occasion } from '../../domain/care/condolence.ts';
import { DomainError } from '../../domain/errors.ts';
import { formatYuan } from '../../domain/money.ts';
import { findArea } from '../areas/service.ts';
import { recordAudit } from '../audit/service.ts';
import { getPayroll, prepareDrivePayrollIn } from '../payments/service.ts';
import * as q from './queries.ts';
import type { DeliveryInput, DrivePayrollView, DriveView, LineListQuery, LineView, NewDrive } from './schema.ts';

function assertReader(actor: Actor): void {
  if (!mayReadCare(actor.role)) throw new DomainError('forbidden', 'care_role');
}

const EMPTY = driveTotals([]);
function totalsOf(s: q.LineSums | undefined): DriveTotals {
  if (!s) return EMPTY;
  return { households: s.households, persons: s.persons, personTimes: s.persons, cash: s.cash, goodsValue: s.goods_value, total: s.cash + s.goods_value };
}

/** The part of a drive a reader sees: their own area when it lies below the drive's, else the whole drive. */
function readerScope(actor: Actor, driveArea: string): string {
  return isWithinArea(driveArea, actor.areaCode) ? actor.areaCode : driveArea;
}

/** A drive the actor takes part in (set above, at or below their area); otherwise 404. */
async function driveInScope(deps: Deps, actor: Actor, id: number): Promise<q.DriveRow> {
  assertReader(actor);
  const d = await q.driveById(deps.db, id);
  if (!d || !(isWithinArea(actor.areaCode, d.area_code) || isWithinArea(d.area_code, actor.areaCode))) throw new DomainError('not_found', 'condolence_drive_not_found');
  return d;
}

async function views(deps: Deps, actor: Actor, rows: q.DriveRow[]): Promise<DriveView[]> {
  const ids = rows.map((r) => r.id);
  // Totals are summed per reader scope; drives in a list usually share it, so group by scope.
  const byScope = new Map<string, number[]>();
  for (const r of rows) byScope.set(readerScope(actor, r.area_code), [...(byScope.get(readerScope(actor, r.area_code)) ?? []), r.id]);
  const planned = new Map<number, q.LineSums>();
  const delivered = new Map<number, q.LineSums>();
  for (const [scope, driveIds] of byScope) {
    for (const s of await q.lineSums(deps.db, driveIds, scope, false)) planned.set(s.drive_id, s);
    for (const s of await q.lineSums(deps.db, driveIds, scope, true)) delivered.set(s.drive_id, s);
  }
  const goods = await q.goodsOf(deps.db, ids);
  const routes = new Map<number, Awaited<ReturnType<typeof q.routeSums>>>();
  for (const d of rows) if (d.payroll_id !== null) routes.set(d.id, await q.routeSums(deps.db, d.id));
  return rows.map((d) => {
    const p = totalsOf(planned.get(d.id));
    const dl = totalsOf(delivered.get(d.id));
    return {
      id: d.id,
      areaCode: d.area_code,
      areaName: d.area_name ?? null,
      name: d.name,
      occasion: d.occasion as Occasion,
      asOf: d.as_of,
      budget: Number(d.budget),
      fundingSource: d.funding_source,
      coverage: JSON.parse(d.coverage) as Coverage,
      cashBasis: d.cash_basis,
      cashAmount: d.cash_amount,
      goods: goods
        .filter((g) => g.drive_id === d.id)
        .map((g) => ({ id: g.id, name: g.name, unit: g.unit, unitPrice: g.unit_price, perHousehold: g.per_household, stock: g.stock, planned: g.per_household * p.households, issued: g.per_household * dl.households })),
      planned: p,
      delivered: dl,
      createdAt: d.created_at,
      payroll: d.payroll_id === null ? null : payrollSummary(d.payroll_id, routes.get(d.id) ?? []),
    };
  });
}

function payrollSummary(id: number, routes: Awaited<ReturnType<typeof q.routeSums>>): NonNullable<DriveView['payroll']> {
  const of = (...names: string[]) => routes.filter((r) => names.includes(r.route));
  const sum = (rs: typeof routes, k: 'lines' | 'cash') => rs.reduce((s, r) => s + r[k], 0);
  const withheld = of('no_account', 'holder_mismatch');
  return { id, lines: sum(of('payroll'), 'lines'), cash: sum(of('payroll'), 'cash'), handedOver: sum(of('handed_over'), 'lines'), withheld: sum(withheld, 'lines'), withheldCash: sum(withheld, 'cash') };
}

export async function listDrives(deps: Deps, actor: Actor, page: { page: number; pageSize: number }): Promise<{ items: DriveView[]; total: number }> {
  assertReader(actor);
  const ancestors = areaAncestry(actor.areaCode).slice(0, -1);
  const { rows, total } = await q.listDrives(deps.db, actor.areaCode, ancestors, (page.page - 1) * page.pageSize, page.pageSize);
  return { items: await views(deps, actor, rows), total };
}

export async function getDrive(deps: Deps, actor: Actor, id: number): Promise<DriveView> {
  const d = await driveInScope(deps, actor, id);
  return (await views(deps, actor, [d]))[0]!;
}

/**
 * 新建慰问活动 and its lists, in one transaction: the lines are built set-based; a plan that
 * exceeds the budget or the goods in stock is refused and nothing is kept.
 */
export async function createDrive(deps: Deps, actor: Actor, input: NewDrive): Promise<DriveView> {
  if (!mayPlanDrives(actor.role)) throw new DomainError('forbidden', 'condolence_plan_role');
  assertAreaWritable(actor, input.areaCode);
  if (!(await findArea(deps.db, input.areaCode))) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: input.areaCode } });
  if (input.cashBasis !== 'none' && input.cashAmount === 0) throw new DomainError('validation', 'condolence_cash_missing', { field: 'cashAmount' });
  if (input.cashBasis === 'none' && input.goods.length === 0) throw new DomainError('validation', 'condolence_nothing_given', { field: 'goods' });
  const now = nowIso(deps.clock);
  const { goodsValue } = lineAmounts('none', 0, 0, input.goods);
  const id = await deps.db.transaction().execute(async (trx) => {
    const id = await q.insertDrive(trx, {
      area_code: input.areaCode,
      name: input.name,
      occasion: input.occasion,
      as_of: input.asOf,
      budget: input.budget,
      funding_source: input.fundingSource,
      coverage: JSON.stringify(input.coverage),
      cash_basis: input.cashBasis,
      cash_amount: input.cashBasis === 'none' ? 0 : input.cashAmount,
      status: 'draft',
      created_by: actor.userId,
      created_at: now,
    });
    await q.insertGoods(trx, id, input.goods);
    await q.buildLines(trx, { driveId: id, areaCode: input.areaCode, asOf: input.asOf, coverage: input.coverage, cashBasis: input.cashBasis as CashBasis, cashAmount: input.cashAmount, goodsValue });
    await q.setDriveStatus(trx, id, 'built');
    const planned = totalsOf((await q.lineSums(trx, [id], input.areaCode, false))[0]);
    if (planned.total > input.budget) {
      throw new DomainError('conflict', 'condolence_over_budget', { field: 'budget', params: { planned: formatYuan(planned.total), budget: formatYuan(input.budget), households: planned.households } });
    }
    for (const g of input.goods) {
      if (g.perHousehold * planned.households > g.stock) {
        throw new DomainError('conflict', 'condolence_stock_short', { field: 'goods', params: { name: g.name, needed: g.perHousehold * planned.households, stock: g.stock, unit: g.unit } });
      }
    }
    await recordAudit(trx, deps, actor, {
      action: 'condolence.create',
      entityType: 'condolence_drive',
      entityId: id,
      areaCode: input.areaCode,
      newValue: { name: input.name, occasion: input.occasion, budget: input.budget, fundingSource: input.fundingSource, coverage: input.coverage, cashBasis: input.cashBasis, cashAmount: input.cashAmount, goods: input.goods, planned },
    });
    return id;
  });
  return getDrive(deps, actor, id);
}

function lineView(r: Awaited<ReturnType<typeof q.lineWithNames>>): LineView {
  return {
    id: r.id,
    areaCode: r.area_code,
    areaName: r.area_name ?? null,
    householdId: r.household_id,
    headName: r.head_name ?? null,
    address: r.address,
    persons: r.persons,
    cash: r.cash,
    goodsValue: r.goods_value,
    status: r.status,
    recipientName: r.recipient_name,
    deliveredOn: r.delivered_on,
    deliveredBy: r.delivered_by_name ?? null,
    signed: r.signature_ref !== null && r.signature_ref !== '',
    photoRef: r.photo_ref,
    cashRoute: r.cash_route,
  };
}

/** 慰问名单 (the sign-off sheet's rows), per community: the reader's part of the drive, optionally narrowed. */
export async function listLines(deps: Deps, actor: Actor, driveId: number, query: LineListQuery): Promise<{ items: LineView[]; total: number }> {
  const d = await driveInScope(deps, actor, driveId);
  let scope = readerScope(actor, d.area_code);
  if (query.areaCode) {
    if (!isWithinArea(scope, query.areaCode) && !isWithinArea(query.areaCode, scope)) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: query.areaCode } });
    if (isWithinArea(scope, query.areaCode)) scope = query.areaCode;
  }
  const { rows, total } = await q.listLines(deps.db, d.id, scope, query.status, (query.page - 1) * query.pageSize, query.pageSize);
  return { items: rows.map(lineView), total };
}

/** 签收: the aid was handed over; who received it, when, with a signature or a photo. Audited. */
export async function deliverLine(deps: Deps, actor: Actor, driveId: number, lineId: number, input: DeliveryInput): Promise<LineView> {
  if (!mayWorkCare(actor.role)) throw new DomainError('forbidden', 'care_role');
  const d = await driveInScope(deps, actor, driveId);
  const line = await q.lineById(deps.db, d.id, lineId);
  if (!line || !isWithinArea(actor.areaCode, line.area_code)) throw new DomainError('not_found', 'condolence_line_not_found');
  if (deliveryProofMissing(input)) throw new DomainError('validation', 'condolence_proof_missing', { field: 'signatureRef' });
  const today = todayInChina(deps.clock);
  const deliveredOn = input.deliveredOn ?? today;
  if (deliveredOn > today || deliveredOn < d.as_of.slice(0, 4) + '-01-01') throw new DomainError('validation', 'condolence_delivery_date', { field: 'deliveredOn', params: { asOf: d.as_of } });
  await deps.db.transaction().execute(async (trx) => {
    const ok = await q.markDelivered(trx, line.id, { recipientName: input.recipientName, deliveredOn, deliveredBy: actor.userId, signatureRef: input.signatureRef || null, photoRef: input.photoRef || null, at: nowIso(deps.clock) });
    if (!ok) throw new DomainError('conflict', 'condolence_already_delivered');
    await recordAudit(trx, deps, actor, {
      action: 'condolence.deliver',
      entityType: 'condolence_drive',
      entityId: d.id,
      areaCode: line.area_code,
      newValue: { lineId: line.id, householdId: line.household_id, deliveredOn, recipientName: input.recipientName, cash: line.cash, goodsValue: line.goods_value, signed: !!input.signatureRef, photoRef: input.photoRef ?? null },
    });
  });
  return lineView(await q.lineWithNames(deps.db, d.id, line.id));
}

/**
 * 通过发放名册发放现金: the drive's cash paid by the bank through a payroll (发放名册, approved by
 * another county user, bank file, bank results) instead of in hand. One payroll per drive, made
 * in ONE transaction with the route of every cash line: a line of the payroll (the household's
 * account, paid to its holder), already handed over (delivered before — not paid twice), or
 * withheld for the household's account (listed here and on the drive, paid by hand or after the
 * account is corrected). A drive's cash is then either in hand (no payroll) or by payroll; the
 * community still signs for the goods. Asking again returns the same payroll (created = false).
 */
export async function payDriveByPayroll(deps: Deps, actor: Actor, driveId: number): Promise<DrivePayrollView> {
  if (actor.role !== 'county_approver') throw new DomainError('forbidden', 'condolence_payroll_role');
  const d = await driveInScope(deps, actor, driveId);
  assertAreaWritable(actor, d.area_code);
  if (d.payroll_id !== null) return drivePayrollView(deps, actor, d.id, d.payroll_id, false);
  if (d.cash_basis === 'none') throw new DomainError('conflict', 'condolence_no_cash');
  const made = await deps.db.transaction().execute(async (trx) => {
    const p = await prepareDrivePayrollIn(trx, deps, actor, {
      driveId: d.id,
      name: d.name,
      areaCode: d.area_code,
      month: monthOf(todayInChina(deps.clock)),
      perPerson: d.cash_basis === 'person' ? d.cash_amount : null,
    });
    if (!p) return null;
    await q.markCashRoutes(trx, d.id, p.id);
    const routes = await q.routeSums(trx, d.id);
    const summary = payrollSummary(p.id, routes);
    if (summary.lines === 0) {
      throw new DomainError('conflict', 'condolence_payroll_empty', { params: { handedOver: summary.handedOver, withheld: summary.withheld } });
    }
    await q.setDrivePayroll(trx, d.id, p.id);
    await recordAudit(trx, deps, actor, {
      action: 'condolence.payroll',
      entityType: 'condolence_drive',
      entityId: d.id,
      areaCode: d.area_code,
      oldValue: { payrollId: null },
      newValue: { payrollId: p.id, lines: summary.lines, cash: summary.cash, handedOver: summary.handedOver, withheld: summary.withheld, withheldCash: summary.withheldCash },
    });
    return p.id;
  });
  if (made === null) {
    // Made meanwhile by another request: its payroll.
    const again = await q.driveById(deps.db, d.id);
    if (!again?.payroll_id) throw new DomainError('conflict', 'payroll_changed_meanwhile');
    return drivePayrollView(deps, actor, d.id, again.payroll_id, false);
  }
  return drivePayrollView(deps, actor, d.id, made, true);
}

async function drivePayrollView(deps: Deps, actor: Actor, driveId: number, payrollId: number, created: boolean): Promise<DrivePayrollView> {
  const [payroll, withheld, routes] = await Promise.all([getPayroll(deps, actor, payrollId), q.withheldLines(deps.db, driveId, 500), q.routeSums(deps.db, driveId)]);
  return { payroll, created, withheld: withheld.map(lineView), withheldCount: payrollSummary(payrollId, routes).withheld };
}

/**
 * The demo's Spring Festival deliveries, set-based: the lines split in `dates.length + 1` parts by
 * id, each part but the last handed over on its date (a scanned 签收表 as the proof); the last
 * part stays pending. One audit entry per part.
 */
export async function recordBulkDeliveries(deps: Deps, actor: Actor, driveId: number, dates: readonly string[]): Promise<number> {
  const d = await q.driveById(deps.db, driveId);
  if (!d) throw new DomainError('not_found', 'condolence_drive_not_found');
  let delivered = 0;
  await deps.db.transaction().execute(async (trx) => {
    for (const [bucket, deliveredOn] of dates.entries()) {
      const photoRef = `签收表扫描件-${driveId}-${bucket + 1}`;
      const n = await q.markBucketDelivered(trx, driveId, dates.length + 1, bucket, { deliveredOn, deliveredBy: actor.userId, photoRef, at: nowIso(deps.clock) });
      delivered += n;
      await recordAudit(trx, deps, actor, { action: 'condolence.deliver', entityType: 'condolence_drive', entityId: driveId, areaCode: d.area_code, newValue: { lines: n, deliveredOn, photoRef } });
    }
  });
  return delivered;
}
