import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import { dialectOf } from '../../db/database.ts';
import type { Database, DbOrTrx } from '../../db/types.ts';
import { addressKey } from '../../db/migrations/0013-search-index.ts';
import type { SearchTier } from '../../domain/name-search.ts';

/**
 * How each search tier (domain/name-search `searchTiers`) reaches its index, on both engines.
 * Every tier reads a bounded number of index entries: prefix tiers walk a B-tree in result
 * order and stop at the page; substring tiers hand over at most SEARCH_CANDIDATES rows, newest
 * first, from the trigram index (FTS5 on SQLite, pg_trgm GIN on PostgreSQL; migration 0013),
 * which the caller then narrows to the user's area. better-sqlite3 is synchronous: a query
 * that reads a whole district holds every other user's request, so none may.
 */
export const SEARCH_CANDIDATES = 10_000;
/**
 * The household list must join, filter and order all of its candidates before its first page
 * (persons search stops at its page): it takes fewer, and says so (`totalCapped`) when a tier
 * had more. Nobody pages through 2,000 households of a search; they narrow it.
 */
export const LIST_CANDIDATES = 2_000;

type PersonsEb = ExpressionBuilder<Database, 'persons'>;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The first string after every string that starts with `prefix`, by code point (byte order in UTF-8). */
export function prefixUpperBound(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop()!.codePointAt(0)!;
  return chars.join('') + String.fromCodePoint(last + 1);
}

/**
 * `areas.code LIKE 'scope%'` as an index can serve it: SQLite's LIKE is case-insensitive and
 * cannot use the BINARY (area_code, status) index, so a community's list counted by reading
 * every household of the district; the range reads only the community's. PostgreSQL keeps LIKE
 * (the database collation may not order codes as a range; the planner handles the prefix).
 */
export function areaWithin(db: DbOrTrx, column: string, scope: string, opts: { index?: boolean } = {}): Expression<SqlBool> {
  if (dialectOf(db) === 'postgres') return sql<SqlBool>`${sql.ref(column)} like ${`${escapeLike(scope)}%`}`;
  // Unary + keeps SQLite from driving the query by the area index (see listHouseholds).
  const col = opts.index === false ? sql`+${sql.ref(column)}` : sql.ref(column);
  return sql<SqlBool>`(${col} >= ${scope} and ${col} < ${prefixUpperBound(scope)})`;
}

/** The first string after every string that starts with `prefix` (a–z only); null after "z…z". */
function initialsAfter(prefix: string): string | null {
  const head = prefix.replace(/z+$/, '');
  return head === '' ? null : head.slice(0, -1) + String.fromCharCode(head.charCodeAt(head.length - 1) + 1);
}

/**
 * The name in byte order: SQLite compares BINARY; PostgreSQL's database collation may not order
 * 王… as a contiguous range, "C" does, and the (name collate "C", id, household_id) index of
 * migration 0013 serves both the range and the order.
 */
export function nameKey(db: DbOrTrx): Expression<string> {
  return dialectOf(db) === 'postgres' ? sql<string>`persons.name collate "C"` : sql<string>`persons.name`;
}

/** A prefix tier as a condition on persons, and the index order that serves it. */
export function prefixTier(db: DbOrTrx, tier: Extract<SearchTier, { kind: 'id_exact' | 'id_suffix' | 'initials_prefix' | 'name_prefix' }>) {
  const name = nameKey(db);
  const byName = [name, sql<number>`persons.id`];
  switch (tier.kind) {
    case 'id_exact':
      return { where: (eb: PersonsEb) => eb('persons.id_number', '=', tier.value), order: byName };
    case 'id_suffix':
      return {
        where: (eb: PersonsEb) => eb('persons.id_number_rev', 'like', `${escapeLike([...tier.value].reverse().join(''))}%`),
        order: byName,
      };
    case 'initials_prefix': {
      // Initials are a–z only, so the prefix is a range: the (name_initials, name, id,
      // household_id) index of migration 0005 serves it on both engines, in this order.
      const upper = initialsAfter(tier.value);
      return {
        where: (eb: PersonsEb) => {
          const from = eb('persons.name_initials', '>=', tier.value);
          return upper === null ? from : eb.and([from, eb('persons.name_initials', '<', upper)]);
        },
        order: [sql<string>`persons.name_initials`, sql<string>`persons.name`, sql<number>`persons.id`],
      };
    }
    case 'name_prefix':
      return {
        where: (eb: PersonsEb) => eb.and([eb(name, '>=', tier.value), eb(name, '<', prefixUpperBound(tier.value))]),
        order: byName,
      };
  }
}

/** FTS5 query for a phrase in one column: the text quoted, so it is never FTS syntax. */
function ftsPhrase(column: string, value: string): string {
  return `${column} : "${value.replace(/"/g, '""')}"`;
}

/**
 * On PostgreSQL, a substring condition to put in the query itself, without ORDER BY: the
 * planner (with its statistics) picks the trigram index for a rare text, the area for a small
 * scope, or a scan that stops at the page for a common text. SQLite has no such choice: it
 * gets the capped FTS list, newest first.
 */
