import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig, projectRoot, type Config, type DatabaseConfig } from '../../src/config.ts';
import { backupDatabase, databaseIsEmpty, restoreDatabase, tableRowCounts } from '../../src/db/backup.ts';
import { createDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createDeps } from '../../src/deps.ts';
import { verifyAuditChain, writeAuditCheckpoint } from '../../src/modules/audit/service.ts';
import { fillDemoDistrict } from '../../src/modules/demo/bulk-fill.ts';
import { payDemoHistory } from '../../src/modules/demo/payroll-history.ts';
import { DEMO_COMMUNITY, DEMO_DISTRICT, seedDemoIfEmpty } from '../../src/modules/demo/service.ts';
import { createTestDeps, dialects } from '../helpers/test-deps.ts';

const run = promisify(execFile);

describe.each(dialects)('backup and restore on %s', (dialect) => {
  it('restores the demo into an empty database with every table\'s rows and an intact audit chain', async () => {
    const source = await createTestDeps(dialect, { now: new Date().toISOString() });
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-backup-'));
    let dropTarget = async () => {};
    try {
      await fillDemoDistrict(source, { households: 120, seed: 7, areaCode: DEMO_DISTRICT, focusCommunity: DEMO_COMMUNITY });
      await payDemoHistory(source, { areaCode: DEMO_DISTRICT });
      await writeAuditCheckpoint(source);
      const counts = await tableRowCounts(source.db, source.config.database);
      expect(counts.households).toBeGreaterThanOrEqual(120);
      expect(counts.audit_log).toBeGreaterThan(0);

      const file = path.join(work, 'minzheng.backup');
      const steps: string[] = [];
      await backupDatabase(source.config.database, file, (m) => steps.push(m));
      expect(fs.statSync(file).size).toBeGreaterThan(0);
      expect(steps.length).toBeGreaterThan(0);
      await expect(backupDatabase(source.config.database, file)).rejects.toThrow(/exists/);

      let target: DatabaseConfig;
      if (source.config.database.dialect === 'sqlite') {
        target = { dialect: 'sqlite', file: path.join(work, 'restored.sqlite') };
      } else {
        // A database of its own, restored schema and all (the dump names the test's schema).
        const name = `mz_restore_${randomBytes(4).toString('hex')}`;
        const url = new URL(source.config.database.url);
        const admin = url.toString();
        await adminQuery(admin, `create database ${name}`);
        dropTarget = () => adminQuery(admin, `drop database if exists ${name} with (force)`);
        url.pathname = `/${name}`;
        target = { dialect: 'postgres', url: url.toString(), schema: source.config.database.schema! };
      }
      const probe = createDatabase(target);
      expect(await databaseIsEmpty(probe, target)).toBe(true);
      await probe.destroy();

      await restoreDatabase(target, file, { force: false }, (m) => steps.push(m));
      const config: Config = { ...source.config, database: target };
      const restored = createDeps(config, { log: pino({ level: 'silent' }), clock: source.clock });
      try {
        await migrateToLatest(restored.db);
        expect(await databaseIsEmpty(restored.db, target)).toBe(false);
        expect(await tableRowCounts(restored.db, target)).toEqual(counts);
        const report = await verifyAuditChain(restored, null);
        expect(report).toMatchObject({ intact: true, checked: counts.audit_log, vouchedUpTo: { seq: counts.audit_log } });
      } finally {
        await restored.db.destroy();
      }
    } finally {
      await source.dispose();
      await dropTarget();
      fs.rmSync(work, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('npx minzheng backup / restore (SQLite)', () => {
  it('backs up a live data directory, restores into an empty one and refuses a full one without --force', async () => {
    const from = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-cli-backup-'));
    const to = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-cli-restore-'));
    const env = (dataDir: string) => ({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', AUDIT_HMAC_KEY: 'cli-backup-test-key-0123456789abcdef' });
    const minzheng = async (dataDir: string, ...args: string[]) => {
      try {
        const { stdout, stderr } = await run(process.execPath, [path.join(projectRoot, 'bin/minzheng.js'), ...args], { env: env(dataDir), cwd: projectRoot });
        return { code: 0, stdout, stderr };
      } catch (e) {
        const err = e as { code: number; stdout: string; stderr: string };
        return { code: err.code, stdout: err.stdout, stderr: err.stderr };
      }
    };
    try {
      const config = loadConfig({ ...env(from), LOG_LEVEL: 'silent' });
      const deps = createDeps(config, { log: pino({ level: 'silent' }) });
      await migrateToLatest(deps.db);
      await seedDemoIfEmpty(deps);
      await deps.db.destroy();
      const file = path.join(from, 'nightly.backup');
      const backup = await minzheng(from, 'backup', file);
      expect(backup.code).toBe(0);
      expect(backup.stderr).toMatch(/backup 100%/);
      const restore = await minzheng(to, 'restore', file);
      expect(restore).toMatchObject({ code: 0 });
      expect(restore.stdout).toMatch(/Restored \d+ tables/);
      const again = await minzheng(to, 'restore', file);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/not empty/);
      expect((await minzheng(to, 'restore', file, '--force')).code).toBe(0);
      const verify = await minzheng(to, 'audit', 'verify');
      expect(verify).toMatchObject({ code: 0 });
      expect(verify.stdout).toMatch(/Audit chain intact: [1-9]\d* entries/);
    } finally {
      fs.rmSync(from, { recursive: true, force: true });
      fs.rmSync(to, { recursive: true, force: true });
    }
  }, 240_000);
});

async function adminQuery(url: string, query: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(query);
  } finally {
    await c.end();
  }
}
