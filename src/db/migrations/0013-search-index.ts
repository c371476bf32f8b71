import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../database.ts';

/**
 * Search at district scale (issue 15): a county search over a million persons must be served by
 * indexes built for it, not by scanning the scope.
 * - Substrings of 3+ characters (a given name, full pinyin, digits anywhere in an ID number, a
 *   street in an address) by trigrams: SQLite FTS5 with the `trigram` tokenizer, PostgreSQL
 *   `pg_trgm` GIN indexes. A trigram index cannot serve 1–2 characters (a two-character name):
 *   those stay prefix searches on B-trees.
 * - Name prefixes in result order: (name, id, household_id), byte order on both engines (the
 *   "C" collation on PostgreSQL, as SQLite's BINARY), so a page of 20 reads about 20 index
 *   entries instead of sorting every 王.
 *
 * SQLite: contentless FTS5 tables with `contentless_delete` (SQLite ≥ 3.43), so a delete needs
 * only the rowid and the index can never disagree with stale "old values"; kept in sync by
 * triggers, filled once here for the rows already on file. The initials are not indexed by
 * trigrams: "zsf" is matched as a prefix by the (name_initials, name, id, household_id) index.
 *
 * PostgreSQL: extensions belong to the database while tests (and benches) give each run a
 * schema of its own, so the extension goes to `public` if absent and the operator class is
 * schema-qualified; dropping a run's schema drops its indexes, never the extension.
 */

/**
 * Addresses are written "二七路 18 号 3 栋" and searched "二七路18号": spaces (ASCII and
 * ideographic) are left out of what is indexed, as the search box leaves them out of the query.
 * Frozen here: the search queries (registry/search-queries) use the same expression.
 */
export function addressKey(column: string): string {
  return `replace(replace(${column}, ' ', ''), '\u3000', '')`;
}
const ADDRESS_KEY = sql.raw(addressKey('address'));

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    // Parallel test runs migrate their schemas at once: "if not exists" alone races on a fresh
    // database (a unique violation in pg_extension), so one at a time, until this commits.
    await sql`select pg_advisory_xact_lock(hashtext('minzheng.pg_trgm'))`.execute(db);
    await sql`create extension if not exists pg_trgm with schema public`.execute(db);
    // pg_trgm takes trigrams of what the database's LC_CTYPE calls letters and digits: under
    // the C ctype (our dev and CI clusters) a Chinese name has none, and the index would hand
    // back every row to recheck. So Chinese text is indexed as the hex of its UTF-8 bytes
    // (search_hex, declared immutable: the database encoding never changes under it), whose
    // trigrams exist under any ctype; queries recheck the text itself. Pinyin and ID numbers
    // are ASCII and indexed as they are.
    await sql.raw(`create function search_hex(t text) returns text language sql immutable strict parallel safe as $$ select encode(convert_to(t, 'UTF8'), 'hex') $$`).execute(db);
    await sql`create index persons_name_hex_trgm_idx on persons using gin (search_hex(name) public.gin_trgm_ops)`.execute(db);
    for (const col of ['name_pinyin', 'id_number']) {
      await sql`create index ${sql.id(`persons_${col}_trgm_idx`)} on persons using gin (${sql.id(col)} public.gin_trgm_ops)`.execute(db);
    }
    await sql`create index households_address_hex_trgm_idx on households using gin (search_hex(${ADDRESS_KEY}) public.gin_trgm_ops)`.execute(db);
    await sql`create index persons_name_order_idx on persons (name collate "C", id, household_id)`.execute(db);
    // Statistics for the address expression: without them the planner takes "江岸区" (in every
    // address) for a rare match and reads the whole table through the trigram index.
    await sql`analyze households`.execute(db);
    return;
  }
  await sql`create index persons_name_order_idx on persons (name, id, household_id)`.execute(db);
  await sql`create virtual table person_search using fts5(name, name_pinyin, id_number, tokenize = 'trigram', content = '', contentless_delete = 1)`.execute(db);
  await sql`create virtual table household_search using fts5(address, tokenize = 'trigram', content = '', contentless_delete = 1)`.execute(db);
  await sql`insert into person_search (rowid, name, name_pinyin, id_number) select id, name, name_pinyin, id_number from persons`.execute(db);
  await sql`insert into household_search (rowid, address) select id, ${ADDRESS_KEY} from households`.execute(db);
  const triggers = [
    `create trigger persons_search_insert after insert on persons begin
      insert into person_search (rowid, name, name_pinyin, id_number) values (new.id, new.name, new.name_pinyin, new.id_number);
    end`,
    `create trigger persons_search_update after update of name, name_pinyin, id_number on persons begin
      delete from person_search where rowid = old.id;
      insert into person_search (rowid, name, name_pinyin, id_number) values (new.id, new.name, new.name_pinyin, new.id_number);
    end`,
    `create trigger persons_search_delete after delete on persons begin
      delete from person_search where rowid = old.id;
    end`,
    `create trigger households_search_insert after insert on households begin
      insert into household_search (rowid, address) values (new.id, ${addressKey('new.address')});
    end`,
    `create trigger households_search_update after update of address on households begin
      delete from household_search where rowid = old.id;
      insert into household_search (rowid, address) values (new.id, ${addressKey('new.address')});
    end`,
    `create trigger households_search_delete after delete on households begin
      delete from household_search where rowid = old.id;
    end`,
  ];
  for (const t of triggers) await sql.raw(t).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    for (const idx of ['persons_name_hex_trgm_idx', 'persons_name_pinyin_trgm_idx', 'persons_id_number_trgm_idx', 'households_address_hex_trgm_idx']) {
      await sql`drop index ${sql.id(idx)}`.execute(db);
    }
    await sql`drop function search_hex(text)`.execute(db);
    await sql`drop index persons_name_order_idx`.execute(db);
    return;
  }
  for (const t of ['persons_search_insert', 'persons_search_update', 'persons_search_delete', 'households_search_insert', 'households_search_update', 'households_search_delete']) {
    await sql`drop trigger ${sql.id(t)}`.execute(db);
  }
  await sql`drop table person_search`.execute(db);
  await sql`drop table household_search`.execute(db);
  await sql`drop index persons_name_order_idx`.execute(db);
}
