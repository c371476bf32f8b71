import { sql, type Kysely } from 'kysely';
import { idColumn } from '../migration-columns.ts';

/**
 * 走访慰问、探访关爱、居家养老 (issue 21).
 *
 * Condolence drives (慰问活动) keep their coverage rule as JSON and their goods as rows; the lines
 * are built once per drive, one per household (户), naming how many covered persons (人) it has
 * and the cash and goods value it receives, so totals are sums over delivered lines.
 *
 * Care visits (探访关爱) are records; who is due is derived from the registry and the policy's
 * frequencies, never stored, so a change of frequency applies at once.
 *
 * Home care (居家养老): providers, a priced catalogue, wallet credits (每笔额度记来源) and orders
 * whose spends name the credit they used. `remaining >= 0` is a CHECK: a wallet cannot go below
 * zero even if a service forgot to look.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('condolence_drives'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('occasion', 'varchar(24)', (c) => c.notNull())
    .addColumn('as_of', 'varchar(10)', (c) => c.notNull())
    .addColumn('budget', 'bigint', (c) => c.notNull())
    .addColumn('funding_source', 'varchar(100)', (c) => c.notNull())
    .addColumn('coverage', 'text', (c) => c.notNull())
    .addColumn('cash_basis', 'varchar(12)', (c) => c.notNull())
    .addColumn('cash_amount', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('condolence_drives_area_idx').on('condolence_drives').columns(['area_code', 'as_of']).execute();

  await idColumn(db, db.schema.createTable('condolence_goods'))
    .addColumn('drive_id', 'integer', (c) => c.notNull())
    .addColumn('name', 'varchar(40)', (c) => c.notNull())
    .addColumn('unit', 'varchar(12)', (c) => c.notNull())
    .addColumn('unit_price', 'integer', (c) => c.notNull())
    .addColumn('per_household', 'integer', (c) => c.notNull())
    .addColumn('stock', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('condolence_goods_drive_idx').on('condolence_goods').columns(['drive_id']).execute();

  await idColumn(db, db.schema.createTable('condolence_lines'))
    .addColumn('drive_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('household_id', 'integer', (c) => c.notNull())
    .addColumn('persons', 'integer', (c) => c.notNull())
    .addColumn('cash', 'integer', (c) => c.notNull())
    .addColumn('goods_value', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('recipient_name', 'varchar(100)')
    .addColumn('delivered_on', 'varchar(10)')
    .addColumn('delivered_by', 'integer')
    .addColumn('signature_ref', 'text')
    .addColumn('photo_ref', 'varchar(200)')
    .addColumn('delivered_at', 'varchar(32)')
    .addUniqueConstraint('condolence_lines_household_uq', ['drive_id', 'household_id'])
    .execute();
  await db.schema.createIndex('condolence_lines_area_idx').on('condolence_lines').columns(['drive_id', 'area_code', 'id']).execute();
  await db.schema.createIndex('condolence_lines_delivered_idx').on('condolence_lines').columns(['delivered_on']).execute();

  await idColumn(db, db.schema.createTable('care_visits'))
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('household_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('visited_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('groups', 'varchar(200)', (c) => c.notNull())
    .addColumn('health', 'text', (c) => c.notNull())
    .addColumn('living_conditions', 'text', (c) => c.notNull())
    .addColumn('needs', 'text')
    .addColumn('referrals', 'text', (c) => c.notNull())
    .addColumn('photo_refs', 'text', (c) => c.notNull())
    .addColumn('visitor_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('care_visits_person_idx').on('care_visits').columns(['person_id', 'visited_on']).execute();
  await db.schema.createIndex('care_visits_area_idx').on('care_visits').columns(['area_code', 'visited_on']).execute();

  await idColumn(db, db.schema.createTable('care_providers'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('phone', 'varchar(32)')
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await idColumn(db, db.schema.createTable('care_services'))
    .addColumn('code', 'varchar(32)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(60)', (c) => c.notNull())
    .addColumn('unit', 'varchar(12)', (c) => c.notNull())
    .addColumn('price', 'integer', (c) => c.notNull())
    .addColumn('provider_id', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .execute();

  await idColumn(db, db.schema.createTable('wallet_credits'))
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('month', 'varchar(7)', (c) => c.notNull())
    .addColumn('source', 'varchar(24)', (c) => c.notNull())
    .addColumn('tier', 'varchar(12)', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('remaining', 'integer', (c) => c.notNull())
    .addColumn('expires_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('wallet_credits_month_uq', ['person_id', 'month', 'source'])
    .addCheckConstraint('wallet_credits_not_negative', sql`remaining >= 0 and remaining <= amount`)
    .execute();
  await db.schema.createIndex('wallet_credits_area_idx').on('wallet_credits').columns(['area_code', 'month']).execute();

  await idColumn(db, db.schema.createTable('service_orders'))
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('ordered_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('service_orders_person_idx').on('service_orders').columns(['person_id']).execute();
  await db.schema.createIndex('service_orders_area_idx').on('service_orders').columns(['area_code', 'ordered_on']).execute();

  await idColumn(db, db.schema.createTable('service_order_items'))
    .addColumn('order_id', 'integer', (c) => c.notNull())
    .addColumn('service_code', 'varchar(32)', (c) => c.notNull())
    .addColumn('provider_id', 'integer', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unit_price', 'integer', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('service_order_items_order_idx').on('service_order_items').columns(['order_id']).execute();

  await idColumn(db, db.schema.createTable('wallet_spends'))
    .addColumn('order_id', 'integer', (c) => c.notNull())
    .addColumn('credit_id', 'integer', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('wallet_spends_order_idx').on('wallet_spends').columns(['order_id']).execute();
  await db.schema.createIndex('wallet_spends_credit_idx').on('wallet_spends').columns(['credit_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['wallet_spends', 'service_order_items', 'service_orders', 'wallet_credits', 'care_services', 'care_providers', 'care_visits', 'condolence_lines', 'condolence_goods', 'condolence_drives']) {
    await db.schema.dropTable(t).execute();
  }
}
