import { sql } from 'kysely';
import { dialectOf } from '../../db/database.ts';
import type { DbOrTrx, Trx } from '../../db/types.ts';
import { bornOnOrBefore } from '../../domain/care/condolence.ts';
import { CREDIT_PROGRAMS, type CreditSource } from '../../domain/care/wallet.ts';

export async function insertProvider(trx: Trx, p: { areaCode: string; name: string; phone: string | null; at: string }): Promise<number> {
  return (await trx.insertInto('care_providers').values({ area_code: p.areaCode, name: p.name, phone: p.phone, active: 1, created_at: p.at }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function providerById(db: DbOrTrx, id: number) {
  return db.selectFrom('care_providers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertService(trx: Trx, s: { code: string; name: string; unit: string; price: number; providerId: number }): Promise<void> {
  await trx.insertInto('care_services').values({ code: s.code, name: s.name, unit: s.unit, price: s.price, provider_id: s.providerId, active: 1 }).execute();
}

/** The catalogue a reader may order from: items of providers set in the reader's area, below or above it. */
export async function catalogue(db: DbOrTrx, scope: string, ancestors: readonly string[], codes?: readonly string[]) {
  let q = db
    .selectFrom('care_services as s')
    .innerJoin('care_providers as p', 'p.id', 's.provider_id')
    .where('s.active', '=', 1)
    .where('p.active', '=', 1)
    .where((eb) => eb.or([eb('p.area_code', 'like', `${scope}%`), ...(ancestors.length ? [eb('p.area_code', 'in', ancestors)] : [])]));
  if (codes) q = q.where('s.code', 'in', codes.length ? codes : ['']);
  return q.select(['s.code', 's.name', 's.unit', 's.price', 's.provider_id', 'p.name as provider_name']).orderBy('s.code').execute();
}

export async function personInHousehold(db: DbOrTrx, personId: number) {
  return db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.id', 'p.name', 'h.area_code'])
    .where('p.id', '=', personId)
    .executeTakeFirst();
}

/**
 * 按月发放服务补贴额度: one credit per eligible person and source for the month, in one
 * INSERT … SELECT. Eligible: alive, of `minAge` by the first of the month, assessed partly or
 * fully dependent, covered by an active dibao, tekun or edge enrolment. The unique key
 * (person, month, source) with ON CONFLICT DO NOTHING makes a second run credit nobody twice
 * (both engines skip the conflicting row rather than fail the statement).
 */
export async function creditMonth(
  trx: Trx,
  r: { areaCode: string; month: string; source: CreditSource; minAge: number; amounts: { partial: number; full: number }; expiresOn: string; at: string },
): Promise<number> {
  const tiers = (['partial', 'full'] as const).filter((t) => r.amounts[t] > 0);
  if (tiers.length === 0) return 0;
  const amount = sql<number>`case when p.self_care = 'full' then ${sql.lit(r.amounts.full)} else ${sql.lit(r.amounts.partial)} end`;
  const select = trx
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .where('h.status', '=', 'active')
    .where('h.area_code', 'like', `${r.areaCode}%`)
    .where('p.life_status', '=', 'alive')
    .where('p.self_care', 'in', tiers)
    .where('p.birth_date', '<=', bornOnOrBefore(`${r.month}-01`, r.minAge))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('enrolments as e')
          .select(sql.lit(1).as('one'))
          .whereRef('e.household_id', '=', 'p.household_id')
          .where('e.status', '=', 'active')
          .where('e.program', 'in', [...CREDIT_PROGRAMS])
          .where((w) => w.or([w('e.person_id', 'is', null), w('e.person_id', '=', w.ref('p.id'))])),
      ),
    )
    .select([
      'p.id as person_id',
      'h.area_code',
      sql<string>`${sql.lit(r.month)}`.as('month'),
      sql<string>`${sql.lit(r.source)}`.as('source'),
      'p.self_care as tier',
      amount.as('amount'),
      amount.as('remaining'),
      sql<string>`${sql.lit(r.expiresOn)}`.as('expires_on'),
      sql<string>`${sql.lit(r.at)}`.as('created_at'),
    ]);
  const res = await trx
    .insertInto('wallet_credits')
    .columns(['person_id', 'area_code', 'month', 'source', 'tier', 'amount', 'remaining', 'expires_on', 'created_at'])
    .expression(select)
    .onConflict((oc) => oc.columns(['person_id', 'month', 'source']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0);
}

export async function monthSums(db: DbOrTrx, areaCode: string, month: string) {
  const r = await db
    .selectFrom('wallet_credits')
    .where('area_code', 'like', `${areaCode}%`)
    .where('month', '=', month)
    .select((eb) => [eb.fn.countAll().as('credits'), eb.fn.count('person_id').distinct().as('persons'), eb.fn.sum<number>('amount').as('amount')])
    .executeTakeFirstOrThrow();
  return { credits: Number(r.credits), persons: Number(r.persons), amount: Number(r.amount ?? 0) };
}

export async function creditsOf(db: DbOrTrx, personId: number) {
  return db.selectFrom('wallet_credits').selectAll().where('person_id', '=', personId).orderBy('expires_on').orderBy('id').execute();
}

/** Credits that can pay today, locked on PostgreSQL so two orders cannot plan on the same money. */
export async function spendableCredits(trx: Trx, personId: number, today: string) {
  let q = trx.selectFrom('wallet_credits').select(['id', 'source', 'remaining', 'expires_on']).where('person_id', '=', personId).where('remaining', '>', 0).where('expires_on', '>=', today).orderBy('id');
  if (dialectOf(trx) === 'postgres') q = q.forUpdate();
  return q.execute();
}

/** Takes `amount` from a credit; false if it no longer holds that much (never below zero). */
export async function takeFromCredit(trx: Trx, creditId: number, amount: number): Promise<boolean> {
  const r = await trx
    .updateTable('wallet_credits')
    .set((eb) => ({ remaining: eb('remaining', '-', amount) }))
    .where('id', '=', creditId)
    .where('remaining', '>=', amount)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertOrder(trx: Trx, o: { personId: number; areaCode: string; orderedOn: string; total: number; createdBy: number; at: string }): Promise<number> {
  return (
    await trx
      .insertInto('service_orders')
      .values({ person_id: o.personId, area_code: o.areaCode, ordered_on: o.orderedOn, total: o.total, created_by: o.createdBy, created_at: o.at })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export async function insertOrderItems(trx: Trx, orderId: number, items: readonly { serviceCode: string; providerId: number; quantity: number; unitPrice: number; amount: number }[]) {
  await trx
    .insertInto('service_order_items')
    .values(items.map((i) => ({ order_id: orderId, service_code: i.serviceCode, provider_id: i.providerId, quantity: i.quantity, unit_price: i.unitPrice, amount: i.amount })))
    .execute();
}

export async function insertSpends(trx: Trx, orderId: number, spends: readonly { creditId: number; amount: number }[]) {
  if (spends.length === 0) return;
  await trx.insertInto('wallet_spends').values(spends.map((s) => ({ order_id: orderId, credit_id: s.creditId, amount: s.amount }))).execute();
}

export async function ordersOf(db: DbOrTrx, personId: number, limit: number) {
  const orders = await db.selectFrom('service_orders').selectAll().where('person_id', '=', personId).orderBy('id', 'desc').limit(limit).execute();
  const ids = orders.map((o) => o.id);
  if (ids.length === 0) return { orders, items: [], spends: [] };
  const [items, spends] = await Promise.all([
    db.selectFrom('service_order_items as i').leftJoin('care_services as s', 's.code', 'i.service_code').selectAll('i').select('s.name').where('i.order_id', 'in', ids).orderBy('i.id').execute(),
    db.selectFrom('wallet_spends as w').innerJoin('wallet_credits as c', 'c.id', 'w.credit_id').select(['w.order_id', 'w.credit_id', 'w.amount', 'c.source']).where('w.order_id', 'in', ids).orderBy('w.id').execute(),
  ]);
  return { orders, items, spends };
}
