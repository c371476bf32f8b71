import { sql, type Expression, type ExpressionBuilder, type Insertable, type SqlBool } from 'kysely';
import type { CareVisitTable, Database, DbOrTrx, Trx } from '../../db/types.ts';
import { addCalendarDays } from '../../domain/calendar.ts';
import { bornAfter, bornOnOrBefore } from '../../domain/care/condolence.ts';
import { CARE_GROUPS, CHILD_AGE, ELDERLY_AGE, type CareGroup } from '../../domain/care/visits.ts';

type P = ExpressionBuilder<Database & { p: Database['persons']; h: Database['households']; lv: { person_id: number; last_visited_on: string | null } }, 'p' | 'h' | 'lv'>;

function hasFlag(eb: P, flags: readonly string[]): Expression<SqlBool> {
  return eb.or(flags.map((f) => eb(sql<string>`',' || p.flags || ','`, 'like', `%,${f},%`)));
}

/** 分散供养特困: an active tekun enrolment covering the person that is not paid to an institution. */
function scatteredTekun(eb: P): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom('enrolments as e')
      .select(sql.lit(1).as('one'))
      .whereRef('e.household_id', '=', 'p.household_id')
      .where('e.program', '=', 'tekun')
      .where('e.status', '=', 'active')
      .where((w) => w.or([w('e.person_id', 'is', null), w('e.person_id', '=', w.ref('p.id'))]))
      .where((w) => w.not(w.exists(w.selectFrom('enrolment_payees as ep').select(sql.lit(1).as('one')).whereRef('ep.enrolment_id', '=', 'e.id').where('ep.kind', '=', 'institution')))),
  );
}

/** The SQL of each care group, the same facts as domain/care/visits.ts `careGroupsOf`. */
function groupSql(eb: P, group: CareGroup, today: string): Expression<SqlBool> {
  switch (group) {
    case 'elderly_alone':
      return eb.and([eb('p.birth_date', '<=', bornOnOrBefore(today, ELDERLY_AGE)), hasFlag(eb, ['solitary_elderly', 'empty_nest'])]);
    case 'severe_disability':
      return eb('p.disability_grade', '<=', 2);
    case 'children':
      return eb.and([eb('p.birth_date', '>', bornAfter(today, CHILD_AGE - 1)), hasFlag(eb, ['left_behind', 'de_facto_orphan', 'orphan'])]);
    case 'tekun_scattered':
      return scatteredTekun(eb);
  }
}

function inCare(db: DbOrTrx, scope: string) {
  const last = db.selectFrom('care_visits').select(['person_id', (eb) => eb.fn.max('visited_on').as('last_visited_on')]).groupBy('person_id');
  return db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .leftJoin(last.as('lv'), 'lv.person_id', 'p.id')
    .where('h.status', '=', 'active')
    .where('h.area_code', 'like', `${scope}%`)
    .where('p.life_status', '=', 'alive');
}

/**
 * Persons of the area due a visit by `before`: for some group they are in, never visited or last
 * visited on or before `before` minus that group's interval. Set-based: each group's cut-off
 * date is computed once and compared in SQL, so no date arithmetic runs in the database.
 */
function dueExpr(eb: P, today: string, before: string, intervals: Record<CareGroup, number>): Expression<SqlBool> {
  return eb.or(
    CARE_GROUPS.map((g) => eb.and([groupSql(eb, g, today), eb.or([eb('lv.last_visited_on', 'is', null), eb('lv.last_visited_on', '<=', addCalendarDays(before, -intervals[g]))])])),
  );
}

function dueBy(db: DbOrTrx, scope: string, today: string, before: string, intervals: Record<CareGroup, number>) {
  return inCare(db, scope).where((eb) => dueExpr(eb as unknown as P, today, before, intervals));
}

