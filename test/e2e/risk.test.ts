import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobRunner, type JobRunner } from '../../src/modules/jobs/service.ts';
import { plantEnrolment, plantHousehold, setAccount } from '../../src/modules/risk/test-plant.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestDeps, type TestDeps } from '../helpers/test-deps.ts';
import { chromiumAvailable, launchBrowser, logIn, saveScreenshot, withPage } from './browser.ts';

/** 风险核查 in a browser: the county runs the checks, opens a finding and records that it is true. */
describe.runIf(chromiumAvailable)('risk checks (browser)', () => {
  let browser: Browser;
  let deps: TestDeps;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let runner: JobRunner;
  let baseUrl = '';

  beforeAll(async () => {
    deps = await createTestDeps('sqlite', { now: new Date().toISOString() });
    const a = await plantHousehold(deps, '420102010001');
    const b = await plantHousehold(deps, '420102010001');
    for (const h of [a, b]) {
      await setAccount(deps, h.id, '6222020000777777', h.names[0]!);
      await plantEnrolment(deps, { householdId: h.id, program: 'dibao', areaCode: '420102010001', covered: 2, startMonth: '2025-01' });
    }
    app = await buildApp({ ...deps, clock: { now: () => new Date() } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('server has no port');
    baseUrl = `http://127.0.0.1:${address.port}`;
    runner = startJobRunner(deps, { pollMs: 100 });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await runner?.stop();
    await app?.close();
    await deps?.dispose();
  });

  it('runs the checks with progress, lists the finding by rule, shows its evidence and records it as true', async () => {
    await withPage(browser, 'risk-county', async (page) => {
      await logIn(page, baseUrl, 'county');
      await page.getByRole('menuitem', { name: '风险核查' }).click();
      await page.getByTestId('risk-run').click();
      await expect.poll(async () => page.getByText(/最近一次核查/).count(), { timeout: 30_000 }).toBeGreaterThan(0);
      const row = page.getByRole('row', { name: /一个账户为多户发放/ });
      await row.waitFor();
      await saveScreenshot(page, 'risk-findings');
      await row.click();
      const drawer = page.getByRole('dialog');
      await drawer.getByText(/\*+7777/).waitFor();
      // The evidence reads in Chinese: its keys through the labels map, not raw.
      await drawer.getByText('银行账号', { exact: true }).waitFor();
      await drawer.getByText('户数', { exact: true }).waitFor();
      expect(await drawer.getByText('accountMasked').count()).toBe(0);
      await saveScreenshot(page, 'risk-finding-evidence-1280');
      await page.setViewportSize({ width: 390, height: 844 });
      await saveScreenshot(page, 'risk-finding-evidence-390');
      await page.setViewportSize({ width: 1366, height: 768 });
      await drawer.getByRole('textbox').fill('两户为同一代领人账户，已通知更正');
      await drawer.getByRole('button', { name: /^属\s?实$/ }).click();
      await drawer.getByText('两户为同一代领人账户，已通知更正').waitFor();
      await saveScreenshot(page, 'risk-finding-confirmed');
    });
    const f = await deps.db.selectFrom('risk_findings').select(['rule', 'status']).execute();
    expect(f).toEqual([{ rule: 'shared_bank_account', status: 'confirmed' }]);
  }, 120_000);
});
