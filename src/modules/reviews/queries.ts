import { sql, type ExpressionBuilder, type Selectable } from 'kysely';
import type { Database, DbOrTrx, ReviewTable } from '../../db/types.ts';
import { addCalendarDays } from '../../domain/calendar.ts';

export type ReviewRow = Selectable<ReviewTable>;

/** Area codes are digits, so a prefix match needs no escaping. */
const below = (areaCode: string) => `${areaCode}%`;

/** Counts of due reviews stop here: the dashboard shows "10,000+" rather than scanning a district. */
export const DUE_COUNT_CAP = 10_000;

/**
 * The due list's own count stops sooner: for a street the count walks the date-ordered index
 * past every other street's entries, ~15 per match in 江岸区, so a cap of 10,000 read ~150,000
 * entries per page view (p99 174 ms at 1M persons). An inbox shows "more than 1,000" and its
 * first 50 pages; a larger backlog is a campaign's work, not a page to scroll.
 */
export const DUE_LIST_COUNT_CAP = 1_000;

/**
 * The area filter of the due list, shaped so each engine walks the right index: a community
 * (12 digits) is an equality on (area_code, next_review_date), already in date order; a street
 * or district a prefix compared as a value, so the walk is along (next_review_date, area_code)
 * in date order and stops at the page (every enrolment of the district matches).
 */
function dueWhere(areaCode: string, before: string) {
  return (eb: ExpressionBuilder<Database, 'enrolments'>) =>
    eb.and([
      eb('next_review_date', 'is not', null),
      eb('next_review_date', '<=', before),
      areaCode.length >= 12 ? eb('area_code', '=', areaCode) : eb(sql<string>`substr(area_code, 1, ${sql.lit(areaCode.length)})`, '=', areaCode),
    ]);
}

/** One page of the due list, in date order (exported for the query-plan test). */
export function duePageQuery(db: DbOrTrx, a: { areaCode: string; before: string; limit: number; offset: number }) {
  return db
    .selectFrom('enrolments')
    .select(['id', 'program', 'household_id', 'category', 'area_code', 'monthly_amount', 'next_review_date'])
    .where(dueWhere(a.areaCode, a.before))
    .orderBy('next_review_date')
    .orderBy('id')
    .limit(a.limit)
    .offset(a.offset);
}

/**
 * How many are due, counted up to `cap` + 1 (exported for the query-plan test). A street counts
 * along (area_code, next_review_date) over its own code range — its entries only, the date read
 * from the index (coalesce keeps the planner off the date-first index, on both engines); the
 * district and a community count as the page walks.
 */
export function dueCountQuery(db: DbOrTrx, a: { areaCode: string; before: string; cap: number }) {
  const street = a.areaCode.length === 9;
  return db
    .selectFrom((qb) =>
      qb
        .selectFrom('enrolments')
        .select('id')
        .where(
          street
            ? (eb) =>
                eb.and([
                  eb('area_code', '>=', a.areaCode),
                  eb('area_code', '<', `${a.areaCode};`),
                  eb(sql<string>`coalesce(next_review_date, '9999-12-31')`, '<=', a.before),
                ])
            : dueWhere(a.areaCode, a.before),
        )
        .limit(a.cap + 1)
        .as('d'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'));
}

/**
 * 到期复核: enrolments whose next review falls on or before `before`, in date order, a page at a
 * time; the count is capped (DUE_LIST_COUNT_CAP). Names and open reviews are read for the page only.
 */
export async function dueEnrolments(db: DbOrTrx, a: { areaCode: string; before: string; limit: number; offset: number }) {
  const [page, counted] = await Promise.all([duePageQuery(db, a).execute(), dueCountQuery(db, { ...a, cap: DUE_LIST_COUNT_CAP }).executeTakeFirstOrThrow()]);
  const ids = page.map((e) => e.id);
  const households = [...new Set(page.map((e) => e.household_id))];
  const [heads, open] = await Promise.all([
    households.length === 0
      ? []
      : db.selectFrom('households as h').innerJoin('persons as p', 'p.id', 'h.head_person_id').select(['h.id', 'p.name']).where('h.id', 'in', households).execute(),
    ids.length === 0 ? [] : db.selectFrom('reviews').select(['id', 'enrolment_id']).where('enrolment_id', 'in', ids).where('state', '<>', 'decided').execute(),
  ]);
  const headOf = new Map(heads.map((h) => [h.id, h.name]));
  const reviewOf = new Map(open.map((r) => [r.enrolment_id, r.id]));
  const n = Number(counted.n);
  return {
    total: Math.min(n, DUE_LIST_COUNT_CAP),
    capped: n > DUE_LIST_COUNT_CAP,
    items: page.map((e) => ({ ...e, head_name: headOf.get(e.household_id) ?? null, review_id: reviewOf.get(e.id) ?? null })),
  };
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

/** Campaigns over the area, below it, or over an area that contains it (a street sees its district's campaign). */
export async function campaignList(db: DbOrTrx, areaCode: string, limit: number) {
  const containing = [6, 9, 12].filter((n) => n < areaCode.length).map((n) => areaCode.slice(0, n));
  return db
    .selectFrom('review_campaigns')
    .selectAll()
    .where((eb) => eb.or([eb('area_code', 'like', below(areaCode)), ...(containing.length ? [eb('area_code', 'in', containing)] : [])]))
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
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

/** 复核预警: enrolments of an area past their review date, and due by `until` (each count capped). */
export async function dueCounts(db: DbOrTrx, areaCode: string, today: string, until: string) {
  const capped = (before: string) => dueCountQuery(db, { areaCode, before, cap: DUE_COUNT_CAP }).executeTakeFirstOrThrow();
  const [overdue, due] = await Promise.all([capped(addCalendarDays(today, -1)), capped(until)]);
  return { overdue: Math.min(Number(overdue.n), DUE_COUNT_CAP), due: Math.min(Number(due.n), DUE_COUNT_CAP), capped: Number(due.n) > DUE_COUNT_CAP };
}
