import { nowIso, todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, assertPermission, type Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { charityLedger, checkMonthlyQuota, ledgerDifferences, type MovementKind } from '../../domain/community/charity.ts';
import { DomainError } from '../../domain/errors.ts';
import { formatYuan } from '../../domain/money.ts';
import { findArea } from '../areas/service.ts';
import { recordAudit } from '../audit/service.ts';
import { policyInForce } from '../policies/service.ts';
import { householdInScope } from '../registry/service.ts';
import * as q from './queries.ts';
import type { DonationInput, IssueInput, MovementListQuery, PurchaseInput } from './schema.ts';
import { householdOnRegister as householdRegisterGroup } from '../discovery/service.ts';
import { LOW_INCOME_GROUP_NAMES } from '../../domain/discovery/register.ts';

function scopeOf(actor: Actor, areaCode: string | undefined) {
  if (!areaCode) return actor.areaCode;
  assertAreaReadable(actor, areaCode, 'area_not_found');
  return areaCode;
}

function notInFuture(date: string, today: string, field: string) {
  if (date > today) throw new DomainError('validation', 'date_in_future', { field, params: { date } });
}

async function assertStoreArea(deps: Deps, actor: Actor, areaCode: string) {
  assertPermission(actor, 'editRegistry');
  assertAreaWritable(actor, areaCode);
  if (!(await findArea(deps.db, areaCode))) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode } });
}

function movementView(r: q.MovementRow) {
  return {
    id: r.id,
    areaCode: r.area_code,
    kind: r.kind as MovementKind,
    occurredOn: r.occurred_on,
    donor: r.donor,
    itemId: r.item_id,
    itemName: r.item_name,
    unit: r.unit,
    quantity: Number(r.quantity),
    money: Number(r.money),
    value: Number(r.value),
    householdId: r.household_id,
    note: r.note,
  };
}

function monthOf(date: string) {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { month: date.slice(0, 7), firstDay: `${date.slice(0, 7)}-01`, lastDay: `${date.slice(0, 7)}-${String(last).padStart(2, '0')}` };
}

/** 接收捐赠: money into the area's charity fund, or goods into its store; one ledger line each. */
export async function receiveDonation(deps: Deps, actor: Actor, input: DonationInput) {
  await assertStoreArea(deps, actor, input.areaCode);
  notInFuture(input.receivedOn, todayInChina(deps.clock), 'receivedOn');
  if (input.kind === 'money' && !input.amount) throw new DomainError('validation', 'charity_amount_required', { field: 'amount' });
  if (input.kind === 'goods' && !input.goods) throw new DomainError('validation', 'charity_goods_required', { field: 'goods' });
  if (input.kind === 'goods' && !input.quantity) throw new DomainError('validation', 'charity_quantity_required', { field: 'quantity' });
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    let row;
    if (input.kind === 'money') {
      await q.addMoney(trx, input.areaCode, input.amount!);
      row = { area_code: input.areaCode, kind: 'money_in', occurred_on: input.receivedOn, donor: input.donor, item_id: null, quantity: 0, money: input.amount!, value: 0, household_id: null, household_area: null, note: input.note ?? null, created_by: actor.userId, created_at: now };
    } else {
      const item = await q.ensureItem(trx, { areaCode: input.areaCode, name: input.goods!.name, unit: input.goods!.unit, unitValue: input.goods!.unitValue, at: now });
      await q.addStock(trx, item.id, input.quantity!);
      row = { area_code: input.areaCode, kind: 'goods_in', occurred_on: input.receivedOn, donor: input.donor, item_id: item.id, quantity: input.quantity!, money: 0, value: input.quantity! * Number(item.unit_value), household_id: null, household_area: null, note: input.note ?? null, created_by: actor.userId, created_at: now };
    }
    const [{ id }] = (await q.insertMovements(trx, [row])) as [{ id: number }];
    await recordAudit(trx, deps, actor, { action: 'charity.donation', entityType: 'charity_movement', entityId: id, areaCode: input.areaCode, newValue: { kind: row.kind, donor: input.donor, itemId: row.item_id, quantity: row.quantity, money: row.money, value: row.value, receivedOn: input.receivedOn } });
    return movementView((await q.movementsByIds(trx, [id]))[0]!);
  });
}

