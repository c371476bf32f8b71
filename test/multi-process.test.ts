import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config.ts';
import { DEMO_PASSWORD } from '../src/modules/demo/service.ts';
import { demoImportWorkbooks } from './factories/import-workbook.ts';
import { startServer, type ServerProcess } from './security/support/server-process.ts';

/**
 * Issue 20 point 4: two API processes on one PostgreSQL, as behind a proxy, serve the same
 * users. Sessions, login throttling, the login rate limit and the job queue live in the
 * database, so a session opened on one process works on the other, a logout on one ends it on
 * both, failures spread over both add up to one throttle, and a job submitted through either
 * runs exactly once. Two real servers (`node --import tsx src/cli/main.ts serve`) on one
 * schema, sharing a data directory (uploads, documents, checkpoints) and the audit HMAC key.
 *
 * PostgreSQL only (SQLite is one process's file): skipped without DATABASE_URL; CI sets it.
 */
const DATABASE_URL = process.env.DATABASE_URL ?? '';
const run = promisify(execFile);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** 3,000 households of seed 23: the workbook in which exceljs split characters (see src/modules/registry/xlsx-reader.ts). */
const BIG = 3000;
const SMALL_JOBS = 12;
const SMALL = 10;
const FAILURES_PER_USER = 3;
const RATE_LIMIT = 12;
const COMMUNITY = '420102010001';

interface JobBody {
  id: number;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  attempts: number;
  progress: { done: number; total: number | null; phase: string | null };
  result: { households: number; created: number; updated: number; skipped: number; errors: unknown[] } | null;
  error: { code: string; message: string } | null;
}

/** A request as the proxy forwards it: the client's address in X-Forwarded-For (TRUST_PROXY=true). */
function via(client: string, init: RequestInit & { cookie?: string } = {}): RequestInit {
  const headers = new Headers(init.headers);
  headers.set('x-forwarded-for', client);
  if (init.cookie) headers.set('cookie', init.cookie);
  return { ...init, headers };
}

async function tryLogin(url: string, client: string, username: string, password: string): Promise<Response> {
  return fetch(`${url}/api/v1/auth/login`, via(client, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) }));
}

async function login(url: string, client: string, username: string): Promise<string> {
  const res = await tryLogin(url, client, username, DEMO_PASSWORD);
  expect(res.status, await res.clone().text()).toBe(200);
  const m = /mz_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
  if (!m) throw new Error('no session cookie');
  return `mz_session=${m[1]}`;
}

