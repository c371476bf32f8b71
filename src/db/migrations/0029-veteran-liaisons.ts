import type { Kysely } from 'kysely';
import { idColumn } from '../migration-columns.ts';

/**
 * Issue 22, 优抚 care (seed 002, 精神抚慰): the liaisons (联络员, one per 15–25 recipients of a
 * zone, appointed for a year) and the recipients each looks after; visits to recipients (走访);
 * forums (座谈会, three a year per street); the 光荣牌 hung on a household's door (one per
 * household).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('veteran_liaisons'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('zone', 'varchar(100)', (c) => c.notNull())
    .addColumn('name', 'varchar(50)', (c) => c.notNull())
    .addColumn('phone', 'varchar(30)')
    .addColumn('appointed_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('until_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('veteran_liaisons_area_idx').on('veteran_liaisons').columns(['area_code', 'id']).execute();
  await db.schema
    .createTable('veteran_liaison_members')
    .addColumn('liaison_id', 'integer', (c) => c.notNull())
    .addColumn('entitled_person_id', 'integer', (c) => c.notNull())
    .execute();
  // One liaison per recipient.
  await db.schema.createIndex('veteran_liaison_members_once_idx').on('veteran_liaison_members').column('entitled_person_id').unique().execute();
  await db.schema.createIndex('veteran_liaison_members_liaison_idx').on('veteran_liaison_members').column('liaison_id').execute();

  await idColumn(db, db.schema.createTable('veteran_visits'))
    .addColumn('entitled_person_id', 'integer', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) => c.notNull())
    .addColumn('household_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('visited_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('visitor', 'varchar(100)', (c) => c.notNull())
    .addColumn('content', 'varchar(1000)', (c) => c.notNull())
    .addColumn('problems', 'varchar(1000)')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('veteran_visits_area_idx').on('veteran_visits').columns(['area_code', 'visited_on']).execute();

  await idColumn(db, db.schema.createTable('veteran_forums'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('held_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('occasion', 'varchar(32)', (c) => c.notNull())
    .addColumn('topic', 'varchar(200)', (c) => c.notNull())
    .addColumn('attendees', 'integer', (c) => c.notNull())
    .addColumn('summary', 'varchar(1000)')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('veteran_forums_area_idx').on('veteran_forums').columns(['area_code', 'held_on']).execute();

  await idColumn(db, db.schema.createTable('honor_plaques'))
    .addColumn('household_id', 'integer', (c) => c.notNull().unique())
    .addColumn('entitled_person_id', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('hung_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('note', 'varchar(500)')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('honor_plaques_area_idx').on('honor_plaques').columns(['area_code', 'hung_on']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['honor_plaques', 'veteran_forums', 'veteran_visits', 'veteran_liaison_members', 'veteran_liaisons']) await db.schema.dropTable(t).execute();
}
