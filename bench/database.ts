import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { loadConfig, type Config } from '../src/config.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { closeDeps, createDeps, type Deps } from '../src/deps.ts';
import { fillDemoDistrict, type FillResult } from '../src/modules/demo/bulk-fill.ts';
import type { EnrolMode } from '../src/modules/demo/history.ts';
import { seedDemoIfEmpty } from '../src/modules/demo/service.ts';

export type BenchDialect = 'sqlite' | 'postgres';

export interface BenchDatabase {
  deps: Deps;
  fill: FillResult;
  dispose(): Promise<void>;
}

/** Persons per synthetic household on average (see population.ts). */
const PERSONS_PER_HOUSEHOLD = 2.385;

/**
 * A fresh database (a temp SQLite file, or a new schema in DATABASE_URL's database) with the
 * demo users and district, filled with about `persons` synthetic persons. The bench enrols
 * every household in dibao (`enrol: 'all'`), so the payroll row pays all of them.
 */
export async function filledDatabase(dialect: BenchDialect, persons: number, seed: number, enrol: EnrolMode = 'all'): Promise<BenchDatabase> {
  const base = loadConfig({ LOG_LEVEL: 'silent' });
  let config: Config;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-bench-'));
    config = { ...base, dataDir: dir, database: { dialect: 'sqlite', file: path.join(dir, 'bench.sqlite') } };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set');
    const schema = `bench_${randomBytes(5).toString('hex')}`;
    await adminQuery(url, `create schema ${schema}`);
    config = { ...base, database: { dialect: 'postgres', url, schema } };
    cleanup = () => adminQuery(url, `drop schema ${schema} cascade`);
  }
  const deps = createDeps(config, { log: pino({ level: 'silent' }) });
  try {
    await migrateToLatest(deps.db);
    await seedDemoIfEmpty(deps);
    const fill = await fillDemoDistrict(deps, { households: Math.round(persons / PERSONS_PER_HOUSEHOLD), seed, enrol });
    return {
      deps,
      fill,
      dispose: async () => {
        await closeDeps(deps);
        await cleanup();
      },
    };
  } catch (e) {
    await closeDeps(deps);
    await cleanup();
    throw e;
  }
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
