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

  // No foreign keys on the lines, on purpose: they are a frozen snapshot written only by the
  // transaction that creates their payroll, with ids taken from the same joins, and neither
  // payrolls nor enrolments are ever deleted. On PostgreSQL each FK check locks the referenced
  // row (FOR KEY SHARE, a WAL record each): a district payroll would lock every enrolment, and
  // the checks took about a third of the lines insert (EXPLAIN ANALYZE, 100k persons).
  await idColumn(db, db.schema.createTable('payroll_lines'))
    .addColumn('payroll_id', 'integer', (c) => c.notNull())
    .addColumn('enrolment_id', 'integer', (c) => c.notNull())
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
  // A payroll's lines grouped by payee: the list pages, one bank transfer per enrolment, its result.
  await db.schema.createIndex('payroll_lines_payroll_idx').on('payroll_lines').columns(['payroll_id', 'enrolment_id', 'id']).execute();
  await db.schema.createIndex('payroll_lines_enrolment_idx').on('payroll_lines').columns(['enrolment_id', 'for_month']).execute();
  await sql`create unique index payroll_lines_month_once_idx on payroll_lines (enrolment_id, for_month) where kind = 'regular'`.execute(db);
  // What a back pay or recovery has settled so far: the few lines that reference it.
  await sql`create index payroll_lines_adjustment_idx on payroll_lines (adjustment_id) where adjustment_id is not null`.execute(db);

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

  // 资金分担: every area with its own policy gets the city's share of payrolls (half, until set).
  await sql`insert into policy_params (area_code, key, effective_from, value, version, note, created_by, created_at)
    select area_code, 'funding.cityShare', min(effective_from), '"0.5"', 1, '资金分担比例（默认，市级 50%）', null, min(created_at)
    from policy_params where key = 'dibao.urbanStandard' group by area_code`.execute(db);
  // 小额先行 had no parameter of its own: it was one month of the urban standard, kept as the start.
  await sql`insert into policy_params (area_code, key, effective_from, value, version, note, created_by, created_at)
    select p.area_code, 'temporary.urgentCap', p.effective_from, p.value, 1, '小额先行救助上限（沿用一个月城市低保标准）', null, p.created_at
    from policy_params p
    where p.key = 'dibao.urbanStandard'
      and not exists (select 1 from policy_params o where o.area_code = p.area_code and o.key = p.key
        and (o.effective_from < p.effective_from or (o.effective_from = p.effective_from and o.version > p.version)))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from policy_params where key in ('funding.cityShare', 'temporary.urgentCap')`.execute(db);
  for (const t of ['payment_adjustments', 'payroll_lines', 'payrolls', 'enrolment_changes']) await db.schema.dropTable(t).execute();
  await db.schema.alterTable('enrolments').dropColumn('stop_reason').execute();
  await db.schema.alterTable('enrolments').dropColumn('covered_persons').execute();
}
