import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../../src/domain/id-number.ts';
import { startTestServer } from '../helpers/test-server.ts';
import { apiAs, chinaDate, nextMonth, type Api } from './journey.ts';
import { chromiumAvailable, e2eRequired, launchBrowser, logIn, MISSING_CHROMIUM, saveScreenshot, withPage } from './browser.ts';

if (!chromiumAvailable && e2eRequired) describe('browser tests', () => {
  it('need Debian chromium (MINZHENG_REQUIRE_E2E=1)', () => {
    expect.fail(MISSING_CHROMIUM);
  });
});

const COMMUNITY = '420102010001';
const DAY = 86_400_000;

/** A two-person household on a 500-yuan pension, with a bank account: dibao of (1040 − 250) × 2 = 1,580 yuan. */
async function dibaoCaseAtNotice(as: Record<'community' | 'street' | 'verifier', Api>, who: { head: string; spouse: string; seq: number; account: string }) {
  const today = chinaDate(0);
  const head = buildIdNumber({ areaCode: '420102', birthDate: '1960-03-08', sequence: who.seq });
  const spouse = buildIdNumber({ areaCode: '420102', birthDate: '1962-10-21', sequence: who.seq + 11 });
  const file = await as.community<{ id: number }>('POST', '/households', {
    areaCode: COMMUNITY,
    address: `江岸区二七路 ${who.seq} 号`,
    urbanRural: 'urban',
    bankAccount: { bankName: '武汉农村商业银行', accountNumber: who.account, accountHolder: who.head },
    members: [
      { idNumber: head, name: who.head, relation: 'head', employment: 'retired' },
      { idNumber: spouse, name: who.spouse, relation: 'spouse', employment: 'unemployed' },
    ],
    incomes: [{ idNumber: head, type: 'pension', monthly: 50_000 }],
  });
  const { id } = await as.community<{ id: number }>('POST', '/applications', { householdId: file.id, program: 'dibao', checklist: ['application_form', 'id_cards', 'consent'] });
  await as.street('POST', `/applications/${id}/transitions`, { action: 'accept' });
  await as.community('POST', `/applications/${id}/records`, { kind: 'investigation', happenedOn: today, staff: ['张丽', '王芳'], findings: '两人居住，无其他收入来源' });
  await as.community('POST', `/applications/${id}/transitions`, { action: 'complete_investigation' });
  await as.verifier('POST', `/applications/${id}/records`, { kind: 'verification', happenedOn: today, items: [{ source: '银行存款', declared: '无', found: '无', matches: true }], conclusion: '申报属实' });
  await as.verifier('POST', `/applications/${id}/transitions`, { action: 'complete_verification' });
  await as.street('POST', `/applications/${id}/transitions`, { action: 'street_approve', comment: '同意' });
  return id;
}

/** Types a month into an antd month picker found by its label in a dialog. */
async function pickMonth(page: Page, dialog: ReturnType<Page['getByRole']>, labelText: string, month: string) {
  const input = dialog.getByLabel(labelText);
  await input.click();
  await input.fill(month);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(month);
  await page.keyboard.press('Escape').catch(() => undefined);
}

/**
 * The payments journey of issue 6: two dibao households are confirmed (set up through the API);
 * the county's clerk creates the month's payroll in the UI and sees its totals; the approver approves it, downloads the
 * bank file and uploads the bank's answer with one failure, which the page marks. The street
 * sees no approve button.
 */
