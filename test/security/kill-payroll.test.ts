/**
 * kill -9 during a payroll (issue 15, "Done when"): the real server as a child process over a
 * file-backed SQLite database (and a PostgreSQL database of its own when DATABASE_URL is set),
 * a district large enough that preparing its dibao payroll takes a moment, the payroll started
 * over HTTP and the process killed while its transaction is open. After the restart: no half
 * payroll (none, or one whose lines are exactly those a clean run produces, totals consistent),
 * the audit chain verifies, and the payroll can be prepared again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { dialects } from '../helpers/test-deps.ts';
import { systemClock, todayInChina } from '../../src/clock.ts';
import { loadConfig, type DatabaseConfig } from '../../src/config.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { closeDeps, createDeps, type Deps } from '../../src/deps.ts';
import { addMonths, monthOf } from '../../src/domain/calendar.ts';
import { demoPolicy } from '../../src/domain/policy.ts';
import { importDistrict } from '../../src/modules/areas/service.ts';
import { verifyAuditChain } from '../../src/modules/audit/service.ts';
import { actorForUsername, createUser } from '../../src/modules/auth/service.ts';
import { fillDemoDistrict } from '../../src/modules/demo/bulk-fill.ts';
import { preparePayroll } from '../../src/modules/payments/payroll.ts';
import { seedPolicy } from '../../src/modules/policies/service.ts';
import { FIXTURE_PASSWORD } from './support/fixture.ts';
import { loginOver, startServer } from './support/server-process.ts';

const HOUSEHOLDS = Number(process.env.KILL_PAYROLL_HOUSEHOLDS ?? 8000);
const DISTRICT = '420102';
const USER = 'kp-county';

interface Storage {
  dataDir: string;
  database: DatabaseConfig;
  env: { DATA_DIR: string; DATABASE_URL: string };
  /** A copy of the database as it is now (closed), for the reference run. */
  copy(): Promise<DatabaseConfig>;
  /** True while some other session holds a write transaction open for a while. */
  probe(): Promise<() => Promise<boolean>>;
  /** Waits until the killed server's sessions are gone (PostgreSQL rolls back on its own). */
  settle(): Promise<void>;
  dispose(): Promise<void>;
}

function pgUrl(base: string, database: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(sqlText: string): Promise<void> {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    await c.query(sqlText);
  } finally {
    await c.end();
  }
}

async function storageFor(dialect: 'sqlite' | 'postgres'): Promise<Storage> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-kill-'));
  if (dialect === 'sqlite') {
    const file = path.join(dataDir, 'minzheng.sqlite');
    return {
      dataDir,
      database: { dialect: 'sqlite', file },
      env: { DATA_DIR: dataDir, DATABASE_URL: '' },
      copy: async () => {
        const ref = path.join(dataDir, 'reference.sqlite');
        fs.copyFileSync(file, ref);
        return { dialect: 'sqlite', file: ref };
      },
      probe: async () => {
        const db = new Database(file, { timeout: 0 });
        let closed = false;
        const check = async () => {
          if (closed) return false;
          try {
            db.exec('BEGIN IMMEDIATE');
            db.exec('ROLLBACK');
            return false;
          } catch (e) {
            if ((e as { code?: string }).code === 'SQLITE_BUSY') return true;
            throw e;
          }
        };
        (check as unknown as { close(): void }).close = () => {
          closed = true;
          db.close();
        };
        return check;
      },
      settle: async () => {},
      dispose: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const base = process.env.DATABASE_URL!;
  const name = `mz_kill_${randomBytes(5).toString('hex')}`;
  const refName = `${name}_ref`;
  await adminQuery(`create database ${name}`);
  const url = pgUrl(base, name);
  const others = `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
  return {
    dataDir,
    database: { dialect: 'postgres', url },
    env: { DATA_DIR: dataDir, DATABASE_URL: url },
    copy: async () => {
      await adminQuery(`create database ${refName} template ${name}`);
      return { dialect: 'postgres', url: pgUrl(base, refName) };
    },
    probe: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const check = async () => {
        const r = await c.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
             and xact_start is not null and state <> 'idle' and now() - xact_start > interval '20 milliseconds'`,
        );
        return r.rows[0]!.n > 0;
      };
      (check as unknown as { close(): Promise<void> }).close = () => c.end();
      return check;
    },
    settle: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        for (let i = 0; i < 200; i++) {
          if ((await c.query<{ n: number }>(others)).rows[0]!.n === 0) return;
          await new Promise((r) => setTimeout(r, 50));
        }
        throw new Error('the killed server still has sessions open');
      } finally {
        await c.end();
      }
    },
    dispose: async () => {
      await adminQuery(`drop database if exists ${name} with (force)`);
      await adminQuery(`drop database if exists ${refName} with (force)`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function depsOn(dataDir: string, database: DatabaseConfig): Deps {
  const config = { ...loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir }), database };
  return createDeps(config, { clock: systemClock, log: pino({ level: 'silent' }) });
}

