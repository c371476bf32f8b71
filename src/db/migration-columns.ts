import type { CreateTableBuilder, Kysely } from 'kysely';
import { dialectOf } from './database.ts';

/**
 * Surrogate integer key that auto-increments on both engines. Frozen into committed
 * migrations, so it must never change behaviour.
 */
export function idColumn<T extends string>(
  db: Kysely<any>,
  table: CreateTableBuilder<T, never>,
  name = 'id',
): CreateTableBuilder<T, any> {
  return dialectOf(db) === 'postgres'
    ? table.addColumn(name, 'serial', (c) => c.primaryKey())
    : table.addColumn(name, 'integer', (c) => c.primaryKey().autoIncrement());
}
