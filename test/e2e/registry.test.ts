import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../../src/domain/id-number.ts';
import { startTestServer } from '../helpers/test-server.ts';
import { chromiumAvailable, launchBrowser, logIn, saveScreenshot, withPage } from './browser.ts';

/**
 * The registry journey of issue 3: a community worker registers a household with two
 * members, finds it by pinyin initials and sees it in the list; then opens the file.
 */
describe.runIf(chromiumAvailable)('a community worker registers a household', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates it with two members, finds it by pinyin initials, sees it in the list and its file', async () => {
    const head = buildIdNumber({ areaCode: '420102', birthDate: '1961-08-15', sequence: 371 });
    const spouse = buildIdNumber({ areaCode: '420102', birthDate: '1963-02-27', sequence: 382 });
    await withPage(browser, 'registry-journey', async (page) => {
      await logIn(page, server.url, 'community');
      await page.getByRole('menuitem', { name: /家庭档案|户籍档案/ }).click();
      await page.getByRole('button', { name: /新建户档案/ }).click();
      await page.locator('#address').fill('江岸区二七路 66 号 2 栋 301');
      await page.locator('#members_0_idNumber').fill(head);
      await page.locator('#members_0_name').fill('慕容振华');
      await page.locator('#members_0_wage').fill('800');
      await page.getByRole('button', { name: /添加成员/ }).click();
      await page.locator('#members_1_idNumber').fill(spouse);
      await page.locator('#members_1_name').fill('司马秀英');
      await saveScreenshot(page, 'registry-create');
      await page.getByTestId('create-household-submit').click();
      await page.waitForURL(/\/households\/\d+$/);
      await page.getByText('慕容振华').first().waitFor();
      await expect.poll(() => page.getByText('司马秀英').count()).toBeGreaterThan(0);
      await saveScreenshot(page, 'registry-file');

      // The calculation tab explains the dibao amount line by line.
      await page.getByRole('tab', { name: '待遇测算' }).click();
      await page.getByTestId('calculate').click();
      await page.getByTestId('calc-verdict').waitFor();
      await expect.poll(() => page.getByText('家庭人均月收入').count()).toBeGreaterThan(0);
      await saveScreenshot(page, 'registry-calculation');

      await page.getByRole('menuitem', { name: /家庭档案|户籍档案/ }).click();
      await page.getByTestId('household-search').locator('input').fill('mrzh');
      await page.getByTestId('household-search').locator('input').press('Enter');
      await page.waitForURL(/q=mrzh/);
      const rows = page.locator('.ant-table-tbody tr.ant-table-row');
      await expect.poll(() => rows.count()).toBe(1);
      await expect.poll(() => rows.first().textContent()).toContain('慕容振华');
      await expect.poll(() => rows.first().textContent()).toContain(`${head.slice(0, 4)}**********${head.slice(-4)}`);
      await saveScreenshot(page, 'registry-search');
    });
  });

  it('shows a stale edit as a conflict and reloads instead of overwriting', async () => {
    await withPage(browser, 'registry-conflict', async (page) => {
      await logIn(page, server.url, 'community');
      await page.goto(`${server.url}/households`);
      await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
      await page.waitForURL(/\/households\/\d+$/);
      const id = Number(page.url().split('/').pop());
      await page.getByRole('button', { name: '编辑户信息' }).click();
      // Someone else saves first, through the API with the same version.
      const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      const file = (await (await fetch(`${server.url}/api/v1/households/${id}`, { headers: { cookie } })).json()) as { version: number };
      const other = await fetch(`${server.url}/api/v1/households/${id}`, { method: 'PATCH', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ version: file.version, address: '别人刚改的地址' }) });
      expect(other.status).toBe(200);
      await page.locator('#address').fill('我的修改');
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText('该户档案已被他人修改，已重新加载最新内容，请核对后再改。').filter({ visible: true }).first().waitFor();
      await expect.poll(() => page.locator('#address').count()).toBe(0);
      await saveScreenshot(page, 'registry-conflict');
      await page.getByRole('button', { name: /知道了|OK|确\s*定/ }).click();
      await expect.poll(() => page.getByText('别人刚改的地址').count()).toBeGreaterThan(0);
    });
  });
});
