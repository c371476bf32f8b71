import { sql } from 'kysely';
import type { DbOrTrx, Trx } from '../../db/types.ts';
import type { ComplaintTable } from '../../db/types.ts';
import type { Insertable, Selectable } from 'kysely';

export type ComplaintRow = Selectable<ComplaintTable>;

export async function insertComplaint(trx: Trx, row: Insertable<ComplaintTable>): Promise<number> {
  const r = await trx.insertInto('complaints').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function insertEvent(trx: Trx, e: { complaintId: number; action: string; happenedOn: string; content: string | null; actorId: number | null; actorUsername: string | null; at: string }) {
  await trx
    .insertInto('complaint_events')
    .values({ complaint_id: e.complaintId, action: e.action, happened_on: e.happenedOn, content: e.content, actor_id: e.actorId, actor_username: e.actorUsername, at: e.at })
    .execute();
}

export async function complaintById(db: DbOrTrx, id: number): Promise<ComplaintRow | undefined> {
  return db.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function complaintByCode(db: DbOrTrx, code: string): Promise<ComplaintRow | undefined> {
  return db.selectFrom('complaints').selectAll().where('tracking_code', '=', code).executeTakeFirst();
}

export async function complaintByObjection(db: DbOrTrx, objectionId: number): Promise<ComplaintRow | undefined> {
  return db.selectFrom('complaints').selectAll().where('objection_id', '=', objectionId).executeTakeFirst();
}

export async function updateComplaint(trx: Trx, id: number, set: Partial<Omit<ComplaintRow, 'id'>>) {
  await trx.updateTable('complaints').set(set).where('id', '=', id).execute();
}

export interface ListFilter {
  scope: string;
  status?: string | undefined;
  channel?: string | undefined;
  category?: string | undefined;
  overdueOn?: string | undefined;
  offset: number;
  limit: number;
}

function filtered(db: DbOrTrx, f: ListFilter) {
  let q = db.selectFrom('complaints as c').where('c.area_code', 'like', `${f.scope}%`);
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.channel) q = q.where('c.channel', '=', f.channel);
  if (f.category) q = q.where('c.category', '=', f.category);
  if (f.overdueOn) q = q.where('c.status', 'in', ['received', 'assigned', 'investigating']).where('c.due_on', '<', f.overdueOn);
  return q;
}

export async function listComplaints(db: DbOrTrx, f: ListFilter) {
  const [rows, total] = await Promise.all([
    filtered(db, f)
      .leftJoin('areas as a', 'a.code', 'c.area_code')
      .leftJoin('users as u', 'u.id', 'c.assignee_id')
      .selectAll('c')
      .select(['a.name as area_name', 'u.display_name as assignee_name'])
      .orderBy('c.received_on', 'desc')
      .orderBy('c.id', 'desc')
      .offset(f.offset)
      .limit(f.limit)
      .execute(),
    filtered(db, f).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function eventsOf(db: DbOrTrx, id: number) {
  return db.selectFrom('complaint_events').selectAll().where('complaint_id', '=', id).orderBy('id').execute();
}

export async function actionsOf(db: DbOrTrx, id: number) {
  return db.selectFrom('complaint_actions').selectAll().where('complaint_id', '=', id).orderBy('id').execute();
}

export async function countInvestigations(db: DbOrTrx, id: number): Promise<number> {
  const r = await db.selectFrom('complaint_events').select((eb) => eb.fn.countAll().as('n')).where('complaint_id', '=', id).where('action', '=', 'investigate').executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertAction(trx: Trx, a: { complaintId: number; kind: string; refId: number | null; description: string; createdBy: number; createdAt: string }): Promise<number> {
  const r = await trx
    .insertInto('complaint_actions')
    .values({ complaint_id: a.complaintId, kind: a.kind, ref_id: a.refId, description: a.description, created_by: a.createdBy, created_at: a.createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function userById(db: DbOrTrx, id: number) {
  return db.selectFrom('users').select(['id', 'display_name', 'username', 'role', 'area_code', 'active']).where('id', '=', id).executeTakeFirst();
}

/** Users who may handle complaints in an area (or below it), for the assignment list. */
export async function handlersIn(db: DbOrTrx, scope: string) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'role', 'area_code'])
    .where('area_code', 'like', `${scope}%`)
    .where('role', 'in', ['county_approver', 'street_reviewer', 'community_worker'])
    .where('active', '=', 1)
    .orderBy('area_code')
    .orderBy('id')
    .execute();
}

/** Staff of an area and of the offices above it whose name or login contains `q`, for naming a member of staff a complaint is about. */
export async function staffOfAreaAndAbove(db: DbOrTrx, scope: string, above: string[], q: string | undefined, limit: number) {
  let query = db
    .selectFrom('users')
    .select(['id', 'display_name', 'role', 'area_code'])
    .where((eb) => eb.or([eb('area_code', 'like', `${scope}%`), ...(above.length ? [eb('area_code', 'in', above)] : [])]));
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('display_name', 'like', sql<string>`${pattern} escape '\\'`), eb('username', 'like', sql<string>`${pattern} escape '\\'`)]));
  }
  return query.orderBy('display_name').orderBy('id').limit(limit).execute();
}

export async function householdArea(db: DbOrTrx, id: number) {
  return db.selectFrom('households').select(['id', 'area_code', 'head_person_id']).where('id', '=', id).executeTakeFirst();
}

export async function personOfHousehold(db: DbOrTrx, personId: number) {
  return db.selectFrom('persons').select(['id', 'household_id']).where('id', '=', personId).executeTakeFirst();
}

export async function personName(db: DbOrTrx, personId: number): Promise<string | null> {
  return (await db.selectFrom('persons').select('name').where('id', '=', personId).executeTakeFirst())?.name ?? null;
}

/** Names a reply must not carry: the subject household's members and the staff of the area. */
export async function namesConcerned(db: DbOrTrx, c: ComplaintRow): Promise<string[]> {
  const [members, staff] = await Promise.all([
    c.subject_household_id === null ? [] : db.selectFrom('persons').select('name').where('household_id', '=', c.subject_household_id).execute(),
    db.selectFrom('users').select('display_name as name').where('area_code', 'like', `${c.area_code.slice(0, 6)}%`).execute(),
  ]);
  return [...members, ...staff].map((r) => r.name);
}

/** The subject household's records a corrective action can name. */
export async function linkableRecords(db: DbOrTrx, householdId: number) {
  const [changes, recoveries, applications] = await Promise.all([
    db
      .selectFrom('enrolment_changes as ch')
      .innerJoin('enrolments as e', 'e.id', 'ch.enrolment_id')
      .select(['ch.id', 'ch.kind', 'ch.effective_month', 'e.program'])
      .where('e.household_id', '=', householdId)
      .orderBy('ch.id', 'desc')
      .limit(20)
      .execute(),
    db
      .selectFrom('payment_adjustments as p')
      .innerJoin('enrolments as e', 'e.id', 'p.enrolment_id')
      .select(['p.id', 'p.total_amount', 'p.first_month', 'e.program'])
      .where('e.household_id', '=', householdId)
      .where('p.kind', '=', 'recovery')
      .orderBy('p.id', 'desc')
      .limit(20)
      .execute(),
    db.selectFrom('applications').select(['id', 'program', 'state', 'accepted_on']).where('household_id', '=', householdId).orderBy('id', 'desc').limit(20).execute(),
  ]);
  return { changes, recoveries, applications };
}

/** The area (household's) a referenced record belongs to, or undefined when there is no such record. */
export async function areaOfRecord(db: DbOrTrx, kind: 'enrolment_change' | 'recovery' | 'application', id: number): Promise<{ areaCode: string; householdId: number } | undefined> {
  if (kind === 'application') {
    const r = await db.selectFrom('applications').select(['area_code', 'household_id']).where('id', '=', id).executeTakeFirst();
    return r && { areaCode: r.area_code, householdId: r.household_id };
  }
  const base =
    kind === 'enrolment_change'
      ? db.selectFrom('enrolment_changes as x').where('x.id', '=', id)
      : db.selectFrom('payment_adjustments as x').where('x.id', '=', id).where('x.kind', '=', 'recovery');
  const r = await base
    .innerJoin('enrolments as e', 'e.id', 'x.enrolment_id')
    .innerJoin('households as h', 'h.id', 'e.household_id')
    .select(['h.area_code', 'h.id'])
    .executeTakeFirst();
  return r && { areaCode: r.area_code, householdId: r.id };
}

export async function channelRowsFor(db: DbOrTrx, codes: string[]) {
  if (codes.length === 0) return [];
  return db.selectFrom('complaint_channels').selectAll().where('area_code', 'in', codes).execute();
}

export async function upsertChannels(trx: Trx, areaCode: string, channels: string[], userId: number | null, at: string) {
  await trx
    .insertInto('complaint_channels')
    .values({ area_code: areaCode, channels: JSON.stringify(channels), updated_by: userId, updated_at: at })
    .onConflict((oc) => oc.column('area_code').doUpdateSet({ channels: JSON.stringify(channels), updated_by: userId, updated_at: at }))
    .execute();
}

/** Complaints received in [from, to] under an area, by channel, category and outcome; with corrective actions. */
export async function complaintCounts(db: DbOrTrx, scope: string, from: string, to: string) {
  const rows = await db
    .selectFrom('complaints as c')
    .select(['c.channel', 'c.category', 'c.outcome'])
    .select((eb) => eb.fn.countAll().as('n'))
    .select(sql<number>`sum(case when exists (select 1 from complaint_actions ca where ca.complaint_id = c.id) then 1 else 0 end)`.as('corrected'))
    .where('c.area_code', 'like', `${scope}%`)
    .where('c.received_on', '>=', from)
    .where('c.received_on', '<=', to)
    .groupBy(['c.channel', 'c.category', 'c.outcome'])
    .execute();
  return rows.map((r) => ({ channel: r.channel, category: r.category, outcome: r.outcome, n: Number(r.n), corrected: Number(r.corrected ?? 0) }));
}
