import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/modules/demo/service.ts';
import { seededRandom, syntheticHousehold, type PopulationOptions } from '../src/modules/demo/population.ts';
import { writeImportWorkbook } from '../src/modules/registry/import-workbook.ts';
import type { NewHousehold } from '../src/modules/registry/schema.ts';
import type { BenchDialect } from './database.ts';
import type { BenchRow } from './rows.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOUSEHOLDS = Number(process.env.BENCH_IMPORT_HOUSEHOLDS ?? 100_000);
const COMMUNITIES: PopulationOptions['communities'] = [
  { code: '420102010001', urbanRural: 'urban' },
  { code: '420102010002', urbanRural: 'urban' },
  { code: '420102010003', urbanRural: 'urban' },
];

let workbook: string | null = null;

/** The workbook, written once per bench run (the demo generator through exceljs's streaming writer). */
async function benchWorkbook(log: (s: string) => void): Promise<string> {
  if (workbook && fs.existsSync(workbook)) return workbook;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-bench-xlsx-')), 'households.xlsx');
  const population: PopulationOptions = { seed: 4242, today: new Date().toISOString().slice(0, 10), communities: COMMUNITIES, idAreaCode: '420105' };
  function* households(): Iterable<NewHousehold> {
    const rand = seededRandom(population.seed);
    const used = new Set<string>();
    for (let i = 0; i < HOUSEHOLDS; i++) yield syntheticHousehold(rand, population, used);
  }
  const started = performance.now();
  await writeImportWorkbook(file, households);
  log(`  workbook: ${(fs.statSync(file).size / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  process.on('exit', () => fs.rmSync(path.dirname(file), { recursive: true, force: true }));
  workbook = file;
  return file;
}

/** A free loopback port for the server process. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The resident set of a process in bytes, from /proc (Linux). */
function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
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

/**
 * The server as `npm start` runs it, in a process of its own (`minzheng serve`: migrate, seed
 * the demo district, listen, run jobs), over a fresh SQLite file or a fresh PostgreSQL database:
 * its memory is then the import's and the server's, not the bench's (which also wrote the
 * workbook and holds the upload).
 */
async function serverProcess(dialect: BenchDialect): Promise<{ child: ChildProcess; base: string; stop(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-bench-import-'));
  const port = await freePort();
  let dropDatabase = async () => {};
  let databaseUrl = '';
  if (dialect === 'postgres') {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set');
    const name = `bench_import_${randomBytes(5).toString('hex')}`;
    await adminQuery(url, `create database ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    dropDatabase = () => adminQuery(url, `drop database ${name} with (force)`);
  }
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir, DATABASE_URL: databaseUrl, MINZHENG_DEMO: 'true', LOG_LEVEL: 'warn', NODE_ENV: '' };
  // BENCH_IMPORT_TRACE_GC=FILE: the server runs with --trace-gc and its output goes to FILE —
  // each isolate's heap at each collection, to tell the parse worker's memory from the main thread's.
  const traceGc = process.env.BENCH_IMPORT_TRACE_GC;
  const child = spawn(process.execPath, [...(traceGc ? ['--trace-gc'] : []), '--import', 'tsx', 'src/cli/main.ts', 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  if (traceGc) {
    const out = fs.createWriteStream(traceGc);
    child.stdout!.on('data', (chunk: Buffer) => out.write(chunk));
  }
  const base = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('is running at')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the server process exited (${code}) before listening`)));
  });
  return {
    child,
    base,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await dropDatabase();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * `POST /households/import` of 100,000 households (the template layout with their members,
 * ~240,000 member rows) to a server process on a fresh database (`serverProcess`), while a
 * `GET /health` is timed every 20 ms. Reports the job's wall time (upload to end), the server
 * process's peak RSS sampled every 100 ms from the upload on and its RSS just before, and the
 * p99 of the concurrent health checks.
 */
export const importRow: BenchRow = {
  label: `import ${HOUSEHOLDS.toLocaleString('en')} households (server process): s, peak RSS, p99 of concurrent /health`,
  async measure(ctx) {
    const log = (s: string) => process.stderr.write(`${s}\n`);
    const file = await benchWorkbook(log);
    const server = await serverProcess(ctx.dialect);
    const pid = server.child.pid!;
    try {
      const login = await fetch(`${server.base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'county', password: DEMO_PASSWORD }) });
      if (login.status !== 200) throw new Error(`login: ${login.status}`);
      const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const before = rssOf(pid);
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 100);
      let running = true;
      const latencies: number[] = [];
      const probe = (async () => {
        while (running) {
          const t0 = performance.now();
          await fetch(`${server.base}/api/v1/health`).then((r) => r.arrayBuffer());
          latencies.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const started = performance.now();
      const form = new FormData();
      form.append('file', await fs.openAsBlob(file, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), 'households.xlsx');
      const submitted = await fetch(`${server.base}/api/v1/households/import`, { method: 'POST', headers: { cookie }, body: form });
      if (submitted.status !== 202) throw new Error(`import: ${submitted.status} ${(await submitted.text()).slice(0, 200)}`);
      const { jobId } = (await submitted.json()) as { jobId: number };
      let job: { status: string; progress?: { phase: string | null }; result?: { created: number; errors: unknown[] }; error?: { message: string } };
      // The peak of each phase (parse, apply, …), to tell which one a memory figure comes from.
      const phasePeaks = new Map<string, { mb: number; since: number }>();
      for (;;) {
        await new Promise((r) => setTimeout(r, 1000));
        job = (await (await fetch(`${server.base}/api/v1/jobs/${jobId}`, { headers: { cookie } })).json()) as typeof job;
        const phase = job.progress?.phase ?? job.status;
        const seen = phasePeaks.get(phase) ?? { mb: 0, since: performance.now() - started };
        phasePeaks.set(phase, { ...seen, mb: Math.max(seen.mb, Math.round(peak / 1e6)) });
        peak = rssOf(pid);
        if (job.status !== 'queued' && job.status !== 'running') break;
      }
      log(`  phases: ${[...phasePeaks].map(([p, v]) => `${p} from ${(v.since / 1000).toFixed(0)} s, peak ${v.mb} MB`).join('; ')}`);
      const overall = Math.max(...[...phasePeaks.values()].map((v) => v.mb * 1e6), peak);
      const seconds = (performance.now() - started) / 1000;
      running = false;
      await probe;
      clearInterval(sampler);
      if (job.status !== 'succeeded') throw new Error(`job ${job.status}: ${job.error?.message}`);
      latencies.sort((a, b) => a - b);
      const p99 = latencies[Math.min(latencies.length - 1, Math.floor(0.99 * latencies.length))] ?? 0;
      return `${seconds.toFixed(1)} s, ${Math.round(overall / 1e6)} MB (${Math.round(before / 1e6)} MB before the upload), p99 ${p99.toFixed(1)} ms (created ${job.result!.created.toLocaleString('en')}, errors ${job.result!.errors.length})`;
    } finally {
      await server.stop();
    }
  },
};