/** 采购: charity money spent on goods for the store; refused (409) beyond what the fund holds. */
export async function purchase(deps: Deps, actor: Actor, input: PurchaseInput) {
  await assertStoreArea(deps, actor, input.areaCode);
  notInFuture(input.purchasedOn, todayInChina(deps.clock), 'purchasedOn');
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    if (!(await q.takeMoney(trx, input.areaCode, input.amount))) {
      throw new DomainError('conflict', 'charity_fund_short', { field: 'amount', params: { amount: formatYuan(input.amount), balance: formatYuan(await q.fundOf(trx, input.areaCode)) } });
    }
    const item = await q.ensureItem(trx, { areaCode: input.areaCode, name: input.goods.name, unit: input.goods.unit, unitValue: input.goods.unitValue, at: now });
    await q.addStock(trx, item.id, input.quantity);
    const [{ id }] = (await q.insertMovements(trx, [
      { area_code: input.areaCode, kind: 'purchase', occurred_on: input.purchasedOn, donor: null, item_id: item.id, quantity: input.quantity, money: input.amount, value: input.quantity * Number(item.unit_value), household_id: null, household_area: null, note: input.note ?? null, created_by: actor.userId, created_at: now },
    ])) as [{ id: number }];
    await recordAudit(trx, deps, actor, { action: 'charity.purchase', entityType: 'charity_movement', entityId: id, areaCode: input.areaCode, newValue: { itemId: item.id, quantity: input.quantity, money: input.amount, purchasedOn: input.purchasedOn } });
    return movementView((await q.movementsByIds(trx, [id]))[0]!);
  });
}

/**
 * 慈善超市发放: goods of a store to a household of its area that is in need — on the 低收入人口
 * register in the month (any of its members). The household's issues in the month
 * (every store) stay within the quota of its area's policy (`community.charityMonthlyQuota`,
 * value in fen); stock is taken by guarded updates. Refused with 409 over quota or short of stock.
 */
export async function issueGoods(deps: Deps, actor: Actor, input: IssueInput) {
  assertPermission(actor, 'editRegistry');
  notInFuture(input.issuedOn, todayInChina(deps.clock), 'issuedOn');
  const ids = input.items.map((i) => i.itemId);
  if (new Set(ids).size !== ids.length) throw new DomainError('validation', 'charity_item_twice', { field: 'items' });
  const h = await householdInScope(deps.db, actor, input.householdId);
  assertAreaWritable(actor, h.area_code);
  const { policy } = await policyInForce(deps.db, h.area_code, input.issuedOn);
  const quota = policy.community.charityMonthlyQuota;
  const { firstDay, lastDay } = monthOf(input.issuedOn);
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    await q.lockHousehold(trx, h.id);
    const items = await q.itemsByIds(trx, ids);
    const lines = input.items.map((line, i) => {
      const item = items.find((x) => x.id === line.itemId);
      // The store of an area serves the households of that area (a street's store its communities);
      // the household is in the actor's area, so a store above it is one the actor may issue from.
      if (!item || !isWithinArea(item.area_code, h.area_code)) throw new DomainError('validation', 'charity_item_not_found', { field: `items.${i}.itemId`, params: { id: line.itemId } });
      if (Number(item.quantity) < line.quantity) throw new DomainError('conflict', 'charity_stock_short', { field: `items.${i}.quantity`, params: { name: item.name, needed: line.quantity, stock: Number(item.quantity), unit: item.unit } });
      return { item, quantity: line.quantity, value: line.quantity * Number(item.unit_value) };
    });
    // Households in need: on the 低收入人口 register in the month (issue 22 point 5).
    if (!(await householdRegisterGroup(trx, h.id, h.area_code, input.issuedOn.slice(0, 7)))) throw new DomainError('conflict', 'charity_not_in_need', { field: 'householdId' });
    const value = lines.reduce((s, l) => s + l.value, 0);
    const used = await q.issuedInMonth(trx, h.id, firstDay, lastDay);
    const check = checkMonthlyQuota(used, value, quota);
    if (!check.ok) throw new DomainError('conflict', 'charity_over_quota', { field: 'items', params: { quota: formatYuan(quota), used: formatYuan(used), value: formatYuan(value), left: formatYuan(check.left) } });
    for (const [i, l] of lines.entries()) {
      if (!(await q.takeStock(trx, l.item.id, l.quantity))) throw new DomainError('conflict', 'charity_stock_short', { field: `items.${i}.quantity`, params: { name: l.item.name, needed: l.quantity, stock: 0, unit: l.item.unit } });
    }
    const inserted = await q.insertMovements(
      trx,
      lines.map((l) => ({ area_code: l.item.area_code, kind: 'issue', occurred_on: input.issuedOn, donor: null, item_id: l.item.id, quantity: l.quantity, money: 0, value: l.value, household_id: h.id, household_area: h.area_code, note: input.note ?? null, created_by: actor.userId, created_at: now })),
    );
    await recordAudit(trx, deps, actor, {
      action: 'charity.issue',
      entityType: 'household',
      entityId: h.id,
      areaCode: h.area_code,
      newValue: { issuedOn: input.issuedOn, items: lines.map((l) => ({ itemId: l.item.id, quantity: l.quantity, value: l.value })), value, quota, usedBefore: used },
    });
    const rows = await q.movementsByIds(trx, inserted.map((r) => r.id));
    return { householdId: h.id, issuedOn: input.issuedOn, value, quota, usedBefore: used, left: check.left, movements: rows.map(movementView) };
  });
}

