import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import pg from 'pg';
import pino from 'pino';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { createDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createDeps, type Deps } from '../../src/deps.ts';
import { seedDemoIfEmpty } from '../../src/modules/demo/service.ts';

export type TestDialect = 'sqlite' | 'postgres';

/** SQLite always; PostgreSQL too when DATABASE_URL is set (as in .ci/run). */
export const dialects: TestDialect[] = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDeps extends Deps {
  clock: ReturnType<typeof fixedClock>;
  /** Drops the database (SQLite file or PostgreSQL schema). */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database of its own: a temp SQLite file, or a new schema in the
 * PostgreSQL database of DATABASE_URL so parallel test files never see each other.
 */
export async function createTestDeps(
  dialect: TestDialect,
  opts: { now?: string; seedDemo?: boolean; busyTimeoutMs?: number } = {},
): Promise<TestDeps> {
  // Suites log in hundreds of times from 127.0.0.1: the request ceiling is not what they test
  // (test/security/login.test.ts sets its own); failed logins still build up their delay.
  const base = loadConfig({ LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '100000' });
  const clock = fixedClock(opts.now ?? '2026-03-02T02:00:00.000Z');
  let config: Config;
  let cleanup: () => Promise<void>;
  // A data directory of its own on both engines: documents, the audit key and checkpoints.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-test-'));
  const audit = { ...base.audit, hmacKeyFile: path.join(dir, 'audit-hmac.key'), checkpointFile: path.join(dir, 'audit-checkpoints.log') };
    if (dialect === 'sqlite') {
    config = { ...base, dataDir: dir, audit, database: { dialect: 'sqlite', file: path.join(dir, 'test.sqlite'), ...(opts.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: opts.busyTimeoutMs }) } };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set');
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    config = { ...base, dataDir: dir, audit, database: { dialect: 'postgres', url, schema, ...(opts.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: opts.busyTimeoutMs }) } };
    cleanup = async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const deps = createDeps(config, { clock, log: pino({ level: 'silent' }), db: createDatabase(config.database) });
  await migrateToLatest(deps.db);
  if (opts.seedDemo !== false) await seedDemoIfEmpty(deps);
  return {
    ...deps,
    clock,
    dispose: async () => {
      await deps.db.destroy();
      await cleanup();
    },
  };
}

/** Registers beforeAll/afterAll for a suite and hands back the deps once ready. */
export function useTestDeps(dialect: TestDialect, opts: { now?: string; seedDemo?: boolean } = {}): () => TestDeps {
  let deps: TestDeps | undefined;
  beforeAll(async () => {
    deps = await createTestDeps(dialect, opts);
  });
  afterAll(async () => {
    await deps?.dispose();
  });
  return () => {
    if (!deps) throw new Error('test deps are not ready (used outside a test?)');
    return deps;
  };
}
