import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../database.ts';

/**
 * Issue 15/20 (import throughput): `persons_name_idx` (migration 0002: name collate nocase on
 * SQLite, varchar_pattern_ops on PostgreSQL) served the name prefix search until migration 0013
 * made it a range on the byte-ordered `persons_name_order_idx` (name, id, household_id). No
 * query uses it since — every other name condition is a substring (`%…%`) or an equality, which
 * the order index serves — but every new person still paid an insert into it at a random place:
 * about a fifth of the index pages a 100,000-household import writes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index persons_name_idx`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') await sql`create index persons_name_idx on persons (name varchar_pattern_ops)`.execute(db);
  else await sql`create index persons_name_idx on persons (name collate nocase)`.execute(db);
}