export async function countDue(db: DbOrTrx, scope: string, today: string, before: string, intervals: Record<CareGroup, number>): Promise<number> {
  const r = await dueBy(db, scope, today, before, intervals).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

const FACTS = ['p.id', 'p.name', 'p.birth_date', 'p.flags', 'p.disability_grade', 'p.phone', 'p.created_at', 'p.household_id', 'h.address', 'h.area_code', 'lv.last_visited_on'] as const;

export async function listDue(db: DbOrTrx, scope: string, today: string, before: string, intervals: Record<CareGroup, number>, offset: number, limit: number) {
  return dueBy(db, scope, today, before, intervals)
    .leftJoin('areas as a', 'a.code', 'h.area_code')
    .select([...FACTS, 'a.name as area_name', (eb) => eb.case().when(scatteredTekun(eb as unknown as P)).then(1).else(0).end().as('scattered_tekun')])
    // never visited first, then the longest since the last visit
    .orderBy(sql`case when lv.last_visited_on is null then 0 else 1 end`)
    .orderBy('lv.last_visited_on')
    .orderBy('p.id')
    .offset(offset)
    .limit(limit)
    .execute();
}

/** One person's facts for the groups (the person must be alive in an active household). */
export async function personFacts(db: DbOrTrx, personId: number) {
  return inCare(db, '')
    .where('p.id', '=', personId)
    .select([...FACTS, (eb) => eb.case().when(scatteredTekun(eb as unknown as P)).then(1).else(0).end().as('scattered_tekun')])
    .executeTakeFirst();
}
export type FactsRow = NonNullable<Awaited<ReturnType<typeof personFacts>>>;

export async function insertVisit(trx: Trx, row: Insertable<CareVisitTable>): Promise<number> {
  return (await trx.insertInto('care_visits').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function visitById(db: DbOrTrx, id: number) {
  return db.selectFrom('care_visits as v').leftJoin('users as u', 'u.id', 'v.visitor_id').selectAll('v').select('u.display_name as visitor').where('v.id', '=', id).executeTakeFirstOrThrow();
}

/** Everyone of the area in at least one care group on `today`, with the facts the groups are read from. */
export async function membersOf(db: DbOrTrx, scope: string, today: string) {
  return inCare(db, scope)
    .where((eb) => eb.or(CARE_GROUPS.map((g) => groupSql(eb as unknown as P, g, today))))
    .select([...FACTS, (eb) => eb.case().when(scatteredTekun(eb as unknown as P)).then(1).else(0).end().as('scattered_tekun')])
    .orderBy('p.id')
    .execute();
}

export async function insertVisits(trx: Trx, rows: Insertable<CareVisitTable>[]): Promise<void> {
  // 12 columns a row: 400 rows stay below SQLite's 32,766 bound parameters.
  for (let i = 0; i < rows.length; i += 400) await trx.insertInto('care_visits').values(rows.slice(i, i + 400)).execute();
}

/**
 * 探访覆盖 per child area (the first `childLength` digits of the household's area): persons in a
 * care group, those due by today and those overdue (due before today), in one grouped pass.
 */
export async function coverageByArea(db: DbOrTrx, scope: string, childLength: number, today: string, intervals: Record<CareGroup, number>) {
  const part = sql<string>`substr(h.area_code, 1, ${sql.lit(childLength)})`;
  const yesterday = addCalendarDays(today, -1);
  const rows = await inCare(db, scope)
    .where((eb) => eb.or(CARE_GROUPS.map((g) => groupSql(eb as unknown as P, g, today))))
    .select((eb) => [
      part.as('area'),
      eb.fn.countAll().as('persons'),
      eb.fn.sum(eb.case().when(dueExpr(eb as unknown as P, today, today, intervals)).then(1).else(0).end()).as('due'),
      eb.fn.sum(eb.case().when(dueExpr(eb as unknown as P, today, yesterday, intervals)).then(1).else(0).end()).as('overdue'),
    ])
    .groupBy(part)
    .orderBy(part)
    .execute();
  return rows.map((r) => ({ area: r.area, persons: Number(r.persons), due: Number(r.due ?? 0), overdue: Number(r.overdue ?? 0) }));
}
