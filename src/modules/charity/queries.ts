import type { Insertable } from 'kysely';
import { dialectOf } from '../../db/database.ts';
import type { CharityMovementTable, DbOrTrx, Trx } from '../../db/types.ts';

export async function itemByName(db: DbOrTrx, areaCode: string, name: string) {
  return db.selectFrom('charity_items').selectAll().where('area_code', '=', areaCode).where('name', '=', name).executeTakeFirst();
}

/** The store's item of that name, made on its first arrival (a concurrent first arrival finds it). */
export async function ensureItem(trx: Trx, o: { areaCode: string; name: string; unit: string; unitValue: number; at: string }) {
  await trx
    .insertInto('charity_items')
    .values({ area_code: o.areaCode, name: o.name, unit: o.unit, unit_value: o.unitValue, quantity: 0, created_at: o.at })
    .onConflict((oc) => oc.columns(['area_code', 'name']).doNothing())
    .execute();
  return (await itemByName(trx, o.areaCode, o.name))!;
}

export async function itemsByIds(trx: Trx, ids: readonly number[]) {
  let q = trx.selectFrom('charity_items').selectAll().where('id', 'in', ids);
  if (dialectOf(trx) === 'postgres') q = q.forUpdate();
  return q.execute();
}

export async function addStock(trx: Trx, itemId: number, quantity: number) {
  await trx.updateTable('charity_items').set((eb) => ({ quantity: eb('quantity', '+', quantity) })).where('id', '=', itemId).execute();
}

/** Takes stock only if it is there (guarded UPDATE; CHECK quantity >= 0 behind it). */
export async function takeStock(trx: Trx, itemId: number, quantity: number): Promise<boolean> {
  const r = await trx.updateTable('charity_items').set((eb) => ({ quantity: eb('quantity', '-', quantity) })).where('id', '=', itemId).where('quantity', '>=', quantity).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function addMoney(trx: Trx, areaCode: string, amount: number) {
  await trx
    .insertInto('charity_funds')
    .values({ area_code: areaCode, balance: amount })
    .onConflict((oc) => oc.column('area_code').doUpdateSet((eb) => ({ balance: eb('charity_funds.balance', '+', eb.ref('excluded.balance')) })))
    .execute();
}

/** Spends money only if the fund holds it (guarded UPDATE; CHECK balance >= 0 behind it). */
export async function takeMoney(trx: Trx, areaCode: string, amount: number): Promise<boolean> {
  const r = await trx.updateTable('charity_funds').set((eb) => ({ balance: eb('balance', '-', amount) })).where('area_code', '=', areaCode).where('balance', '>=', amount).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function fundOf(db: DbOrTrx, areaCode: string) {
  const r = await db.selectFrom('charity_funds').select('balance').where('area_code', '=', areaCode).executeTakeFirst();
  return Number(r?.balance ?? 0);
}

export async function insertMovements(trx: Trx, rows: Insertable<CharityMovementTable>[]) {
  return trx.insertInto('charity_movements').values(rows).returning('id').execute();
}

/** Serialises issues to one household on PostgreSQL (SQLite writes one at a time anyway). */
export async function lockHousehold(trx: Trx, householdId: number) {
  if (dialectOf(trx) === 'postgres') await trx.selectFrom('households').select('id').where('id', '=', householdId).forUpdate().execute();
}

/** Value issued to a household in the month (every store). */
export async function issuedInMonth(db: DbOrTrx, householdId: number, firstDay: string, lastDay: string) {
  const r = await db
    .selectFrom('charity_movements')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('value'), eb.lit(0)).as('v'))
    .where('household_id', '=', householdId)
    .where('kind', '=', 'issue')
    .where('occurred_on', '>=', firstDay)
    .where('occurred_on', '<=', lastDay)
    .executeTakeFirstOrThrow();
  return Number(r.v);
}

