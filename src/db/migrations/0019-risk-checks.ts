import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../database.ts';
import { idColumn } from '../migration-columns.ts';

/**
 * 风险核查 (issue 17 point 2): runs of the risk rules over an area, and their findings.
 *
 * A finding is keyed by its rule and the records it names (`fingerprint`); at most one finding
 * per fingerprint is open at a time (a partial unique index), so a nightly re-run adds no
 * duplicate — it only notes, in `risk_finding_runs`, that the run saw the finding again.
 * Its outcome (confirmed / dismissed) is worked like an alert and audited.
 *
 * The indexes on `enrolments`, `households` and `persons` serve the rules' joins (the bank
 * account groupings, a person's enrolments) over a district of a million persons.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('risk_runs'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('job_id', 'integer')
    // queued | running | succeeded | failed (follows its job)
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_by_username', 'varchar(64)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('finished_at', 'varchar(32)')
    .addColumn('duration_ms', 'integer')
    // JSON: { rule: { found, created, ms } }
    .addColumn('summary', 'text')
    .execute();
  await db.schema.createIndex('risk_runs_area_idx').on('risk_runs').columns(['area_code', 'id']).execute();

  await idColumn(db, db.schema.createTable('risk_findings'))
    .addColumn('rule', 'varchar(40)', (c) => c.notNull())
    .addColumn('fingerprint', 'varchar(120)', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    // JSON arrays of ids
    .addColumn('household_ids', 'text', (c) => c.notNull())
    .addColumn('person_ids', 'text', (c) => c.notNull())
    // JSON: the values the rule found
    .addColumn('evidence', 'text', (c) => c.notNull())
    // open | confirmed | dismissed
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('first_run_id', 'integer', (c) => c.notNull())
    .addColumn('last_run_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('outcome_note', 'text')
    .addColumn('outcome_by', 'integer')
    .addColumn('outcome_by_username', 'varchar(64)')
    .addColumn('outcome_at', 'varchar(32)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await sql`create unique index risk_findings_open_idx on risk_findings (fingerprint) where status = 'open'`.execute(db);
  await db.schema.createIndex('risk_findings_fingerprint_idx').on('risk_findings').columns(['fingerprint', 'status']).execute();
  await db.schema.createIndex('risk_findings_area_idx').on('risk_findings').columns(['area_code', 'rule', 'status']).execute();

  await db.schema
    .createTable('risk_finding_runs')
    .addColumn('run_id', 'integer', (c) => c.notNull())
    .addColumn('finding_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('risk_finding_runs_pk', ['run_id', 'finding_id'])
    .execute();

  await db.schema.createIndex('enrolments_household_idx').on('enrolments').columns(['household_id', 'status']).execute();
  await db.schema.createIndex('enrolments_person_idx').on('enrolments').columns(['person_id', 'status']).execute();
  // (bank_account, area_code) and the row id: one account's households are read off the index alone.
  await sql`create index households_bank_account_idx on households (bank_account, area_code, id) where bank_account is not null`.execute(db);
  await db.schema.createIndex('enrolments_program_idx').on('enrolments').columns(['program', 'status', 'person_id']).execute();
  await sql`create index persons_bank_account_idx on persons (bank_account) where bank_account is not null`.execute(db);
  if (dialectOf(db) === 'postgres') await sql`analyze enrolments`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ['enrolments_household_idx', 'enrolments_person_idx', 'enrolments_program_idx', 'households_bank_account_idx', 'persons_bank_account_idx']) {
    await db.schema.dropIndex(index).ifExists().execute();
  }
  await db.schema.dropTable('risk_finding_runs').execute();
  await db.schema.dropTable('risk_findings').execute();
  await db.schema.dropTable('risk_runs').execute();
}
