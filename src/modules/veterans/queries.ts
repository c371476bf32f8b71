import type { Insertable, Selectable } from 'kysely';
import type { DbOrTrx, EntitledPersonTable, Trx, VeteranTaskTable } from '../../db/types.ts';

export type EntitledRow = Selectable<EntitledPersonTable> & { person_name: string };
export type TaskRow = Selectable<VeteranTaskTable> & { person_name: string; household_id: number };

export async function findEntitled(db: DbOrTrx, id: number): Promise<EntitledRow | undefined> {
  return db.selectFrom('entitled_persons as v').innerJoin('persons as p', 'p.id', 'v.person_id').selectAll('v').select('p.name as person_name').where('v.id', '=', id).executeTakeFirst();
}

export async function activeOfPerson(db: DbOrTrx, personId: number) {
  return db.selectFrom('entitled_persons').selectAll().where('person_id', '=', personId).where('status', '=', 'active').orderBy('id').execute();
}

export async function insertEntitled(trx: Trx, row: Insertable<EntitledPersonTable>) {
  return trx.insertInto('entitled_persons').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function endEntitled(trx: Trx, id: number, o: { status: string; ended_on: string; updated_at: string }) {
  await trx.updateTable('entitled_persons').set(o).where('id', '=', id).execute();
}

export async function listEntitled(db: DbOrTrx, o: { scope: string; group?: string | undefined; status?: string | undefined; offset: number; limit: number }) {
  let q = db.selectFrom('entitled_persons as v').innerJoin('persons as p', 'p.id', 'v.person_id').where('v.area_code', 'like', `${o.scope}%`);
  if (o.group) q = q.where('v.group_code', '=', o.group);
  if (o.status) q = q.where('v.status', '=', o.status);
  const [rows, total] = await Promise.all([
    q.selectAll('v').select('p.name as person_name').orderBy('v.id', 'desc').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/**
 * One task per recipient and kind (unique index): a death recorded again, or on two records
 * of the same person, finds the task already there — ON CONFLICT DO NOTHING on both engines.
 */
export async function insertTask(trx: Trx, row: Insertable<VeteranTaskTable>) {
  return trx
    .insertInto('veteran_tasks')
    .values(row)
    .onConflict((oc) => oc.columns(['entitled_person_id', 'kind']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

function tasks(db: DbOrTrx) {
  return db.selectFrom('veteran_tasks as k').innerJoin('persons as p', 'p.id', 'k.person_id').innerJoin('entitled_persons as v', 'v.id', 'k.entitled_person_id');
}

export async function findTask(db: DbOrTrx, id: number): Promise<TaskRow | undefined> {
  return tasks(db).selectAll('k').select(['p.name as person_name', 'v.household_id']).where('k.id', '=', id).executeTakeFirst();
}

export async function listTasks(db: DbOrTrx, o: { scope: string; status?: string | undefined; offset: number; limit: number }) {
  let q = tasks(db).where('k.area_code', 'like', `${o.scope}%`);
  if (o.status) q = q.where('k.status', '=', o.status);
  const [rows, total] = await Promise.all([
    q.selectAll('k').select(['p.name as person_name', 'v.household_id']).orderBy('k.status', 'desc').orderBy('k.due_on').orderBy('k.id').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function completeTask(trx: Trx, id: number, o: { done_on: string; outcome: string; done_by: number }) {
  await trx.updateTable('veteran_tasks').set({ ...o, status: 'done' }).where('id', '=', id).execute();
}

/** 月报: entitled persons in force at the month's end by group; deaths in the month; tasks opened and done in it. */
export async function monthCounts(db: DbOrTrx, scope: string, firstDay: string, lastDay: string) {
  const [active, deaths, done, open] = await Promise.all([
    db
      .selectFrom('entitled_persons')
      .select(['group_code', (eb) => eb.fn.countAll<number>().as('n')])
      .where('area_code', 'like', `${scope}%`)
      .where('registered_on', '<=', lastDay)
      .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', lastDay)]))
      .groupBy('group_code')
      .execute(),
    db.selectFrom('entitled_persons').select((eb) => eb.fn.countAll<number>().as('n')).where('area_code', 'like', `${scope}%`).where('status', '=', 'deceased').where('ended_on', '>=', firstDay).where('ended_on', '<=', lastDay).executeTakeFirstOrThrow(),
    db.selectFrom('veteran_tasks').select((eb) => eb.fn.countAll<number>().as('n')).where('area_code', 'like', `${scope}%`).where('done_on', '>=', firstDay).where('done_on', '<=', lastDay).executeTakeFirstOrThrow(),
    db.selectFrom('veteran_tasks').select((eb) => eb.fn.countAll<number>().as('n')).where('area_code', 'like', `${scope}%`).where('status', '=', 'open').executeTakeFirstOrThrow(),
  ]);
  return { active, deaths: Number(deaths.n), done: Number(done.n), open: Number(open.n) };
}

/** The month's counts of `monthCounts` per area (community) code, for the report's roll-up. */
export async function monthCountsByArea(db: DbOrTrx, scope: string, firstDay: string, lastDay: string) {
  const like = `${scope}%`;
  const [active, deaths, done, open] = await Promise.all([
    db
      .selectFrom('entitled_persons')
      .select(['area_code', (eb) => eb.fn.countAll<number>().as('n')])
      .where('area_code', 'like', like)
      .where('registered_on', '<=', lastDay)
      .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', lastDay)]))
      .groupBy('area_code')
      .execute(),
    db.selectFrom('entitled_persons').select(['area_code', (eb) => eb.fn.countAll<number>().as('n')]).where('area_code', 'like', like).where('status', '=', 'deceased').where('ended_on', '>=', firstDay).where('ended_on', '<=', lastDay).groupBy('area_code').execute(),
    db.selectFrom('veteran_tasks').select(['area_code', (eb) => eb.fn.countAll<number>().as('n')]).where('area_code', 'like', like).where('done_on', '>=', firstDay).where('done_on', '<=', lastDay).groupBy('area_code').execute(),
    db.selectFrom('veteran_tasks').select(['area_code', (eb) => eb.fn.countAll<number>().as('n')]).where('area_code', 'like', like).where('status', '=', 'open').groupBy('area_code').execute(),
  ]);
  return { active, deaths, done, open };
}
