import type { Kysely } from 'kysely';
import { idColumn } from '../migration-columns.ts';

/**
 * Long work as jobs in the database (imports now; payroll, matching, exports later). A row is
 * the whole state of a job: who submitted it (it acts with that user's role and area), its
 * lease (which process runs it, until when), its checkpoint and its result. Claiming is an
 * UPDATE guarded by the status and the lease, so two processes never run one job.
 *
 * `import_rows` and `import_errors` stage a household import: the workbook is read once,
 * streamed into these rows, then applied in batches that each commit with the job's
 * checkpoint, so memory stays bounded and a restart resumes after the last batch.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('jobs'))
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer', (c) => c.notNull())
    .addColumn('actor_username', 'varchar(64)', (c) => c.notNull())
    .addColumn('actor_role', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('started_at', 'varchar(32)')
    .addColumn('finished_at', 'varchar(32)')
    .addColumn('heartbeat_at', 'varchar(32)')
    .addColumn('lease_owner', 'varchar(80)')
    .addColumn('lease_expires_at', 'varchar(32)')
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('progress_done', 'integer', (c) => c.notNull())
    .addColumn('progress_total', 'integer')
    .addColumn('phase', 'varchar(40)')
    .addColumn('input', 'text', (c) => c.notNull())
    .addColumn('checkpoint', 'text')
    .addColumn('result', 'text')
    .addColumn('error_code', 'varchar(80)')
    .addColumn('error_message', 'text')
    .addColumn('file_path', 'text')
    .execute();
  await db.schema.createIndex('jobs_status_idx').on('jobs').columns(['status', 'id']).execute();
  await db.schema.createIndex('jobs_actor_idx').on('jobs').columns(['actor_user_id', 'id']).execute();

  await db.schema
    .createTable('import_rows')
    .addColumn('job_id', 'integer', (c) => c.notNull())
    // 'h' 户信息 row, 'm' 成员 row
    .addColumn('sheet', 'varchar(1)', (c) => c.notNull())
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('head_key', 'varchar(40)', (c) => c.notNull())
    // 1: every cell read; 0: a cell was bad (its household is skipped)
    .addColumn('ok', 'integer', (c) => c.notNull())
    // the first 户信息 row of its head ID number (members attach to it)
    .addColumn('primary_row', 'integer', (c) => c.notNull())
    .addColumn('payload', 'text')
    .addPrimaryKeyConstraint('import_rows_pk', ['job_id', 'sheet', 'row_number'])
    .execute();
  await db.schema.createIndex('import_rows_head_idx').on('import_rows').columns(['job_id', 'head_key']).execute();

  await db.schema
    .createTable('import_errors')
    .addColumn('job_id', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('sheet', 'varchar(40)', (c) => c.notNull())
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('column_name', 'varchar(80)', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_errors_pk', ['job_id', 'seq'])
    .execute();
}