async function errorCode(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

async function submitImport(url: string, cookie: string, file: string): Promise<number> {
  const form = new FormData();
  form.append('file', new Blob([fs.readFileSync(file)]), path.basename(file));
  const res = await fetch(`${url}/api/v1/households/import`, via('10.20.0.9', { method: 'POST', body: form, cookie }));
  expect(res.status, await res.clone().text()).toBe(202);
  return ((await res.json()) as { jobId: number }).jobId;
}

async function jobOf(url: string, cookie: string, id: number): Promise<JobBody> {
  const res = await fetch(`${url}/api/v1/jobs/${id}`, via('10.20.0.9', { cookie }));
  expect(res.status).toBe(200);
  return (await res.json()) as JobBody;
}

async function untilEnded(url: string, cookie: string, id: number, timeoutMs: number): Promise<JobBody> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await jobOf(url, cookie, id);
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job.status} (${job.progress.done}/${job.progress.total})`);
    await sleep(150);
  }
}

describe.skipIf(!DATABASE_URL)('two API processes on one PostgreSQL', () => {
  let dir: string;
  let schema: string;
  let env: NodeJS.ProcessEnv & { DATA_DIR: string; DATABASE_URL: string };
  let db: pg.Client;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;
  let big: { file: string; heads: string[] };
  let small: { file: string; heads: string[] }[];
  /** Which process held each job's lease, as seen while sampling the jobs table. */
  const ranBy = new Map<number, Set<string>>();
  let sampling = false;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-multi-'));
    const files = [{ file: path.join(dir, 'big.xlsx'), households: BIG }, ...Array.from({ length: SMALL_JOBS }, (_, i) => ({ file: path.join(dir, `small-${i}.xlsx`), households: SMALL }))];
    const written = await demoImportWorkbooks(files, { seed: 23, communities: [{ code: COMMUNITY, urbanRural: 'urban' }] });
    big = { file: files[0]!.file, heads: written[0]!.heads };
    small = written.slice(1).map((w, i) => ({ file: files[i + 1]!.file, heads: w.heads }));

    schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const url = `${DATABASE_URL}${DATABASE_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    db = new pg.Client({ connectionString: url });
    await db.connect();

    const dataDir = path.join(dir, 'data');
    env = {
      DATA_DIR: dataDir,
      DATABASE_URL: url,
      MINZHENG_DEMO: 'true',
      TRUST_PROXY: 'true',
      AUDIT_HMAC_KEY: randomBytes(32).toString('hex'),
      JOB_LEASE_SECONDS: '3',
      LOGIN_FAILURES_PER_USER: String(FAILURES_PER_USER),
      LOGIN_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
    };
    // The first migrates and seeds the demo; the second starts on the ready database.
    a = await startServer(env, { timeoutMs: 60_000 });
    b = await startServer(env, { timeoutMs: 30_000 });
  }, 120_000);

  // A failure shows what the two servers logged (warnings and errors: LOG_LEVEL=warn).
  beforeEach(({ onTestFailed }) => {
    onTestFailed(() => console.log(`--- server A ---\n${a?.output() ?? ''}\n--- server B ---\n${b?.output() ?? ''}`));
  });

  afterAll(async () => {
    sampling = false;
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.end();
    if (schema) {
      const c = new pg.Client({ connectionString: DATABASE_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    }
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('shares sessions: a login on A works on B, a logout on B ends it on A', async () => {
    const cookie = await login(a!.url, '10.20.0.1', 'street');
    const me = await fetch(`${b!.url}/api/v1/auth/me`, via('10.20.0.1', { cookie }));
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { username: string } }).user.username).toBe('street');
    expect((await fetch(`${a!.url}/api/v1/auth/me`, via('10.20.0.1', { cookie }))).status).toBe(200);

    expect((await fetch(`${b!.url}/api/v1/auth/logout`, via('10.20.0.1', { method: 'POST', cookie }))).status).toBe(204);
    expect((await fetch(`${a!.url}/api/v1/auth/me`, via('10.20.0.1', { cookie }))).status).toBe(401);
    expect((await fetch(`${b!.url}/api/v1/auth/me`, via('10.20.0.1', { cookie }))).status).toBe(401);
  });

  it('adds failed logins on A and B up to one throttle, answered 429 by either', async () => {
    const client = '10.20.0.2';
    const servers = [a!, b!];
    for (let i = 0; i < FAILURES_PER_USER; i++) {
      const res = await tryLogin(servers[i % 2]!.url, client, 'county', 'wrong-password-1');
      expect(res.status, `failure ${i + 1}`).toBe(401);
    }
    // The threshold is reached: the next attempt waits, on both processes, even with the right password.
    for (const s of servers) {
      const res = await tryLogin(s.url, client, 'county', DEMO_PASSWORD);
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await errorCode(res)).toBe('too_many_login_attempts');
    }
    // Per source: the same user from another address is not held up.
    expect((await tryLogin(b!.url, '10.20.0.3', 'county', DEMO_PASSWORD)).status).toBe(200);
  });

  it('counts the login rate limit once for both processes', async () => {
    const client = '10.20.0.4';
    // Unknown names, so neither per-user throttle nor (below 20) the per-address one applies: only the request ceiling.
    for (let i = 0; i < RATE_LIMIT; i++) {
      const res = await tryLogin([a!, b!][i % 2]!.url, client, `nobody-${i}`, 'x-password-x');
      expect(res.status, `request ${i + 1}`).toBe(401);
    }
    for (const s of [b!, a!]) {
      const res = await tryLogin(s.url, client, 'nobody-more', 'x-password-x');
      expect(res.status).toBe(429);
      expect(await errorCode(res)).toBe('too_many_requests');
    }
  });

  it('runs small jobs submitted at once through both, each once; and an import submitted through A, polled through B, once', async () => {
    const pidOf = new Map([
      [String(a!.child.pid), 'A'],
      [String(b!.child.pid), 'B'],
    ]);
    sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const r = await db.query<{ id: number; lease_owner: string }>(`select id, lease_owner from jobs where status = 'running' and lease_owner is not null`);
        for (const row of r.rows) {
          const who = pidOf.get(row.lease_owner.split(':')[1] ?? '') ?? row.lease_owner;
          ranBy.set(Number(row.id), (ranBy.get(Number(row.id)) ?? new Set()).add(who));
        }
        await sleep(50);
      }
    })();

    const onA = await login(a!.url, '10.20.0.9', 'community');
    const onB = await login(b!.url, '10.20.0.9', 'community');
    // Small jobs first, submitted all at once through both while both runners are idle: the two
    // race to claim every one of them. Each is polled through the process it was not sent to.
    let started = Date.now();
    const smallIds = await Promise.all(small.map((s, i) => submitImport(i % 2 === 0 ? a!.url : b!.url, i % 2 === 0 ? onA : onB, s.file)));
    // Each process runs one job at a time (a parse worker each): the last of the twelve waits for
    // the eleven before it, ~15 s on a quiet machine, far more under a loaded CI — hence 60 s.
    const smallJobs = await Promise.all(smallIds.map((id, i) => untilEnded(i % 2 === 0 ? b!.url : a!.url, i % 2 === 0 ? onB : onA, id, 60_000)));
    const smallSeconds = (Date.now() - started) / 1000;

    // Then a large import through A, polled through B until done.
    started = Date.now();
    const bigId = await submitImport(a!.url, onA, big.file);
    const bigJob = await untilEnded(b!.url, onB, bigId, 75_000);
    const bigSeconds = (Date.now() - started) / 1000;
    sampling = false;
    await sampler;

    expect(bigJob.error).toBeNull();
    expect(bigJob.status).toBe('succeeded');
    expect(bigJob.attempts).toBe(1);
    expect(bigJob.result).toMatchObject({ households: BIG, created: BIG, updated: 0, skipped: 0, errors: [] });
    for (const job of smallJobs) {
      expect(job.error).toBeNull();
      expect(job.status).toBe('succeeded');
      expect(job.attempts).toBe(1);
      expect(job.result).toMatchObject({ households: SMALL, created: SMALL, updated: 0, skipped: 0, errors: [] });
    }

    // In the database: each job one row, one attempt, ended once; each lease held by one process.
    const ids = [...smallIds, bigId];
    const rows = await db.query<{ id: number; status: string; attempts: number }>(`select id, status, attempts from jobs where id = any($1::int[]) order by id`, [ids]);
    expect(rows.rows.map((r) => [Number(r.id), r.status, Number(r.attempts)])).toEqual([...ids].sort((x, y) => x - y).map((id) => [id, 'succeeded', 1]));
    for (const id of ids) expect(ranBy.get(id)?.size ?? 0, `job ${id} seen under ${[...(ranBy.get(id) ?? [])].join(', ')}`).toBeLessThanOrEqual(1);

    // Households created exactly once: one person per head ID number, heading one household.
    const heads = [...big.heads, ...small.flatMap((s) => s.heads)];
    const persons = await db.query<{ n: string; distinct_n: string }>(`select count(*) as n, count(distinct id_number) as distinct_n from persons where id_number = any($1::text[])`, [heads]);
    expect(Number(persons.rows[0]!.n)).toBe(heads.length);
    expect(Number(persons.rows[0]!.distinct_n)).toBe(heads.length);
    const households = await db.query<{ n: string }>(`select count(*) as n from households h join persons p on p.id = h.head_person_id where p.id_number = any($1::text[])`, [heads]);
    expect(Number(households.rows[0]!.n)).toBe(heads.length);

    // The audit: one household.create per household (none twice), one job.submit and one households.import per job.
    const created = await db.query<{ n: string; distinct_n: string }>(
      `select count(*) as n, count(distinct entity_id) as distinct_n from audit_log where action = 'household.create' and actor_username = 'community'`,
    );
    expect(Number(created.rows[0]!.n)).toBe(heads.length);
    expect(Number(created.rows[0]!.distinct_n)).toBe(heads.length);
    // (The demo seed ran its own matching-run job at start: only this user's submissions are counted.)
    const submitted = await db.query<{ entity_id: string }>(`select entity_id from audit_log where action = 'job.submit' and actor_username = 'community'`);
    expect(submitted.rows.map((r) => Number(r.entity_id)).sort((x, y) => x - y)).toEqual([...ids].sort((x, y) => x - y));
    const imported = await db.query<{ new_value: string }>(`select new_value from audit_log where action = 'households.import'`);
    expect(imported.rows.map((r) => (JSON.parse(r.new_value) as { jobId: number }).jobId).sort((x, y) => x - y)).toEqual([...ids].sort((x, y) => x - y));
    const staged = await db.query<{ n: string }>(`select count(*) as n from import_rows`);
    expect(Number(staged.rows[0]!.n)).toBe(0);

    const by = (p: string) => smallIds.filter((id) => ranBy.get(id)?.has(p)).length;
    const unseen = smallIds.filter((id) => !ranBy.has(id)).length;
    console.log(
      `[multi-process] ${SMALL_JOBS} jobs of ${SMALL} households in ${smallSeconds.toFixed(1)} s (seen running on A: ${by('A')}, on B: ${by('B')}, too short to see: ${unseen}); ` +
        `${BIG} households in ${bigSeconds.toFixed(1)} s on ${[...(ranBy.get(bigId) ?? ['?'])].join('')}`,
    );
  }, 150_000);

  it('keeps one audit chain: both processes appended to it and it verifies', async () => {
    const verify = await run(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/cli/main.ts'), 'audit', 'verify'], { cwd: projectRoot, env: { ...process.env, ...env, LOG_LEVEL: 'warn' } });
    expect(verify.stdout).toMatch(/Audit chain intact/);
  }, 60_000);
});
