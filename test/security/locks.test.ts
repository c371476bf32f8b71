import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig, projectRoot } from '../../src/config.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createDeps } from '../../src/deps.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../src/modules/demo/service.ts';
import { buildApp } from '../../src/server/app.ts';
import { buildHousehold } from '../factories/household.ts';
import { useTestApp } from '../helpers/test-app.ts';
import { dialects } from '../helpers/test-deps.ts';

const run = promisify(execFile);

describe.each(dialects)('a write that meets a held lock on %s', (dialect) => {
  const t = useTestApp(dialect, { busyTimeoutMs: 300 });

  it('is answered 503 with Retry-After and a message, never 500, and succeeds once the lock is gone', async () => {
    const cookie = await t().login('community');
    const create = (lang = 'zh-CN') =>
      t().app.inject({ method: 'POST', url: '/api/v1/households', headers: { cookie, 'accept-language': lang }, payload: buildHousehold() });
    const release = await holdWriteLock(t().deps.config.database);
    try {
      const busy = await create();
      expect(busy.statusCode).toBe(503);
      expect(Number(busy.headers['retry-after'])).toBeGreaterThan(0);
      expect(busy.json().error).toMatchObject({ code: 'database_busy' });
      expect(busy.json().error.message).toMatch(/重试/);
      expect((await create('en')).json().error.message).toMatch(/retry/);
    } finally {
      await release();
    }
    expect((await create()).statusCode).toBe(201);
  });

  it('still answers reads, the monthly report\'s read-only snapshot included, while another process writes', async () => {
    const county = await t().login('county');
    const release = await holdWriteLock(t().deps.config.database);
    try {
      const report = await t().app.inject({ url: '/api/v1/reports/monthly?areaCode=420102&month=2026-02', headers: { cookie: county } });
      expect({ status: report.statusCode, body: report.statusCode === 200 ? '' : report.body }).toEqual({ status: 200, body: '' });
      expect((await t().app.inject({ url: '/api/v1/households?pageSize=5', headers: { cookie: county } })).statusCode).toBe(200);
    } finally {
      await release();
    }
  });
});

/** Another process's write transaction: SQLite's write lock, or PostgreSQL's lock on the audit head row. */
async function holdWriteLock(database: ReturnType<typeof loadConfig>['database']): Promise<() => Promise<void>> {
  if (database.dialect === 'sqlite') {
    const other = new SQLite(database.file);
    other.exec('begin immediate');
    other.prepare("update audit_head set hash = hash where id = 1").run();
    return async () => {
      other.exec('commit');
      other.close();
    };
  }
  const client = new pg.Client({ connectionString: database.url, options: `-c search_path=${database.schema}` });
  await client.connect();
  await client.query('begin');
  await client.query('select * from audit_head where id = 1 for update');
  return async () => {
    await client.query('commit');
    await client.end();
  };
}

describe('a CLI write against the live server\'s SQLite file', () => {
  it('leaves the server answering: no 500 while `minzheng user add` writes', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-live-'));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const deps = createDeps(config, { log: pino({ level: 'silent' }) });
    await migrateToLatest(deps.db);
    await seedDemoIfEmpty(deps);
    const app = await buildApp(deps, { serveWeb: false });
    await app.ready();
    try {
      const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'community', password: DEMO_PASSWORD } });
      const cookie = `mz_session=${login.cookies.find((c) => c.name === 'mz_session')?.value}`;
      const statuses: number[] = [];
      let cliDone = false;
      const cli = (async () => {
        for (let i = 0; i < 2; i++) {
          await run(process.execPath, [path.join(projectRoot, 'bin/minzheng.js'), 'user', 'add', '-u', `cli-live-${i}`, '-n', '命令行', '-r', 'auditor', '-a', '420102'], {
            env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
            cwd: projectRoot,
          });
        }
        cliDone = true;
      })();
      while (!cliDone) {
        const res = await app.inject({ method: 'POST', url: '/api/v1/households', headers: { cookie }, payload: buildHousehold() });
        statuses.push(res.statusCode);
        await new Promise((r) => setTimeout(r, 20));
      }
      await cli;
      expect(statuses.length).toBeGreaterThan(3);
      expect(statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);
      expect(await deps.db.selectFrom('users').select('username').where('username', 'like', 'cli-live-%').execute()).toHaveLength(2);
    } finally {
      await app.close();
      await deps.db.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
