import { sql, type Selectable } from 'kysely';
import type { DbOrTrx, DebtEntryTable, DebtTable, Trx } from '../../db/types.ts';
import { below } from './queries.ts';

export type DebtRow = Selectable<DebtTable>;
export type DebtEntryRow = Selectable<DebtEntryTable>;

/** Open recoveries of an enrolment with what payrolls have taken of each so far. */
export async function openRecoveries(trx: Trx, enrolmentId: number) {
  return trx
    .selectFrom('payment_adjustments as a')
    .selectAll('a')
    .select((eb) =>
      eb.selectFrom('payroll_lines as l').select(sql<number>`coalesce(sum(abs(l.amount)), 0)`.as('s')).whereRef('l.adjustment_id', '=', 'a.id').as('settled'),
    )
    .where('a.enrolment_id', '=', enrolmentId)
    .where('a.kind', '=', 'recovery')
    .where('a.status', '=', 'open')
    .orderBy('a.id')
    .execute();
}

export async function insertDebt(trx: Trx, row: Omit<DebtRow, 'id'>): Promise<DebtRow> {
  return trx.insertInto('debts').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findDebt(db: DbOrTrx, id: number): Promise<DebtRow | undefined> {
  return db.selectFrom('debts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** What has been collected, deducted or written off of a debt. */
export async function debtCollected(db: DbOrTrx, debtId: number): Promise<number> {
  const r = await db
    .selectFrom('debt_entries')
    .select(sql<number>`coalesce(sum(amount), 0)`.as('s'))
    .where('debt_id', '=', debtId)
    .executeTakeFirstOrThrow();
  return Number(r.s);
}

export async function entriesOf(db: DbOrTrx, debtIds: number[]): Promise<DebtEntryRow[]> {
  if (debtIds.length === 0) return [];
  return db.selectFrom('debt_entries').selectAll().where('debt_id', 'in', debtIds).orderBy('id').execute();
}

export async function insertDebtEntry(trx: Trx, row: Omit<DebtEntryRow, 'id'>): Promise<DebtEntryRow> {
  return trx.insertInto('debt_entries').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function debtList(db: DbOrTrx, f: { areaCode: string; status?: string | undefined; householdId?: number | undefined; page: number; pageSize: number }) {
  let base = db.selectFrom('debts as d').where('d.area_code', 'like', below(f.areaCode));
  if (f.status) base = base.where('d.status', '=', f.status as DebtRow['status']);
  if (f.householdId !== undefined) base = base.where('d.household_id', '=', f.householdId);
  const [total, items] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .innerJoin('households as h', 'h.id', 'd.household_id')
      .leftJoin('persons as p', 'p.id', 'h.head_person_id')
      .leftJoin('areas as a', 'a.code', 'd.area_code')
      .selectAll('d')
      .select(['p.name as head_name', 'a.name as area_name'])
      .select((eb) => eb.selectFrom('debt_entries as x').select(sql<number>`coalesce(sum(x.amount), 0)`.as('s')).whereRef('x.debt_id', '=', 'd.id').as('collected'))
      .orderBy('d.id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
  ]);
  return { total: Number(total.n), items };
}

/** Another enrolment of the household still paying (not stopped): where a deduction can go. */
export async function liveEnrolmentOf(db: DbOrTrx, householdId: number, enrolmentId: number) {
  return db
    .selectFrom('enrolments')
    .selectAll()
    .where('id', '=', enrolmentId)
    .where('household_id', '=', householdId)
    .where('status', '!=', 'stopped')
    .executeTakeFirst();
}
