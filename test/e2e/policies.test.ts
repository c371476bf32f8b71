import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../src/modules/demo/service.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestDeps } from '../helpers/test-deps.ts';
import { chromiumAvailable, e2eRequired, launchBrowser, logIn, MISSING_CHROMIUM, saveScreenshot, withPage } from './browser.ts';

/**
 * Like startTestServer(), but with registered households: a simulation over an empty
 * district would change nothing.
 */
async function startServerWithHouseholds(households: number): Promise<{ url: string; close(): Promise<void> }> {
  const deps = await createTestDeps('sqlite', { now: new Date().toISOString(), seedDemo: false });
  await seedDemoIfEmpty(deps, { households });
  const app = await buildApp({ ...deps, clock: { now: () => new Date() } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await app.close();
      await deps.dispose();
    },
  };
}

if (!chromiumAvailable && e2eRequired) describe('policy pages in a browser', () => {
  it('need Debian chromium (MINZHENG_REQUIRE_E2E=1)', () => {
    expect.fail(MISSING_CHROMIUM);
  });
});

describe.runIf(chromiumAvailable)('a county approver reads the policy and simulates a higher standard', () => {
  let server: Awaited<ReturnType<typeof startServerWithHouseholds>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServerWithHouseholds(200);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads each parameter with its source and opens the history of the urban standard', async () => {
    await withPage(browser, 'policies', async (page) => {
      await logIn(page, server.url, 'county');
      await page.getByRole('menuitem', { name: '政策参数' }).click();
      await page.waitForURL(`${server.url}/policies`);
      const urban = page.getByRole('row').filter({ has: page.getByTestId('param-dibao.urbanStandard') });
      await expect.poll(() => urban.textContent()).toContain('1,040.00 元');
      expect(await urban.textContent()).toContain('本级设定');
      await saveScreenshot(page, 'policies');

      await page.getByTestId('param-dibao.urbanStandard').click();
      const history = page.getByTestId('parameter-history');
      await expect.poll(() => history.textContent()).toContain('初始政策');
      expect(await history.textContent()).toContain('现行');
    });
  });

  it('sees a positive budget change when the urban standard rises to 1,300 yuan', async () => {
    await withPage(browser, 'simulation', async (page) => {
      await logIn(page, server.url, 'county');
      await page.getByRole('menuitem', { name: '政策模拟' }).click();
      await page.waitForURL(`${server.url}/simulation`);
      await page.getByText('现行 1,040.00 元').waitFor();
      await page.getByTestId('sim-urbanStandard').fill('1300');
      await page.getByTestId('run-simulation').click();

      const change = page.getByTestId('sim-monthly-change');
      await change.waitFor({ timeout: 60_000 });
      expect(Number(await change.getAttribute('data-value'))).toBeGreaterThan(0);
      expect(await change.textContent()).toMatch(/\+[\d,]+\.\d{2}/);
      expect(await page.getByTestId('simulation-result').textContent()).toContain('城市低保标准 1,040.00 → 1,300.00 元');
      await page.getByTestId('street-chart').locator('canvas').waitFor();
      await saveScreenshot(page, 'simulation');
    });
  });

  it('reads the time limits and sets three rounds of notice for tekun, refusing a program listed twice', async () => {
    await withPage(browser, 'policies-cases', async (page) => {
      await logIn(page, server.url, 'county');
      await page.goto(`${server.url}/policies`);
      const group = page.getByTestId('program-cases');
      await expect.poll(() => group.textContent()).toContain('审核确认时限');
      expect(await group.textContent()).toContain('30 个工作日');
      expect(await group.textContent()).toContain('民主评议最少人数');
      expect(await page.getByTestId('program-temporary').textContent()).toContain('每户年度累计上限');

      await page.getByTestId('adjust-cases.noticeRoundsByProgram').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('program-add').click();
      await dialog.getByRole('combobox', { name: '救助项目' }).nth(0).fill('tekun');
      await dialog.getByRole('spinbutton').nth(0).fill('3');
      await dialog.getByTestId('program-add').click();
      await dialog.getByRole('combobox', { name: '救助项目' }).nth(1).fill('tekun');
      await dialog.getByRole('spinbutton').nth(1).fill('2');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.getByText('项目“特困人员救助供养”重复').waitFor();
      await saveScreenshot(page, 'policies-cases-invalid');
      await dialog.getByRole('button', { name: 'delete' }).nth(1).click();
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      const rounds = page.getByRole('row').filter({ has: page.getByTestId('param-cases.noticeRoundsByProgram') });
      await expect.poll(() => rounds.textContent()).toContain('特困人员救助供养');
      expect(await rounds.textContent()).toContain('3 榜');
      expect(await rounds.textContent()).toContain('本级设定');
      await saveScreenshot(page, 'policies-cases');
    });
  });

  it('pays tekun quarterly and gives it its own city share', async () => {
    await withPage(browser, 'policies-payments', async (page) => {
      await logIn(page, server.url, 'county');
      await page.goto(`${server.url}/policies`);
      const periods = page.getByRole('row').filter({ has: page.getByTestId('param-payments.periods') });
      await expect.poll(() => periods.textContent()).toContain('其余项目按月发放');

      await page.getByTestId('adjust-payments.periods').click();
      let dialog = page.getByRole('dialog');
      await dialog.getByTestId('program-add').click();
      await dialog.getByRole('combobox', { name: '救助项目' }).nth(0).fill('tekun');
      // On a loaded runner the program's suggestions can still be closing over the period field
      // when it is clicked, and the pick is lost: pick again until the field shows it.
      const period = dialog.getByTestId('program-value-0');
      for (let attempt = 0; attempt < 3 && !((await period.textContent()) ?? '').includes('按季'); attempt++) {
        await period.click();
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '按季' }).click();
        await expect.poll(async () => (await period.textContent()) ?? '', { timeout: 2_000 }).toContain('按季').catch(() => undefined);
      }
      expect(await period.textContent()).toContain('按季');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => periods.textContent()).toContain('按季');
      expect(await periods.textContent()).toContain('特困人员救助供养');

      await page.getByTestId('adjust-funding.programShares').click();
      dialog = page.getByRole('dialog');
      await dialog.getByTestId('program-add').click();
      await dialog.getByRole('combobox', { name: '救助项目' }).nth(0).fill('tekun');
      await dialog.getByTestId('program-value-0').fill('1.5');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.getByText('比例应写成 0 到 1 之间的小数', { exact: false }).waitFor();
      await dialog.getByTestId('program-value-0').fill('0.7');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      const shares = page.getByRole('row').filter({ has: page.getByTestId('param-funding.programShares') });
      await expect.poll(() => shares.textContent()).toContain('70%');
      await page.setViewportSize({ width: 390, height: 844 });
      await saveScreenshot(page, 'policies-payments-390');
      await page.setViewportSize({ width: 1280, height: 800 });
      await saveScreenshot(page, 'policies-payments');
    });
  });
});
