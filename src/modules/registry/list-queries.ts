import { sql, type ExpressionBuilder, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { dialectOf } from '../../db/database.ts';
import type { Database, DbOrTrx } from '../../db/types.ts';
import { PERSON_FLAGS, type PersonFlag } from '../../domain/household.ts';
import { searchTiers, type PersonQuery, type SearchTier } from '../../domain/name-search.ts';
import { areaWithin, containsCondition, householdIdsOfTier, householdsAddressed, personsContaining, prefixTier, tierSaturated } from './search-queries.ts';

/** The household list counts matches up to here: past it the total is shown as "10,000+". */
export const TOTAL_CAP = 10_000;

export interface HouseholdFilter {
  scope: string;
  match?: PersonQuery | undefined;
  urbanRural?: 'urban' | 'rural' | undefined;
  flag?: string | undefined;
  disabled?: boolean | undefined;
}

/**
 * A member filter as the predicate of its partial index (migration 0025), written the same way
 * so that both engines may use the index: the flag code is a literal, checked against the list
 * of codes (a whole code of the comma-separated list: `orphan` is not `de_facto_orphan`).
 */
export function memberCondition(filter: { flag: PersonFlag } | { disabled: true }): RawBuilder<SqlBool> {
  if ('flag' in filter) {
    if (!PERSON_FLAGS.includes(filter.flag)) throw new Error(`unknown person flag ${filter.flag}`);
    return sql<SqlBool>`(',' || persons.flags || ',') like ${sql.lit(`%,${filter.flag},%`)}`;
  }
  return sql<SqlBool>`persons.disability_category is not null`;
}

/**
 * Households in scope matching the filter. A text search starts from the households its tiers
 * found through their indexes (a bounded set), never from every household of the scope; so do
 * the member filters, from the partial index of their flag (migration 0025), unless told to walk
 * the households newest first (`byHouseholds`: a scope where the matches are many).
 */
function filteredHouseholds(db: DbOrTrx, f: HouseholdFilter, opts: { areaIndex?: boolean; byHouseholds?: boolean } = {}) {
  const tiers = f.match ? searchTiers(f.match) : undefined;
  const memberConditions: RawBuilder<SqlBool>[] = [];
  if (f.flag) memberConditions.push(memberCondition({ flag: f.flag as PersonFlag }));
  if (f.disabled) memberConditions.push(memberCondition({ disabled: true }));
  const byMembers = !tiers && !opts.byHouseholds && memberConditions.length > 0;
  const driver = byMembers ? memberConditions.shift()! : null;
  let q = tiers
    ? db
        .selectFrom(
          sql<{ id: number }>`(${tiers.length === 0 ? sql`select null as id where 1 = 0` : sql.join(tiers.map((t) => householdIdsOfTier(db, t, f.scope)), sql` union `)})`.as('c'),
        )
        .innerJoin('households as h', 'h.id', 'c.id')
    : driver
      ? // CROSS JOIN: SQLite keeps the candidates as the outer loop (PostgreSQL plans it as a join).
        db
          .selectFrom(sql<{ id: number }>`(select distinct household_id as id from persons where ${driver})`.as('c'))
          .crossJoin('households as h')
          .whereRef('h.id', '=', 'c.id')
      : db.selectFrom('households as h');
  q = q.where(areaWithin(db, 'h.area_code', f.scope, { index: driver ? false : (opts.areaIndex ?? true) })).where('h.status', '=', 'active');
  if (f.urbanRural) q = q.where('h.urban_rural', '=', f.urbanRural);
  // Each further condition a probe of its partial index per candidate household.
  for (const condition of memberConditions) {
    q = q.where((eb) => eb.exists(eb.selectFrom('persons').select('persons.id').whereRef('persons.household_id', '=', 'h.id').where(condition)));
  }
  return { q, tiers: tiers ?? [] };
}

/** The capped count of the household list (what EXPLAIN is asked about in the tests). */
export function householdCountQuery(db: DbOrTrx, f: HouseholdFilter) {
  const { q } = filteredHouseholds(db, f);
  return db.selectFrom(q.select('h.id').limit(TOTAL_CAP + 1).as('x')).select((eb) => eb.fn.countAll<number>().as('n'));
}

export interface HouseholdListRow {
  id: number;
  area_code: string;
  area_name: string;
  address: string;
  urban_rural: string;
  category: string | null;
  version: number;
  updated_at: string;
  head_name: string | null;
  head_id_number: string | null;
  member_count: number;
}

export interface HouseholdPage {
  items: HouseholdListRow[];
  /** Matches counted, at most TOTAL_CAP. */
  total: number;
  /** More than `total` may match: the count stopped at TOTAL_CAP, or a search tier at its candidate limit. */
  totalCapped: boolean;
}

export async function listHouseholds(
  db: DbOrTrx,
  f: HouseholdFilter,
  page: { offset: number; limit: number },
  opts: { count?: boolean; pastCap?: boolean } = {},
): Promise<HouseholdPage> {
  const { q, tiers } = filteredHouseholds(db, f);
  if (f.match) {
    // A search finds at most a few tiers' candidates: take the ids in scope once, in list
    // order and up to the cap, and both the page and the total come from them.
    const ids = (await q.select('h.id').orderBy('h.id', 'desc').limit(TOTAL_CAP + 1).execute()).map((r) => r.id);
    const pageIds = ids.slice(page.offset, page.offset + page.limit);
    const items = pageIds.length === 0 ? [] : await listRows(db.selectFrom('households as h').where('h.id', 'in', pageIds)).execute();
    let saturated = ids.length > TOTAL_CAP;
    if (opts.count !== false) for (const tier of tiers) if (!saturated) saturated = await tierSaturated(db, tier, f.scope);
    return { items: items.map(listRow), total: Math.min(ids.length, TOTAL_CAP), totalCapped: saturated };
  }
  // Counting a district's 250,000 households on every page held the server for everyone: count
  // up to the cap (the area index, at most 10,001 entries), which nobody paging a list reaches.
  const counted = await householdCountQuery(db, f).executeTakeFirstOrThrow();
  const n = Number(counted.n);
  // The page, newest first. A scope of at most TOTAL_CAP households: its ids from the area
  // index, sorted (a community, a street). A larger one (a county) is most of the table: walk
  // the households newest first and stop at the page, rather than sort the whole county.
  const small = n <= TOTAL_CAP;
  // Pages past the counted ones are empty, as the list shows them: "page 50,000" must not make
  // the server skip a million rows.
  const pageIds =
    page.offset >= TOTAL_CAP && !opts.pastCap
      ? []
      : (
          await (small ? q : filteredHouseholds(db, f, { areaIndex: false, byHouseholds: true }).q).select('h.id').orderBy('h.id', 'desc').offset(page.offset).limit(page.limit).execute()
        ).map((r) => r.id);
  const items = pageIds.length === 0 ? [] : (await listRows(db.selectFrom('households as h').where('h.id', 'in', pageIds)).execute()).map(listRow);
  return { items, total: Math.min(n, TOTAL_CAP), totalCapped: !small };
}

function listRows<QB extends SelectQueryBuilder<Database & { h: Database['households'] }, 'h', object>>(q: QB) {
  return q
    .innerJoin('areas as a', 'a.code', 'h.area_code')
    .leftJoin('persons as head', 'head.id', 'h.head_person_id')
    .select((eb) => [
      'h.id',
      'h.area_code',
      'a.name as area_name',
      'h.address',
      'h.urban_rural',
      'h.category',
      'h.version',
      'h.updated_at',
      'head.name as head_name',
      'head.id_number as head_id_number',
      eb
        .selectFrom('persons as m')
        .select((mb) => mb.fn.countAll<number>().as('n'))
        .whereRef('m.household_id', '=', 'h.id')
        .as('member_count'),
    ])
    .orderBy('h.id', 'desc');
}

function listRow(r: Omit<HouseholdListRow, 'member_count'> & { member_count: unknown }): HouseholdListRow {
  return { ...r, member_count: Number(r.member_count ?? 0) };
}

export interface PersonSearchRow {
  id: number;
  id_number: string;
  name: string;
  sex: string;
  birth_date: string;
  relation: string;
  household_id: number;
  area_code: string;
  area_name: string;
  address: string;
}

function personRows(db: DbOrTrx, scope: string, exclude: number[]) {
  return db
    .selectFrom('persons')
    .innerJoin('households as h', 'h.id', 'persons.household_id')
    .innerJoin('areas as a', 'a.code', 'h.area_code')
    .select([
      'persons.id',
      'persons.id_number',
      'persons.name',
      'persons.sex',
      'persons.birth_date',
      'persons.relation',
      'h.id as household_id',
      'h.area_code',
      'a.name as area_name',
      'h.address',
    ])
    .where(areaWithin(db, 'h.area_code', scope))
    .$if(exclude.length > 0, (qb) => qb.where('persons.id', 'not in', exclude));
}

/** A page of a substring tier as PostgreSQL found it (see containsCondition), shown newest first. */
function newestFirst(rows: PersonSearchRow[]): PersonSearchRow[] {
  return rows.sort((a, b) => b.id - a.id);
}

async function tierPersons(db: DbOrTrx, scope: string, tier: SearchTier, limit: number, exclude: number[]): Promise<PersonSearchRow[]> {
  const base = personRows(db, scope, exclude);
  const sqlite = dialectOf(db) === 'sqlite';
  switch (tier.kind) {
    // Newest first. On SQLite the candidates' own order (the FTS rowid, descending) drives the
    // join, so the page stops after `limit` rows; an ORDER BY here would join and sort all
    // 10,000 candidates of a common substring first.
    case 'contains': {
      if (!sqlite) return newestFirst((await base.where(containsCondition(`persons.${tier.column}`, tier.value)).limit(limit).execute()) as PersonSearchRow[]);
      const q = base.innerJoin(sql<{ id: number }>`(${personsContaining(db, tier.column, tier.value)})`.as('c'), 'c.id', 'persons.id');
      return (await q.limit(limit).execute()) as PersonSearchRow[];
    }
    case 'address_contains': {
      if (!sqlite) return newestFirst((await base.where(containsCondition('h.address', tier.value)).limit(limit).execute()) as PersonSearchRow[]);
      const q = base.innerJoin(sql<{ id: number }>`(${householdsAddressed(db, tier.value)})`.as('c'), 'c.id', 'h.id');
      return (await q.limit(limit).execute()) as PersonSearchRow[];
    }
    default: {
      const t = prefixTier(db, tier);
      let q = base.where((eb) => t.where(eb as unknown as ExpressionBuilder<Database, 'persons'>));
      for (const o of t.order) q = q.orderBy(o);
      return (await q.limit(limit).execute()) as PersonSearchRow[];
    }
  }
}

/**
 * Persons in scope matching the query, tier by tier (domain/name-search `searchTiers`): the
 * better matches first, each tier only asked for what the page still lacks.
 */
export async function searchPersons(db: DbOrTrx, scope: string, match: PersonQuery, limit: number): Promise<PersonSearchRow[]> {
  const found: PersonSearchRow[] = [];
  for (const tier of searchTiers(match)) {
    if (found.length >= limit) break;
    found.push(...(await tierPersons(db, scope, tier, limit - found.length, found.map((r) => r.id))));
  }
  return found;
}

export async function householdTimeline(db: DbOrTrx, householdId: number, limit: number) {
  return db
    .selectFrom('audit_log')
    .select(['seq', 'at', 'actor_username', 'action', 'old_value', 'new_value'])
    .where('entity_type', '=', 'household')
    .where('entity_id', '=', String(householdId))
    // Changes only: views, reveals, downloads and the audited reads are not changes to the file.
    .where('action', 'not in', ['household.view', 'person.reveal_id', 'document.download'])
    .where('action', 'not like', 'read.%')
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
}