interface PayrollFacts {
  id: number;
  lines: number;
  regularLines: number;
  total: number;
  lineSum: number;
  households: number;
  lineHouseholds: number;
}

async function payrollFacts(deps: Deps, month: string): Promise<PayrollFacts[]> {
  const rows = await deps.db.selectFrom('payrolls').select(['id', 'total_amount', 'households']).where('program', '=', 'dibao').where('area_code', '=', DISTRICT).where('month', '=', month).where('kind', '=', 'monthly').execute();
  const out: PayrollFacts[] = [];
  for (const r of rows) {
    const agg = await deps.db
      .selectFrom('payroll_lines')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('amount').as('sum')])
      .where('payroll_id', '=', r.id)
      .executeTakeFirstOrThrow();
    const regular = await deps.db.selectFrom('payroll_lines').select((eb) => eb.fn.countAll<number>().as('n')).where('payroll_id', '=', r.id).where('kind', '=', 'regular').executeTakeFirstOrThrow();
    const hh = await deps.db.selectFrom('payroll_lines').select((eb) => eb.fn.count<number>('household_id').distinct().as('n')).where('payroll_id', '=', r.id).executeTakeFirstOrThrow();
    out.push({
      id: r.id,
      lines: Number(agg.n),
      regularLines: Number(regular.n),
      total: Number(r.total_amount),
      lineSum: Number(agg.sum ?? 0),
      households: Number(r.households),
      lineHouseholds: Number(hh.n),
    });
  }
  return out;
}

