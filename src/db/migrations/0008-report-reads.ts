import { sql, type Kysely } from 'kysely';

/**
 * What the monthly report reads, kept where it is written, so a district of a million persons
 * reports in well under two seconds (bench/README.md) without reading a month of payroll lines
 * and every enrolment change again:
 *
 * - `payroll_line_totals`: a payroll's lines summed per community, program, kind and month paid
 *   for, written in the payroll's own preparation transaction. Lines are frozen once prepared
 *   (only their bank result changes), so these never go stale. The report's consistency check
 *   still sums the raw lines, independently.
 * - `enrolments.first_counted / start_counted / stop_counted`: the counting months of the
 *   enrolment's first change, first start and exiting stop over its whole history
 *   (domain/reports/enrolment-flows.ts: countedMonths); a month's view of them is "null if
 *   after the month". Updated in the transaction that records each change.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('payroll_line_totals')
    .addColumn('payroll_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('program', 'varchar(32)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('for_month', 'varchar(7)', (c) => c.notNull())
    // signed fen
    .addColumn('amount', 'bigint', (c) => c.notNull())
    // distinct within the group
    .addColumn('households', 'integer', (c) => c.notNull())
    .addColumn('persons', 'integer', (c) => c.notNull())
    .addColumn('elderly', 'integer', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull())
    .addColumn('minors', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('payroll_line_totals_pk', ['payroll_id', 'area_code', 'program', 'kind', 'for_month'])
    .execute();
  await sql`insert into payroll_line_totals (payroll_id, area_code, program, kind, for_month, amount, households, persons, elderly, disabled, minors)
    select payroll_id, area_code, program, kind, for_month, sum(amount), count(distinct household_id), sum(persons), sum(elderly), sum(disabled), sum(minors)
    from payroll_lines group by payroll_id, area_code, program, kind, for_month`.execute(db);

  for (const column of ['first_counted', 'start_counted', 'stop_counted']) {
    await db.schema.alterTable('enrolments').addColumn(column, 'varchar(7)').execute();
  }
  // The counting month of a change: the month it takes effect, or the month decided if later.
  const counted = `case when substr(c.decided_on, 1, 7) > c.effective_month then substr(c.decided_on, 1, 7) else c.effective_month end`;
  await sql`update enrolments set first_counted = t.first_counted, start_counted = t.start_counted, stop_counted = t.stop_counted
    from (
      select c.enrolment_id, min(${sql.raw(counted)}) as first_counted,
        min(case when c.kind = 'start' then ${sql.raw(counted)} end) as start_counted,
        min(case when c.kind = 'stop' then ${sql.raw(counted)} end) as stop_counted
      from enrolment_changes c group by c.enrolment_id
    ) t
    where t.enrolment_id = enrolments.id`.execute(db);
  // The report scans a district's enrolments by these alone: the index covers the read, so the
  // wide rows (the frozen calculation) are not touched — 1.7 s → 0.3 s at 1M persons on SQLite.
  await db.schema.createIndex('enrolments_counted_idx').on('enrolments').columns(['area_code', 'program', 'first_counted', 'start_counted', 'stop_counted']).execute();
  // A month's case events (accepted, approved, rejected in it) and objections by time: without
  // them SQLite, asked for one program (a payroll's approval), read every application of the
  // district and its events — 3.8 s instead of 5 ms at 1M persons (objections: 1.3 s).
  await db.schema.createIndex('case_events_at_idx').on('case_events').column('at').execute();
  await db.schema.createIndex('objections_created_idx').on('objections').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('objections_created_idx').execute();
  await db.schema.dropIndex('case_events_at_idx').execute();
  await db.schema.dropIndex('enrolments_counted_idx').execute();
  for (const column of ['first_counted', 'start_counted', 'stop_counted']) await db.schema.alterTable('enrolments').dropColumn(column).execute();
  await db.schema.dropTable('payroll_line_totals').execute();
}
