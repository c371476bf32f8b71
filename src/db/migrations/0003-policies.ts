import type { Kysely } from 'kysely';
import { idColumn } from '../migration-columns.ts';

/** 政策参数: effective-dated policy parameters per area (a child area inherits its parent's). */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('policy_params'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull().references('areas.code'))
    .addColumn('key', 'varchar(64)', (c) => c.notNull())
    .addColumn('effective_from', 'varchar(10)', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('note', 'varchar(500)')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('policy_params_version_uq', ['area_code', 'key', 'version'])
    .execute();
  await db.schema.createIndex('policy_params_area_key_idx').on('policy_params').columns(['area_code', 'key', 'effective_from']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('policy_params').execute();
}