describe.each(dialects)('kill -9 during a payroll (%s)', (dialect) => {
  let storage: Storage | undefined;
  afterAll(async () => storage?.dispose());

  it('leaves no half payroll, an intact audit chain, and a payroll that can be prepared again', async () => {
    storage = await storageFor(dialect);
    const s = storage;
    const today = todayInChina(systemClock);
    const months = [monthOf(today), addMonths(monthOf(today), -1), addMonths(monthOf(today), -2)];

    // The district, its users and a population all on dibao, written as the demo fill does.
    let t0 = performance.now();
    const setup = depsOn(s.dataDir, s.database);
    await migrateToLatest(setup.db);
    await importDistrict(setup, null, DISTRICT);
    await seedPolicy(setup, null, demoPolicy, DISTRICT, '2025-01-01');
    await createUser(setup, null, { username: USER, displayName: '杀进程测试', role: 'county_approver', areaCode: DISTRICT, password: FIXTURE_PASSWORD });
    await fillDemoDistrict(setup, { households: HOUSEHOLDS, seed: 4242, areaCode: DISTRICT, enrol: 'all' });
    await closeDeps(setup);
    const fillMs = performance.now() - t0;

    // A copy of the same database, for what a clean run produces (computed below, for the months
    // the checks need: those with a payroll on file after the kill, and the killed one).
    const referenceDb = await s.copy();
    const reference = new Map<string, { lines: number; total: number; ms: number }>();
    const computeReference = async (needed: string[]) => {
      const refDeps = depsOn(s.dataDir, referenceDb);
      try {
        const county = await actorForUsername(refDeps, USER);
        for (const month of months.filter((m) => needed.includes(m))) {
          t0 = performance.now();
          const { payroll } = await preparePayroll(refDeps, county, { program: 'dibao', areaCode: DISTRICT, month });
          const ms = performance.now() - t0;
          const [facts] = await payrollFacts(refDeps, month);
          expect(facts!.lines).toBeGreaterThan(HOUSEHOLDS / 2);
          reference.set(month, { lines: facts!.lines, total: payroll.totalAmount, ms });
        }
      } finally {
        await closeDeps(refDeps);
      }
    };

    // Start the payroll over HTTP and kill the server once its transaction has been open a while.
    let server = await startServer(s.env);
    let cookie = await loginOver(server.url, USER, FIXTURE_PASSWORD);
    let killed: { month: string; afterMs: number } | null = null;
    const completedFirst: string[] = [];
    for (const month of months) {
      const probe = await s.probe();
      const started = performance.now();
      let answered = false;
      const request = fetch(`${server.url}/api/v1/payrolls`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ program: 'dibao', areaCode: DISTRICT, month }) })
        .then(async (r) => {
          answered = true;
          return { status: r.status, body: await r.text() };
        })
        .catch((e: Error) => ({ status: 0, body: e.message }));
      let busySince: number | null = null;
      while (!answered) {
        const busy = await probe();
        const now = performance.now();
        if (!busy) busySince = null;
        else if (busySince === null) busySince = now;
        // Open for 30 ms and more: the payroll's transaction, not a session touch.
        if (busySince !== null && now - busySince >= 30) {
          await server.kill9();
          killed = { month, afterMs: Math.round(now - started) };
          break;
        }
        await new Promise((r) => setTimeout(r, 3));
      }
      await (probe as unknown as { close(): Promise<void> | void }).close();
      const outcome = await request;
      if (killed) break;
      expect(outcome.status, outcome.body).toBe(201);
      completedFirst.push(month);
    }
    if (!killed) await server.kill9();
    await s.settle();
    await computeReference([...completedFirst, ...(killed ? [killed.month] : [])]);

    // The database as the kill left it.
    const after = depsOn(s.dataDir, s.database);
    try {
      for (const month of months) {
        const found = await payrollFacts(after, month);
        expect(found.length, `payrolls for ${month}`).toBeLessThanOrEqual(1);
        for (const p of found) {
          // A payroll on file is a whole one: every line a clean run has, totals that add up.
          expect({ month, lines: p.lines, total: p.total }).toEqual({ month, lines: reference.get(month)!.lines, total: reference.get(month)!.total });
          expect(p.lineSum).toBe(p.total);
          expect(p.lineHouseholds).toBe(p.households);
        }
        if (killed?.month === month) expect(found, 'the killed payroll was rolled back').toEqual([]);
      }
      const orphans = await after.db
        .selectFrom('payroll_lines')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('payroll_id', 'not in', after.db.selectFrom('payrolls').select('id'))
        .executeTakeFirstOrThrow();
      expect(Number(orphans.n)).toBe(0);
      const chain = await verifyAuditChain(after, null);
      expect(chain.intact, JSON.stringify(chain)).toBe(true);
    } finally {
      await closeDeps(after);
    }

    // Restarted, the same payroll is prepared again, whole.
    server = await startServer(s.env);
    try {
      cookie = await loginOver(server.url, USER, FIXTURE_PASSWORD);
      const month = killed?.month ?? months[0]!;
      const again = await fetch(`${server.url}/api/v1/payrolls`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ program: 'dibao', areaCode: DISTRICT, month }) });
      expect(again.status).toBe(killed ? 201 : 200);
      const list = await fetch(`${server.url}/api/v1/payrolls?program=dibao&areaCode=${DISTRICT}&month=${month}`, { headers: { cookie } });
      expect(list.status).toBe(200);
    } finally {
      await server.stop();
    }
    const final = depsOn(s.dataDir, s.database);
    try {
      const month = killed?.month ?? months[0]!;
      const [p, ...more] = await payrollFacts(final, month);
      expect(more).toEqual([]);
      expect({ lines: p!.lines, total: p!.total, lineSum: p!.lineSum }).toEqual({ lines: reference.get(month)!.lines, total: reference.get(month)!.total, lineSum: reference.get(month)!.total });
      expect((await verifyAuditChain(final, null)).intact).toBe(true);
    } finally {
      await closeDeps(final);
    }
    const ref = reference.get(killed?.month ?? months[0]!)!;
    console.log(
      `[kill-payroll ${dialect}] ${HOUSEHOLDS} households filled in ${Math.round(fillMs)} ms; a clean payroll: ${ref.lines} lines in ${Math.round(ref.ms)} ms; ` +
        (killed ? `killed ${killed.afterMs} ms after the request for ${killed.month}, mid-transaction: rolled back, prepared again whole after the restart` : `never caught mid-transaction (completed: ${completedFirst.join(', ')})`),
    );
    // The point of the test is a kill inside the transaction.
    expect(killed, 'the payroll transaction was never caught open').not.toBeNull();
  }, 300_000);
});
