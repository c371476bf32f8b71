import { sql, type Kysely } from 'kysely';

/**
 * The household list's member filters (特殊标识 `flag`, 残疾 `disabled`) served by indexes: one
 * partial index per person flag and one for persons with a disability, each over household_id
 * and holding only the persons it names, so a filter reads its few households from the index
 * instead of probing every household of the scope. `flags` is a comma-separated list: the
 * predicate matches a whole code (`orphan` is part of `de_facto_orphan`). The codes are those
 * of domain/household.ts PERSON_FLAGS as of this migration; the list query writes the same
 * predicate (registry/list-queries.ts `memberCondition`), which is what lets both engines use
 * the index.
 */
const FLAGS = ['solitary_elderly', 'empty_nest', 'left_behind', 'orphan', 'de_facto_orphan', 'entitled_group'];

export async function up(db: Kysely<any>): Promise<void> {
  for (const flag of FLAGS) {
    await sql`create index ${sql.id(`persons_flag_${flag}_idx`)} on persons (household_id) where (',' || flags || ',') like ${sql.lit(`%,${flag},%`)}`.execute(db);
  }
  await sql`create index persons_disabled_idx on persons (household_id) where disability_category is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const flag of FLAGS) await db.schema.dropIndex(`persons_flag_${flag}_idx`).execute();
  await db.schema.dropIndex('persons_disabled_idx').execute();
}
