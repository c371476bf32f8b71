import type { Kysely } from 'kysely';
import { idColumn } from '../migration-columns.ts';

/**
 * Issue 22, first slice: the registers of disabled persons, children and entitled groups (优抚).
 *
 * - `disability_certificates` 残疾证: one live certificate per person (a revoked one stays as
 *   history). The two disability subsidies read the person's category and grade, which the
 *   certificate now writes (the person columns of 0002 become its projection).
 * - `disability_services`: rehabilitation (康复), assistive devices (辅具) and barrier-free home
 *   adaptations (无障碍改造) in one table, told apart by `kind`.
 * - `employment_bases` 就业扶贫基地 with the last evaluation of the criteria kept as JSON.
 * - `child_records`: orphans, de-facto orphans and left-behind children with the reason, the
 *   guardian and the guardianship agreement, the parent away and the carer.
 * - `entitled_persons` 优抚对象 with their group and document; `veteran_tasks` the follow-ups
 *   (a recipient's death: comfort the family).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('disability_certificates'))
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('household_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('number', 'varchar(20)', (c) => c.notNull().unique())
    .addColumn('category', 'varchar(16)', (c) => c.notNull())
    .addColumn('grade', 'integer', (c) => c.notNull())
    .addColumn('issued_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('review_on', 'varchar(10)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('note', 'varchar(500)')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('disability_certificates_person_idx').on('disability_certificates').columns(['person_id', 'status']).execute();
  await db.schema.createIndex('disability_certificates_area_idx').on('disability_certificates').columns(['area_code', 'id']).execute();

  await idColumn(db, db.schema.createTable('disability_services'))
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('household_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('kind', 'varchar(24)', (c) => c.notNull())
    .addColumn('service_type', 'varchar(100)', (c) => c.notNull())
    .addColumn('provider', 'varchar(200)', (c) => c.notNull())
    .addColumn('start_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('end_on', 'varchar(10)')
    .addColumn('amount', 'bigint')
    .addColumn('note', 'varchar(500)')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('disability_services_area_idx').on('disability_services').columns(['area_code', 'kind', 'start_on']).execute();
  await db.schema.createIndex('disability_services_person_idx').on('disability_services').columns(['person_id']).execute();

  await idColumn(db, db.schema.createTable('employment_bases'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('operator', 'varchar(200)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('applied_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('inspected_on', 'varchar(10)')
    .addColumn('disabled_employees', 'integer', (c) => c.notNull())
    .addColumn('households_served', 'integer', (c) => c.notNull())
    .addColumn('annual_output', 'bigint', (c) => c.notNull())
    .addColumn('per_capita_income', 'bigint', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('evaluation', 'text')
    .addColumn('evaluated_on', 'varchar(10)')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('employment_bases_area_idx').on('employment_bases').columns(['area_code', 'year']).execute();

  await idColumn(db, db.schema.createTable('child_records'))
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('household_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('kind', 'varchar(24)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('reason', 'varchar(32)', (c) => c.notNull())
    .addColumn('guardian_name', 'varchar(100)')
    .addColumn('guardian_relation', 'varchar(32)')
    .addColumn('guardian_phone', 'varchar(30)')
    .addColumn('agreement_signed_on', 'varchar(10)')
    .addColumn('agreement_until', 'varchar(10)')
    .addColumn('parent_away', 'varchar(100)')
    .addColumn('parent_away_place', 'varchar(200)')
    .addColumn('carer_name', 'varchar(100)')
    .addColumn('carer_relation', 'varchar(32)')
    .addColumn('started_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('ended_on', 'varchar(10)')
    .addColumn('end_reason', 'varchar(200)')
    .addColumn('note', 'varchar(500)')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('child_records_area_idx').on('child_records').columns(['area_code', 'kind', 'status']).execute();
  await db.schema.createIndex('child_records_person_idx').on('child_records').columns(['person_id']).execute();

  await idColumn(db, db.schema.createTable('entitled_persons'))
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('household_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('group_code', 'varchar(32)', (c) => c.notNull())
    .addColumn('document_kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('document_number', 'varchar(40)', (c) => c.notNull())
    .addColumn('disability_level', 'integer')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('registered_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('ended_on', 'varchar(10)')
    .addColumn('note', 'varchar(500)')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('entitled_persons_area_idx').on('entitled_persons').columns(['area_code', 'group_code', 'status']).execute();
  await db.schema.createIndex('entitled_persons_person_idx').on('entitled_persons').columns(['person_id']).execute();

  await idColumn(db, db.schema.createTable('veteran_tasks'))
    .addColumn('entitled_person_id', 'integer', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('kind', 'varchar(24)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('reason', 'varchar(200)', (c) => c.notNull())
    .addColumn('due_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('done_on', 'varchar(10)')
    .addColumn('outcome', 'varchar(500)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('done_by', 'integer')
    .execute();
  // One comfort task per recipient and kind: a death recorded twice does not make two.
  await db.schema.createIndex('veteran_tasks_once_idx').on('veteran_tasks').columns(['entitled_person_id', 'kind']).unique().execute();
  await db.schema.createIndex('veteran_tasks_area_idx').on('veteran_tasks').columns(['area_code', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['veteran_tasks', 'entitled_persons', 'child_records', 'employment_bases', 'disability_services', 'disability_certificates']) await db.schema.dropTable(t).execute();
}
