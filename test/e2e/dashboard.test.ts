import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { seedDemoIfEmpty } from '../../src/modules/demo/service.ts';
import { createTestDeps, type TestDeps } from '../helpers/test-deps.ts';
import { chromiumAvailable, e2eRequired, launchBrowser, logIn, MISSING_CHROMIUM, saveScreenshot, withPage } from './browser.ts';

if (!chromiumAvailable && e2eRequired) describe('browser tests', () => {
  it('need Debian chromium (MINZHENG_REQUIRE_E2E=1)', () => {
    expect.fail(MISSING_CHROMIUM);
  });
});

/**
 * The dashboard and the monthly report in a browser. The server's database is the demo
 * district with 400 households and their year of history: enrolments, cases, and twelve
 * monthly payrolls prepared and approved by the payments service, whose approval rebuilds
 * the month's statistics — what the dashboard reads.
 */
describe.runIf(chromiumAvailable)('the dashboard and the monthly report (browser)', () => {
  let browser: Browser;
  let deps: TestDeps;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let baseUrl = '';

  beforeAll(async () => {
    deps = await createTestDeps('sqlite', { now: new Date().toISOString(), seedDemo: false });
    await seedDemoIfEmpty(deps, { households: 400 });
    app = await buildApp({ ...deps, clock: { now: () => new Date() } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('server has no port');
    baseUrl = `http://127.0.0.1:${address.port}`;
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await deps?.dispose();
  });

  it('shows the county its district: trends, cases by step, communities, funds; then the monthly report with its checks', async () => {
    const paid = await deps.db.selectFrom('monthly_stats').select('month').where('area_code', '=', '420102').where('amount', '>', 0).execute();
    expect(paid.length).toBeGreaterThanOrEqual(12);
    await withPage(browser, 'dashboard-county', async (page) => {
      await logIn(page, baseUrl, 'county');
      const dashboard = page.getByTestId('dashboard');
      await dashboard.waitFor();
      for (const chart of ['chart-coverage', 'chart-amount', 'chart-cases', 'chart-flow', 'chart-distribution', 'chart-funds']) {
        await page.locator(`[data-testid="${chart}"][data-rendered="true"]`).waitFor();
      }
      await expect.poll(() => dashboard.textContent()).toContain('江岸区 民政救助统计');
      expect(await dashboard.textContent()).toMatch(/保障户数（户次）\s*[1-9]/);
      await saveScreenshot(page, 'dashboard-county');

      await page.getByRole('menuitem', { name: '统计报表' }).click();
      await page.getByRole('menuitem', { name: '月报表' }).click();
      const report = page.getByTestId('monthly-report');
      await report.waitFor();
      await expect.poll(() => report.textContent()).toMatch(/江岸区 \d{4}年\d{1,2}月 民政救助月报表/);
      expect(await report.textContent()).toContain('合计');
      const checks = page.getByTestId('consistency-panel');
      await expect.poll(() => checks.textContent()).toMatch(/全部 \d+ 项校验一致/);
      expect(await page.getByTestId('download-xlsx').getAttribute('href')).toMatch(/format=xlsx/);
      await saveScreenshot(page, 'monthly-report');
    });
  }, 60_000);

  it('shows the community worker their own inbox and their community’s numbers', async () => {
    await withPage(browser, 'dashboard-community', async (page) => {
      await logIn(page, baseUrl, 'community');
      await page.getByTestId('my-inbox').waitFor();
      await page.locator('[data-testid="chart-coverage"][data-rendered="true"]').waitFor();
      const own = await deps.db.selectFrom('areas').select('name').where('code', '=', '420102010001').executeTakeFirstOrThrow();
      expect(await page.getByTestId('dashboard').textContent()).toContain(own.name);
      await saveScreenshot(page, 'dashboard-community');
    });
  }, 60_000);
});
