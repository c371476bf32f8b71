import type { Kysely } from 'kysely';
import { idColumn } from '../migration-columns.ts';

/**
 * Person status (DOMAIN.md §2, issue 16 point 1): alive, deceased, moved away, imprisoned, with
 * its dated history; and debts (欠款): recoveries (追回) no payroll can collect any more because
 * their enrolment has stopped, settled another way — deducted from another enrolment of the
 * household, repaid (bank transfer, cash with a receipt) or written off by the county (核销).
 */
export async function up(db: Kysely<any>): Promise<void> {
  // alive | deceased | moved_away | imprisoned, since status_date
  await db.schema.alterTable('persons').addColumn('life_status', 'varchar(16)', (c) => c.notNull().defaultTo('alive')).execute();
  await db.schema.alterTable('persons').addColumn('status_date', 'varchar(10)').execute();

  await idColumn(db, db.schema.createTable('person_status_history'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('persons.id'))
    // the household the person was on when the status was recorded (a file keeps its history)
    .addColumn('household_id', 'integer')
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('previous_status', 'varchar(16)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    // imprisoned: the end of the sentence when known
    .addColumn('until', 'varchar(10)')
    // police | funeral | family | visit | court | other
    .addColumn('source', 'varchar(16)', (c) => c.notNull())
    .addColumn('destination', 'varchar(200)')
    .addColumn('note', 'varchar(500)')
    .addColumn('recorded_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('person_status_history_person_idx').on('person_status_history').columns(['person_id', 'id']).execute();

  await idColumn(db, db.schema.createTable('debts'))
    .addColumn('household_id', 'integer', (c) => c.notNull().references('households.id'))
    .addColumn('enrolment_id', 'integer', (c) => c.notNull().references('enrolments.id'))
    // the recovery it was left from: one debt per recovery
    .addColumn('adjustment_id', 'integer', (c) => c.notNull().unique().references('payment_adjustments.id'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('program', 'varchar(32)', (c) => c.notNull())
    // positive fen: what was still owed when no payroll could collect it
    .addColumn('total_amount', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'varchar(500)', (c) => c.notNull())
    // open | settled | written_off
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('closed_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('debts_area_idx').on('debts').columns(['status', 'area_code', 'id']).execute();

  // How a debt was settled, in parts: the amounts sum to at most the debt.
  await idColumn(db, db.schema.createTable('debt_entries'))
    .addColumn('debt_id', 'integer', (c) => c.notNull().references('debts.id'))
    // deduction | bank_transfer | cash | write_off
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('receipt_number', 'varchar(60)')
    .addColumn('reason', 'varchar(500)')
    // deduction: the recovery opened on the other enrolment
    .addColumn('target_enrolment_id', 'integer')
    .addColumn('target_adjustment_id', 'integer')
    .addColumn('paid_on', 'varchar(10)')
    .addColumn('actor_id', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('debt_entries_debt_idx').on('debt_entries').columns(['debt_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['debt_entries', 'debts', 'person_status_history']) await db.schema.dropTable(t).execute();
  await db.schema.alterTable('persons').dropColumn('status_date').execute();
  await db.schema.alterTable('persons').dropColumn('life_status').execute();
}
