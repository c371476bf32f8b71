import { sql, type Kysely } from 'kysely';
import { idColumn } from '../migration-columns.ts';

/**
 * The case workflow (申请 → 确认, DOMAIN.md §5): applications, their event timeline and
 * records, public notices and objections, the relatives-of-staff register, enrolments.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('applications'))
    .addColumn('household_id', 'integer', (c) => c.notNull().references('households.id'))
    .addColumn('subject_person_id', 'integer', (c) => c.references('persons.id'))
    .addColumn('program', 'varchar(32)', (c) => c.notNull())
    .addColumn('state', 'varchar(32)', (c) => c.notNull())
    .addColumn('democratic_review', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('receiving_street_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('accepted_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('due_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('extended', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('extension_reason', 'varchar(500)')
    .addColumn('checklist', 'text', (c) => c.notNull())
    .addColumn('consent_document_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('calculated_amount', 'bigint')
    .addColumn('calculation', 'text')
    .addColumn('policy_version', 'varchar(64)')
    .addColumn('category', 'varchar(1)')
    .addColumn('relative_flagged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('relative_review', 'text')
    .addColumn('urgent_amount', 'bigint')
    .addColumn('notice_id', 'integer')
    .addColumn('decision_text', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('applications_area_state_idx').on('applications').columns(['area_code', 'state']).execute();
  // A household has at most one open application per program.
  await sql`create unique index applications_one_open_idx on applications (household_id, program)
    where state not in ('approved', 'rejected', 'withdrawn')`.execute(db);

  await idColumn(db, db.schema.createTable('case_events'))
    .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id'))
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('actor_username', 'varchar(64)')
    .addColumn('action', 'varchar(40)', (c) => c.notNull())
    .addColumn('from_state', 'varchar(32)')
    .addColumn('to_state', 'varchar(32)', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('data', 'text')
    .execute();
  await db.schema.createIndex('case_events_app_idx').on('case_events').column('application_id').execute();

  await idColumn(db, db.schema.createTable('case_records'))
    .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id'))
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('happened_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('staff_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_records_app_idx').on('case_records').columns(['application_id', 'kind']).execute();

  await idColumn(db, db.schema.createTable('public_notices'))
    .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('opened_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('closes_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('masked_name', 'varchar(50)', (c) => c.notNull())
    .addColumn('masked_id_number', 'varchar(20)', (c) => c.notNull())
    .addColumn('program', 'varchar(32)', (c) => c.notNull())
    .addColumn('members', 'integer', (c) => c.notNull())
    .addColumn('monthly_amount', 'bigint', (c) => c.notNull())
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('public_notices_area_idx').on('public_notices').columns(['area_code', 'closes_on']).execute();

  await idColumn(db, db.schema.createTable('objections'))
    .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id'))
    .addColumn('notice_id', 'integer', (c) => c.references('public_notices.id'))
    .addColumn('raised_by', 'varchar(100)', (c) => c.notNull())
    .addColumn('received_via', 'varchar(20)', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('resolution', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('resolved_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('objections_app_idx').on('objections').columns(['application_id', 'status']).execute();

  await idColumn(db, db.schema.createTable('staff_relatives'))
    .addColumn('staff_name', 'varchar(50)', (c) => c.notNull())
    .addColumn('staff_position', 'varchar(100)', (c) => c.notNull())
    .addColumn('relative_name', 'varchar(50)', (c) => c.notNull())
    .addColumn('relative_id_number', 'varchar(18)', (c) => c.notNull())
    .addColumn('relation', 'varchar(32)', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('registered_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('staff_relatives_id_idx').on('staff_relatives').column('relative_id_number').execute();

  await idColumn(db, db.schema.createTable('enrolments'))
    .addColumn('household_id', 'integer', (c) => c.notNull().references('households.id'))
    .addColumn('person_id', 'integer', (c) => c.references('persons.id'))
    .addColumn('program', 'varchar(32)', (c) => c.notNull())
    .addColumn('category', 'varchar(1)')
    .addColumn('monthly_amount', 'bigint', (c) => c.notNull())
    .addColumn('calculation', 'text', (c) => c.notNull())
    .addColumn('policy_version', 'varchar(64)', (c) => c.notNull())
    .addColumn('start_month', 'varchar(7)', (c) => c.notNull())
    .addColumn('end_month', 'varchar(7)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('application_id', 'integer', (c) => c.notNull().references('applications.id'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enrolments_area_idx').on('enrolments').columns(['area_code', 'program', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['enrolments', 'staff_relatives', 'objections', 'public_notices', 'case_records', 'case_events', 'applications']) {
    await db.schema.dropTable(t).execute();
  }
}
