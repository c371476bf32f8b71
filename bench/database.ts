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
  /** Opened from `--keep`: filled (and possibly paid) by an earlier run, not now. */
  kept: boolean;
  dispose(): Promise<void>;
}

/** Persons per synthetic household on average (see population.ts). */
const PERSONS_PER_HOUSEHOLD = 2.385;

/**
 * A fresh database (a temp SQLite file, or a new schema in DATABASE_URL's database) with the
 * demo users and district, filled with about `persons` synthetic persons. The bench enrols
 * every household in dibao (`enrol: 'all'`), so the payroll row pays all of them.
 *
 * With `keepDir` the database outlives the run and a later run with the same size and seed
 * opens it instead of filling again (a SQLite file in the directory, a `bench_keep_…` schema
 * on PostgreSQL, and the fill's own result beside them): the million-person report needs a
 * year of payrolls first, which costs far more than the report itself.
 */
export async function filledDatabase(dialect: BenchDialect, persons: number, seed: number, enrol: EnrolMode = 'all', keepDir?: string): Promise<BenchDatabase> {
  const base = loadConfig({ LOG_LEVEL: 'silent' });
  const keptName = `${dialect}-${persons}-${seed}-${enrol}`;
  const fillFile = keepDir ? path.join(keepDir, `${keptName}.fill.json`) : undefined;
  let config: Config;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = keepDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-bench-'));
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, keepDir ? `${keptName}.sqlite` : 'bench.sqlite');
    // A kept file without its fill result is a fill that did not finish: start it again.
    if (fillFile && !fs.existsSync(fillFile)) fs.rmSync(file, { force: true });
    config = { ...base, dataDir: dir, database: { dialect: 'sqlite', file } };
    cleanup = async () => {
      if (!keepDir) fs.rmSync(dir, { recursive: true, force: true });
    };
  } else {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set');
    const schema = keepDir ? `bench_keep_${persons}_${seed}_${enrol}` : `bench_${randomBytes(5).toString('hex')}`;
    if (fillFile && !fs.existsSync(fillFile)) await adminQuery(url, `drop schema if exists ${schema} cascade`);
    await adminQuery(url, `create schema if not exists ${schema}`);
    config = { ...base, database: { dialect: 'postgres', url, schema } };
    cleanup = async () => {
      if (!keepDir) await adminQuery(url, `drop schema ${schema} cascade`);
    };
  }
  const deps = createDeps(config, { log: pino({ level: 'silent' }) });
  try {
    await migrateToLatest(deps.db);
    const kept = fillFile !== undefined && fs.existsSync(fillFile);
    let fill: FillResult;
    if (kept) {
      fill = JSON.parse(fs.readFileSync(fillFile, 'utf8')) as FillResult;
    } else {
      await seedDemoIfEmpty(deps);
      fill = await fillDemoDistrict(deps, { households: Math.round(persons / PERSONS_PER_HOUSEHOLD), seed, enrol });
      if (fillFile) fs.writeFileSync(fillFile, JSON.stringify(fill));
    }
    return {
      deps,
      fill,
      kept,
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
