import { sql, type Kysely } from 'kysely';
import { idColumn } from '../migration-columns.ts';

/**
 * Payees (收款人, GitHub issue 14): who a line pays, into whose account.
 *
 * - `persons.bank_name / bank_account`: a person's own account, the holder being the person. A
 *   person-level benefit (特困, 残疾人两项补贴, 高龄津贴, 孤儿…) is paid into it.
 * - `institutions`: 敬老院 / 福利院 / care homes with their account (the holder is the
 *   institution's name). 集中供养 residents are paid to their institution.
 * - `enrolment_payees`: an enrolment's agent (代领人: guardian, relative, institution, other)
 *   with the reason; absent, the person or the household is paid.
 * - `payroll_lines.payee_kind / account_holder / institution_id / refusal`: frozen with the
 *   line. A line whose payee is not the holder of the account it carries, or that has no account,
 *   is refused: it stays in the payroll (the month is settled), is left out of the bank file and
 *   is owed again as back pay held until the payee is corrected.
 * - `payrolls.period`: monthly | quarterly | half_yearly | yearly (payments.periods).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('persons').addColumn('bank_name', 'varchar(100)').execute();
  await db.schema.alterTable('persons').addColumn('bank_account', 'varchar(40)').execute();

  await idColumn(db, db.schema.createTable('institutions'))
    .addColumn('name', 'varchar(50)', (c) => c.notNull())
    // the area it lies in (a district, street or community)
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    // nursing_home (敬老院) | welfare_home (福利院) | care_home (养老机构) | other
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('bank_name', 'varchar(100)', (c) => c.notNull())
    .addColumn('bank_account', 'varchar(40)', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('institutions_area_idx').on('institutions').columns(['area_code', 'name']).execute();

  await db.schema
    .createTable('enrolment_payees')
    .addColumn('enrolment_id', 'integer', (c) => c.primaryKey().references('enrolments.id'))
    // guardian | relative | institution | other
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('institution_id', 'integer', (c) => c.references('institutions.id'))
    // agents other than institutions: their name, ID number and own account
    .addColumn('name', 'varchar(50)')
    .addColumn('id_number', 'varchar(18)')
    .addColumn('bank_name', 'varchar(100)')
    .addColumn('bank_account', 'varchar(40)')
    .addColumn('reason', 'varchar(200)', (c) => c.notNull())
    .addColumn('updated_by', 'integer')
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enrolment_payees_institution_idx').on('enrolment_payees').column('institution_id').execute();

  // self | household | guardian | relative | institution | other
  await db.schema.alterTable('payroll_lines').addColumn('payee_kind', 'varchar(16)').execute();
  await db.schema.alterTable('payroll_lines').addColumn('account_holder', 'varchar(50)').execute();
  await db.schema.alterTable('payroll_lines').addColumn('institution_id', 'integer').execute();
  // no_account | holder_mismatch (null: sent to the bank)
  await db.schema.alterTable('payroll_lines').addColumn('refusal', 'varchar(32)').execute();
  await sql`create index payroll_lines_refused_idx on payroll_lines (payroll_id, enrolment_id) where refusal is not null`.execute(db);
  await sql`create index payroll_lines_institution_idx on payroll_lines (payroll_id, institution_id) where institution_id is not null`.execute(db);

  await db.schema.alterTable('payrolls').addColumn('period', 'varchar(16)', (c) => c.notNull().defaultTo('monthly')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('payrolls').dropColumn('period').execute();
  await db.schema.dropIndex('payroll_lines_institution_idx').execute();
  await db.schema.dropIndex('payroll_lines_refused_idx').execute();
  for (const c of ['refusal', 'institution_id', 'account_holder', 'payee_kind']) await db.schema.alterTable('payroll_lines').dropColumn(c).execute();
  await db.schema.dropTable('enrolment_payees').execute();
  await db.schema.dropTable('institutions').execute();
  await db.schema.alterTable('persons').dropColumn('bank_account').execute();
  await db.schema.alterTable('persons').dropColumn('bank_name').execute();
}
