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
