import type { Selectable } from 'kysely';
import type { DbOrTrx, PersonStatusHistoryTable, Trx } from '../../db/types.ts';

export type StatusHistoryRow = Selectable<PersonStatusHistoryTable>;

export async function personWithHousehold(db: DbOrTrx, personId: number) {
  return db
    .selectFrom('persons as p')
    .leftJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.id', 'p.name', 'p.birth_date', 'p.household_id', 'p.life_status', 'p.status_date', 'p.in_prison', 'h.area_code', 'h.status as household_status'])
    .where('p.id', '=', personId)
    .executeTakeFirst();
}

export async function membersOf(db: DbOrTrx, householdId: number) {
  return db.selectFrom('persons').select(['id', 'life_status', 'in_prison']).where('household_id', '=', householdId).execute();
}

export async function insertStatus(trx: Trx, row: Omit<StatusHistoryRow, 'id'>): Promise<StatusHistoryRow> {
  return trx.insertInto('person_status_history').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function historyOf(db: DbOrTrx, personIds: number[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('person_status_history as s')
    .leftJoin('users as u', 'u.id', 's.recorded_by')
    .selectAll('s')
    .select('u.username')
    .where('s.person_id', 'in', personIds)
    .orderBy('s.id')
    .execute();
}

/**
 * Enrolments a death or imprisonment touches: the person's own, and the household's (person_id
 * null) of the household the person is on. Those already stopped by then are left out by their history (a
 * stop dated after the event is brought forward).
 */
export async function enrolmentsTouching(trx: Trx, personId: number, householdId: number, lock: boolean) {
  let q = trx
    .selectFrom('enrolments')
    .selectAll()
    .where((eb) => eb.or([eb('person_id', '=', personId), eb.and([eb('household_id', '=', householdId), eb('person_id', 'is', null)])]))
    .orderBy('id');
  if (lock) q = q.forUpdate();
  return q.execute();
}

/** Every enrolment of a household, stopped ones too (the file keeps its history). */
export async function enrolmentsOfHousehold(db: DbOrTrx, householdId: number) {
  return db
    .selectFrom('enrolments as e')
    .leftJoin('persons as p', 'p.id', 'e.person_id')
    .selectAll('e')
    .select('p.name as person_name')
    .where('e.household_id', '=', householdId)
    .orderBy('e.id')
    .execute();
}

export async function openCasesOfHousehold(db: DbOrTrx, householdId: number) {
  return db
    .selectFrom('applications')
    .select(['id', 'program', 'state', 'created_at', 'due_on', 'subject_person_id'])
    .where('household_id', '=', householdId)
    .where('state', 'not in', ['approved', 'rejected', 'withdrawn'])
    .orderBy('id')
    .execute();
}

export async function lastPaymentsOfHousehold(db: DbOrTrx, householdId: number, limit: number) {
  return db
    .selectFrom('payroll_lines as l')
    .innerJoin('payrolls as r', 'r.id', 'l.payroll_id')
    .select(['l.id', 'l.payroll_id', 'l.enrolment_id', 'l.program', 'l.for_month', 'l.kind', 'l.amount', 'l.bank_status', 'r.status as payroll_status', 'r.month as paid_in'])
    .where('l.household_id', '=', householdId)
    .orderBy('l.id', 'desc')
    .limit(limit)
    .execute();
}

export async function openDebtsOfHousehold(db: DbOrTrx, householdId: number) {
  return db
    .selectFrom('debts as d')
    .select(['d.id', 'd.enrolment_id', 'd.program', 'd.total_amount', 'd.created_at'])
    .select((eb) => eb.selectFrom('debt_entries as x').select((x) => x.fn.coalesce(x.fn.sum<number>('x.amount'), x.lit(0)).as('s')).whereRef('x.debt_id', '=', 'd.id').as('collected'))
    .where('d.household_id', '=', householdId)
    .where('d.status', '=', 'open')
    .orderBy('d.id')
    .execute();
}

export async function householdArea(db: DbOrTrx, householdId: number) {
  return db.selectFrom('households').select(['id', 'area_code']).where('id', '=', householdId).executeTakeFirst();
}

export async function memberIds(db: DbOrTrx, householdId: number): Promise<number[]> {
  return (await db.selectFrom('persons').select('id').where('household_id', '=', householdId).execute()).map((r) => r.id);
}
