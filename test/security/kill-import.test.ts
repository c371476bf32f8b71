import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { DEMO_PASSWORD } from '../../src/modules/demo/service.ts';
import { demoImportWorkbook } from '../factories/import-workbook.ts';
import { dialects } from '../helpers/test-deps.ts';

/**
 * Issue 15 / issue 20: kill -9 in the middle of an import job, restart, and the job resumes
 * from its last committed batch: every household of the workbook exactly once, no half
 * batch, and the audit chain intact (`minzheng audit verify`). The real server, as a child
 * process (`node --import tsx src/cli/main.ts serve`), so the kill is a real one.
 */
const HOUSEHOLDS = 3000;
const run = promisify(execFile);

let dir: string;
let workbook: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-kill-'));
  workbook = path.join(dir, 'households.xlsx');
  await demoImportWorkbook(workbook, { households: HOUSEHOLDS, seed: 11, communities: [{ code: '420102010001', urbanRural: 'urban' }] });
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Server {
  url: string;
  child: ChildProcess;
}

async function startServer(env: NodeJS.ProcessEnv): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/cli/main.ts'), 'serve'], {
    cwd: projectRoot,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

async function kill9(s: Server): Promise<void> {
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGKILL');
  await exited;
}

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'community', password: DEMO_PASSWORD }) });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

interface JobBody {
  status: string;
  attempts: number;
  progress: { done: number; total: number | null; phase: string | null };
  result: { households: number; created: number; updated: number; skipped: number; errors: unknown[] } | null;
  error: { code: string } | null;
}

async function jobOf(url: string, cookie: string, id: number): Promise<JobBody> {
  return (await (await fetch(`${url}/api/v1/jobs/${id}`, { headers: { cookie } })).json()) as JobBody;
}

describe.each(dialects)('kill -9 during an import job on %s', (dialect) => {
  let env: NodeJS.ProcessEnv;
  let dropSchema: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(dir, `${dialect}-`));
    env = { ...process.env, DATA_DIR: dataDir, JOB_LEASE_SECONDS: '2', DATABASE_URL: '', MINZHENG_DEMO: 'true' };
    if (dialect === 'postgres') {
      const url = process.env.DATABASE_URL!;
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`create schema ${schema}`);
      await c.end();
      env.DATABASE_URL = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      dropSchema = async () => {
        const d = new pg.Client({ connectionString: url });
        await d.connect();
        await d.query(`drop schema ${schema} cascade`);
        await d.end();
      };
    }
  });
  afterAll(async () => {
    await dropSchema();
  });

  it('resumes after a restart with every household exactly once and the audit chain intact', async () => {
    let server = await startServer(env);
    try {
      const cookie = await login(server.url);
      const form = new FormData();
      form.append('file', new Blob([fs.readFileSync(workbook)]), 'households.xlsx');
      const submitted = await fetch(`${server.url}/api/v1/households/import`, { method: 'POST', body: form, headers: { cookie } });
      expect(submitted.status).toBe(202);
      const jobId = ((await submitted.json()) as { jobId: number }).jobId;

      // Wait until some batches are committed, then kill the process mid-job.
      let before: JobBody;
      for (;;) {
        before = await jobOf(server.url, cookie, jobId);
        if (before.status !== 'running' && before.status !== 'queued') break;
        if (before.progress.phase === 'apply' && before.progress.done >= 300) break;
        await sleep(50);
      }
      expect(before.status).toBe('running');
      await kill9(server);

      server = await startServer(env);
      const again = await login(server.url);
      let after: JobBody;
      for (let i = 0; ; i++) {
        after = await jobOf(server.url, again, jobId);
        if (after.status === 'succeeded' || after.status === 'failed') break;
        if (i > 1200) throw new Error(`job still ${after.status} after the restart`);
        await sleep(100);
      }
      console.log(`[${dialect}] killed at ${before.progress.done}/${before.progress.total} households; after restart: ${after.status}, attempts ${after.attempts}`);
      expect(after.status).toBe('succeeded');
      expect(after.attempts).toBe(2);
      expect(after.result).toMatchObject({ households: HOUSEHOLDS, created: HOUSEHOLDS, updated: 0, skipped: 0, errors: [] });
      await kill9(server);
    } catch (e) {
      if (server.child.exitCode === null) await kill9(server);
      throw e;
    }

    const verify = await run(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/cli/main.ts'), 'audit', 'verify'], { cwd: projectRoot, env });
    expect(verify.stdout).toMatch(/Audit chain intact/);

    // In the database itself: one household.create entry per workbook household (a batch applied
    // twice would show here, or as unique-ID errors in the result), and no staging rows left.
    const counts = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import { loadConfig } from './src/config.ts';
         import { createDatabase } from './src/db/database.ts';
         const db = createDatabase(loadConfig().database);
         const a = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).where('action', '=', 'household.create').where('actor_username', '=', 'community').executeTakeFirstOrThrow();
         const s = await db.selectFrom('import_rows').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
         console.log(JSON.stringify({ audited: Number(a.n), staged: Number(s.n) }));
         await db.destroy();`,
      ],
      { cwd: projectRoot, env },
    );
    const c = JSON.parse(counts.stdout.trim()) as { audited: number; staged: number };
    expect(c.audited).toBe(HOUSEHOLDS);
    expect(c.staged).toBe(0);
  }, 240_000);
});