/** What a household may still receive in a month. */
export async function householdQuota(deps: Deps, actor: Actor, input: { householdId: number; month: string }) {
  const h = await householdInScope(deps.db, actor, input.householdId);
  const { firstDay, lastDay } = monthOf(`${input.month}-01`);
  const { policy } = await policyInForce(deps.db, h.area_code, firstDay);
  const quota = policy.community.charityMonthlyQuota;
  const [used, group] = await Promise.all([q.issuedInMonth(deps.db, h.id, firstDay, lastDay), householdRegisterGroup(deps.db, h.id, h.area_code, input.month)]);
  return { householdId: h.id, month: input.month, quota, used, left: Math.max(0, quota - used), registerGroup: group, registerGroupName: group ? LOW_INCOME_GROUP_NAMES[group] : null };
}

export async function listItems(deps: Deps, actor: Actor, query: { areaCode?: string | undefined }) {
  const scope = scopeOf(actor, query.areaCode);
  const [items, money] = await Promise.all([q.itemsOf(deps.db, scope), q.fundsOf(deps.db, scope)]);
  return { items: items.map((i) => ({ id: i.id, areaCode: i.area_code, name: i.name, unit: i.unit, unitValue: Number(i.unit_value), quantity: Number(i.quantity) })), money };
}

export async function listMovements(deps: Deps, actor: Actor, query: MovementListQuery) {
  const { rows, total } = await q.listMovements(deps.db, { scope: scopeOf(actor, query.areaCode), kind: query.kind, householdId: query.householdId, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map(movementView), total };
}

/**
 * 收支台账: what came in and went out of the area's stores, money and goods, against what is
 * held — in − out must equal the fund and each item's stock.
 */
export async function charityLedgerOf(deps: Deps, actor: Actor, query: { areaCode?: string | undefined }) {
  const scope = scopeOf(actor, query.areaCode);
  const [sums, items, money] = await Promise.all([q.movementSums(deps.db, scope), q.itemsOf(deps.db, scope), q.fundsOf(deps.db, scope)]);
  const ledger = charityLedger(sums.map((s) => ({ ...s, kind: s.kind as MovementKind })));
  const differences = ledgerDifferences(ledger, { money, stock: items.map((i) => ({ itemId: i.id, quantity: Number(i.quantity) })) });
  const byId = new Map(items.map((i) => [i.id, i]));
  return {
    areaCode: scope,
    money: { ...ledger.money, held: money },
    goods: {
      valueIn: ledger.goods.valueIn,
      valueOut: ledger.goods.valueOut,
      value: ledger.goods.value,
      items: ledger.goods.items.map((l) => ({ ...l, name: byId.get(l.itemId)?.name ?? String(l.itemId), unit: byId.get(l.itemId)?.unit ?? '', stock: Number(byId.get(l.itemId)?.quantity ?? 0) })),
    },
    balanced: differences.length === 0,
    differences,
  };
}

/** 月报表 (issue 22 point 6): donations, purchases and issues of the month; households served. */
export async function charityMonthCounts(db: Deps['db'], areaCode: string, firstDay: string, lastDay: string) {
  return q.monthCounts(db, areaCode, firstDay, lastDay);
}
