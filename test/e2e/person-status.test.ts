import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorForUsername } from '../../src/modules/auth/service.ts';
import { preparePayroll } from '../../src/modules/payments/service.ts';
import { enrolHousehold } from '../helpers/enrolment.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestDeps, type TestDeps } from '../helpers/test-deps.ts';
import { chromiumAvailable, launchBrowser, logIn, saveScreenshot, withPage } from './browser.ts';

/**
 * 一户一档 after enrolment (issue 16): a community worker opens an enrolled household, sees its
 * benefits, open cases and payments, and records a member's death on the member row; the
 * household benefit is lowered and the file shows the member as deceased.
 */
describe.runIf(chromiumAvailable)('the household file shows benefits and records a death', () => {
  let deps: TestDeps;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let url: string;
  let browser: Browser;
  let enrolled: Awaited<ReturnType<typeof enrolHousehold>>;

  beforeAll(async () => {
    deps = await createTestDeps('sqlite', { now: new Date().toISOString() });
    app = await buildApp(deps);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('server has no port');
    url = `http://127.0.0.1:${address.port}`;
    const today = new Date().toISOString().slice(0, 7);
    const [y, m] = today.split('-').map(Number) as [number, number];
    const lastMonth = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    enrolled = await enrolHousehold({ deps }, { areaCode: '420102010001', amount: 158000, startMonth: lastMonth });
    const county = await actorForUsername(deps, 'county');
    await preparePayroll(deps, county, { program: 'dibao', areaCode: '420102010001', month: lastMonth });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await deps?.dispose();
  });

  it('lists the enrolment and payments, and records the death from the member row', async () => {
    await withPage(browser, 'person-status', async (page) => {
      await logIn(page, url, 'community');
      await page.goto(`${url}/households/${enrolled.householdId}`);
      await page.getByText('钱小宝').first().waitFor();
      await page.getByRole('tab', { name: '保障与发放' }).click();
      const tab = page.getByTestId('benefits-tab');
      await expect.poll(() => tab.textContent()).toContain('最低生活保障');
      expect(await tab.textContent()).toContain('1,580.00');
      await page.setViewportSize({ width: 1280, height: 800 });
      await saveScreenshot(page, 'household-benefits');
      await page.setViewportSize({ width: 390, height: 844 });
      await saveScreenshot(page, 'household-benefits-390');
      await page.setViewportSize({ width: 1280, height: 800 });

      await page.getByRole('tab', { name: '家庭成员' }).click();
      await page.getByTestId(`person-status-${enrolled.childId}`).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('登记人员状态：钱小宝').waitFor();
      await expect.poll(() => dialog.textContent()).toContain('自次月起停发');
      await dialog.locator('#date').fill(new Date(Date.now() - 86_400_000 * 40).toISOString().slice(0, 10));
      await dialog.locator('#date').press('Enter');
      await saveScreenshot(page, 'person-status-dialog');
      await page.setViewportSize({ width: 390, height: 844 });
      await saveScreenshot(page, 'person-status-dialog-390');
      await page.setViewportSize({ width: 1280, height: 800 });
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByTestId(`life-status-${enrolled.childId}`).waitFor();
      expect(await page.getByTestId(`life-status-${enrolled.childId}`).textContent()).toContain('死亡');
      await page.getByRole('tab', { name: '保障与发放' }).click();
      await expect.poll(() => tab.textContent()).toContain('790.00');
      await expect.poll(() => tab.textContent()).toContain('健在 → 死亡');
      await saveScreenshot(page, 'household-benefits-after-death');
    });
  }, 120_000);
});
