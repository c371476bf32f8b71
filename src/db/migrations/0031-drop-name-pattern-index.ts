import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../database.ts';

/**
 * Issue 15/20 (import throughput), SQLite only: `persons_name_idx` (migration 0002, name collate
 * nocase) served the name prefix search until migration 0013 made it a range on the byte-ordered
 * `persons_name_order_idx` (name, id, household_id). SQLite cannot use a NOCASE index for a
 * BINARY range, and no query has a prefix LIKE on names (every other name condition is a
 * substring `%…%` or an equality), so the index served nothing, while every new person paid an
 * insert into it at a random place: one of the five random index pages per person that make up
 * most of what an import's commits write (139.5 → 128.7 s for 100,000 households).
 *
 * PostgreSQL keeps its `varchar_pattern_ops` twin, as it was: dropped there, the search-stall
 * test's page-view p99 under 5 searching users measured ~220 ms in two runs, against 91–211 ms
 * in four runs with it — too noisy to call, and the planner may well prefer the smaller index
 * for the same range under the C collation, so PostgreSQL is left as it was.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'sqlite') await sql`drop index persons_name_idx`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'sqlite') await sql`create index persons_name_idx on persons (name collate nocase)`.execute(db);
}
