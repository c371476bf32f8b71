import type { Kysely } from 'kysely';
import { idColumn } from '../migration-columns.ts';

/**
 * 地方项目: programs an administrator defines without code (尊老金, 粮油卡 …). The definition's
 * code (`local_` + slug) is what applications, enrolments, payrolls and reports carry in their
 * `program` columns, like a built-in program's code; the rules are one JSON document (validated
 * by `localProgramRulesSchema`), portable on both engines. `version` counts edits: a
 * calculation records the version it used (`local:<code>@v<n>`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('local_programs'))
    .addColumn('code', 'varchar(32)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(60)', (c) => c.notNull())
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('subject', 'varchar(16)', (c) => c.notNull())
    .addColumn('amount_basis', 'varchar(24)', (c) => c.notNull())
    // fen per month
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('payment_period', 'varchar(16)', (c) => c.notNull())
    .addColumn('effective_from', 'varchar(10)', (c) => c.notNull())
    .addColumn('effective_to', 'varchar(10)')
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('local_programs_area_idx').on('local_programs').column('area_code').execute();
}
