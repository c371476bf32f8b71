import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../factories/household.ts';
import { startTestServer } from '../helpers/test-server.ts';
import { chromiumAvailable, e2eRequired, launchBrowser, logIn, MISSING_CHROMIUM, withPage } from './browser.ts';
import { apiAs, screenshots, settled } from './journey.ts';

if (!chromiumAvailable && e2eRequired) describe('browser tests', () => {
  it('need Debian chromium (MINZHENG_REQUIRE_E2E=1)', () => {
    expect.fail(MISSING_CHROMIUM);
  });
});

/**
 * Issue 17 points 3 and 4, as the administrator and 纪检监察 use them: the admin forces a password
 * change and disables a user (who is logged out at once); the auditor reads the log in Chinese,
 * filters it by user and household, opens the reveal log (who saw which full ID number) and
 * exports the filtered entries to Excel.
 */
describe.runIf(chromiumAvailable)("the administrator's user controls and the auditor's desk", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let householdId = 0;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-audit-'));

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    // A household on file, and the county looking at its head's full ID number (a reveal).
    const community = await apiAs(server.url, 'community');
    const head = buildPerson({ name: '司马德明', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1950-02-02' }) });
    const h = await community<{ id: number; members: { id: number }[] }>('POST', '/households', buildHousehold({ members: [head], incomes: [], deductions: [], assets: [] }));
    householdId = h.id;
    const county = await apiAs(server.url, 'county');
    await county('GET', `/persons/${h.members[0]!.id}/id-number`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('admin forces a password change and disables a user: the user is logged out at once', async () => {
    const verifier = await apiAs(server.url, 'verifier');
    await verifier('GET', '/auth/me');
    await withPage(browser, 'audit-desk-admin', async (page) => {
      await logIn(page, server.url, 'admin');
      await page.goto(`${server.url}/users`);
      const row = page.locator('.ant-table-row', { hasText: 'verifier' });
      await row.getByRole('button', { name: '强制改密' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
      await page.getByText('周涛 下次登录须修改密码').waitFor();
      // The first confirmation's bubble fades out first: a click meant for the next one must not land on it.
      await expect.poll(() => page.locator('.ant-popconfirm:visible').count()).toBe(0);
      await row.getByRole('button', { name: /停\s*用/ }).click();
      const confirm = page.locator('.ant-popconfirm:visible', { hasText: '停用 周涛' }).getByRole('button', { name: /确\s*定|OK/ });
      await confirm.waitFor();
      await expect.poll(() => page.locator('.ant-popconfirm.ant-zoom-big-appear-active, .ant-popconfirm.ant-zoom-big-enter-active').count()).toBe(0);
      await confirm.click();
      await page.getByText('已停用 周涛').waitFor();
      await expect.poll(() => row.textContent()).toContain('启用');
      await screenshots(page, 'audit-desk-users');
      // The change-role modal says what a change does.
      await page.locator('.ant-table-row', { hasText: 'community' }).getByRole('button', { name: /调\s*整/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('立即结束该用户的所有登录会话').waitFor();
      await settled(page);
      await dialog.getByRole('button', { name: /取\s*消|Cancel/ }).click();
    });
    await expect(verifier('GET', '/auth/me')).rejects.toThrow(/401/);
  });

  it('auditor reads the log in Chinese, filters it, opens the reveal log and exports it', async () => {
    await withPage(browser, 'audit-desk', async (page) => {
      await logIn(page, server.url, 'auditor');
      await page.getByRole('menuitem', { name: '审计日志' }).click();
      await page.waitForURL(/\/audit$/);
      // Names and actions in Chinese: the admin's disabling is there.
      const disabled = page.locator('.ant-table-row', { hasText: '停用用户' });
      await expect.poll(() => disabled.first().textContent()).toContain('系统管理员（admin）');

      // By household: its creation and the county's look at the full ID number.
      await page.getByLabel('户编号').fill(String(householdId));
      await page.getByRole('button', { name: /查\s*询/ }).click();
      await expect.poll(() => page.locator('.ant-table-row', { hasText: '查看完整身份证号' }).count()).toBe(1);
      expect(await page.locator('.ant-table-row', { hasText: '查看完整身份证号' }).textContent()).toContain('刘芳（county）');
      expect(await page.locator('.ant-table-row', { hasText: '新建家庭户' }).textContent()).toContain('张丽（community）');
      await screenshots(page, 'audit-desk-household');

      // The reveal log: reads and reveals only.
      await page.getByRole('tab', { name: '查阅记录' }).click();
      await page.getByText('谁在何时查看了哪户').waitFor();
      await expect.poll(() => page.locator('.ant-table-row').count()).toBe(1);
      expect(await page.locator('.ant-table-row').textContent()).toContain('查看完整身份证号');
      await screenshots(page, 'audit-desk-reveals');

      // The export takes the same filters.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
      const file = path.join(tmp, 'audit.xlsx');
      await download.saveAs(file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet('审计日志')!;
      expect(ws.rowCount).toBe(2);
      expect(ws.getRow(2).getCell(3).value).toBe('刘芳（county）');
      expect(ws.getRow(2).getCell(4).value).toBe('查看完整身份证号');
    });
    // The export is on the record.
    const auditor = await apiAs(server.url, 'auditor');
    const exported = await auditor<{ items: { actionLabel: string; actorLabel: string }[] }>('GET', '/audit?action=audit.export');
    expect(exported.items[0]).toMatchObject({ actionLabel: '导出审计日志', actorLabel: '赵敏（auditor）' });
  });
});
