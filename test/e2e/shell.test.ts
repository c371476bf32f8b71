import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/test-server.ts';
import { chromiumAvailable, launchBrowser, logIn, saveScreenshot, withPage } from './browser.ts';

// Without chromium, login.test.ts warns (or fails under MINZHENG_REQUIRE_E2E=1) for the whole e2e suite.
describe.runIf(chromiumAvailable)('the shell by role', () => {
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

  it('an administrator lists the users of the district and opens the new-user form', async () => {
    await withPage(browser, 'users-admin', async (page) => {
      await logIn(page, server.url, 'admin');
      await page.getByRole('menuitem', { name: '用户管理' }).click();
      await page.waitForURL(`${server.url}/users`);
      await page.getByRole('cell', { name: 'community', exact: true }).waitFor();
      expect(await page.getByRole('cell', { name: '社区民政专干' }).count()).toBeGreaterThan(0);
      await saveScreenshot(page, 'users-admin');

      await page.getByRole('button', { name: /新建用户/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('用户名').fill('community');
      await dialog.getByLabel('姓名').fill('王五');
      await dialog.getByRole('button', { name: /确\s*定/ }).click();
      // Required fields are checked before anything is sent.
      await dialog.getByText('请填写角色').waitFor();

      // The server's 409 lands next to the username field.
      await dialog.getByLabel('角色').click();
      await page.locator('.ant-select-item-option', { hasText: '核对中心' }).click();
      await dialog.getByLabel('所属区划').click();
      await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '江岸区' }).click();
      await dialog.getByLabel('初始密码').fill('Passw0rd-2026');
      await dialog.getByRole('button', { name: /确\s*定/ }).click();
      await dialog.getByText(/community.*已/).waitFor();
      await saveScreenshot(page, 'users-admin-create');
      await dialog.getByRole('button', { name: /取\s*消/ }).click();

      // Reset the verifier's password (which also unlocks the account).
      await page.getByRole('row', { name: /verifier/ }).getByRole('button', { name: /重置密码/ }).click();
      const reset = page.getByRole('dialog', { name: /重置 周涛（verifier）的密码/ });
      await reset.getByLabel('新密码').fill('short');
      await reset.getByRole('button', { name: /确\s*定/ }).click();
      await reset.getByText('密码不符合要求').waitFor();
      await reset.getByLabel('新密码').fill('Verifier-2026-new');
      await reset.getByRole('button', { name: /确\s*定/ }).click();
      await page.getByText('密码已重置，账号已解锁').waitFor();
    });
  });

  it('an auditor reads the audit log and verifies the hash chain', async () => {
    await withPage(browser, 'audit-auditor', async (page) => {
      await logIn(page, server.url, 'auditor');
      expect(await page.getByRole('menuitem', { name: '用户管理' }).count()).toBe(0);
      await page.getByRole('menuitem', { name: '审计日志' }).click();
      await page.waitForURL(`${server.url}/audit`);
      await page.getByRole('cell', { name: '登录' }).first().waitFor();
      await page.getByRole('button', { name: /校验哈希链/ }).click();
      await expect.poll(() => page.getByTestId('chain-result').textContent()).toContain('哈希链完整');
      await saveScreenshot(page, 'audit-auditor');
    });
  });

  it('a street reviewer browses the areas below their street, and is refused the user page', async () => {
    await withPage(browser, 'areas-street', async (page) => {
      await logIn(page, server.url, 'street');
      await page.getByRole('menuitem', { name: '区划' }).click();
      await page.waitForURL(`${server.url}/areas`);
      await page.getByRole('treeitem', { name: /操场社区/ }).waitFor();
      await saveScreenshot(page, 'areas-street');

      await page.goto(`${server.url}/users`);
      await page.getByText('您没有权限访问此页面').waitFor();
    });
  });
});
