/**
 * CPU profile of one household import, in this process (no server): `npx tsx
 * bench/import-profile.ts [households]`. Reports wall and CPU time (process.cpuUsage, which
 * counts the parse worker's thread too) per phase — workbook staging and applying — so the
 * figures mean something on a loaded machine. Add `--cpu-prof` to node for a profile.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { sql } from 'kysely';
import os from 'node:os';
import path from 'node:path';
import { fixedClock } from '../src/clock.ts';
import { loadConfig } from '../src/config.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createDeps } from '../src/deps.ts';
import { actorForUsername } from '../src/modules/auth/service.ts';
import { seedDemoIfEmpty } from '../src/modules/demo/service.ts';
import { importHouseholds } from '../src/modules/registry/excel-import.ts';
import { demoImportWorkbook } from '../test/factories/import-workbook.ts';

const households = Number(process.argv[2] ?? 20_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-import-profile-'));
const file = path.join(dir, 'households.xlsx');
const written = await demoImportWorkbook(file, { households, communities: [{ code: '420102010001', urbanRural: 'urban' }, { code: '420102010002', urbanRural: 'urban' }] });
const base = loadConfig({ LOG_LEVEL: 'warn', DATA_DIR: dir, ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) });
const deps = createDeps({ ...base, dataDir: dir, ...(base.database.dialect === 'sqlite' ? { database: { ...base.database, file: path.join(dir, 'p.sqlite') } } : {}) }, { clock: fixedClock('2026-03-02T02:00:00.000Z') });
await migrateToLatest(deps.db);
if (process.env.SQLITE_CACHE_MB) await sql.raw(`pragma cache_size = -${Number(process.env.SQLITE_CACHE_MB) * 1024}`).execute(deps.db);
if (process.env.SQLITE_AUTOCHECKPOINT) await sql.raw(`pragma wal_autocheckpoint = ${Number(process.env.SQLITE_AUTOCHECKPOINT)}`).execute(deps.db);
if (process.env.PROFILE_NO_FTS) for (const t of ["persons_search_insert", "households_search_insert"]) await sql.raw(`drop trigger ${t}`).execute(deps.db);
if (process.env.FTS_AUTOMERGE) for (const t of ["person_search", "household_search"]) await sql.raw(`insert into ${t}(${t}, rank) values ('automerge', ${Number(process.env.FTS_AUTOMERGE)})`).execute(deps.db);
await seedDemoIfEmpty(deps, { households: 50 });
const actor = await actorForUsername(deps, 'county');
// With --sql: time each SQLite statement (better-sqlite3 is synchronous: wall = CPU), by its text.
const bySql = new Map<string, { n: number; ms: number }>();
let timing = false;
if (process.argv.includes('--sql')) {
  const proto = Object.getPrototypeOf(new Database(':memory:').prepare('select 1')) as Record<string, (...a: unknown[]) => unknown>;
  for (const m of ['run', 'all', 'get', 'iterate']) {
    const orig = proto[m]!;
    proto[m] = function (this: { source: string }, ...a: unknown[]) {
      if (!timing) return orig.apply(this, a);
      const t = performance.now();
      try {
        return orig.apply(this, a);
      } finally {
        const key = this.source.replace(/\(\?(, ?\?)*\)(, ?\(\?(, ?\?)*\))*/g, '(?…)').slice(0, 140);
        const e = bySql.get(key) ?? { n: 0, ms: 0 };
        e.n++;
        e.ms += performance.now() - t;
        bySql.set(key, e);
      }
    };
  }
}
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
timing = true;
const t0 = performance.now();
const c0 = cpu();
let applyAt: { wall: number; cpu: number } | null = null;
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
const result = await importHouseholds(deps, actor, file, {
  onProgress: () => {
    applyAt ??= { wall: performance.now(), cpu: cpu() };
  },
});
clearInterval(sampler);
const t1 = performance.now();
const c1 = cpu();
const a = applyAt ?? { wall: t1, cpu: c1 };
console.log(JSON.stringify({ dialect: deps.dialect, households: written.households, members: written.members, bytes: fs.statSync(file).size, created: result.created, errors: result.errors.length }));
console.log(`stage: wall ${((a.wall - t0) / 1000).toFixed(1)} s, cpu ${(a.cpu - c0).toFixed(1)} s`);
console.log(`apply: wall ${((t1 - a.wall) / 1000).toFixed(1)} s, cpu ${(c1 - a.cpu).toFixed(1)} s`);
console.log(`total: wall ${((t1 - t0) / 1000).toFixed(1)} s, cpu ${(c1 - c0).toFixed(1)} s, peak rss ${Math.round(peak / 1e6)} MB`);
if (deps.dialect === "sqlite") { const f = path.join(dir, "p.sqlite"); console.log(`db ${(fs.statSync(f).size / 1e6).toFixed(0)} MB, wal ${fs.existsSync(f + "-wal") ? (fs.statSync(f + "-wal").size / 1e6).toFixed(0) : 0} MB`); }
for (const [k, v] of [...bySql].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) console.log(`${v.ms.toFixed(0).padStart(7)} ms ${String(v.n).padStart(6)}x ${k}`);
await deps.db.destroy();
fs.rmSync(dir, { recursive: true, force: true });