function movements(db: DbOrTrx) {
  return db.selectFrom('charity_movements as m').leftJoin('charity_items as i', 'i.id', 'm.item_id').selectAll('m').select(['i.name as item_name', 'i.unit']);
}
export type MovementRow = Awaited<ReturnType<typeof movementsByIds>>[number];

export async function movementsByIds(db: DbOrTrx, ids: readonly number[]) {
  return movements(db).where('m.id', 'in', ids).orderBy('m.id').execute();
}

export async function listMovements(db: DbOrTrx, o: { scope: string; kind?: string | undefined; householdId?: number | undefined; offset: number; limit: number }) {
  // A store's own lines, and what stores above the area issued to its households.
  let q = db.selectFrom('charity_movements as m').where((eb) => eb.or([eb('m.area_code', 'like', `${o.scope}%`), eb('m.household_area', 'like', `${o.scope}%`)]));
  if (o.kind) q = q.where('m.kind', '=', o.kind);
  if (o.householdId) q = q.where('m.household_id', '=', o.householdId);
  const [rows, total] = await Promise.all([
    q.leftJoin('charity_items as i', 'i.id', 'm.item_id').selectAll('m').select(['i.name as item_name', 'i.unit']).orderBy('m.occurred_on', 'desc').orderBy('m.id', 'desc').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function itemsOf(db: DbOrTrx, scope: string) {
  return db.selectFrom('charity_items').selectAll().where('area_code', 'like', `${scope}%`).orderBy('area_code').orderBy('name').execute();
}

export async function fundsOf(db: DbOrTrx, scope: string) {
  const r = await db.selectFrom('charity_funds').select((eb) => eb.fn.coalesce(eb.fn.sum<number>('balance'), eb.lit(0)).as('b')).where('area_code', 'like', `${scope}%`).executeTakeFirstOrThrow();
  return Number(r.b);
}

/** Every movement of the area, summed by kind and item (the ledger's input, set-based). */
export async function movementSums(db: DbOrTrx, scope: string) {
  const rows = await db
    .selectFrom('charity_movements')
    .select(['kind', 'item_id', (eb) => eb.fn.sum<number>('quantity').as('quantity'), (eb) => eb.fn.sum<number>('money').as('money'), (eb) => eb.fn.sum<number>('value').as('value')])
    .where('area_code', 'like', `${scope}%`)
    .groupBy(['kind', 'item_id'])
    .execute();
  return rows.map((r) => ({ kind: r.kind, itemId: r.item_id, quantity: Number(r.quantity), money: Number(r.money), value: Number(r.value) }));
}

/** 月报: money and goods received, spent and issued in the month; households served. */
export async function monthCounts(db: DbOrTrx, scope: string, firstDay: string, lastDay: string) {
  const rows = await db
    .selectFrom('charity_movements')
    .select(['kind', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.coalesce(eb.fn.sum<number>('money'), eb.lit(0)).as('money'), (eb) => eb.fn.coalesce(eb.fn.sum<number>('value'), eb.lit(0)).as('value')])
    .where('area_code', 'like', `${scope}%`)
    .where('occurred_on', '>=', firstDay)
    .where('occurred_on', '<=', lastDay)
    .groupBy('kind')
    .execute();
  const hh = await db
    .selectFrom('charity_movements')
    .select((eb) => eb.fn.count<number>('household_id').distinct().as('n'))
    .where('area_code', 'like', `${scope}%`)
    .where('kind', '=', 'issue')
    .where('occurred_on', '>=', firstDay)
    .where('occurred_on', '<=', lastDay)
    .executeTakeFirstOrThrow();
  const of = (k: string) => rows.find((r) => r.kind === k);
  return {
    donationsMoney: Number(of('money_in')?.money ?? 0),
    donationsGoodsValue: Number(of('goods_in')?.value ?? 0),
    donations: Number(of('money_in')?.n ?? 0) + Number(of('goods_in')?.n ?? 0),
    purchasesMoney: Number(of('purchase')?.money ?? 0),
    issuedValue: Number(of('issue')?.value ?? 0),
    households: Number(hh.n),
  };
}
