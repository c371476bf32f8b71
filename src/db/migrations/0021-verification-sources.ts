import type { Kysely } from 'kysely';
import { idColumn } from '../migration-columns.ts';

/**
 * Issue 18: other departments' records (核对数据源), matching runs and the alerts they raise.
 *
 * `source_records` holds every department's rows in one shape: the person's ID number (the join
 * key, indexed with the source), the kind of record, a date, an amount in fen, the item (plate,
 * company, address), an exemption flag (vehicles) and the mapped columns as JSON. `record_key`
 * is the record's natural identity (source + content), so an append-mode source imported twice
 * keeps one row and an alert raised from a record survives that source being replaced.
 *
 * `alerts` are unique per (person, rule, source, record_key): re-running a match inserts with
 * ON CONFLICT DO NOTHING and never duplicates an alert. `documents.person_id` ties a 核对授权书
 * to the member who signed it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('source_imports'))
    .addColumn('source_id', 'varchar(32)', (c) => c.notNull())
    .addColumn('mode', 'varchar(8)', (c) => c.notNull())
    .addColumn('file_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('imported_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('imported_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('imported_by', 'integer')
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('bad_row_count', 'integer', (c) => c.notNull())
    .addColumn('errors', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('source_imports_source_idx').on('source_imports').columns(['source_id', 'id']).execute();

  await idColumn(db, db.schema.createTable('source_records'))
    .addColumn('source_id', 'varchar(32)', (c) => c.notNull())
    .addColumn('import_id', 'integer', (c) => c.notNull())
    .addColumn('record_key', 'varchar(64)', (c) => c.notNull())
    .addColumn('id_number', 'varchar(18)', (c) => c.notNull())
    .addColumn('name', 'varchar(64)', (c) => c.notNull())
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('event_date', 'varchar(10)')
    .addColumn('end_date', 'varchar(10)')
    .addColumn('amount', 'bigint')
    .addColumn('item', 'varchar(200)')
    .addColumn('exempt', 'integer', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('source_records_id_number_idx').on('source_records').columns(['id_number', 'source_id']).execute();
  await db.schema.createIndex('source_records_key_idx').on('source_records').columns(['source_id', 'record_key']).unique().execute();
  await db.schema.createIndex('source_records_import_idx').on('source_records').columns(['import_id']).execute();

  await idColumn(db, db.schema.createTable('matching_runs'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('job_id', 'integer')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('persons', 'integer', (c) => c.notNull())
    .addColumn('findings', 'integer', (c) => c.notNull())
    .addColumn('new_alerts', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('finished_at', 'varchar(32)')
    .execute();

  await idColumn(db, db.schema.createTable('alerts'))
    .addColumn('run_id', 'integer', (c) => c.notNull())
    .addColumn('rule', 'varchar(40)', (c) => c.notNull())
    .addColumn('source_id', 'varchar(32)', (c) => c.notNull())
    .addColumn('record_key', 'varchar(64)', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('household_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('declared', 'varchar(200)', (c) => c.notNull())
    .addColumn('matched', 'varchar(200)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('due_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('outcome', 'varchar(16)')
    .addColumn('reason', 'varchar(500)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('worked_at', 'varchar(32)')
    .addColumn('worked_by', 'integer')
    .execute();
  await db.schema.createIndex('alerts_identity_idx').on('alerts').columns(['person_id', 'rule', 'source_id', 'record_key']).unique().execute();
  await db.schema.createIndex('alerts_area_idx').on('alerts').columns(['area_code', 'status', 'id']).execute();
  await db.schema.createIndex('alerts_run_idx').on('alerts').columns(['run_id']).execute();

  await db.schema.alterTable('documents').addColumn('person_id', 'integer').execute();
  await db.schema.createIndex('documents_person_idx').on('documents').columns(['person_id', 'kind']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('documents_person_idx').execute();
  await db.schema.alterTable('documents').dropColumn('person_id').execute();
  for (const t of ['alerts', 'matching_runs', 'source_records', 'source_imports']) await db.schema.dropTable(t).execute();
}
