import { sql, type Kysely } from 'kysely';
import { idColumn } from '../migration-columns.ts';

/**
 * Payments (社会化发放, DOMAIN.md §6): the dated history of every enrolment, payrolls and their
 * frozen lines, and the back pay / recovery ledger that later payrolls settle.
 *
 * Two constraints carry the money rules so that no code path can break them:
 * - `payrolls.payroll_key` is unique: producing the payroll of a (kind, program, area, period)
 *   twice, even from two racing requests, finds the first one instead of making a second;
 * - a regular line is unique per (enrolment, month it pays for): no month is ever paid twice,
 *   whether by a monthly payroll, a two-month Spring Festival payroll, or an overlapping area.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Persons the enrolment covers (保障人数), frozen at approval from the calculation.
  await db.schema.alterTable('enrolments').addColumn('covered_persons', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('enrolments').addColumn('stop_reason', 'varchar(32)').execute();
  await sql`update enrolments set covered_persons = coalesce((
      select count(*) from persons p where p.household_id = enrolments.household_id and p.in_prison = 0), 1)
    where person_id is null`.execute(db);

  // The enrolment's history: what is paid from which month. The amount in force in a month is
  // the latest change whose effective_month ≤ that month (ties: the later id).
  await idColumn(db, db.schema.createTable('enrolment_changes'))
    .addColumn('enrolment_id', 'integer', (c) => c.notNull().references('enrolments.id'))
    // start | amount | suspend | resume | stop
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('effective_month', 'varchar(7)', (c) => c.notNull())
    // in force from effective_month; null for suspend and stop (nothing is paid)
    .addColumn('monthly_amount', 'bigint')
    .addColumn('covered_persons', 'integer')
    .addColumn('reason_code', 'varchar(32)')
    .addColumn('reason', 'varchar(500)')
    .addColumn('decided_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('application_id', 'integer', (c) => c.references('applications.id'))
    .addColumn('actor_id', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('enrolment_changes_month_idx')
    .on('enrolment_changes')
    .columns(['enrolment_id', 'effective_month', 'id'])
    .execute();
  await sql`insert into enrolment_changes (enrolment_id, kind, effective_month, monthly_amount, covered_persons, decided_on, application_id, created_at)
    select id, 'start', start_month, monthly_amount, covered_persons, substr(created_at, 1, 10), application_id, created_at from enrolments`.execute(db);

  await idColumn(db, db.schema.createTable('payrolls'))
    // e.g. monthly:dibao:420102:2025-07, or lump_sum:spring-2026:dibao:420102:2026-01
    .addColumn('payroll_key', 'varchar(160)', (c) => c.notNull().unique())
    // monthly | lump_sum
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('program', 'varchar(32)', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    // the month it is paid in; `months` lists every month it pays for ("2026-01,2026-02")
    .addColumn('month', 'varchar(7)', (c) => c.notNull())
    .addColumn('months', 'varchar(200)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    // prepared | approved
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('households', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('persons', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total_amount', 'bigint', (c) => c.notNull().defaultTo(0))
    // 资金分担: how the total is shared between levels of government
    .addColumn('city_amount', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('district_amount', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('funding', 'text')
    .addColumn('lump_sum_per_person', 'bigint')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('approved_by', 'integer')
    .addColumn('approved_at', 'varchar(32)')
    .addColumn('bank_result_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('payrolls_month_idx').on('payrolls').columns(['month', 'program', 'area_code']).execute();

  await idColumn(db, db.schema.createTable('payroll_lines'))
    .addColumn('payroll_id', 'integer', (c) => c.notNull().references('payrolls.id'))
    .addColumn('enrolment_id', 'integer', (c) => c.notNull().references('enrolments.id'))
    .addColumn('household_id', 'integer', (c) => c.notNull())
    .addColumn('payee_person_id', 'integer')
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('program', 'varchar(32)', (c) => c.notNull())
    // the month this line pays for (a back-pay line: the month it is paid in)
    .addColumn('for_month', 'varchar(7)', (c) => c.notNull())
    // regular | back_pay | recovery | lump_sum
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    // signed fen: a recovery is negative
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'varchar(500)', (c) => c.notNull())
    .addColumn('adjustment_id', 'integer')
    // frozen payee and bank details, as sent to the bank
    .addColumn('payee_name', 'varchar(50)', (c) => c.notNull())
    .addColumn('payee_id_number', 'varchar(18)', (c) => c.notNull())
    .addColumn('bank_name', 'varchar(100)')
    .addColumn('bank_account', 'varchar(40)')
    // frozen head counts for the monthly report (DOMAIN.md §9)
    .addColumn('persons', 'integer', (c) => c.notNull())
    .addColumn('elderly', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('minors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('category', 'varchar(1)')
    .addColumn('reference', 'varchar(40)', (c) => c.notNull().unique())
    // pending | paid | failed
    .addColumn('bank_status', 'varchar(16)', (c) => c.notNull().defaultTo('pending'))
    .addColumn('failure_reason', 'varchar(200)')
    .execute();
  await db.schema.createIndex('payroll_lines_payroll_idx').on('payroll_lines').columns(['payroll_id', 'id']).execute();
  await db.schema.createIndex('payroll_lines_enrolment_idx').on('payroll_lines').columns(['enrolment_id', 'for_month']).execute();
  await sql`create unique index payroll_lines_month_once_idx on payroll_lines (enrolment_id, for_month) where kind = 'regular'`.execute(db);

  // 补发 / 追回 owed to or by an enrolment; payrolls settle them line by line.
  await idColumn(db, db.schema.createTable('payment_adjustments'))
    .addColumn('enrolment_id', 'integer', (c) => c.notNull().references('enrolments.id'))
    // back_pay | recovery
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    // positive fen, the whole sum owed
    .addColumn('total_amount', 'bigint', (c) => c.notNull())
    // a recovery takes at most this much per month (null: all at once)
    .addColumn('monthly_limit', 'bigint')
    .addColumn('first_month', 'varchar(7)', (c) => c.notNull())
    .addColumn('reason', 'varchar(500)', (c) => c.notNull())
    // retroactive_change | bank_failure | manual
    .addColumn('source', 'varchar(32)', (c) => c.notNull())
    .addColumn('source_line_id', 'integer')
    // a failed bank payment waits until the household's account differs from this one
    .addColumn('held_account', 'varchar(40)')
    // open | settled | cancelled
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('payment_adjustments_open_idx').on('payment_adjustments').columns(['status', 'enrolment_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['payment_adjustments', 'payroll_lines', 'payrolls', 'enrolment_changes']) await db.schema.dropTable(t).execute();
  await db.schema.alterTable('enrolments').dropColumn('stop_reason').execute();
  await db.schema.alterTable('enrolments').dropColumn('covered_persons').execute();
}
