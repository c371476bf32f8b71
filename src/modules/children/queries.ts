import type { Insertable, Selectable } from 'kysely';
import type { ChildRecordTable, DbOrTrx, Trx } from '../../db/types.ts';

export type ChildRow = Selectable<ChildRecordTable>;
export type ChildRowWithPerson = ChildRow & { person_name: string; birth_date: string; student: number };

function withPerson(db: DbOrTrx) {
  return db.selectFrom('child_records as c').innerJoin('persons as p', 'p.id', 'c.person_id');
}

export async function findChild(db: DbOrTrx, id: number): Promise<ChildRowWithPerson | undefined> {
  return withPerson(db).selectAll('c').select(['p.name as person_name', 'p.birth_date', 'p.student']).where('c.id', '=', id).executeTakeFirst();
}

export async function activeOfKind(db: DbOrTrx, personId: number, kind: string) {
  return db.selectFrom('child_records').selectAll().where('person_id', '=', personId).where('kind', '=', kind).where('status', '=', 'active').execute();
}

export async function insertChild(trx: Trx, row: Insertable<ChildRecordTable>): Promise<ChildRow> {
  return trx.insertInto('child_records').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateChild(trx: Trx, id: number, row: Partial<Insertable<ChildRecordTable>>) {
  await trx.updateTable('child_records').set(row).where('id', '=', id).execute();
}

export async function listChildren(db: DbOrTrx, o: { scope: string; kind?: string | undefined; status?: string | undefined; offset: number; limit: number }) {
  let q = withPerson(db).where('c.area_code', 'like', `${o.scope}%`);
  if (o.kind) q = q.where('c.kind', '=', o.kind);
  if (o.status) q = q.where('c.status', '=', o.status);
  const [rows, total] = await Promise.all([
    q.selectAll('c').select(['p.name as person_name', 'p.birth_date', 'p.student']).orderBy('c.id', 'desc').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/**
 * The allowance enrolments of an area whose child may have aged out by `month`: those of
 * persons born before the first day of `month`, 18 years back (the exact month, and the
 * student's extension, are the domain's). Set-based; the candidates are few.
 */
export async function ageOutCandidates(trx: Trx, o: { program: string; areaCode: string; bornBefore: string; lock: boolean }) {
  let q = trx
    .selectFrom('enrolments as e')
    .innerJoin('persons as p', 'p.id', 'e.person_id')
    .selectAll('e')
    .select(['p.birth_date', 'p.student', 'p.name as person_name'])
    .where('e.program', '=', o.program)
    .where('e.area_code', 'like', `${o.areaCode}%`)
    .where('e.status', '!=', 'stopped')
    .where('p.birth_date', '<', o.bornBefore)
    .orderBy('e.id');
  if (o.lock) q = q.forUpdate();
  return q.execute();
}

/** 月报: records in force at the month's end by kind; records ended in the month by kind. */
export async function monthCounts(db: DbOrTrx, scope: string, firstDay: string, lastDay: string) {
  const [active, ended] = await Promise.all([
    db
      .selectFrom('child_records')
      .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
      .where('area_code', 'like', `${scope}%`)
      .where('started_on', '<=', lastDay)
      .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', lastDay)]))
      .groupBy('kind')
      .execute(),
    db.selectFrom('child_records').select(['kind', (eb) => eb.fn.countAll<number>().as('n')]).where('area_code', 'like', `${scope}%`).where('ended_on', '>=', firstDay).where('ended_on', '<=', lastDay).groupBy('kind').execute(),
  ]);
  return { active, ended };
}

/** The month's counts of `monthCounts` per area (community) code, for the report's roll-up. */
export async function monthCountsByArea(db: DbOrTrx, scope: string, firstDay: string, lastDay: string) {
  const [active, ended] = await Promise.all([
    db
      .selectFrom('child_records')
      .select(['area_code', 'kind', (eb) => eb.fn.countAll<number>().as('n')])
      .where('area_code', 'like', `${scope}%`)
      .where('started_on', '<=', lastDay)
      .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', lastDay)]))
      .groupBy(['area_code', 'kind'])
      .execute(),
    db.selectFrom('child_records').select(['area_code', (eb) => eb.fn.countAll<number>().as('n')]).where('area_code', 'like', `${scope}%`).where('ended_on', '>=', firstDay).where('ended_on', '<=', lastDay).groupBy('area_code').execute(),
  ]);
  return { active, ended };
}
