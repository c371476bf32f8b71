import type { Kysely } from 'kysely';

/**
 * 民政统计 (DOMAIN.md §9): the monthly report's numbers, pre-aggregated per month, area (every
 * level of the tree: community, street, district) and program, so the dashboard reads a few
 * hundred rows instead of a year of payroll lines. Rebuilt for a month whenever a payroll of
 * that month is approved, and by `minzheng stats refresh`; the report itself is computed from
 * the frozen payrolls and the dated history, and checked against this table.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('monthly_stats')
    .addColumn('month', 'varchar(7)', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('program', 'varchar(32)', (c) => c.notNull())
    .addColumn('level', 'varchar(16)', (c) => c.notNull())
    .addColumn('parent_code', 'varchar(12)')
    .addColumn('households', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('persons', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('elderly', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('minors', 'integer', (c) => c.notNull().defaultTo(0))
    // fen
    .addColumn('amount', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('city_amount', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('district_amount', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('enrolled_before', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('enrolled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('new_enrolments', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('exits', 'integer', (c) => c.notNull().defaultTo(0))
    // JSON: { reason_code: count }
    .addColumn('exit_reasons', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('applications_received', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('applications_approved', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('applications_rejected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('applications_overdue', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('notices_opened', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('objections', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('refreshed_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('monthly_stats_pk', ['month', 'area_code', 'program'])
    .execute();
  await db.schema.createIndex('monthly_stats_area_idx').on('monthly_stats').columns(['area_code', 'month']).execute();
  await db.schema.createIndex('monthly_stats_parent_idx').on('monthly_stats').columns(['parent_code', 'month']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('monthly_stats').execute();
}
