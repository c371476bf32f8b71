import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../database.ts';
import { idColumn } from '../migration-columns.ts';

/**
 * Issue 16 points 2–5: reviews (复核), gradual exit (渐退) and campaigns (专项核查).
 *
 * - enrolments carry their next review date (dibao by category A/B/C, tekun; other programs
 *   none), the day of their last review and, in a gradual exit, the last month it still pays.
 *   The backfill uses the national intervals (no area can have set the new keys yet).
 * - reviews: one case per enrolment and review; at most one open at a time (partial unique
 *   index), which also makes a campaign skip enrolments already under review.
 * - review_campaigns: the county's campaign over an area and program.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('enrolments').addColumn('next_review_date', 'varchar(10)').execute();
  await db.schema.alterTable('enrolments').addColumn('last_review_date', 'varchar(10)').execute();
  await db.schema.alterTable('enrolments').addColumn('gradual_exit_until', 'varchar(7)').execute();
  const months = sql`case when program = 'tekun' then 12 when category = 'C' then 3 when category = 'B' then 6 else 12 end`;
  const due =
    dialectOf(db) === 'postgres'
      ? sql`to_char(cast(start_month || '-01' as date) + make_interval(months => ${months}), 'YYYY-MM-DD')`
      : sql`date(start_month || '-01', '+' || ${months} || ' months')`;
  await sql`update enrolments set next_review_date = ${due} where program in ('dibao', 'tekun') and status <> 'stopped'`.execute(db);
  // The due list: a range of dates, filtered by area inside the index, in date order.
  await db.schema.createIndex('enrolments_review_due_idx').on('enrolments').columns(['next_review_date', 'area_code']).execute();
  // A community's due list: its own range, already in date order.
  await db.schema.createIndex('enrolments_review_area_idx').on('enrolments').columns(['area_code', 'next_review_date']).execute();

  await idColumn(db, db.schema.createTable('review_campaigns'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('program', 'varchar(40)', (c) => c.notNull())
    .addColumn('reviews', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  // No foreign key on enrolment_id: a campaign inserts hundreds of thousands of rows at once and
  // on PostgreSQL each check would lock the enrolment row (as payroll_lines, 0006).
  await idColumn(db, db.schema.createTable('reviews'))
    .addColumn('enrolment_id', 'integer', (c) => c.notNull())
    .addColumn('household_id', 'integer', (c) => c.notNull())
    .addColumn('program', 'varchar(40)', (c) => c.notNull())
    .addColumn('category', 'varchar(1)')
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('campaign_id', 'integer')
    .addColumn('state', 'varchar(24)', (c) => c.notNull())
    .addColumn('due_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('amount_in_force', 'bigint', (c) => c.notNull())
    .addColumn('recalculated_amount', 'bigint')
    .addColumn('recalculation', 'text')
    .addColumn('visit_on', 'varchar(10)')
    .addColumn('visit_notes', 'text')
    .addColumn('verification_needed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('verification_notes', 'text')
    .addColumn('outcome', 'varchar(16)')
    .addColumn('proposed_amount', 'bigint')
    .addColumn('effective_month', 'varchar(7)')
    .addColumn('stop_reason', 'varchar(32)')
    .addColumn('member_found_work', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reason', 'text')
    .addColumn('gradual_exit_until', 'varchar(7)')
    .addColumn('monthly_difference', 'bigint')
    .addColumn('decided_on', 'varchar(10)')
    .addColumn('proposed_by', 'integer')
    .addColumn('confirmed_by', 'integer')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await sql`create unique index reviews_open_idx on reviews (enrolment_id) where state <> 'decided'`.execute(db);
  await db.schema.createIndex('reviews_campaign_idx').on('reviews').columns(['campaign_id', 'area_code']).execute();
  await db.schema.createIndex('reviews_area_state_idx').on('reviews').columns(['area_code', 'state']).execute();
  await db.schema.createIndex('reviews_decided_idx').on('reviews').columns(['decided_on', 'area_code']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reviews').execute();
  await db.schema.dropTable('review_campaigns').execute();
  await db.schema.dropIndex('enrolments_review_area_idx').execute();
  await db.schema.dropIndex('enrolments_review_due_idx').execute();
  for (const c of ['gradual_exit_until', 'last_review_date', 'next_review_date']) await db.schema.alterTable('enrolments').dropColumn(c).execute();
}
