import type { Insertable } from 'kysely';
import type { DbOrTrx, HonorPlaqueTable, Trx, VeteranForumTable, VeteranLiaisonTable, VeteranVisitTable } from '../../db/types.ts';

export async function insertLiaison(trx: Trx, row: Insertable<VeteranLiaisonTable>) {
  return trx.insertInto('veteran_liaisons').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Members already with a liaison (one each: unique index), to refuse a second. */
export async function assignedAmong(db: DbOrTrx, entitledIds: number[]) {
  return db.selectFrom('veteran_liaison_members').select(['entitled_person_id', 'liaison_id']).where('entitled_person_id', 'in', entitledIds).execute();
}

export async function insertMembers(trx: Trx, liaisonId: number, entitledIds: number[]) {
  await trx.insertInto('veteran_liaison_members').values(entitledIds.map((id) => ({ liaison_id: liaisonId, entitled_person_id: id }))).execute();
}

export async function entitledByIds(db: DbOrTrx, ids: number[]) {
  return db.selectFrom('entitled_persons').select(['id', 'area_code', 'status', 'person_id', 'household_id']).where('id', 'in', ids).execute();
}

/** Liaisons of an area with the recipients each looks after who are still active. */
export async function listLiaisons(db: DbOrTrx, o: { scope: string; offset: number; limit: number }) {
  const q = db.selectFrom('veteran_liaisons as l').where('l.area_code', 'like', `${o.scope}%`);
  const [rows, total] = await Promise.all([
    q
      .selectAll('l')
      .select((eb) =>
        eb
          .selectFrom('veteran_liaison_members as m')
          .innerJoin('entitled_persons as v', 'v.id', 'm.entitled_person_id')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('m.liaison_id', '=', 'l.id')
          .where('v.status', '=', 'active')
          .as('recipients'),
      )
      .orderBy('l.area_code')
      .orderBy('l.id')
      .offset(o.offset)
      .limit(o.limit)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function insertVisit(trx: Trx, row: Insertable<VeteranVisitTable>) {
  return trx.insertInto('veteran_visits').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listVisits(db: DbOrTrx, o: { scope: string; offset: number; limit: number }) {
  const q = db.selectFrom('veteran_visits as w').innerJoin('persons as p', 'p.id', 'w.person_id').where('w.area_code', 'like', `${o.scope}%`);
  const [rows, total] = await Promise.all([
    q.selectAll('w').select('p.name as person_name').orderBy('w.visited_on', 'desc').orderBy('w.id', 'desc').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function insertForum(trx: Trx, row: Insertable<VeteranForumTable>) {
  return trx.insertInto('veteran_forums').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listForums(db: DbOrTrx, o: { scope: string; year: number; offset: number; limit: number }) {
  const q = db.selectFrom('veteran_forums').where('area_code', 'like', `${o.scope}%`);
  const [rows, total, held] = await Promise.all([
    q.selectAll().orderBy('held_on', 'desc').orderBy('id', 'desc').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).where('held_on', '>=', `${o.year}-01-01`).where('held_on', '<=', `${o.year}-12-31`).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n), held: Number(held.n) };
}

export async function plaqueOfHousehold(db: DbOrTrx, householdId: number) {
  return db.selectFrom('honor_plaques').select('id').where('household_id', '=', householdId).executeTakeFirst();
}

export async function insertPlaque(trx: Trx, row: Insertable<HonorPlaqueTable>) {
  return trx.insertInto('honor_plaques').values(row).onConflict((oc) => oc.column('household_id').doNothing()).returningAll().executeTakeFirst();
}

export async function listPlaques(db: DbOrTrx, o: { scope: string; offset: number; limit: number }) {
  const q = db
    .selectFrom('honor_plaques as g')
    .innerJoin('entitled_persons as v', 'v.id', 'g.entitled_person_id')
    .innerJoin('persons as p', 'p.id', 'v.person_id')
    .where('g.area_code', 'like', `${o.scope}%`);
  const [rows, total] = await Promise.all([
    q.selectAll('g').select('p.name as person_name').orderBy('g.hung_on', 'desc').orderBy('g.id', 'desc').offset(o.offset).limit(o.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
