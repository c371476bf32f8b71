import { sql, type Selectable } from 'kysely';
import type { DbOrTrx, ReviewTable } from '../../db/types.ts';

export type ReviewRow = Selectable<ReviewTable>;

/** Area codes are digits, so a prefix match needs no escaping. */
const below = (areaCode: string) => `${areaCode}%`;

/**
 * 到期复核: enrolments whose next review falls on or before `before`, in date order. The index
 * (next_review_date, area_code) gives the range and the area filter; the page is a LIMIT.
 */
export async function dueEnrolments(db: DbOrTrx, a: { areaCode: string; before: string; limit: number; offset: number }) {
  const base = db
    .selectFrom('enrolments as e')
    .where('e.next_review_date', 'is not', null)
    .where('e.next_review_date', '<=', a.before)
    .where('e.area_code', 'like', below(a.areaCode));
  const [items, total] = await Promise.all([
    base
      .innerJoin('households as h', 'h.id', 'e.household_id')
      .leftJoin('persons as p', 'p.id', 'h.head_person_id')
      .leftJoin('reviews as r', (j) => j.onRef('r.enrolment_id', '=', 'e.id').on('r.state', '<>', 'decided'))
      .select([
        'e.id',
        'e.program',
        'e.household_id',
        'e.category',
        'e.area_code',
        'e.monthly_amount',
        'e.next_review_date',
        'p.name as head_name',
        'r.id as review_id',
      ])
      .orderBy('e.next_review_date')
      .orderBy('e.id')
      .limit(a.limit)
      .offset(a.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { total: Number(total.n), items };
}

export async function findReview(db: DbOrTrx, id: number): Promise<ReviewRow | undefined> {
  return db.selectFrom('reviews').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function openReviewOf(db: DbOrTrx, enrolmentId: number): Promise<ReviewRow | undefined> {
  return db.selectFrom('reviews').selectAll().where('enrolment_id', '=', enrolmentId).where('state', '<>', 'decided').executeTakeFirst();
}

export async function insertReview(db: DbOrTrx, row: Omit<ReviewRow, 'id' | 'verification_needed' | 'member_found_work'> & { verification_needed?: number; member_found_work?: number }) {
  return db.insertInto('reviews').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateReview(db: DbOrTrx, id: number, set: Partial<Omit<ReviewRow, 'id'>>) {
  return db.updateTable('reviews').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function reviewList(db: DbOrTrx, a: { areaCode: string; state?: string | undefined; campaignId?: number | undefined; limit: number; offset: number }) {
  let base = db.selectFrom('reviews as r').where('r.area_code', 'like', below(a.areaCode));
  if (a.state === 'open') base = base.where('r.state', '<>', 'decided');
  else if (a.state) base = base.where('r.state', '=', a.state);
  if (a.campaignId !== undefined) base = base.where('r.campaign_id', '=', a.campaignId);
  const [items, total] = await Promise.all([
    base
      .innerJoin('households as h', 'h.id', 'r.household_id')
      .leftJoin('persons as p', 'p.id', 'h.head_person_id')
      .selectAll('r')
      .select('p.name as head_name')
      .orderBy('r.due_date')
      .orderBy('r.id')
      .limit(a.limit)
      .offset(a.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { total: Number(total.n), items };
}

export async function headNameOf(db: DbOrTrx, householdId: number): Promise<string | null> {
  const r = await db
    .selectFrom('households as h')
    .leftJoin('persons as p', 'p.id', 'h.head_person_id')
    .select('p.name')
    .where('h.id', '=', householdId)
    .executeTakeFirst();
  return r?.name ?? null;
}

export async function setEnrolmentReview(db: DbOrTrx, enrolmentId: number, set: { last_review_date: string; next_review_date: string | null; gradual_exit_until?: string | null }) {
  await db.updateTable('enrolments').set(set).where('id', '=', enrolmentId).execute();
}

/**
 * 专项核查: one review per live enrolment of the area and program in one INSERT … SELECT.
 * Enrolments already under review (the partial unique index) are left out, and so are those
 * with a stop on file (a stop, a gradual exit's stop to come: their next review date is cleared).
 */
export async function insertCampaignReviews(db: DbOrTrx, a: { campaignId: number; areaCode: string; program: string; today: string; actorId: number; now: string }): Promise<number> {
  const result = await sql`
    insert into reviews (enrolment_id, household_id, program, category, area_code, campaign_id, state, due_date, amount_in_force,
                         verification_needed, member_found_work, created_by, created_at, updated_at)
    select e.id, e.household_id, e.program, e.category, e.area_code, ${a.campaignId}, 'home_visit', ${a.today}, e.monthly_amount,
           0, 0, ${a.actorId}, ${a.now}, ${a.now}
    from enrolments e
    where e.area_code like ${below(a.areaCode)} and e.program = ${a.program} and e.status <> 'stopped' and e.next_review_date is not null
      and not exists (select 1 from reviews r where r.enrolment_id = e.id and r.state <> 'decided')`.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}

export async function insertCampaign(db: DbOrTrx, row: { area_code: string; program: string; reviews: number; created_by: number; created_at: string }) {
  return db.insertInto('review_campaigns').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function setCampaignCount(db: DbOrTrx, id: number, reviews: number) {
  await db.updateTable('review_campaigns').set({ reviews }).where('id', '=', id).execute();
}

export async function findCampaign(db: DbOrTrx, id: number) {
  return db.selectFrom('review_campaigns').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A campaign's reviews counted per community, state and outcome, with the money they change. */
export async function campaignTallies(db: DbOrTrx, campaignId: number) {
  const rows = await db
    .selectFrom('reviews')
    .select([
      'area_code',
      'state',
      'outcome',
      (eb) => eb.fn.countAll<number>().as('n'),
      (eb) => eb.fn.sum<number>('monthly_difference').as('difference'),
      sql<number>`sum(case when gradual_exit_until is not null then 1 else 0 end)`.as('gradual'),
    ])
    .where('campaign_id', '=', campaignId)
    .groupBy(['area_code', 'state', 'outcome'])
    .execute();
  return rows.map((r) => ({ areaCode: r.area_code, state: r.state, outcome: r.outcome, n: Number(r.n), difference: Number(r.difference ?? 0), gradual: Number(r.gradual ?? 0) }));
}

export async function areaNames(db: DbOrTrx, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('areas').select(['code', 'name']).where('code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** Reviews decided in a month of an area, by outcome, stop reason and gradual exit (monthly report). */
export async function decidedInMonth(db: DbOrTrx, areaCode: string, month: string) {
  const rows = await db
    .selectFrom('reviews')
    .select(['outcome', 'stop_reason', (eb) => eb.fn.countAll<number>().as('n'), sql<number>`sum(case when gradual_exit_until is not null then 1 else 0 end)`.as('gradual')])
    .where('area_code', 'like', below(areaCode))
    .where('decided_on', '>=', `${month}-01`)
    .where('decided_on', '<=', `${month}-31`)
    .where('state', '=', 'decided')
    .groupBy(['outcome', 'stop_reason'])
    .execute();
  return rows.map((r) => ({ outcome: r.outcome, stopReason: r.stop_reason, n: Number(r.n), gradual: Number(r.gradual ?? 0) }));
}

/** A stop is on file for the enrolment (today or to come, as a gradual exit's). */
export async function hasStop(db: DbOrTrx, enrolmentId: number): Promise<boolean> {
  const r = await db.selectFrom('enrolment_changes').select('id').where('enrolment_id', '=', enrolmentId).where('kind', '=', 'stop').executeTakeFirst();
  return r !== undefined;
}

/** 复核预警: enrolments of an area past their review date, and due within the window. */
export async function dueCounts(db: DbOrTrx, areaCode: string, today: string, until: string) {
  const r = await db
    .selectFrom('enrolments')
    .select([sql<number>`sum(case when next_review_date < ${today} then 1 else 0 end)`.as('overdue'), (eb) => eb.fn.countAll<number>().as('due')])
    .where('next_review_date', 'is not', null)
    .where('next_review_date', '<=', until)
    .where('area_code', 'like', below(areaCode))
    .executeTakeFirstOrThrow();
  return { overdue: Number(r.overdue ?? 0), due: Number(r.due) };
}
