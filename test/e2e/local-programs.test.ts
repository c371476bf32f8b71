import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../../src/domain/id-number.ts';
import { startTestServer } from '../helpers/test-server.ts';
import { act, apiAs, chinaDate, choose, expectState, nextMonth, screenshots, settled } from './journey.ts';
import { chromiumAvailable, e2eRequired, launchBrowser, logIn, MISSING_CHROMIUM, withPage } from './browser.ts';

if (!chromiumAvailable && e2eRequired) describe('browser tests', () => {
  it('need Debian chromium (MINZHENG_REQUIRE_E2E=1)', () => {
    expect.fail(MISSING_CHROMIUM);
  });
});

const COMMUNITY = '420102010001';
const DAY = 86_400_000;

/**
 * Issue 14 point 8 in a browser: the administrator defines 尊老金 (80 and over, not with tekun)
 * on the 地方项目 page; the community applies for it for a registered 85-year-old from the
 * household file; the street accepts and approves; the county confirms; in the next month the
 * county prepares the payroll of the local program and sees the line.
 */
describe.runIf(chromiumAvailable)('a local program from its definition to the payroll line', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let householdId = 0;
  let caseId = 0;
  const code = 'local_zunlao';

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const community = await apiAs(server.url, 'community');
    const head = buildIdNumber({ areaCode: '420102', birthDate: `${Number(chinaDate(0).slice(0, 4)) - 85}-02-14`, sequence: 715 });
    const file = await community<{ id: number }>('POST', '/households', {
      areaCode: COMMUNITY,
      address: '江岸区二七路 12 号 2 栋 301',
      urbanRural: 'urban',
      members: [{ idNumber: head, name: '司马长青', relation: 'head', employment: 'retired' }],
      incomes: [{ idNumber: head, type: 'pension', monthly: 180_000 }],
      bankAccount: { bankName: '中国建设银行武汉江岸支行', accountNumber: '6217002870000715', accountHolder: '司马长青' },
    });
    householdId = file.id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('admin defines 尊老金 in the 地方项目 page, a field error shown next to its field', async () => {
    await withPage(browser, 'local-define', async (page) => {
      await logIn(page, server.url, 'admin');
      await page.getByRole('menuitem', { name: '地方项目' }).click();
      await page.waitForURL(/\/programs\/local$/);
      await page.getByRole('button', { name: '新增地方项目' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await settled(page);
      await dialog.getByLabel('项目代码').fill('zunlao');
      await dialog.getByLabel('项目名称').fill('尊老金');
      await dialog.getByLabel('标准（元/月）').fill('100');
      await dialog.getByLabel('最低年龄（周岁）').fill('80');
      await choose(page, dialog, '不得同时享受（叠加规则）', '特困人员救助供养');
      await page.keyboard.press('Escape');
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      // The code is refused next to its field, in Chinese.
      await expect.poll(() => dialog.locator('.ant-form-item-explain-error').first().textContent()).toContain('项目代码格式不正确');
      await dialog.getByLabel('项目代码').scrollIntoViewIfNeeded();
      await screenshots(page, 'local-programs-modal');
      await dialog.getByLabel('项目代码').fill(code);
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      const row = page.locator('.ant-table-row', { hasText: '尊老金' });
      await expect.poll(() => row.textContent()).toContain('100.00');
      expect(await row.textContent()).toContain('特困人员救助供养');
      expect(await row.textContent()).toContain('80 岁及以上');
      await screenshots(page, 'local-programs-list');
    });
  });

  it('community applies for it for a registered person from the household file', async () => {
    await withPage(browser, 'local-apply', async (page) => {
      await logIn(page, server.url, 'community');
      await page.goto(`${server.url}/households/${householdId}`);
      // The calculation tab tests the local program first, each rule a line.
      await page.getByRole('tab', { name: '待遇测算' }).click();
      const form = page.locator('form').filter({ has: page.getByTestId('calculate') });
      await form.getByLabel('项目', { exact: true }).click();
      await page.keyboard.type('尊老金');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '尊老金' }).click();
      await form.getByLabel('计算对象').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '司马长青' }).click();
      await page.getByTestId('calculate').click();
      await expect.poll(() => page.getByTestId('calc-verdict').textContent()).toBe('符合条件');
      await expect.poll(() => page.getByText('未享受不得同时享受的项目（叠加规则）').count()).toBeGreaterThan(0);
      await screenshots(page, 'local-programs-calculation');
      await page.getByRole('button', { name: '申请救助' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await settled(page);
      await choose(page, dialog, '救助项目', '尊老金（地方项目）');
      await choose(page, dialog, '申请对象', '司马长青');
      await screenshots(page, 'local-programs-apply');
      await dialog.getByRole('button', { name: '申请救助' }).click();
      await page.waitForURL(/\/cases\/\d+$/);
      caseId = Number(page.url().split('/').pop());
      await expectState(page, '待街道受理');
      await page.getByText('尊老金').first().waitFor();
    });
  });

  it('street accepts and approves; the county confirms', async () => {
    await withPage(browser, 'local-street', async (page) => {
      await logIn(page, server.url, 'street');
      await page.goto(`${server.url}/cases/${caseId}`);
      await act(page, /受\s*理/);
      await expectState(page, '街道审核');
      await act(page, /街道审核通过/);
      await expectState(page, '区县确认');
      await expect.poll(() => page.getByText(/100\.00/).first().textContent()).toMatch(/100\.00/);
    });
    await withPage(browser, 'local-confirm', async (page) => {
      await logIn(page, server.url, 'county');
      await page.goto(`${server.url}/cases/${caseId}`);
      await act(page, /^确\s*认$/);
      await expectState(page, '已确认');
      await screenshots(page, 'local-programs-case');
    });
  });

  it('next month the county prepares the payroll of the local program and sees the line', async () => {
    const month = nextMonth(chinaDate(0).slice(0, 7));
    const [y, m] = month.split('-').map(Number) as [number, number];
    server.advanceDays(Math.ceil((Date.UTC(y, m - 1, 2) - Date.now()) / DAY));
    await withPage(browser, 'local-payroll', async (page) => {
      await logIn(page, server.url, 'county');
      await page.goto(`${server.url}/payrolls`);
      await page.getByRole('button', { name: '生成名册' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await settled(page);
      await choose(page, dialog, '救助项目', '尊老金');
      const input = dialog.getByLabel('发放月份');
      await input.click();
      await input.fill(month);
      await input.press('Enter');
      await expect.poll(() => input.inputValue()).toBe(month);
      await page.keyboard.press('Escape').catch(() => undefined);
      await dialog.getByRole('button', { name: '生成名册' }).click();
      await page.waitForURL(/\/payrolls\/\d+$/);
      const line = page.locator('.ant-table-row', { hasText: '司马长青' });
      await expect.poll(() => line.textContent()).toContain('100.00');
      await expect.poll(() => page.getByText('江岸区尊老金发放名册').first().isVisible()).toBe(true);
      await screenshots(page, 'local-programs-payroll');
    });
  });
});
