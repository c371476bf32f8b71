import type { Kysely } from 'kysely';
import { idColumn } from '../migration-columns.ts';

/**
 * Issue 18 point 4: 主动发现 (proactive discovery). A run applies every discovery rule to an area
 * (as a job); each person a rule names becomes a lead for the community, worked to an outcome
 * after the outreach visit (applied / not eligible / declined).
 *
 * A lead is unique per (rule, person): re-running inserts with ON CONFLICT DO NOTHING, so a run
 * never duplicates a lead, and a resident who declined or was found not eligible is not visited
 * again for the same reason. The 低收入人口 register is built from enrolments, applications and
 * these leads by query; it has no table of its own.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('discovery_runs'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('job_id', 'integer')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    // JSON: { rule: { found, created } }
    .addColumn('summary', 'text')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('finished_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('discovery_runs_area_idx').on('discovery_runs').columns(['area_code', 'id']).execute();

  await idColumn(db, db.schema.createTable('discovery_leads'))
    .addColumn('run_id', 'integer', (c) => c.notNull())
    .addColumn('rule', 'varchar(40)', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('household_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('summary', 'varchar(500)', (c) => c.notNull())
    // open | visited
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('due_date', 'varchar(10)', (c) => c.notNull())
    // applied | not_eligible | declined
    .addColumn('outcome', 'varchar(16)')
    .addColumn('visited_on', 'varchar(10)')
    .addColumn('note', 'varchar(500)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('worked_at', 'varchar(32)')
    .addColumn('worked_by', 'integer')
    .execute();
  await db.schema.createIndex('discovery_leads_identity_idx').on('discovery_leads').columns(['rule', 'person_id']).unique().execute();
  await db.schema.createIndex('discovery_leads_area_idx').on('discovery_leads').columns(['area_code', 'status', 'id']).execute();
  await db.schema.createIndex('discovery_leads_household_idx').on('discovery_leads').columns(['household_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('discovery_leads').execute();
  await db.schema.dropTable('discovery_runs').execute();
}
