import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, SqliteDriver, sql, type DatabaseConnection, type SqliteDialectConfig, type TransactionSettings } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config.ts';
import type { Database, Db, DbOrTrx } from './types.ts';

export type Dialect = 'sqlite' | 'postgres';

// pg returns int8 (count, sum of int) and numeric (sum of int8) as strings to avoid
// precision loss; our integers are fen and counts, well inside 2^53, so parse them.
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20 || oid === 1700) return (v: string) => (v === null ? null : Number(v));
    return pg.types.getTypeParser(oid, format);
  },
};

/** How long a write waits for another writer's lock before it gives up (503, Retry-After). */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * An SQLite file opened the one way every writer opens it — the server, every CLI command and
 * the demo fill: WAL lets readers run while another process writes; busy_timeout waits for a
 * writer's lock instead of failing at once. better-sqlite3 waits synchronously, so a process
 * that holds the write lock long stalls the others: keep transactions short.
 */
export function openSqlite(file: string, busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS): SQLite.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
  // Checkpoint the WAL every 4,096 pages (16 MB) instead of SQLite's 1,000: a checkpoint copies
  // each page changed since the last one and syncs the file, and in a stream of small write
  // transactions (an import's batches, a payroll's) the same index pages change again and again.
  // The 100,000-household import bench (server process, idle machine): 120.5 / 121.5 s at
  // 1,000 pages, 109.4 s at 4,096, 98.8 s at 8,192; the concurrent health check's p99 grows
  // with the checkpoint (80-85, 110, 131 ms), so 4,096.
  sqlite.pragma('wal_autocheckpoint = 4096');
  reusePreparedStatements(sqlite);
  return sqlite;
}

/** How many distinct statements a connection keeps compiled. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver calls `prepare()` for every query it runs, and SQLite compiles the
 * text again each time: for the multi-row INSERTs of an import (the same text batch after
 * batch) the compiling cost a tenth of the CPU. A statement is reusable as long as no iterator
 * is open on it (`busy`); a busy one is left alone and a fresh one compiled. SQLite recompiles
 * a cached statement by itself after a schema change (sqlite3_prepare_v2). Nothing in the
 * application sets per-statement modes (pluck, raw, expand) that a cached statement would
 * carry over to its next user.
 */
function reusePreparedStatements(sqlite: SQLite.Database): void {
  const cache = new Map<string, SQLite.Statement>();
  const compile = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      cache.delete(source);
      cache.set(source, cached);
      return cached;
    }
    const stmt = compile(source);
    if (!cached) {
      cache.set(source, stmt);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    return stmt;
  }) as typeof sqlite.prepare;
}

/**
 * `begin immediate` instead of Kysely's deferred `begin`: a deferred transaction that read
 * first and then writes while another process holds (or has just committed) the write lock
 * fails with SQLITE_BUSY at once, without the busy timeout; an immediate one takes the write
 * lock up front and so waits its turn. Within one process the connection is already serialised.
 * A transaction marked read only (`.setAccessMode('read only')`, a report's snapshot) stays
 * deferred, so it never waits for, nor holds up, another process's write.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection, settings?: TransactionSettings): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(settings?.accessMode === 'read only' ? 'begin' : 'begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/** PostgreSQL's lock_timeout when the config names none. */
export const DEFAULT_LOCK_TIMEOUT_MS = 30_000;

export function createDatabase(config: DatabaseConfig): Db {
  if (config.dialect === 'sqlite') {
    return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: openSqlite(config.file, config.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS) }) });
  }
  // lock_timeout: a statement waiting for a row or table lock longer than this fails (55P03)
  // and is answered 503 with Retry-After, like SQLite's busy timeout.
  const options = [`-c lock_timeout=${Math.trunc(config.busyTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS)}`, ...(config.schema ? [`-c search_path=${config.schema}`] : [])];
  const pool = new pg.Pool({ connectionString: config.url, max: 10, types: pgTypes, options: options.join(' ') });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * A lock that was not granted in time or a transaction the engine gave up to keep others
 * consistent: nothing is wrong with the request, it may simply be sent again.
 * SQLite: SQLITE_BUSY (and its extended codes). PostgreSQL: serialization_failure (40001),
 * deadlock_detected (40P01), lock_not_available (55P03, lock_timeout).
 */
export function isLockTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return code.startsWith('SQLITE_BUSY') || code === 'SQLITE_LOCKED' || code === '40001' || code === '40P01' || code === '55P03';
}

export function dialectOf(db: DbOrTrx | Kysely<unknown>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
