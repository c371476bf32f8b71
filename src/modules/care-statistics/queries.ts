import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/types.ts';

/** The first `n` digits of an area code: rows summed per child area of the report's area. */
const part = (n: number) => sql<string>`substr(area_code, 1, ${sql.lit(n)})`;

const num = (v: unknown) => Number(v ?? 0);

export async function condolenceSums(db: DbOrTrx, scope: string, childLength: number, from: string, to: string) {
  const rows = await db
    .selectFrom('condolence_lines')
    .where('area_code', 'like', `${scope}%`)
    .where('status', '=', 'delivered')
    .where('delivered_on', '>=', from)
    .where('delivered_on', '<=', to)
    .select((eb) => [part(childLength).as('area'), eb.fn.countAll().as('households'), eb.fn.sum('persons').as('persons'), eb.fn.sum('cash').as('cash'), eb.fn.sum('goods_value').as('goods_value')])
    .groupBy(part(childLength))
    .execute();
  return rows.map((r) => ({ area: r.area, households: num(r.households), persons: num(r.persons), cash: num(r.cash), goodsValue: num(r.goods_value) }));
}

export async function visitSums(db: DbOrTrx, scope: string, childLength: number, from: string, to: string) {
  const rows = await db
    .selectFrom('care_visits')
    .where('area_code', 'like', `${scope}%`)
    .where('visited_on', '>=', from)
    .where('visited_on', '<=', to)
    .select((eb) => [part(childLength).as('area'), eb.fn.countAll().as('visits'), eb.fn.count('person_id').distinct().as('persons'), eb.fn.count('household_id').distinct().as('households')])
    .groupBy(part(childLength))
    .execute();
  return rows.map((r) => ({ area: r.area, visits: num(r.visits), persons: num(r.persons), households: num(r.households) }));
}

export async function orderSums(db: DbOrTrx, scope: string, childLength: number, from: string, to: string) {
  const rows = await db
    .selectFrom('service_orders')
    .where('area_code', 'like', `${scope}%`)
    .where('ordered_on', '>=', from)
    .where('ordered_on', '<=', to)
    .select((eb) => [part(childLength).as('area'), eb.fn.countAll().as('orders'), eb.fn.count('person_id').distinct().as('persons'), eb.fn.sum('total').as('amount')])
    .groupBy(part(childLength))
    .execute();
  return rows.map((r) => ({ area: r.area, orders: num(r.orders), persons: num(r.persons), amount: num(r.amount) }));
}

export async function creditSums(db: DbOrTrx, scope: string, childLength: number, fromMonth: string, toMonth: string) {
  const rows = await db
    .selectFrom('wallet_credits')
    .where('area_code', 'like', `${scope}%`)
    .where('month', '>=', fromMonth)
    .where('month', '<=', toMonth)
    .select((eb) => [part(childLength).as('area'), eb.fn.count('person_id').distinct().as('persons'), eb.fn.sum('amount').as('amount')])
    .groupBy(part(childLength))
    .execute();
  return rows.map((r) => ({ area: r.area, persons: num(r.persons), amount: num(r.amount) }));
}

/** 养护员报酬: the lines of approved caregiver pay rolls for the months of the period, per the elderly household's area. */
export async function caregiverPaySums(db: DbOrTrx, scope: string, childLength: number, fromMonth: string, toMonth: string) {
  const part = (n: number) => sql<string>`substr(l.area_code, 1, ${sql.lit(n)})`;
  const rows = await db
    .selectFrom('caregiver_pay_lines as l')
    .innerJoin('caregiver_payrolls as p', 'p.id', 'l.payroll_id')
    .where('p.status', '=', 'approved')
    .where('p.month', '>=', fromMonth)
    .where('p.month', '<=', toMonth)
    .where('l.area_code', 'like', `${scope}%`)
    .select((eb) => [part(childLength).as('area'), eb.fn.count('l.caregiver_id').distinct().as('payees'), eb.fn.sum('l.amount').as('amount')])
    .groupBy(part(childLength))
    .execute();
  return rows.map((r) => ({ area: r.area, payees: num(r.payees), amount: num(r.amount) }));
}

/** 物资: goods handed over with the delivered lines of the period, per name and unit (each line issues `per_household`). */
export async function goodsSums(db: DbOrTrx, scope: string, from: string, to: string) {
  const rows = await db
    .selectFrom('condolence_lines as l')
    .innerJoin('condolence_goods as g', 'g.drive_id', 'l.drive_id')
    .where('l.area_code', 'like', `${scope}%`)
    .where('l.status', '=', 'delivered')
    .where('l.delivered_on', '>=', from)
    .where('l.delivered_on', '<=', to)
    .select((eb) => ['g.name', 'g.unit', eb.fn.sum('g.per_household').as('quantity'), eb.fn.sum(sql<number>`g.per_household * g.unit_price`).as('value')])
    .groupBy(['g.name', 'g.unit'])
    .orderBy('g.name')
    .orderBy('g.unit')
    .execute();
  return rows.map((r) => ({ name: r.name, unit: r.unit, quantity: num(r.quantity), value: num(r.value) }));
}
