import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvLine } from '../../src/domain/csv-cell.ts';
import { sourceDefinition } from '../../src/domain/verification/sources.ts';
import { enrolHousehold } from '../helpers/enrolment.ts';
import { startTestServer } from '../helpers/test-server.ts';
import { chinaDate, screenshots, settled } from './journey.ts';
import { chromiumAvailable, e2eRequired, launchBrowser, logIn, MISSING_CHROMIUM, withPage } from './browser.ts';

if (!chromiumAvailable && e2eRequired) describe('browser tests', () => {
  it('need Debian chromium (MINZHENG_REQUIRE_E2E=1)', () => {
    expect.fail(MISSING_CHROMIUM);
  });
});

const COMMUNITY = '420102010001';

/**
 * Issue 18 in a browser: the verification centre imports the vehicle register (a bad row
 * reported), runs the batch matching of the district, and the community works the alert the
 * matching raised for an enrolled resident's car (explained: used for a living).
 */
describe.runIf(chromiumAvailable)('data sources, matching and an alert worked by the community', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let file = '';

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const enrolled = await enrolHousehold({ deps: server.deps }, { areaCode: COMMUNITY, amount: 80_000, startMonth: chinaDate(0).slice(0, 7) });
    const head = await server.deps.db.selectFrom('persons').select(['name', 'id_number']).where('id', '=', enrolled.headId).executeTakeFirstOrThrow();
    const rows = [
      sourceDefinition('vehicles').columns.map((c) => c.header),
      [head.name, head.id_number, '鄂A52013', '小型轿车', '68000', '2021-05-01', '否', ''],
      ['孙某某', '420102195803129070', '鄂A00001', '小型轿车', '50000', '', '否', ''],
    ];
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mz-sources-')), '机动车登记.csv');
    fs.writeFileSync(file, '\ufeff' + rows.map((r) => csvLine(r)).join('\r\n'));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the verifier imports the vehicle register, sees the bad row, and runs the matching', async () => {
    await withPage(browser, 'verification-import', async (page) => {
      await logIn(page, server.url, 'verifier');
      await page.getByRole('menuitem', { name: '核对数据源' }).click();
      await page.waitForURL(/\/data-sources$/);
      await page.locator('.ant-table-row', { hasText: '机动车登记' }).locator('input[type=file]').setInputFiles(file);
      const outcome = page.getByTestId('import-outcome');
      await outcome.waitFor();
      await expect.poll(() => outcome.textContent()).toContain('已导入 1 行，有问题 1 行');
      expect(await outcome.textContent()).toContain('身份证号');
      await screenshots(page, 'verification-sources-import');

      await page.getByTestId('run-match').click();
      const status = page.getByTestId('run-status');
      await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('已完成');
      expect(await status.textContent()).toContain('新增预警 1 条');
      await screenshots(page, 'verification-sources-run');

      await page.locator('.ant-table-row', { hasText: '机动车登记' }).getByRole('button', { name: '查看记录' }).click();
      const drawer = page.locator('.ant-drawer-body').first();
      await expect.poll(() => drawer.textContent()).toContain('鄂A52013');
      // Names and ID numbers masked in the list.
      expect(await drawer.textContent()).toMatch(/4201\*+/);
      await screenshots(page, 'verification-sources-records');
    });
  }, 120_000);

  it('the community works the alert: explained and closed with the reason', async () => {
    await withPage(browser, 'verification-alert', async (page) => {
      await logIn(page, server.url, 'community');
      await page.getByRole('menuitem', { name: '核对预警' }).click();
      await page.waitForURL(/\/alerts$/);
      const row = page.locator('.ant-table-row', { hasText: '非豁免车辆' });
      await expect.poll(() => row.textContent()).toContain('鄂A52013');
      await screenshots(page, 'verification-alerts');
      await row.getByRole('button', { name: /处\s*理/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await settled(page);
      await dialog.getByLabel('已说明（关闭）').check();
      await dialog.getByRole('textbox', { name: '说明' }).fill('车辆为家庭营运谋生用车，已入户核实');
      await screenshots(page, 'verification-alert-dialog');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => page.locator('.ant-table-row', { hasText: '非豁免车辆' }).count()).toBe(0);
      await page.getByText('已说明', { exact: true }).click();
      await expect.poll(() => page.locator('.ant-table-row', { hasText: '非豁免车辆' }).textContent()).toContain('车辆为家庭营运谋生用车');
      await screenshots(page, 'verification-alerts-explained');
    });
  }, 120_000);
});
