import type { Kysely } from 'kysely';

/**
 * Issue 14, points 4–5: what the case file keeps of the legal limits and of temporary assistance.
 *
 * - `applications.investigation_due_on`: 入户调查 must start by this date (acceptance + the
 *   area's working days, fixed when the street accepts); `investigation_started_on` is the day
 *   of the first investigation or neighbour-interview record.
 * - `applications.decision_notice_due_on`: 不予确认通知书 must reach the applicant by this date.
 * - `applications.temporary_type / temporary_event / requested_amount / event_description`:
 *   临时救助 intake — 急难型 or 支出型, the kind of event, the sum asked for (fen).
 * - indexes on `applications (household_id, program, state)` for the yearly cap's sum and on
 *   `public_notices (application_id)` for a case's rounds.
 * - `public_notices.round / rounds`: 三榜公示 — each round its own row; `rounds` is fixed when
 *   the first round opens, so a policy change midway never adds or drops a round.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ['investigation_due_on', 'investigation_started_on', 'decision_notice_due_on']) {
    await db.schema.alterTable('applications').addColumn(column, 'varchar(10)').execute();
  }
  await db.schema.alterTable('applications').addColumn('temporary_type', 'varchar(16)').execute();
  await db.schema.alterTable('applications').addColumn('temporary_event', 'varchar(32)').execute();
  await db.schema.alterTable('applications').addColumn('requested_amount', 'bigint').execute();
  await db.schema.alterTable('applications').addColumn('event_description', 'varchar(500)').execute();
  // The yearly cap of temporary assistance sums a household's confirmed grants on every confirmation.
  await db.schema.createIndex('applications_household_idx').on('applications').columns(['household_id', 'program', 'state']).execute();
  // A case's notices (now several rounds) are read with every case view: no scan of all notices.
  await db.schema.createIndex('public_notices_app_idx').on('public_notices').column('application_id').execute();
  await db.schema.alterTable('public_notices').addColumn('round', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('public_notices').addColumn('rounds', 'integer', (c) => c.notNull().defaultTo(1)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('applications_household_idx').execute();
  await db.schema.dropIndex('public_notices_app_idx').execute();
  for (const column of ['round', 'rounds']) await db.schema.alterTable('public_notices').dropColumn(column).execute();
  for (const column of ['event_description', 'requested_amount', 'temporary_event', 'temporary_type', 'decision_notice_due_on', 'investigation_started_on', 'investigation_due_on']) {
    await db.schema.alterTable('applications').dropColumn(column).execute();
  }
}
