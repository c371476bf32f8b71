import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvLine } from '../../src/domain/csv-cell.ts';
import { sourceDefinition } from '../../src/domain/verification/sources.ts';
import { enrolHousehold } from '../helpers/enrolment.ts';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../factories/household.ts';
import { actorForUsername } from '../../src/modules/auth/service.ts';
import { createHousehold } from '../../src/modules/registry/service.ts';
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
    // 主动发现: an elderly man living alone with no pension, receiving nothing.
    const alone = buildPerson({ name: '孟庆余', relation: 'head', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1940-01-01' }) });
    await createHousehold(server.deps, await actorForUsername(server.deps, 'county'), buildHousehold({ areaCode: COMMUNITY, members: [alone], incomes: [], deductions: [], assets: [] }));
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

  it('the street runs proactive discovery; the community visits the lead and records the outcome; the register counts the household', async () => {
    await withPage(browser, 'discovery-street', async (page) => {
      await logIn(page, server.url, 'street');
      await page.goto(`${server.url}/discovery`);
      await page.getByTestId('run-discovery').click();
      const row = page.locator('.ant-table-row', { hasText: '孟*余' });
      await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
      expect(await row.textContent()).toContain('高龄独居无养老金');
      await screenshots(page, 'discovery-leads');
    });
    await withPage(browser, 'discovery-community', async (page) => {
      await logIn(page, server.url, 'community');
      await page.getByRole('menuitem', { name: '主动发现与低收入人口' }).click();
      await page.getByRole('menuitem', { name: '主动发现', exact: true }).click();
      await page.waitForURL(/\/discovery$/);
      const row = page.locator('.ant-table-row', { hasText: '孟*余' });
      await row.getByRole('button', { name: '登记走访' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await settled(page);
      await dialog.getByLabel('本人拒绝').check();
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      // A refusal needs the resident's words.
      await expect.poll(() => dialog.textContent()).toContain('请写明原因或居民意见');
      await dialog.getByLabel('已申请救助').check();
      await dialog.getByRole('textbox', { name: '情况说明' }).fill('入户走访，老人同意申请特困供养，已协助提交');
      await screenshots(page, 'discovery-visit-dialog');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => page.locator('.ant-table-row', { hasText: '孟*余' }).count()).toBe(0);
      await page.getByText('已走访', { exact: true }).click();
      await expect.poll(() => page.locator('.ant-table-row', { hasText: '孟*余' }).textContent(), { timeout: 15_000 }).toContain('已申请救助');

      await page.goto(`${server.url}/low-income`);
      const counts = page.getByTestId('low-income-counts');
      await expect.poll(() => counts.textContent(), { timeout: 15_000 }).toContain('主动发现监测');
      await expect.poll(() => page.locator('.ant-table-row', { hasText: '孟*余' }).count(), { timeout: 15_000 }).toBe(1);
      await screenshots(page, 'discovery-low-income');
    });
  }, 120_000);
});
