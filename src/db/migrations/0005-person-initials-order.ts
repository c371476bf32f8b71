import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../database.ts';

/**
 * Pinyin-initials search at scale: two letters ("lj") match 17,000 of a million persons.
 * Searched as a range over (name_initials, name, id), one index both finds the matches and
 * hands them over in result order, so a page of 20 reads about 20 rows instead of joining and
 * sorting every match; household_id in the key lets the area-scope join skip rows without
 * reading them. Replaces the initials prefix index of 0002, which only found the matches.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('persons_initials_name_idx').on('persons').columns(['name_initials', 'name', 'id', 'household_id']).execute();
  await db.schema.dropIndex('persons_name_initials_idx').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`create index persons_name_initials_idx on persons (name_initials varchar_pattern_ops)`.execute(db);
  } else {
    await sql`create index persons_name_initials_idx on persons (name_initials collate nocase)`.execute(db);
  }
  await db.schema.dropIndex('persons_initials_name_idx').execute();
}
