import type { Insertable } from 'kysely';
import type { CommunityNeedTable, CommunityProjectTable, CommunityResourceTable, DbOrTrx, Trx } from '../../db/types.ts';

export async function insertNeed(trx: Trx, row: Insertable<CommunityNeedTable>) {
  return (await trx.insertInto('community_needs').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function findNeed(db: DbOrTrx, id: number) {
  return db.selectFrom('community_needs').selectAll().where('id', '=', id).executeTakeFirst();
}
export type NeedRow = NonNullable<Awaited<ReturnType<typeof findNeed>>>;

export async function setNeedStatus(trx: Trx, id: number, set: { status: string; matched_on?: string; done_on?: string; updated_at: string }) {
  await trx.updateTable('community_needs').set(set).where('id', '=', id).execute();
}

export async function listNeeds(db: DbOrTrx, o: { scope: string; status?: string | undefined; offset: number; limit: number }) {
  let q = db.selectFrom('community_needs').where('area_code', 'like', `${o.scope}%`);
  if (o.status) q = q.where('status', '=', o.status);
  const [rows, total] = await Promise.all([q.selectAll().orderBy('id', 'desc').offset(o.offset).limit(o.limit).execute(), q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()]);
  return { rows, total: Number(total.n) };
}

export async function resourcesOfNeeds(db: DbOrTrx, needIds: readonly number[]) {
  if (needIds.length === 0) return [];
  return db
    .selectFrom('community_need_resources as m')
    .innerJoin('community_resources as r', 'r.id', 'm.resource_id')
    .select(['m.need_id', 'r.id', 'r.name', 'r.provider'])
    .where('m.need_id', 'in', needIds)
    .orderBy('r.id')
    .execute();
}

export async function projectsOfNeeds(db: DbOrTrx, needIds: readonly number[]) {
  if (needIds.length === 0) return [];
  return db.selectFrom('community_projects').select(['id', 'need_id']).where('need_id', 'in', needIds).execute();
}

/** Links a need to resources; a resource already linked is left as it is (both engines). */
export async function linkResources(trx: Trx, needId: number, resourceIds: readonly number[], matchedOn: string) {
  await trx
    .insertInto('community_need_resources')
    .values(resourceIds.map((r) => ({ need_id: needId, resource_id: r, matched_on: matchedOn })))
    .onConflict((oc) => oc.columns(['need_id', 'resource_id']).doNothing())
    .execute();
}

export async function insertResource(trx: Trx, row: Insertable<CommunityResourceTable>) {
  return trx.insertInto('community_resources').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function resourcesByIds(db: DbOrTrx, ids: readonly number[]) {
  return db.selectFrom('community_resources').selectAll().where('id', 'in', ids).execute();
}

export async function listResources(db: DbOrTrx, o: { scope: string; offset: number; limit: number }) {
  const q = db.selectFrom('community_resources as r').where('r.area_code', 'like', `${o.scope}%`);
  const [rows, total] = await Promise.all([
    q
      .selectAll('r')
      .select((eb) => eb.selectFrom('community_need_resources as m').select((e) => e.fn.countAll<number>().as('n')).whereRef('m.resource_id', '=', 'r.id').as('needs'))
      .orderBy('r.id', 'desc')
      .offset(o.offset)
      .limit(o.limit)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function insertProject(trx: Trx, row: Insertable<CommunityProjectTable>) {
  return (await trx.insertInto('community_projects').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

function projects(db: DbOrTrx) {
  return db.selectFrom('community_projects as p').innerJoin('community_needs as n', 'n.id', 'p.need_id').selectAll('p').select('n.title as need_title');
}

export async function findProject(db: DbOrTrx, id: number) {
  return projects(db).where('p.id', '=', id).executeTakeFirst();
}
export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;

export async function finishProject(trx: Trx, id: number, set: { done_on: string; outcome: string; beneficiaries: number; updated_at: string }) {
  const r = await trx.updateTable('community_projects').set({ ...set, status: 'done' }).where('id', '=', id).where('status', '=', 'in_progress').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function listProjects(db: DbOrTrx, o: { scope: string; status?: string | undefined; offset: number; limit: number }) {
  let q = db.selectFrom('community_projects as p').where('p.area_code', 'like', `${o.scope}%`);
  if (o.status) q = q.where('p.status', '=', o.status);
  const [rows, total] = await Promise.all([
    q.innerJoin('community_needs as n', 'n.id', 'p.need_id').selectAll('p').select('n.title as need_title').orderBy('p.id', 'desc').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Counts per area code (the caller folds them to communities). */
export async function countsByArea(db: DbOrTrx, scope: string) {
  const [needs, resources, projects] = await Promise.all([
    db.selectFrom('community_needs').select(['area_code', 'status', (eb) => eb.fn.countAll<number>().as('n')]).where('area_code', 'like', `${scope}%`).groupBy(['area_code', 'status']).execute(),
    db.selectFrom('community_resources').select(['area_code', (eb) => eb.fn.countAll<number>().as('n')]).where('area_code', 'like', `${scope}%`).where('status', '=', 'available').groupBy('area_code').execute(),
    db
      .selectFrom('community_projects')
      .select(['area_code', 'status', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.coalesce(eb.fn.sum<number>('budget'), eb.lit(0)).as('budget'), (eb) => eb.fn.coalesce(eb.fn.sum<number>('beneficiaries'), eb.lit(0)).as('beneficiaries')])
      .where('area_code', 'like', `${scope}%`)
      .groupBy(['area_code', 'status'])
      .execute(),
  ]);
  return {
    needs: needs.map((r) => ({ areaCode: r.area_code, status: r.status, n: Number(r.n) })),
    resources: resources.map((r) => ({ areaCode: r.area_code, n: Number(r.n) })),
    projects: projects.map((r) => ({ areaCode: r.area_code, status: r.status, n: Number(r.n), budget: Number(r.budget), beneficiaries: Number(r.beneficiaries) })),
  };
}

/** 月报: needs raised, matched and done in the month; projects started and finished in it. */
export async function monthCounts(db: DbOrTrx, scope: string, firstDay: string, lastDay: string) {
  const inMonth = (col: 'raised_on' | 'matched_on' | 'done_on') =>
    db.selectFrom('community_needs').select((eb) => eb.fn.countAll<number>().as('n')).where('area_code', 'like', `${scope}%`).where(col, '>=', firstDay).where(col, '<=', lastDay).executeTakeFirstOrThrow();
  const [raised, matched, done, started, open] = await Promise.all([
    inMonth('raised_on'),
    inMonth('matched_on'),
    inMonth('done_on'),
    db.selectFrom('community_projects').select((eb) => eb.fn.countAll<number>().as('n')).where('area_code', 'like', `${scope}%`).where('start_on', '>=', firstDay).where('start_on', '<=', lastDay).executeTakeFirstOrThrow(),
    db.selectFrom('community_needs').select((eb) => eb.fn.countAll<number>().as('n')).where('area_code', 'like', `${scope}%`).where('raised_on', '<=', lastDay).where((eb) => eb.or([eb('done_on', 'is', null), eb('done_on', '>', lastDay)])).executeTakeFirstOrThrow(),
  ]);
  return { needsRaised: Number(raised.n), needsMatched: Number(matched.n), needsDone: Number(done.n), projectsStarted: Number(started.n), needsOpenAtEnd: Number(open.n) };
}
