import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { cliSandbox } from '../../test/helpers/cli.ts';
import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { closeDeps, createDeps } from '../deps.ts';
import { seedDemoIfEmpty } from '../modules/demo/service.ts';
import { enrolHousehold } from '../../test/helpers/enrolment.ts';

const { dataDir, minzheng, cleanup } = cliSandbox('payroll-cli');

describe('minzheng payroll', () => {
  afterAll(cleanup);

  it('prepares the payroll through the service, returns the same one on a re-run, and refuses bad input and roles', async () => {
    const deps = createDeps(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' }), { log: pino({ level: 'silent' }) });
    try {
      await migrateToLatest(deps.db);
      await seedDemoIfEmpty(deps);
      await enrolHousehold({ deps }, { areaCode: '420102010001', amount: 158000, startMonth: '2025-07' });
      await enrolHousehold({ deps }, { areaCode: '420102002003', amount: 90000, startMonth: '2025-07' });
    } finally {
      await closeDeps(deps);
    }

    const first = await minzheng('payroll', '--program', 'dibao', '--area', '420102', '--month', '2025-07', '--user', 'county');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Prepared payroll (\d+) “.*低保金发放名册（2025-07）” \(prepared\): 2 households, 4 persons, total 2,480.00 yuan \(city 1,240.00, district 1,240.00\)\./);
    const again = await minzheng('payroll', '--program', 'dibao', '--area', '420102', '--month', '2025-07', '--user', 'county');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Already prepared payroll \d+/);

    const both = await minzheng('payroll', '--program', 'dibao', '--area', '420102010', '--month', '2026-01', '--months', '2026-01,2026-02', '--user', 'street');
    expect(both.code).toBe(0);
    expect(both.stdout).toMatch(/1 households, 2 persons, total 3,160.00 yuan/);

    const badMonth = await minzheng('payroll', '--program', 'dibao', '--area', '420102', '--month', '2025-13', '--user', 'county');
    expect(badMonth.code).toBe(2);
    expect(badMonth.stderr).toContain('月份应为 YYYY-MM');
    const wrongRole = await minzheng('payroll', '--program', 'dibao', '--area', '420102', '--month', '2025-08', '--user', 'community');
    expect(wrongRole.code).toBe(1);
    expect(wrongRole.stderr).toContain('当前角色无权执行此操作');
    expect((await minzheng('audit', 'verify')).code).toBe(0);
  }, 90_000);
});
