import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { idColumn } from '../migration-columns.ts';

/**
 * 举报投诉、信访 (issue 17 point 1): one register of every complaint and tip, whatever the channel.
 *
 * A notice objection (公示异议, table `objections` of 0004) stays where the case workflow reads it
 * — an open objection holds the case — and is LINKED to a complaint row created with it
 * (`complaints.objection_id`), rather than moved: the case module keeps its rule unchanged and
 * the register still counts, assigns, investigates and answers every objection like any other
 * complaint. Objections recorded before this migration get their complaint row here.
 *
 * `complaint_events` is the complaint's history (registration, assignment, each investigation
 * record, outcome, reply); `complaint_actions` the corrective actions, each naming the record
 * it changed; `complaint_channels` the per-area complaint channels shown on the public page and
 * in notices (before: sample strings in the code).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('complaints'))
    .addColumn('tracking_code', 'varchar(16)', (c) => c.notNull().unique())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('channel', 'varchar(24)', (c) => c.notNull())
    .addColumn('category', 'varchar(24)', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    .addColumn('complainant_name', 'varchar(100)')
    .addColumn('complainant_contact', 'varchar(100)')
    .addColumn('subject_household_id', 'integer')
    .addColumn('subject_person_id', 'integer')
    .addColumn('subject_user_id', 'integer')
    .addColumn('subject_note', 'varchar(200)')
    .addColumn('application_id', 'integer')
    .addColumn('objection_id', 'integer', (c) => c.unique())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('received_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('due_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('assignee_id', 'integer')
    .addColumn('outcome', 'varchar(16)')
    .addColumn('finding', 'text')
    .addColumn('concluded_on', 'varchar(10)')
    .addColumn('reply', 'text')
    .addColumn('replied_on', 'varchar(10)')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('complaints_area_idx').on('complaints').columns(['area_code', 'status']).execute();
  await db.schema.createIndex('complaints_received_idx').on('complaints').columns(['received_on']).execute();

  await idColumn(db, db.schema.createTable('complaint_events'))
    .addColumn('complaint_id', 'integer', (c) => c.notNull())
    .addColumn('action', 'varchar(24)', (c) => c.notNull())
    .addColumn('happened_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('content', 'text')
    .addColumn('actor_id', 'integer')
    .addColumn('actor_username', 'varchar(64)')
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('complaint_events_idx').on('complaint_events').columns(['complaint_id', 'id']).execute();

  await idColumn(db, db.schema.createTable('complaint_actions'))
    .addColumn('complaint_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'varchar(24)', (c) => c.notNull())
    .addColumn('ref_id', 'integer')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('complaint_actions_idx').on('complaint_actions').columns(['complaint_id']).execute();

  await db.schema
    .createTable('complaint_channels')
    .addColumn('area_code', 'varchar(12)', (c) => c.primaryKey())
    .addColumn('channels', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer')
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  // Objections already on file join the register (deadline: the day they were raised, so an
  // old unanswered one shows as overdue rather than getting a fresh clock).
  const old = await db
    .selectFrom('objections as o')
    .innerJoin('applications as a', 'a.id', 'o.application_id')
    .select(['o.id', 'o.application_id', 'o.raised_by', 'o.content', 'o.status', 'o.resolution', 'o.created_at', 'o.resolved_at', 'a.area_code', 'a.household_id'])
    .orderBy('o.id')
    .execute();
  for (const o of old) {
    const day = String(o.created_at).slice(0, 10);
    const resolved = o.status === 'resolved';
    await db
      .insertInto('complaints')
      .values({
        tracking_code: randomBytes(10).toString('hex').slice(0, 12).toUpperCase(),
        area_code: o.area_code,
        channel: 'notice_objection',
        category: 'other',
        content: o.content,
        anonymous: 0,
        complainant_name: o.raised_by,
        complainant_contact: null,
        subject_household_id: o.household_id,
        subject_person_id: null,
        subject_user_id: null,
        subject_note: null,
        application_id: o.application_id,
        objection_id: o.id,
        status: resolved ? 'replied' : 'received',
        received_on: day,
        due_on: day,
        assignee_id: null,
        outcome: null,
        finding: null,
        concluded_on: null,
        reply: resolved ? o.resolution : null,
        replied_on: resolved && o.resolved_at ? String(o.resolved_at).slice(0, 10) : null,
        created_by: null,
        created_at: o.created_at,
        updated_at: o.resolved_at ?? o.created_at,
      })
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['complaint_channels', 'complaint_actions', 'complaint_events', 'complaints']) await db.schema.dropTable(t).execute();
}
