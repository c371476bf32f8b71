import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../database.ts';
import { idColumn } from '../migration-columns.ts';

/** 一户一档: households, persons, their incomes, deductions, assets, obligors and documents. */
export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('households'))
    .addColumn('area_code', 'varchar(12)', (c) => c.notNull().references('areas.code'))
    .addColumn('address', 'varchar(200)', (c) => c.notNull())
    .addColumn('urban_rural', 'varchar(8)', (c) => c.notNull())
    .addColumn('head_person_id', 'integer')
    .addColumn('bank_name', 'varchar(100)')
    .addColumn('bank_account', 'varchar(40)')
    .addColumn('bank_account_holder', 'varchar(50)')
    .addColumn('category', 'varchar(1)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('active'))
    .addColumn('phone', 'varchar(30)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('households_area_idx').on('households').columns(['area_code', 'status']).execute();

  await idColumn(db, db.schema.createTable('persons'))
    .addColumn('id_number', 'varchar(18)', (c) => c.notNull().unique())
    // Reversed, so "last digits" searches are prefix searches an index can serve.
    .addColumn('id_number_rev', 'varchar(18)', (c) => c.notNull())
    .addColumn('name', 'varchar(50)', (c) => c.notNull())
    .addColumn('name_pinyin', 'varchar(200)', (c) => c.notNull())
    .addColumn('name_initials', 'varchar(50)', (c) => c.notNull())
    .addColumn('sex', 'varchar(6)', (c) => c.notNull())
    .addColumn('birth_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('household_id', 'integer', (c) => c.references('households.id'))
    .addColumn('relation', 'varchar(16)', (c) => c.notNull())
    .addColumn('ethnicity', 'varchar(20)')
    .addColumn('marital_status', 'varchar(16)')
    .addColumn('labor_capacity', 'varchar(8)', (c) => c.notNull())
    .addColumn('employment', 'varchar(16)', (c) => c.notNull())
    .addColumn('student', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('health', 'varchar(8)', (c) => c.notNull())
    .addColumn('diagnosis', 'varchar(200)')
    .addColumn('disability_category', 'varchar(16)')
    .addColumn('disability_grade', 'integer')
    .addColumn('disability_certificate', 'varchar(30)')
    .addColumn('self_care', 'varchar(8)')
    .addColumn('flags', 'varchar(200)', (c) => c.notNull().defaultTo(''))
    .addColumn('in_prison', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('phone', 'varchar(30)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('persons_household_idx').on('persons').column('household_id').execute();
  // Prefix LIKE uses an index only with pattern ops (PostgreSQL) or NOCASE (SQLite's LIKE).
  if (dialectOf(db) === 'postgres') {
    for (const col of ['id_number_rev', 'name', 'name_initials']) {
      await sql`create index ${sql.id(`persons_${col}_idx`)} on persons (${sql.id(col)} varchar_pattern_ops)`.execute(db);
    }
  } else {
    for (const col of ['id_number_rev', 'name', 'name_initials']) {
      await sql`create index ${sql.id(`persons_${col}_idx`)} on persons (${sql.id(col)} collate nocase)`.execute(db);
    }
  }

  await idColumn(db, db.schema.createTable('income_items'))
    .addColumn('household_id', 'integer', (c) => c.notNull().references('households.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('persons.id'))
    .addColumn('type', 'varchar(32)', (c) => c.notNull())
    .addColumn('monthly', 'bigint', (c) => c.notNull())
    .addColumn('note', 'varchar(200)')
    .execute();
  await db.schema.createIndex('income_household_idx').on('income_items').column('household_id').execute();

  await idColumn(db, db.schema.createTable('deductions'))
    .addColumn('household_id', 'integer', (c) => c.notNull().references('households.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('persons.id'))
    .addColumn('type', 'varchar(32)', (c) => c.notNull())
    .addColumn('monthly', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deductions_household_idx').on('deductions').column('household_id').execute();

  await idColumn(db, db.schema.createTable('assets'))
    .addColumn('household_id', 'integer', (c) => c.notNull().references('households.id'))
    .addColumn('person_id', 'integer', (c) => c.references('persons.id'))
    .addColumn('type', 'varchar(16)', (c) => c.notNull())
    .addColumn('value', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('exempt', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('area_sqm', 'integer')
    .addColumn('description', 'varchar(200)')
    .execute();
  await db.schema.createIndex('assets_household_idx').on('assets').column('household_id').execute();

  await idColumn(db, db.schema.createTable('obligors'))
    .addColumn('household_id', 'integer', (c) => c.notNull().references('households.id'))
    .addColumn('name', 'varchar(50)', (c) => c.notNull())
    .addColumn('id_number', 'varchar(18)')
    .addColumn('relation', 'varchar(32)', (c) => c.notNull())
    .addColumn('monthly_support', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('able_to_support', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('obligors_household_idx').on('obligors').column('household_id').execute();

  await idColumn(db, db.schema.createTable('documents'))
    .addColumn('household_id', 'integer', (c) => c.notNull().references('households.id'))
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('filename', 'varchar(200)', (c) => c.notNull())
    .addColumn('content_type', 'varchar(50)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('storage_key', 'varchar(200)', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('uploaded_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_household_idx').on('documents').column('household_id').execute();

  // The household timeline reads the audit log by entity, newest first.
  await db.schema.dropIndex('audit_entity_idx').execute();
  await db.schema.createIndex('audit_entity_seq_idx').on('audit_log').columns(['entity_type', 'entity_id', 'seq']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_entity_seq_idx').execute();
  await db.schema.createIndex('audit_entity_idx').on('audit_log').columns(['entity_type', 'entity_id']).execute();
  for (const t of ['documents', 'obligors', 'assets', 'deductions', 'income_items', 'persons', 'households']) {
    await db.schema.dropTable(t).execute();
  }
}
