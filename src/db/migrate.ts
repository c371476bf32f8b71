import { Migrator, type Migration, type MigrationResultSet } from 'kysely';
import type { Db } from './types.ts';
import * as m0001 from './migrations/0001-foundation.ts';
import * as m0002 from './migrations/0002-registry.ts';
import * as m0003 from './migrations/0003-policies.ts';

/** Listed, not scanned: the set of migrations is part of the code, in order. */
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-registry': m0002,
  '0003-policies': m0003,
};

export function migrator(db: Db): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  const result = await migrator(db).migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
