import { nowIso, todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { areaAncestry, isWithinArea } from '../../domain/area-code.ts';
import { mayManageHomeCare, mayReadCare, mayWorkCare } from '../../domain/care/access.ts';
import { CREDIT_SOURCES, creditExpiresOn, planSpend } from '../../domain/care/wallet.ts';
import { DomainError } from '../../domain/errors.ts';
import { formatYuan } from '../../domain/money.ts';
import { findArea } from '../areas/service.ts';
import { recordAudit } from '../audit/service.ts';
import { policyInForce } from '../policies/service.ts';
import * as q from './queries.ts';
import type { NewOrder, OrderView } from './schema.ts';

function assertManager(actor: Actor): void {
  if (!mayManageHomeCare(actor.role)) throw new DomainError('forbidden', 'home_care_manage_role');
}

export async function createProvider(deps: Deps, actor: Actor, input: { areaCode: string; name: string; phone?: string | undefined }) {
  assertManager(actor);
  assertAreaWritable(actor, input.areaCode);
  if (!(await findArea(deps.db, input.areaCode))) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: input.areaCode } });
  const id = await deps.db.transaction().execute(async (trx) => {
    const id = await q.insertProvider(trx, { areaCode: input.areaCode, name: input.name, phone: input.phone || null, at: nowIso(deps.clock) });
    await recordAudit(trx, deps, actor, { action: 'care_provider.create', entityType: 'care_provider', entityId: id, areaCode: input.areaCode, newValue: { name: input.name } });
    return id;
  });
  return { id, areaCode: input.areaCode, name: input.name, phone: input.phone || null };
}

export async function createService(deps: Deps, actor: Actor, input: { code: string; name: string; unit: string; price: number; providerId: number }) {
  assertManager(actor);
  const provider = await q.providerById(deps.db, input.providerId);
  if (!provider || !isWithinArea(actor.areaCode, provider.area_code)) throw new DomainError('not_found', 'care_provider_not_found', { field: 'providerId' });
  if ((await q.catalogue(deps.db, '', [], [input.code])).length > 0) throw new DomainError('conflict', 'care_service_code_taken', { field: 'code', params: { code: input.code } });
  await deps.db.transaction().execute(async (trx) => {
    await q.insertService(trx, input);
    await recordAudit(trx, deps, actor, { action: 'care_service.create', entityType: 'care_service', entityId: input.code, areaCode: provider.area_code, newValue: input });
  });
  return { ...input, providerName: provider.name };
}

/** 服务目录 the actor's area may order from. */
export async function getCatalogue(deps: Deps, actor: Actor) {
  if (!mayReadCare(actor.role)) throw new DomainError('forbidden', 'care_role');
  const rows = await q.catalogue(deps.db, actor.areaCode, areaAncestry(actor.areaCode).slice(0, -1));
  return { items: rows.map((r) => ({ code: r.code, name: r.name, unit: r.unit, price: r.price, providerId: r.provider_id, providerName: r.provider_name })) };
}

/**
 * 按月发放服务补贴额度 for an area: the city tier and the district top-up as separate credits,
 * each with its source; amounts from the area's policy on the first of the month. Running the
 * month again credits nobody twice.
 */
export async function runMonthlyCredits(deps: Deps, actor: Actor, input: { areaCode: string; month: string }) {
  assertManager(actor);
  assertAreaWritable(actor, input.areaCode);
  const { policy, version } = await policyInForce(deps.db, input.areaCode, `${input.month}-01`);
  const expiresOn = creditExpiresOn(input.month, policy.homeCare.creditValidMonths);
  const at = nowIso(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    let added = 0;
    for (const source of CREDIT_SOURCES) {
      const amounts = source === 'city_tier' ? policy.homeCare.cityCredit : policy.homeCare.districtTopUp;
      added += await q.creditMonth(trx, { areaCode: input.areaCode, month: input.month, source, minAge: policy.homeCare.minAge, amounts, expiresOn, at });
    }
    await recordAudit(trx, deps, actor, { action: 'wallet.credit_run', entityType: 'wallet', entityId: `${input.areaCode}:${input.month}`, areaCode: input.areaCode, newValue: { month: input.month, added, policyVersion: version, expiresOn } });
  });
  return { areaCode: input.areaCode, month: input.month, ...(await q.monthSums(deps.db, input.areaCode, input.month)), expiresOn };
}

