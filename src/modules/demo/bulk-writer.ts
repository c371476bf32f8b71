import SQLite from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, sql } from 'kysely';
import { openSqlite } from '../../db/database.ts';
import type { Database, Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { TABLES, type BulkRows, type BulkTable } from './bulk-rows.ts';

/**
 * Set-based writes for the demo fill, one transaction per fill.
 * - SQLite: a connection of its own to the database file, so that one prepared multi-row
 *   INSERT per table and chunk size is reused (preparing a 30,000-parameter statement costs
 *   more than running it); Kysely wraps the same connection for the audit entry.
 * - PostgreSQL: one INSERT … SELECT FROM unnest($1::type[], …) per table and batch: a handful
 *   of array parameters whatever the batch size, close to COPY without extra packages.
 */
export interface BulkSession {
  /** The fill's transaction, for Kysely queries (the audit entry). */
  trx: Trx;
  /** Reserves `n` new ids of a table inside the transaction. */
  takeIds(table: IdTable, n: number): Promise<number[]>;
  /** Inserts a batch, parents first. */
  write(rows: BulkRows): Promise<void>;
}

/** SQLITE_MAX_VARIABLE_NUMBER of the SQLite better-sqlite3 bundles. */
const SQLITE_MAX_PARAMS = 32_766;
const WRITE_ORDER: BulkTable[] = [
  'households', 'persons', 'income_items', 'deductions', 'assets', 'obligors',
  'applications', 'public_notices', 'case_events', 'case_records', 'enrolments', 'enrolment_changes',
];
/** Tables whose rows others refer to: the fill reserves their ids. */
export type IdTable = 'households' | 'persons' | 'applications' | 'public_notices' | 'enrolments';

export async function withBulkSession<T>(deps: Deps, fn: (session: BulkSession) => Promise<T>): Promise<T> {
  const database = deps.config.database;
  if (database.dialect === 'postgres') {
    const result = await deps.db.transaction().execute((trx) => fn(postgresSession(trx)));
    // Fresh statistics, so the planner sees a million persons rather than the empty tables it
    // last sampled, and a visibility map, so index-only scans need not visit the heap.
    await sql.raw(`vacuum analyze ${WRITE_ORDER.join(', ')}`).execute(deps.db);
    return result;
  }
  if (database.file === ':memory:') throw new Error('the demo fill needs an SQLite database file, not :memory:');
  const raw = openSqlite(database.file, database.busyTimeoutMs);
  // Index pages of a million persons stay in memory while the B-trees grow.
  raw.pragma('cache_size = -262144');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  try {
    // A deferred transaction is serialisable on SQLite: should another writer commit between
    // reading the highest ids and the first insert, the insert fails (SQLITE_BUSY_SNAPSHOT)
    // rather than reusing an id.
    const result = await db.transaction().execute((trx) => fn(sqliteSession(trx, raw)));
    raw.pragma('wal_checkpoint(TRUNCATE)');
    return result;
  } finally {
    await db.destroy();
  }
}

function sqliteSession(trx: Trx, raw: SQLite.Database): BulkSession {
  const next = new Map<string, number>();
  const statements = new Map<string, SQLite.Statement>();
  const statement = (table: BulkTable, rows: number) => {
    const key = `${table}:${rows}`;
    let s = statements.get(key);
    if (!s) {
      const columns = TABLES[table].map(([c]) => c);
      const tuple = `(${columns.map(() => '?').join(',')})`;
      s = raw.prepare(`insert into ${table} (${columns.join(',')}) values ${Array(rows).fill(tuple).join(',')}`);
      statements.set(key, s);
    }
    return s;
  };
  const insert = (table: BulkTable, rows: readonly Record<string, unknown>[]) => {
    const columns = TABLES[table].map(([c]) => c);
    const perStatement = Math.floor(SQLITE_MAX_PARAMS / columns.length);
    // Full chunks, then the rest in power-of-two pieces: a dozen cached statements per table cover every size.
    for (let start = 0; start < rows.length; ) {
      const left = rows.length - start;
      const end = start + (left >= perStatement ? perStatement : 2 ** Math.floor(Math.log2(left)));
      const params: unknown[] = new Array((end - start) * columns.length);
      let k = 0;
      for (let i = start; i < end; i++) {
        const row = rows[i]!;
        for (const c of columns) params[k++] = row[c];
      }
      statement(table, end - start).run(params);
      start = end;
    }
  };
  return {
    trx,
    async takeIds(table, n) {
      let first = next.get(table);
      if (first === undefined) {
        // AUTOINCREMENT never reuses an id: start above both the rows and the sequence.
        const row = raw
          .prepare(`select max(coalesce((select max(id) from ${table}), 0), coalesce((select seq from sqlite_sequence where name = ?), 0)) as top`)
          .get(table) as { top: number };
        first = row.top + 1;
      }
      next.set(table, first + n);
      return Array.from({ length: n }, (_, i) => first + i);
    },
    async write(rows) {
      for (const table of WRITE_ORDER) insert(table, rows[table] as unknown as Record<string, unknown>[]);
    },
  };
}

function postgresSession(trx: Trx): BulkSession {
  const pools = new Map<string, number[]>();
  return {
    trx,
    async takeIds(table, n) {
      let pool = pools.get(table) ?? [];
      if (pool.length < n) {
        // Drawn from the table's own sequence, so concurrent inserts can never get the same id.
        const more = await sql<{ id: number }>`select nextval(pg_get_serial_sequence(${table}, 'id'))::int4 as id from generate_series(1, ${Math.max(n - pool.length, 50_000)})`.execute(trx);
        pool = pool.concat(more.rows.map((r) => r.id));
      }
      pools.set(table, pool.slice(n));
      return pool.slice(0, n);
    },
    async write(rows) {
      for (const table of WRITE_ORDER) {
        const list = rows[table] as unknown as Record<string, unknown>[];
        if (list.length === 0) continue;
        const columns = TABLES[table];
        const arrays = columns.map(([c]) => list.map((r) => r[c]));
        const text = `insert into ${table} (${columns.map(([c]) => c).join(',')}) select * from unnest(${columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(',')})`;
        await trx.executeQuery(CompiledQuery.raw(text, arrays));
      }
    },
  };
}
