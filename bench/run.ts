/**
 * `npm run bench [-- --quick]`: fills fresh databases with the synthetic district and prints
 * one table (markdown) of what a caseworker waits for. SQLite always, PostgreSQL too when
 * DATABASE_URL is set (a fresh schema, dropped afterwards). Not a test: it never fails the suite.
 */
import os from 'node:os';
import { DEMO_PASSWORD } from '../src/modules/demo/service.ts';
import { seededRandom } from '../src/modules/demo/population.ts';
import { buildApp } from '../src/server/app.ts';
import { filledDatabase, type BenchDialect } from './database.ts';
import { ROWS, type BenchContext } from './rows.ts';

/** `--name value` from the command line. */
function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const quick = process.argv.includes('--quick');
// `--size 1000000` measures one column size; `--only payroll` the rows whose label matches;
// `--engine postgres` one engine: a single figure without the whole hour. `--keep DIR` keeps the
// filled databases in DIR and reuses them next time (the fill row then shows the first fill).
const sizes = option('size') ? [Number(option('size'))] : quick ? [100_000] : [100_000, 1_000_000];
const only = option('only') ? new RegExp(option('only')!, 'i') : null;
const dialects: BenchDialect[] = (process.env.DATABASE_URL ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const)).filter(
  (d) => !option('engine') || option('engine') === d,
);
const keepDir = option('keep');
/** Fills are repeated (median) only where they are cheap, and not when the database is kept. */
const fillRuns = (persons: number) => (persons <= 100_000 && !keepDir ? 3 : 1);
const SEED = 20260101;

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function measureColumn(dialect: BenchDialect, persons: number): Promise<string[]> {
  const fillMs: number[] = [];
  for (let i = 1; i < fillRuns(persons); i++) {
    log(`${dialect} ${persons.toLocaleString('en')}: fill ${i}/${fillRuns(persons)}`);
    const extra = await filledDatabase(dialect, persons, SEED);
    fillMs.push(extra.fill.ms);
    await extra.dispose();
  }
  log(`${dialect} ${persons.toLocaleString('en')}: fill ${fillRuns(persons)}/${fillRuns(persons)}`);
  const db = await filledDatabase(dialect, persons, SEED, 'all', keepDir);
  if (db.kept) log(`${dialect} ${persons.toLocaleString('en')}: reusing the database kept in ${keepDir}`);
  fillMs.push(db.fill.ms);
  const app = await buildApp(db.deps, { serveWeb: false });
  // The floor for the overhead ratio: same process, same Fastify, no session, no database.
  app.get('/bench/bare', async () => ({ ok: true }));
  await app.ready();
  try {
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'county', password: DEMO_PASSWORD } });
    const session = login.cookies.find((c) => c.name === 'mz_session');
    if (!session) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
    const ctx: BenchContext = { dialect, db, fillMs, app, cookie: `mz_session=${session.value}`, rand: seededRandom(SEED), rounds: 3, requests: 1000 };
    const values: string[] = [];
    for (const row of ROWS) {
      if (only && !only.test(row.label) && !/fill/.test(row.label)) {
        values.push('—');
        continue;
      }
      log(`${dialect} ${persons.toLocaleString('en')}: ${row.label}`);
      // One row failing (a timeout, a bug) costs its cell, not the hour of measurements around it.
      try {
        values.push(await row.measure(ctx));
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        log(`${dialect} ${persons.toLocaleString('en')}: ${row.label} FAILED: ${message}`);
        values.push(`failed: ${message.slice(0, 80)}`);
      }
      log(`  = ${values.at(-1)}`);
    }
    return values;
  } finally {
    await app.close();
    await db.dispose();
  }
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const columns: { title: string; values: string[] }[] = [];
for (const dialect of dialects) {
  for (const persons of sizes) {
    columns.push({
      title: `${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} ${persons >= 1_000_000 ? `${persons / 1_000_000}M` : `${persons / 1000}k`}`,
      values: await measureColumn(dialect, persons),
    });
  }
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`minzheng bench — ${os.availableParallelism()} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log('Latencies through app.inject (the full Fastify app in-process, no sockets), logged in as the district user; p50 / p99 are medians of 3 rounds of 1,000 requests.');
console.log('');
console.log(table(['', ...columns.map((c) => c.title)], ROWS.map((row, i) => [row.label, ...columns.map((c) => c.values[i]!)])));