async function personInScope(deps: Deps, actor: Actor, personId: number) {
  const p = await q.personInHousehold(deps.db, personId);
  if (!p || !isWithinArea(actor.areaCode, p.area_code)) throw new DomainError('not_found', 'person_not_found', { field: 'personId' });
  return p;
}

function orderViews(data: Awaited<ReturnType<typeof q.ordersOf>>): OrderView[] {
  return data.orders.map((o) => ({
    id: o.id,
    personId: o.person_id,
    orderedOn: o.ordered_on,
    total: o.total,
    items: data.items.filter((i) => i.order_id === o.id).map((i) => ({ serviceCode: i.service_code, name: i.name ?? i.service_code, quantity: i.quantity, unitPrice: i.unit_price, amount: i.amount })),
    spends: data.spends.filter((s) => s.order_id === o.id).map((s) => ({ creditId: s.credit_id, source: s.source, amount: s.amount })),
  }));
}

/** 服务补贴账户: balance of unexpired credits, every credit with its source, the latest orders. */
export async function getWallet(deps: Deps, actor: Actor, personId: number) {
  if (!mayReadCare(actor.role)) throw new DomainError('forbidden', 'care_role');
  const p = await personInScope(deps, actor, personId);
  const today = todayInChina(deps.clock);
  const credits = await q.creditsOf(deps.db, personId);
  const views = credits.map((c) => ({ id: c.id, month: c.month, source: c.source, tier: c.tier, amount: c.amount, remaining: c.remaining, expiresOn: c.expires_on, expired: c.expires_on < today }));
  return {
    personId,
    name: p.name,
    balance: views.filter((c) => !c.expired).reduce((s, c) => s + c.remaining, 0),
    credits: views,
    orders: orderViews(await q.ordersOf(deps.db, personId, 20)),
  };
}

/**
 * 服务下单: priced items paid from the wallet, credits expiring first spent first; each spend
 * names its credit. Short of money: 409 and nothing is spent. Audited.
 */
export async function placeOrder(deps: Deps, actor: Actor, input: NewOrder): Promise<OrderView & { balance: number }> {
  if (!mayWorkCare(actor.role)) throw new DomainError('forbidden', 'care_role');
  const p = await personInScope(deps, actor, input.personId);
  const prices = new Map((await q.catalogue(deps.db, p.area_code, areaAncestry(p.area_code).slice(0, -1), input.items.map((i) => i.serviceCode))).map((s) => [s.code, s]));
  const items = input.items.map((i, index) => {
    const s = prices.get(i.serviceCode);
    if (!s) throw new DomainError('validation', 'care_service_not_found', { field: `items.${index}.serviceCode`, params: { code: i.serviceCode } });
    return { serviceCode: s.code, providerId: s.provider_id, quantity: i.quantity, unitPrice: s.price, amount: s.price * i.quantity };
  });
  const total = items.reduce((s, i) => s + i.amount, 0);
  const today = todayInChina(deps.clock);
  const orderId = await deps.db.transaction().execute(async (trx) => {
    const credits = await q.spendableCredits(trx, p.id, today);
    const plan = planSpend(credits.map((c) => ({ id: c.id, source: c.source, remaining: c.remaining, expiresOn: c.expires_on })), total, today);
    if (!plan.ok) throw new DomainError('conflict', 'wallet_balance_short', { field: 'items', params: { balance: formatYuan(plan.balance), total: formatYuan(total), short: formatYuan(plan.shortBy) } });
    const orderId = await q.insertOrder(trx, { personId: p.id, areaCode: p.area_code, orderedOn: today, total, createdBy: actor.userId, at: nowIso(deps.clock) });
    await q.insertOrderItems(trx, orderId, items);
    for (const s of plan.spends) {
      // The guarded update is the last word: a credit drained meanwhile fails the whole order.
      if (!(await q.takeFromCredit(trx, s.creditId, s.amount))) throw new DomainError('conflict', 'wallet_changed', { field: 'items' });
    }
    await q.insertSpends(trx, orderId, plan.spends);
    await recordAudit(trx, deps, actor, { action: 'service_order.create', entityType: 'service_order', entityId: orderId, areaCode: p.area_code, newValue: { personId: p.id, total, items: items.map((i) => [i.serviceCode, i.quantity]), spends: plan.spends } });
    return orderId;
  });
  const wallet = await getWallet(deps, actor, p.id);
  return { ...wallet.orders.find((o) => o.id === orderId)!, balance: wallet.balance };
}
