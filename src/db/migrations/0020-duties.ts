import type { Kysely } from 'kysely';

/**
 * Issue 17 points 3 and 4. A relative registered for a staff member names that member's user
 * account (`staff_user_id`), so the staff member is recused from every case of the relative's
 * household. The auditor's desk filters the audit log by user, action and date range: each has
 * an index that also orders by `seq` (the list is newest first).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('staff_relatives').addColumn('staff_user_id', 'integer', (c) => c.references('users.id')).execute();
  await db.schema.createIndex('staff_relatives_user_idx').on('staff_relatives').columns(['staff_user_id', 'relative_id_number']).execute();
  await db.schema.createIndex('audit_actor_seq_idx').on('audit_log').columns(['actor_id', 'seq']).execute();
  await db.schema.createIndex('audit_action_seq_idx').on('audit_log').columns(['action', 'seq']).execute();
  await db.schema.createIndex('audit_at_idx').on('audit_log').column('at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_at_idx').execute();
  await db.schema.dropIndex('audit_action_seq_idx').execute();
  await db.schema.dropIndex('audit_actor_seq_idx').execute();
  await db.schema.dropIndex('staff_relatives_user_idx').execute();
  await db.schema.alterTable('staff_relatives').dropColumn('staff_user_id').execute();
}
