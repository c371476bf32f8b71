import { sql, type Kysely } from 'kysely';
import { idColumn } from '../migration-columns.ts';

/**
 * Issue 21 (elderly, second part): senior cards, ability assessments, emergency call devices and
 * caregivers with their own monthly pay roll.
 *
 * - `senior_cards` 老年证 / 优待证: one valid card per person and kind (a partial unique index);
 *   a reissue voids the old card (`status = 'void'`, `replaced_by`) and points back (`reissue_of`).
 * - `ability_assessments` 能力评估: the item scores as JSON, their total and the level derived
 *   from it (domain/elderly/assessment.ts), kept as history per person.
 * - `emergency_devices` 电子保姆 registered to a person; `emergency_alarms` each alarm and its
 *   response (who, when, outcome) on the same row: an alarm has at most one closing response.
 * - `caregivers` 养护员, `caregiver_agreements` pairing one with an elderly person's household,
 *   `caregiver_logs` the daily log (one per agreement and day), `caregiver_leaves` with the
 *   substitute, `caregiver_assessments` the monthly score (one per agreement and month).
 * - `caregiver_payrolls` / `caregiver_pay_lines`: the month's pay, frozen when prepared and
 *   approved by another county user. Not `payroll_lines`: those are bound to enrolments, which
 *   are born of approved benefit cases; a caregiver is paid for work under an agreement.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('senior_cards'))
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('household_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('number', 'varchar(32)', (c) => c.notNull().unique())
    .addColumn('issued_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('fee', 'bigint', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('reissue_of', 'integer')
    .addColumn('reissue_reason', 'varchar(200)')
    .addColumn('replaced_by', 'integer')
    .addColumn('voided_on', 'varchar(10)')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  // One valid card per person and kind: two workers issuing at once cannot both succeed.
  await sql`create unique index senior_cards_valid_idx on senior_cards (person_id, kind) where status = 'valid'`.execute(db);
  await db.schema.createIndex('senior_cards_area_idx').on('senior_cards').columns(['area_code', 'id']).execute();

  await idColumn(db, db.schema.createTable('ability_assessments'))
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('household_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('assessed_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('assessor', 'varchar(100)', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('note', 'varchar(500)')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ability_assessments_person_idx').on('ability_assessments').columns(['person_id', 'assessed_on']).execute();
  await db.schema.createIndex('ability_assessments_area_idx').on('ability_assessments').columns(['area_code', 'assessed_on']).execute();

  await idColumn(db, db.schema.createTable('emergency_devices'))
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('household_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('device_number', 'varchar(40)', (c) => c.notNull().unique())
    .addColumn('provider', 'varchar(200)', (c) => c.notNull())
    .addColumn('installed_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('emergency_devices_area_idx').on('emergency_devices').columns(['area_code', 'id']).execute();

  await idColumn(db, db.schema.createTable('emergency_alarms'))
    .addColumn('device_id', 'integer', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('raised_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('kind', 'varchar(24)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('responder', 'varchar(100)')
    .addColumn('responded_at', 'varchar(32)')
    .addColumn('outcome', 'varchar(24)')
    .addColumn('note', 'varchar(500)')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('responded_by', 'integer')
    .execute();
  await db.schema.createIndex('emergency_alarms_area_idx').on('emergency_alarms').columns(['area_code', 'status', 'raised_at']).execute();
  await db.schema.createIndex('emergency_alarms_device_idx').on('emergency_alarms').columns(['device_id', 'raised_at']).execute();

  await idColumn(db, db.schema.createTable('caregivers'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('name', 'varchar(50)', (c) => c.notNull())
    .addColumn('id_number', 'varchar(18)', (c) => c.notNull().unique())
    .addColumn('phone', 'varchar(30)')
    .addColumn('bank_name', 'varchar(100)', (c) => c.notNull())
    .addColumn('bank_account', 'varchar(40)', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('caregivers_area_idx').on('caregivers').columns(['area_code', 'id']).execute();

  await idColumn(db, db.schema.createTable('caregiver_agreements'))
    .addColumn('caregiver_id', 'integer', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('household_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('starts_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('ends_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('monthly_pay', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('caregiver_agreements_area_idx').on('caregiver_agreements').columns(['area_code', 'starts_on']).execute();
  await db.schema.createIndex('caregiver_agreements_person_idx').on('caregiver_agreements').columns(['person_id']).execute();

  await idColumn(db, db.schema.createTable('caregiver_logs'))
    .addColumn('agreement_id', 'integer', (c) => c.notNull())
    .addColumn('caregiver_id', 'integer', (c) => c.notNull())
    .addColumn('logged_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('hours', 'integer', (c) => c.notNull())
    .addColumn('content', 'varchar(500)', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('caregiver_logs_day_idx').on('caregiver_logs').columns(['agreement_id', 'logged_on']).unique().execute();

  await idColumn(db, db.schema.createTable('caregiver_leaves'))
    .addColumn('agreement_id', 'integer', (c) => c.notNull())
    .addColumn('from_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('to_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('reason', 'varchar(200)', (c) => c.notNull())
    .addColumn('substitute_id', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('caregiver_leaves_agreement_idx').on('caregiver_leaves').columns(['agreement_id', 'from_on']).execute();

  await idColumn(db, db.schema.createTable('caregiver_assessments'))
    .addColumn('agreement_id', 'integer', (c) => c.notNull())
    .addColumn('month', 'varchar(7)', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('assessor', 'varchar(100)', (c) => c.notNull())
    .addColumn('note', 'varchar(500)')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('caregiver_assessments_month_idx').on('caregiver_assessments').columns(['agreement_id', 'month']).unique().execute();

  await idColumn(db, db.schema.createTable('caregiver_payrolls'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('month', 'varchar(7)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('lines', 'integer', (c) => c.notNull())
    .addColumn('total_amount', 'bigint', (c) => c.notNull())
    .addColumn('withheld', 'text', (c) => c.notNull())
    .addColumn('prepared_by', 'integer', (c) => c.notNull())
    .addColumn('prepared_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('approved_by', 'integer')
    .addColumn('approved_at', 'varchar(32)')
    .execute();
  // One pay roll per area and month: preparing it again finds the first.
  await db.schema.createIndex('caregiver_payrolls_key_idx').on('caregiver_payrolls').columns(['area_code', 'month']).unique().execute();

  await idColumn(db, db.schema.createTable('caregiver_pay_lines'))
    .addColumn('payroll_id', 'integer', (c) => c.notNull())
    .addColumn('agreement_id', 'integer', (c) => c.notNull())
    .addColumn('caregiver_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('role', 'varchar(16)', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('payee_name', 'varchar(50)', (c) => c.notNull())
    .addColumn('payee_id_number', 'varchar(18)', (c) => c.notNull())
    .addColumn('bank_name', 'varchar(100)', (c) => c.notNull())
    .addColumn('bank_account', 'varchar(40)', (c) => c.notNull())
    .addColumn('reason', 'varchar(200)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('caregiver_pay_lines_payroll_idx').on('caregiver_pay_lines').columns(['payroll_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'caregiver_pay_lines',
    'caregiver_payrolls',
    'caregiver_assessments',
    'caregiver_leaves',
    'caregiver_logs',
    'caregiver_agreements',
    'caregivers',
    'emergency_alarms',
    'emergency_devices',
    'ability_assessments',
    'senior_cards',
  ])
    await db.schema.dropTable(t).execute();
}
