import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '../src/modules/demo/service.ts';
import { seededRandom, syntheticHousehold, type PopulationOptions } from '../src/modules/demo/population.ts';
import { runJobsUntilIdle } from '../src/modules/jobs/service.ts';
import { writeImportWorkbook } from '../src/modules/registry/import-workbook.ts';
import type { NewHousehold } from '../src/modules/registry/schema.ts';
import { buildApp } from '../src/server/app.ts';
import { emptyDatabase } from './database.ts';
import type { BenchRow } from './rows.ts';

const HOUSEHOLDS = 100_000;
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

function multipart(file: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----minzhengbench';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="households.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`;
  return { payload: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/**
 * `POST /households/import` of 100,000 households (the template layout with their members,
 * ~240,000 member rows) into a fresh database, the job run to its end in this process while a
 * `GET /health` is timed every 20 ms. Reports the job's wall time, the process's peak RSS
 * during it, and the p99 of the concurrent health checks.
 */
export const importRow: BenchRow = {
  label: 'import 100,000 households: s, peak RSS, p99 of concurrent /health',
  async measure(ctx) {
    const log = (s: string) => process.stderr.write(`${s}\n`);
    const file = await benchWorkbook(log);
    const db = await emptyDatabase(ctx.dialect);
    const app = await buildApp(db.deps, { serveWeb: false });
    await app.ready();
    try {
      const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'county', password: DEMO_PASSWORD } });
      const cookie = `mz_session=${login.cookies.find((c) => c.name === 'mz_session')!.value}`;
      let body: ReturnType<typeof multipart> | null = multipart(fs.readFileSync(file));
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
      const started = performance.now();
      const submitted = await app.inject({ method: 'POST', url: '/api/v1/households/import', payload: body.payload, headers: { ...body.headers, cookie } });
      body = null;
      if (submitted.statusCode !== 202) throw new Error(`import: ${submitted.statusCode} ${submitted.body.slice(0, 200)}`);
      let running = true;
      const latencies: number[] = [];
      const probe = (async () => {
        while (running) {
          const t0 = performance.now();
          await app.inject({ url: '/api/v1/health' });
          latencies.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      await runJobsUntilIdle(db.deps);
      running = false;
      await probe;
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      const job = (await app.inject({ url: `/api/v1/jobs/${submitted.json().jobId}`, headers: { cookie } })).json();
      if (job.status !== 'succeeded') throw new Error(`job ${job.status}: ${job.error?.message}`);
      latencies.sort((a, b) => a - b);
      const p99 = latencies[Math.min(latencies.length - 1, Math.floor(0.99 * latencies.length))] ?? 0;
      return `${seconds.toFixed(1)} s, ${Math.round(peak / 1e6)} MB (${Math.round(before / 1e6)} MB before the upload), p99 ${p99.toFixed(1)} ms (created ${job.result.created.toLocaleString('en')}, errors ${job.result.errors.length})`;
    } finally {
      await app.close();
      await db.dispose();
    }
  },
};
