import { Migrator, sql, type Migration, type MigrationResultSet } from 'kysely';
import { dialectOf } from './database.ts';
import type { Db } from './types.ts';
import * as m0001 from './migrations/0001-foundation.ts';
import * as m0002 from './migrations/0002-registry.ts';
import * as m0003 from './migrations/0003-policies.ts';
import * as m0004 from './migrations/0004-cases.ts';
import * as m0005 from './migrations/0005-person-initials-order.ts';
import * as m0006 from './migrations/0006-payments.ts';
import * as m0007 from './migrations/0007-monthly-stats.ts';
import * as m0008 from './migrations/0008-report-reads.ts';
import * as m0009 from './migrations/0009-payees.ts';
import * as m0010 from './migrations/0010-case-settings.ts';
import * as m0011 from './migrations/0011-local-programs.ts';
import * as m0012 from './migrations/0012-jobs.ts';
import * as m0013 from './migrations/0013-search-index.ts';
import * as m0015 from './migrations/0015-login-security.ts';
import * as m0016 from './migrations/0016-person-status.ts';
import * as m0017 from './migrations/0017-reviews.ts';
import * as m0018 from './migrations/0018-complaints.ts';
import * as m0019 from './migrations/0019-risk-checks.ts';
import * as m0020 from './migrations/0020-duties.ts';
import * as m0021 from './migrations/0021-verification-sources.ts';
import * as m0022 from './migrations/0022-idempotency-keys.ts';
import * as m0023 from './migrations/0023-discovery.ts';
import * as m0024 from './migrations/0024-elderly-services.ts';
import * as m0025 from './migrations/0025-member-filter-indexes.ts';
import * as m0026 from './migrations/0026-community-work.ts';
import * as m0027 from './migrations/0027-care.ts';
import * as m0028 from './migrations/0028-welfare-registers.ts';
import * as m0029 from './migrations/0029-veteran-liaisons.ts';
import * as m0030 from './migrations/0030-drive-payroll.ts';
import * as m0031 from './migrations/0031-drop-name-pattern-index.ts';

/** Listed, not scanned: the set of migrations is part of the code, in order. */
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-registry': m0002,
  '0003-policies': m0003,
  '0004-cases': m0004,
  '0005-person-initials-order': m0005,
  '0006-payments': m0006,
  '0007-monthly-stats': m0007,
  '0008-report-reads': m0008,
  '0009-payees': m0009,
  '0010-case-settings': m0010,
  '0011-local-programs': m0011,
  '0012-jobs': m0012,
  '0013-search-index': m0013,
  '0015-login-security': m0015,
  '0016-person-status': m0016,
  '0017-reviews': m0017,
  '0018-complaints': m0018,
  '0019-risk-checks': m0019,
  '0020-duties': m0020,
  '0021-verification-sources': m0021,
  '0022-idempotency-keys': m0022,
  '0023-discovery': m0023,
  '0024-elderly-services': m0024,
  '0025-member-filter-indexes': m0025,
  '0026-community-work': m0026,
  '0027-care': m0027,
  '0028-welfare-registers': m0028,
  '0029-veteran-liaisons': m0029,
  '0030-drive-payroll': m0030,
  '0031-drop-name-pattern-index': m0031,
};

/**
 * Kysely looks for its bookkeeping tables in every schema it can see: on PostgreSQL, name the
 * schema in use, or another schema's tables (a parallel test run, a bench) pass for ours.
 */
export async function migrator(db: Db): Promise<Migrator> {
  const schema = dialectOf(db) === 'postgres' ? (await sql<{ name: string }>`select current_schema() as name`.execute(db)).rows[0]?.name : undefined;
  return new Migrator({ db, provider: { getMigrations: async () => migrations }, ...(schema ? { migrationTableSchema: schema } : {}) });
}

/**
 * Kysely finds its tables by reading the columns of every schema in the database (with
 * `has_schema_privilege` and `pg_get_serial_sequence` on each): a schema dropped, or a table
 * altered, by another process between the catalog read and those calls fails the look-up — 3F000
 * (invalid schema name), 42703 (undefined column), 42P01 (undefined table) about a schema not
 * ours, as parallel test files drop and migrate theirs. Nothing is half-migrated then (each
 * migration runs in its own transaction under Kysely's lock), so the run is simply made again.
 */
const CATALOG_RACE_CODES = new Set(['3F000', '42703', '42P01', 'XX000']);
export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  for (let attempt = 1; ; attempt++) {
    const result = await (await migrator(db)).migrateToLatest();
    if (!result.error) return result;
    if (CATALOG_RACE_CODES.has(String((result.error as { code?: string }).code)) && attempt < 5) {
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      continue;
    }
    throw result.error;
  }
}