export function containsCondition(column: 'persons.name' | 'persons.name_pinyin' | 'persons.id_number' | 'h.address', value: string): Expression<SqlBool> {
  const pattern = `%${escapeLike(value)}%`;
  // Chinese text through its hex index (migration 0013), then the text itself: a hex match
  // may straddle two characters.
  const hex = `%${Buffer.from(value, 'utf8').toString('hex')}%`;
  if (column === 'h.address') {
    const key = sql.raw(addressKey('h.address'));
    return sql<SqlBool>`(search_hex(${key}) like ${hex} and ${key} like ${pattern})`;
  }
  if (column === 'persons.name') return sql<SqlBool>`(search_hex(persons.name) like ${hex} and persons.name like ${pattern})`;
  return sql<SqlBool>`${sql.ref(column)} like ${pattern}`;
}

/** Ids of at most SEARCH_CANDIDATES persons whose column contains the text, newest first. */
export function personsContaining(db: DbOrTrx, column: 'name' | 'name_pinyin' | 'id_number', value: string, cap = SEARCH_CANDIDATES): RawBuilder<{ id: number }> {
  if (dialectOf(db) === 'postgres') {
    // No ORDER BY: with one, the planner may walk the primary key backwards through a million
    // rows looking for a rare text; without, it takes the trigram index for a rare text and a
    // scan that stops at the cap for a common one. Which `cap` rows a capped tier takes differs
    // from SQLite's (the newest) and is not part of what a search promises.
    return sql<{ id: number }>`select id from persons where ${containsCondition(`persons.${column}`, value)} limit ${cap}`;
  }
  return sql<{ id: number }>`select rowid as id from person_search where person_search match ${ftsPhrase(column, value)} order by rowid desc limit ${cap}`;
}

/** Ids of at most SEARCH_CANDIDATES households whose address contains the text, newest first. */
export function householdsAddressed(db: DbOrTrx, value: string, cap = SEARCH_CANDIDATES): RawBuilder<{ id: number }> {
  if (dialectOf(db) === 'postgres') {
    // The expression of the GIN index of migration 0013, so the index serves it.
    return sql<{ id: number }>`select id from households as h where ${containsCondition('h.address', value)} limit ${cap}`;
  }
  return sql<{ id: number }>`select rowid as id from household_search where household_search match ${ftsPhrase('address', value)} order by rowid desc limit ${cap}`;
}

/**
 * Ids of the households one tier finds (members matching, or the address). A prefix tier walks
 * its B-tree and checks the area as it goes, so a community worker's "王" finds her own
 * community's households, at most LIST_CANDIDATES of them; a substring tier takes its
 * LIST_CANDIDATES newest matches and leaves the area to the caller (walking a trigram match of
 * the whole district for one community would read the district).
 */
export function householdIdsOfTier(db: DbOrTrx, tier: SearchTier, scope: string): RawBuilder<{ id: number }> {
  switch (tier.kind) {
    // Each tier in a subquery of its own: a bare trailing LIMIT would bind to the whole UNION.
    case 'address_contains':
      return sql<{ id: number }>`select id from (${householdsAddressed(db, tier.value, LIST_CANDIDATES)}) a`;
    case 'contains':
      return sql<{ id: number }>`select distinct household_id as id from persons where id in (${personsContaining(db, tier.column, tier.value, LIST_CANDIDATES)})`;
    default:
      return sql<{ id: number }>`select distinct household_id as id from (${prefixInScope(db, tier, scope, LIST_CANDIDATES)}) t`;
  }
}

/** Members matching a prefix tier in scope, in the index's order (no ORDER BY: the list orders households by id). */
function prefixInScope(db: DbOrTrx, tier: Extract<SearchTier, { kind: 'id_exact' | 'id_suffix' | 'initials_prefix' | 'name_prefix' }>, scope: string, limit: number) {
  const t = prefixTier(db, tier);
  return db
    .selectFrom('persons')
    .innerJoin('households as h', 'h.id', 'persons.household_id')
    .select('persons.household_id')
    .where((eb) => t.where(eb as unknown as PersonsEb))
    .where(areaWithin(db, 'h.area_code', scope))
    .limit(limit);
}

/** Whether a tier of the household list had more candidates than it took (so the list may be incomplete). */
export async function tierSaturated(db: DbOrTrx, tier: SearchTier, scope: string): Promise<boolean> {
  const more = LIST_CANDIDATES + 1;
  const candidates =
    tier.kind === 'address_contains'
      ? householdsAddressed(db, tier.value, more)
      : tier.kind === 'contains'
        ? personsContaining(db, tier.column, tier.value, more)
        : sql<{ household_id: number }>`${prefixInScope(db, tier, scope, more)}`;
  const row = (await sql<{ n: number }>`select count(*) as n from (${candidates}) t`.execute(db)).rows[0];
  return Number(row?.n ?? 0) > LIST_CANDIDATES;
}
