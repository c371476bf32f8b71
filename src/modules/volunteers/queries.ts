import type { Insertable } from 'kysely';
import type { DbOrTrx, Trx, VolunteerActivityTable, VolunteerEntryTable, VolunteerTable } from '../../db/types.ts';

export async function insertTeam(trx: Trx, row: { area_code: string; name: string; leader: string | null; phone: string | null; founded_on: string; created_by: number; created_at: string }) {
  return trx.insertInto('volunteer_teams').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function teamByName(db: DbOrTrx, areaCode: string, name: string) {
  return db.selectFrom('volunteer_teams').select('id').where('area_code', '=', areaCode).where('name', '=', name).executeTakeFirst();
}

export async function findTeam(db: DbOrTrx, id: number) {
  return db.selectFrom('volunteer_teams').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listTeams(db: DbOrTrx, o: { scope: string; offset: number; limit: number }) {
  const q = db.selectFrom('volunteer_teams as t').where('t.area_code', 'like', `${o.scope}%`);
  const [rows, total] = await Promise.all([
    q
      .selectAll('t')
      .select((eb) => [
        eb.selectFrom('volunteers as v').select((e) => e.fn.countAll<number>().as('n')).whereRef('v.team_id', '=', 't.id').where('v.status', '=', 'active').as('volunteers'),
        eb.selectFrom('volunteers as v').select((e) => e.fn.coalesce(e.fn.sum<number>('v.hours_tenths'), e.lit(0)).as('h')).whereRef('v.team_id', '=', 't.id').as('hours_tenths'),
      ])
      .orderBy('t.id', 'desc')
      .offset(o.offset)
      .limit(o.limit)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export type VolunteerRow = NonNullable<Awaited<ReturnType<typeof findVolunteer>>>;

function volunteers(db: DbOrTrx) {
  return db.selectFrom('volunteers as v').innerJoin('volunteer_teams as t', 't.id', 'v.team_id').selectAll('v').select('t.name as team_name');
}

export async function findVolunteer(db: DbOrTrx, id: number) {
  return volunteers(db).where('v.id', '=', id).executeTakeFirst();
}

export async function volunteersByIds(trx: Trx, ids: readonly number[]) {
  return volunteers(trx).where('v.id', 'in', ids).execute();
}

export async function personAlreadyIn(db: DbOrTrx, teamId: number, personId: number) {
  return db.selectFrom('volunteers').select('id').where('team_id', '=', teamId).where('person_id', '=', personId).where('status', '=', 'active').executeTakeFirst();
}

export async function insertVolunteer(trx: Trx, row: Insertable<VolunteerTable>) {
  return (await trx.insertInto('volunteers').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function listVolunteers(db: DbOrTrx, o: { scope: string; teamId?: number | undefined; offset: number; limit: number }) {
  let q = db.selectFrom('volunteers as v').where('v.area_code', 'like', `${o.scope}%`);
  if (o.teamId) q = q.where('v.team_id', '=', o.teamId);
  const [rows, total] = await Promise.all([
    q.innerJoin('volunteer_teams as t', 't.id', 'v.team_id').selectAll('v').select('t.name as team_name').orderBy('v.id', 'desc').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function insertActivity(trx: Trx, row: Insertable<VolunteerActivityTable>) {
  return trx.insertInto('volunteer_activities').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertEntries(trx: Trx, rows: Insertable<VolunteerEntryTable>[]) {
  if (rows.length > 0) await trx.insertInto('volunteer_entries').values(rows).execute();
}

/** Adds earned hours and points to a volunteer's running totals. */
export async function creditVolunteer(trx: Trx, id: number, tenths: number, points: number, at: string) {
  await trx
    .updateTable('volunteers')
    .set((eb) => ({ hours_tenths: eb('hours_tenths', '+', tenths), points: eb('points', '+', points), updated_at: at }))
    .where('id', '=', id)
    .execute();
}

/**
 * Takes `points` from the balance only if it holds them: the guard is in the UPDATE itself, so
 * two exchanges at once cannot both pass (the second finds the row changed and updates nothing);
 * the CHECK (points >= 0) is the last line. False when short.
 */
export async function takePoints(trx: Trx, id: number, points: number, at: string): Promise<boolean> {
  const r = await trx
    .updateTable('volunteers')
    .set((eb) => ({ points: eb('points', '-', points), updated_at: at }))
    .where('id', '=', id)
    .where('points', '>=', points)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function entriesOf(db: DbOrTrx, volunteerId: number) {
  return db
    .selectFrom('volunteer_entries as e')
    .leftJoin('volunteer_activities as a', 'a.id', 'e.activity_id')
    .selectAll('e')
    .select('a.title as activity_title')
    .where('e.volunteer_id', '=', volunteerId)
    .orderBy('e.id', 'desc')
    .limit(200)
    .execute();
}

export async function listActivities(db: DbOrTrx, o: { scope: string; teamId?: number | undefined; offset: number; limit: number }) {
  let q = db.selectFrom('volunteer_activities as a').where('a.area_code', 'like', `${o.scope}%`);
  if (o.teamId) q = q.where('a.team_id', '=', o.teamId);
  const [rows, total] = await Promise.all([
    q
      .innerJoin('volunteer_teams as t', 't.id', 'a.team_id')
      .selectAll('a')
      .select('t.name as team_name')
      .select((eb) => [
        eb.selectFrom('volunteer_entries as e').select((e) => e.fn.countAll<number>().as('n')).whereRef('e.activity_id', '=', 'a.id').as('participants'),
        eb.selectFrom('volunteer_entries as e').select((e) => e.fn.coalesce(e.fn.sum<number>('e.hours_tenths'), e.lit(0)).as('h')).whereRef('e.activity_id', '=', 'a.id').as('hours_tenths'),
        eb.selectFrom('volunteer_entries as e').select((e) => e.fn.coalesce(e.fn.sum<number>('e.points'), e.lit(0)).as('p')).whereRef('e.activity_id', '=', 'a.id').as('points'),
      ])
      .orderBy('a.held_on', 'desc')
      .orderBy('a.id', 'desc')
      .offset(o.offset)
      .limit(o.limit)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** 月报: teams and active volunteers at the month's end; activities, hours and points in the month. */
export async function monthCounts(db: DbOrTrx, scope: string, firstDay: string, lastDay: string) {
  const [teams, vols, acts, earned, spent] = await Promise.all([
    db.selectFrom('volunteer_teams').select((eb) => eb.fn.countAll<number>().as('n')).where('area_code', 'like', `${scope}%`).where('founded_on', '<=', lastDay).executeTakeFirstOrThrow(),
    db.selectFrom('volunteers').select((eb) => eb.fn.countAll<number>().as('n')).where('area_code', 'like', `${scope}%`).where('joined_on', '<=', lastDay).where('status', '=', 'active').executeTakeFirstOrThrow(),
    db.selectFrom('volunteer_activities').select((eb) => eb.fn.countAll<number>().as('n')).where('area_code', 'like', `${scope}%`).where('held_on', '>=', firstDay).where('held_on', '<=', lastDay).executeTakeFirstOrThrow(),
    db
      .selectFrom('volunteer_entries')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.coalesce(eb.fn.sum<number>('hours_tenths'), eb.lit(0)).as('h'), eb.fn.coalesce(eb.fn.sum<number>('points'), eb.lit(0)).as('p')])
      .where('area_code', 'like', `${scope}%`)
      .where('kind', '=', 'earn')
      .where('occurred_on', '>=', firstDay)
      .where('occurred_on', '<=', lastDay)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('volunteer_entries')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.coalesce(eb.fn.sum<number>('points'), eb.lit(0)).as('p')])
      .where('area_code', 'like', `${scope}%`)
      .where('kind', '=', 'exchange')
      .where('occurred_on', '>=', firstDay)
      .where('occurred_on', '<=', lastDay)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    teams: Number(teams.n),
    volunteers: Number(vols.n),
    activities: Number(acts.n),
    serviceTimes: Number(earned.n),
    hours: Number(earned.h) / 10,
    pointsEarned: Number(earned.p),
    exchanges: Number(spent.n),
    pointsExchanged: -Number(spent.p),
  };
}
