import { sql, type Kysely } from 'kysely';
import { idColumn } from '../migration-columns.ts';

/**
 * Issue 22, second slice: volunteers, the three lists (三张清单) and charity (慈善).
 *
 * - `volunteer_teams`, `volunteers` (a person on file or a named outsider), `volunteer_activities`
 *   and `volunteer_entries`, the points ledger (积分): hours earned at an activity, points
 *   exchanged for goods or services. `volunteers.points` is the balance the ledger sums to; a
 *   CHECK keeps it at zero or above, and the exchange takes points with a guarded update.
 * - `community_needs` 需求清单, `community_resources` 资源清单, `community_need_resources` (a
 *   need matched to resources) and `community_projects` 项目清单 (a matched need carried out).
 * - `charity_items` the store's goods with their stock (CHECK ≥ 0), `charity_funds` the money
 *   held per area (CHECK ≥ 0), and `charity_movements`, the ledger of what came in and went out.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('volunteer_teams'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('leader', 'varchar(100)')
    .addColumn('phone', 'varchar(30)')
    .addColumn('founded_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('volunteer_teams_name_uq', ['area_code', 'name'])
    .execute();

  await idColumn(db, db.schema.createTable('volunteers'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('team_id', 'integer', (c) => c.notNull())
    .addColumn('person_id', 'integer')
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('phone', 'varchar(30)')
    .addColumn('joined_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('hours_tenths', 'integer', (c) => c.notNull())
    .addColumn('points', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addCheckConstraint('volunteers_points_not_negative', sql`points >= 0`)
    .execute();
  await db.schema.createIndex('volunteers_area_idx').on('volunteers').columns(['area_code', 'id']).execute();
  await db.schema.createIndex('volunteers_team_idx').on('volunteers').columns(['team_id']).execute();

  await idColumn(db, db.schema.createTable('volunteer_activities'))
    .addColumn('team_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('held_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('place', 'varchar(200)')
    .addColumn('rate', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('volunteer_activities_area_idx').on('volunteer_activities').columns(['area_code', 'held_on']).execute();

  await idColumn(db, db.schema.createTable('volunteer_entries'))
    .addColumn('volunteer_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('activity_id', 'integer')
    .addColumn('hours_tenths', 'integer')
    .addColumn('points', 'integer', (c) => c.notNull())
    .addColumn('item', 'varchar(200)')
    .addColumn('occurred_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  // One earning per volunteer and activity (exchanges have no activity: NULLs never collide).
  await db.schema.createIndex('volunteer_entries_once_idx').on('volunteer_entries').columns(['activity_id', 'volunteer_id']).unique().execute();
  await db.schema.createIndex('volunteer_entries_volunteer_idx').on('volunteer_entries').columns(['volunteer_id', 'id']).execute();
  await db.schema.createIndex('volunteer_entries_area_idx').on('volunteer_entries').columns(['area_code', 'occurred_on']).execute();

  await idColumn(db, db.schema.createTable('community_needs'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('category', 'varchar(32)', (c) => c.notNull())
    .addColumn('raised_by', 'varchar(100)', (c) => c.notNull())
    .addColumn('household_id', 'integer')
    .addColumn('description', 'varchar(1000)')
    .addColumn('raised_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('matched_on', 'varchar(10)')
    .addColumn('done_on', 'varchar(10)')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('community_needs_area_idx').on('community_needs').columns(['area_code', 'status']).execute();

  await idColumn(db, db.schema.createTable('community_resources'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('category', 'varchar(32)', (c) => c.notNull())
    .addColumn('provider', 'varchar(200)', (c) => c.notNull())
    .addColumn('contact', 'varchar(100)')
    .addColumn('description', 'varchar(1000)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('community_resources_area_idx').on('community_resources').columns(['area_code', 'status']).execute();

  await db.schema
    .createTable('community_need_resources')
    .addColumn('need_id', 'integer', (c) => c.notNull())
    .addColumn('resource_id', 'integer', (c) => c.notNull())
    .addColumn('matched_on', 'varchar(10)', (c) => c.notNull())
    .addPrimaryKeyConstraint('community_need_resources_pk', ['need_id', 'resource_id'])
    .execute();
  await db.schema.createIndex('community_need_resources_resource_idx').on('community_need_resources').columns(['resource_id']).execute();

  await idColumn(db, db.schema.createTable('community_projects'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('need_id', 'integer', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('lead', 'varchar(100)', (c) => c.notNull())
    .addColumn('budget', 'bigint')
    .addColumn('start_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('done_on', 'varchar(10)')
    .addColumn('outcome', 'varchar(1000)')
    .addColumn('beneficiaries', 'integer')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('community_projects_area_idx').on('community_projects').columns(['area_code', 'status']).execute();

  await idColumn(db, db.schema.createTable('charity_items'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('unit', 'varchar(16)', (c) => c.notNull())
    .addColumn('unit_value', 'integer', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('charity_items_name_uq', ['area_code', 'name'])
    .addCheckConstraint('charity_items_stock_not_negative', sql`quantity >= 0 and unit_value >= 0`)
    .execute();

  await db.schema
    .createTable('charity_funds')
    .addColumn('area_code', 'varchar(12)', (c) => c.primaryKey())
    .addColumn('balance', 'bigint', (c) => c.notNull())
    .addCheckConstraint('charity_funds_not_negative', sql`balance >= 0`)
    .execute();

  await idColumn(db, db.schema.createTable('charity_movements'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('kind', 'varchar(24)', (c) => c.notNull())
    .addColumn('occurred_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('donor', 'varchar(200)')
    .addColumn('item_id', 'integer')
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('money', 'bigint', (c) => c.notNull())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .addColumn('household_id', 'integer')
    .addColumn('household_area', 'varchar(12)')
    .addColumn('note', 'varchar(500)')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('charity_movements_area_idx').on('charity_movements').columns(['area_code', 'occurred_on']).execute();
  await db.schema.createIndex('charity_movements_household_idx').on('charity_movements').columns(['household_id', 'occurred_on']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'charity_movements',
    'charity_funds',
    'charity_items',
    'community_projects',
    'community_need_resources',
    'community_resources',
    'community_needs',
    'volunteer_entries',
    'volunteer_activities',
    'volunteers',
    'volunteer_teams',
  ])
    await db.schema.dropTable(t).execute();
}