describe.runIf(chromiumAvailable)('a month of dibao payments from the payroll to the bank result', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let month = '';
  let payrollId = 0;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-payments-'));

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const as = { community: await apiAs(server.url, 'community'), street: await apiAs(server.url, 'street'), verifier: await apiAs(server.url, 'verifier') };
    const first = await dibaoCaseAtNotice(as, { head: '东方明远', spouse: '西门秀芝', seq: 611, account: '6230520110000611' });
    const second = await dibaoCaseAtNotice(as, { head: '南宫志强', spouse: '北堂玉兰', seq: 633, account: '6230520110000633' });
    // The 7-day notice runs out; the street closes it and the county confirms from the next month.
    server.advanceDays(8);
    const street = await apiAs(server.url, 'street');
    const county = await apiAs(server.url, 'county');
    for (const id of [first, second]) {
      await street('POST', `/applications/${id}/transitions`, { action: 'close_notice' });
      await county('POST', `/applications/${id}/transitions`, { action: 'confirm', category: 'A' });
    }
    month = nextMonth(chinaDate(8).slice(0, 7));
    // The server's clock moves on into that month: the payroll is made in the month it pays.
    const [y, m] = month.split('-').map(Number) as [number, number];
    const daysToMonth = Math.ceil((Date.UTC(y, m - 1, 2) - (Date.now() + 8 * DAY)) / DAY);
    server.advanceDays(daysToMonth);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('county creates the month payroll in the UI and sees its totals; creating it again opens the same one', async () => {
    await withPage(browser, 'payments-create', async (page) => {
      // The bureau's clerk prepares it: `county` approves it below, and whoever prepares a payroll may not approve it.
      await logIn(page, server.url, 'clerk');
      await page.getByRole('menuitem', { name: '资金发放' }).click();
      await page.getByRole('menuitem', { name: '发放名册' }).click();
      await page.waitForURL(/\/payrolls$/);
      await page.getByRole('button', { name: '生成名册' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('同一项目、区划、月份只生成一次名册').waitFor();
      await pickMonth(page, dialog, '发放月份', month);
      await saveScreenshot(page, 'payments-generate-modal');
      await dialog.getByRole('button', { name: '生成名册' }).click();
      await page.waitForURL(/\/payrolls\/\d+$/);
      payrollId = Number(page.url().split('/').pop());
      await page.getByText('已生成名册').waitFor();
      const totals = page.getByTestId('payroll-totals');
      await expect.poll(() => totals.textContent()).toContain('3,160.00');
      expect(await totals.textContent()).toMatch(/户数2/);
      expect(await totals.textContent()).toMatch(/人数4/);
      expect(await page.getByTestId('payroll-months').textContent()).toBe(month);
      expect(await page.getByTestId('payroll-period').textContent()).toBe('按月');
      // Both are new this month: each line says so.
      await expect.poll(() => page.locator('.ant-table-row', { hasText: '东方明远' }).textContent()).toContain('新增');

      // The list: the payroll with its totals, and a second "create" opens the same one.
      await page.getByRole('menuitem', { name: '发放名册' }).click();
      const row = page.locator('.ant-table-row', { hasText: '最低生活保障' });
      await expect.poll(() => row.textContent()).toContain('3,160.00');
      expect(await row.textContent()).toContain('待审批');
      expect(await page.getByTestId('payrolls-sum').textContent()).toBe('3,160.00');
      await saveScreenshot(page, 'payments-list');
      await page.getByRole('button', { name: '生成名册' }).click();
      await pickMonth(page, dialog, '发放月份', month);
      await dialog.getByRole('button', { name: '生成名册' }).click();
      await page.getByText('该名册已存在').waitFor();
      await page.waitForURL(`${server.url}/payrolls/${payrollId}`);
    });
  });

  it('street makes a Spring Festival lump sum for its street, and has no approve button', async () => {
    await withPage(browser, 'payments-street', async (page) => {
      await logIn(page, server.url, 'street');
      await page.getByRole('menuitem', { name: '资金发放' }).click();
      await page.getByRole('menuitem', { name: '发放名册' }).click();
      await page.getByRole('button', { name: '一次性补助' }).click();
      const dialog = page.getByRole('dialog');
      expect(await dialog.getByLabel('名称').inputValue()).toBe('春节一次性生活补助');
      await pickMonth(page, dialog, '发放月份', month);
      // A bad amount is refused next to its field.
      await dialog.getByLabel('每人金额（元）').fill('3.005');
      await dialog.getByRole('button', { name: '生成名册' }).click();
      await dialog.getByText('请输入不超过两位小数的金额').waitFor();
      await dialog.getByLabel('每人金额（元）').fill('300');
      await dialog.getByRole('button', { name: '生成名册' }).click();
      await page.waitForURL(/\/payrolls\/\d+$/);
      // Two households of two: 4 persons × 300 yuan.
      const totals = page.getByTestId('payroll-totals');
      await expect.poll(() => totals.textContent()).toContain('1,200.00');
      await expect.poll(() => page.locator('.ant-table-row', { hasText: '东方明远' }).textContent()).toContain('一次性补助');
      expect(await page.getByTestId('payroll-status').textContent()).toBe('待审批');
      // Only the county approves: the street has no such button, and the bank file waits for approval.
      const actions = page.getByTestId('payroll-actions');
      await expect.poll(() => actions.getByRole('button', { name: /下载银行文件/ }).isDisabled()).toBe(true);
      expect(await actions.getByRole('button', { name: /审\s*批/ }).count()).toBe(0);
      // The district's payroll is outside the street's area: it is not listed for the street.
      await page.getByRole('menuitem', { name: '发放名册' }).click();
      await expect.poll(() => page.locator('.ant-table-row').count()).toBe(1);
      expect(await page.locator('.ant-table-row').textContent()).toContain('春节一次性生活补助');
    });
  });

  it('county approves, downloads the CSV bank file and uploads a result with one failure', async () => {
    await withPage(browser, 'payments-approve', async (page) => {
      await logIn(page, server.url, 'county');
      await page.goto(`${server.url}/payrolls/${payrollId}`);
      const actions = page.getByTestId('payroll-actions');
      await expect.poll(() => actions.getByRole('button', { name: /下载银行文件/ }).isDisabled()).toBe(true);
      await actions.getByRole('button', { name: /审\s*批/ }).click();
      const confirm = page.getByRole('dialog');
      await confirm.getByText('审批后名册冻结').waitFor();
      const approve = confirm.getByRole('button', { name: /审\s*批/ });
      await approve.click();
      // On a loaded runner a click in a dialog still opening can be lost: click again while it stays.
      await confirm.waitFor({ state: 'hidden', timeout: 15_000 }).catch(async () => {
        if (await approve.isVisible()) await approve.click();
      });
      const shown = async () => `${await page.getByTestId('payroll-status').textContent()} ${(await page.locator('.ant-message').allTextContents()).join(' ')}`.trim();
      await expect.poll(shown, { timeout: 30_000 }).toMatch(/^已审批/);
      expect(await actions.getByRole('button', { name: /审\s*批/ }).count()).toBe(0);

      // The bank file: one row per line, amounts in yuan with two decimals.
      await actions.getByRole('button', { name: /下载银行文件/ }).hover();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('CSV 文件').click()]);
      const csvPath = path.join(tmp, 'bank.csv');
      await download.saveAs(csvPath);
      const bytes = fs.readFileSync(csvPath);
      let csv = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
      if (!csv.includes('姓名')) csv = new TextDecoder('gbk').decode(bytes);
      // Long numbers come as Excel text formulas (="…") so they keep every digit: read back the number.
      const rows = csv.trim().split(/\r?\n/).map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '').replace(/^=""(.*)""$/, '$1')));
      expect(rows[0]).toEqual(['姓名', '身份证号', '开户银行', '银行账号', '金额(元)', '业务参考号', '备注']);
      expect(rows).toHaveLength(3);
      const byName = new Map(rows.slice(1).map((r) => [r[0], r]));
      expect(byName.get('东方明远')).toEqual(['东方明远', expect.stringMatching(/^420102/), '武汉农村商业银行', '6230520110000611', '1580.00', expect.any(String), '']);
      expect(byName.get('南宫志强')?.[4]).toBe('1580.00');
      const failedRef = byName.get('南宫志强')![5]!;
      const paidRef = byName.get('东方明远')![5]!;

      // The bank's answer: one paid, one failed (closed account).
      const resultPath = path.join(tmp, 'result.csv');
      fs.writeFileSync(resultPath, `业务参考号,状态,失败原因\n${paidRef},成功,\n${failedRef},失败,账户已销户\n`);
      await actions.getByRole('button', { name: /上传银行回盘/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('input[type=file]').setInputFiles(resultPath);
      await dialog.getByRole('button', { name: /上\s*传/ }).click();
      await expect.poll(() => dialog.getByTestId('bank-result').textContent()).toContain('成功 1 笔，失败 1 笔');
      // The shared upload dialog (components/upload-dialog.tsx): accepted types and size limit under the picker.
      expect(await dialog.textContent()).toContain('支持 .csv / .xlsx，单个文件不超过 100 MB');
      await saveScreenshot(page, 'payments-bank-result');
      await dialog.getByRole('button', { name: /close|关闭/i }).click();
      await dialog.waitFor({ state: 'hidden' });
      const failed = page.locator('.ant-table-row', { hasText: '南宫志强' });
      await expect.poll(() => failed.getByTestId('line-bank-status').textContent()).toBe('失败账户已销户');
      expect(await page.locator('.ant-table-row', { hasText: '东方明远' }).getByTestId('line-bank-status').textContent()).toBe('成功');
      // The lines show numbers masked; one click shows a line's full numbers (the server audits it).
      const paidRow = page.locator('.ant-table-row', { hasText: '东方明远' });
      expect(await paidRow.getByTestId('line-account').textContent()).toBe('************0611');
      expect(await paidRow.getByTestId('line-id-number').textContent()).toMatch(/^4201\*{10}/);
      await paidRow.getByTestId('line-reveal').click();
      await expect.poll(() => paidRow.getByTestId('line-account').textContent()).toBe('6230520110000611');
      expect(await paidRow.getByTestId('line-id-number').textContent()).toMatch(/^420102\d{11}[\dX]$/);
      await expect.poll(() => page.getByTestId('payroll-bank-counts').textContent()).toContain('失败 1');
      await page.mouse.wheel(0, -5000);
      await saveScreenshot(page, 'payments-payroll');

      // The failed line is found by the filter too.
      await page.getByTestId('bank-filter').click();
      await page.locator('.ant-select-item-option', { hasText: '失败' }).click();
      await expect.poll(() => page.locator('.ant-table-row').count()).toBe(1);
    });
  });

  it('county opens an enrolment: amount, history, payments; a raise back into the paid month yields back pay', async () => {
    await withPage(browser, 'payments-enrolment', async (page) => {
      await logIn(page, server.url, 'county');
      await page.goto(`${server.url}/payrolls/${payrollId}`);
      await page.locator('.ant-table-row', { hasText: '东方明远' }).getByRole('link', { name: '东方明远' }).click();
      await page.waitForURL(/\/enrolments\/\d+$/);
      await expect.poll(() => page.getByTestId('enrolment-amount').textContent()).toBe('1,580.00');
      await page.getByText('纳入保障').waitFor();
      // 收款人: the holder of the household's account, who a payroll would pay.
      await expect.poll(() => page.getByTestId('payee-card').textContent()).toContain('家庭账户户名');
      expect(await page.getByTestId('payee-card').textContent()).toContain('可发放');
      await page.getByRole('button', { name: /变\s*更/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('新的月保障金额（元）').fill('1680');
      await dialog.getByLabel('原因').click();
      await page.locator('.ant-select-item-option', { hasText: '标准调整' }).click();
      await dialog.getByLabel('说明').fill('低保标准提高，自本月起执行');
      // A month before the enrolment began is refused by the server, next to the month.
      const [y, m] = month.split('-').map(Number) as [number, number];
      await pickMonth(page, dialog, '生效月份', m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`);
      await dialog.getByRole('button', { name: /变\s*更/ }).click();
      await expect.poll(() => dialog.locator('#enrolment-change_effectiveMonth_help').textContent()).toContain(month);
      await pickMonth(page, dialog, '生效月份', month);
      await dialog.getByRole('button', { name: /变\s*更/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => page.getByTestId('change-result').textContent()).toContain('应补发 100.00 元');
      await expect.poll(() => page.getByTestId('enrolment-amount').textContent()).toBe('1,680.00');
      await saveScreenshot(page, 'payments-enrolment');
    });
  });

  it('county registers a care home on the 供养机构 page, its account checked next to the field', async () => {
    await withPage(browser, 'payments-institutions', async (page) => {
      await logIn(page, server.url, 'county');
      await page.getByRole('menuitem', { name: '资金发放' }).click();
      await page.getByRole('menuitem', { name: '供养机构' }).click();
      await page.waitForURL(/\/institutions$/);
      await page.getByTestId('institution-add').click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await dialog.getByLabel('供养机构').fill('江岸区第二社会福利院');
      await dialog.getByLabel('开户银行').fill('中国建设银行武汉江岸支行');
      await dialog.getByLabel('银行账号').fill('42-05');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await expect.poll(() => dialog.locator('.ant-form-item-explain-error').count()).toBeGreaterThan(0);
      await dialog.getByLabel('银行账号').fill('42050110000009876');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => page.getByTestId('institution-list').textContent()).toContain('江岸区第二社会福利院');
      // The account is listed masked; the county shows it in full with one (audited) click.
      const list = page.getByTestId('institution-list');
      const row = list.locator('.ant-table-row', { hasText: '江岸区第二社会福利院' });
      expect(await row.textContent()).toContain('*************9876');
      expect(await list.textContent()).not.toContain('42050110000009876');
      await row.getByTestId('institution-reveal').click();
      await expect.poll(() => row.textContent()).toContain('42050110000009876');
      await page.setViewportSize({ width: 390, height: 844 });
      await saveScreenshot(page, 'payments-institutions-390');
      await page.setViewportSize({ width: 1280, height: 800 });
      await saveScreenshot(page, 'payments-institutions');
    });
  });
});
