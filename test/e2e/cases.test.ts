import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../../src/domain/id-number.ts';
import { startTestServer } from '../helpers/test-server.ts';
import { act, apiAs, expectState, settled } from './journey.ts';
import { chromiumAvailable, e2eRequired, launchBrowser, logIn, MISSING_CHROMIUM, saveScreenshot, withPage } from './browser.ts';

if (!chromiumAvailable && e2eRequired) describe('browser tests', () => {
  it('need Debian chromium (MINZHENG_REQUIRE_E2E=1)', () => {
    expect.fail(MISSING_CHROMIUM);
  });
});

const COMMUNITY = '420102010001';

/**
 * The case journey of issue 5 across the users: the community applies for dibao from the
 * household file, the street accepts, the community investigates, the verifier verifies, the
 * street approves and the notice opens; eight days later (the server's clock moved on) the
 * street closes the notice and the county confirms. A short-path case (高龄津贴) is confirmed in
 * bulk from the county's inbox.
 */
describe.runIf(chromiumAvailable)('a dibao case from the household file to confirmation', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let householdId = 0;
  let spouseId = 0;
  let caseId = 0;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const community = await apiAs(server.url, 'community');
    const head = buildIdNumber({ areaCode: '420102', birthDate: '1958-04-12', sequence: 517 });
    const spouse = buildIdNumber({ areaCode: '420102', birthDate: '1938-09-03', sequence: 528 });
    const file = await community<{ id: number; members: { id: number; relation: string }[] }>('POST', '/households', {
      areaCode: COMMUNITY,
      address: '江岸区二七路 90 号 1 栋 102',
      urbanRural: 'urban',
      members: [
        { idNumber: head, name: '欧阳建国', relation: 'head', employment: 'retired' },
        { idNumber: spouse, name: '上官桂兰', relation: 'spouse', laborCapacity: 'none', employment: 'not_applicable' },
      ],
      incomes: [{ idNumber: head, type: 'pension', monthly: 50_000 }],
    });
    householdId = file.id;
    spouseId = file.members.find((m) => m.relation === 'spouse')!.id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('community applies for dibao from the household file', async () => {
    await withPage(browser, 'cases-apply', async (page) => {
      await logIn(page, server.url, 'community');
      await page.goto(`${server.url}/households/${householdId}`);
      await page.getByRole('button', { name: '申请救助' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('核对授权书').waitFor();
      await saveScreenshot(page, 'cases-apply-modal');
      await dialog.getByRole('button', { name: '申请救助' }).click();
      await page.waitForURL(/\/cases\/\d+$/);
      caseId = Number(page.url().split('/').pop());
      // The community forwards the file: the street office accepts (受理), not the community.
      await expectState(page, '待街道受理');
      await expect.poll(() => page.getByTestId('case-intake').textContent()).toContain('已转二七街道');
      expect(await page.getByTestId('case-actions').getByRole('button', { name: /受\s*理/ }).count()).toBe(0);
      await saveScreenshot(page, 'cases-forwarded-community');
    });
  });

  it('street accepts it from the inbox, starting the legal clock', async () => {
    await withPage(browser, 'cases-accept', async (page) => {
      await logIn(page, server.url, 'street');
      await page.getByRole('menuitem', { name: '待办' }).click();
      const row = page.locator('.ant-table-row', { hasText: '欧阳建国' });
      await expect.poll(() => row.textContent()).toContain('最低生活保障');
      expect(await row.textContent()).toContain('待街道受理');
      await saveScreenshot(page, 'cases-inbox-street');
      await row.getByRole('link', { name: String(caseId) }).click();
      await page.waitForURL(`${server.url}/cases/${caseId}`);
      await act(page, /受\s*理/);
      await expectState(page, '入户调查');
      await expect.poll(() => page.getByTestId('case-due').textContent()).toMatch(/剩 \d+ 个工作日/);
      // 入户调查 within 3 working days of acceptance (the national default).
      await expect.poll(() => page.getByTestId('case-investigation-due').textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
    });
  });

  it('community records a home investigation signed by two staff and completes it', async () => {
    await withPage(browser, 'cases-investigate', async (page) => {
      await logIn(page, server.url, 'community');
      await page.goto(`${server.url}/cases/${caseId}`);
      // One signature is not enough to leave the step: the server's reason is shown in the dialog.
      await page.getByTestId('case-actions').getByRole('button', { name: /完成入户调查/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: /完成入户调查/ }).click();
      await expect.poll(() => dialog.getByTestId('action-error').textContent()).toContain('两名工作人员');
      await dialog.getByRole('button', { name: /取\s*消/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: '入户调查', exact: true }).click();
      await dialog.getByLabel('工作人员一').fill('张丽');
      await dialog.getByLabel('工作人员二').fill('王强');
      await dialog.getByLabel('调查情况').fill('两人居住，户主退休，配偶年迈无劳动能力，家中无大件财产。');
      await dialog.getByRole('button', { name: '添加记录' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('2 人签名').waitFor();
      await act(page, /完成入户调查/);
      await expectState(page, '家庭经济状况核对');
    });
  });

  it('verifier adds a verification report and completes verification', async () => {
    await withPage(browser, 'cases-verify', async (page) => {
      await logIn(page, server.url, 'verifier');
      await page.goto(`${server.url}/cases/${caseId}`);
      await page.getByRole('button', { name: '核对报告', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('数据来源 1').fill('社保');
      await dialog.getByLabel('申报 1').fill('养老金 500 元/月');
      await dialog.getByLabel('核对结果 1').fill('养老金 500 元/月');
      await dialog.getByRole('button', { name: '添加一行' }).click();
      await dialog.getByLabel('数据来源 2').fill('不动产登记');
      await dialog.getByLabel('申报 2').fill('住房一套');
      await dialog.getByLabel('核对结果 2').fill('住房一套');
      await dialog.getByLabel('核对结论').fill('申报与核对结果一致');
      await dialog.getByRole('button', { name: '添加记录' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('申报与核对结果一致').first().waitFor();
      await act(page, /完成核对/);
      await expectState(page, '街道审核');
    });
  });

  it('street approves: the amount is frozen and the notice opens, printable and public', async () => {
    await withPage(browser, 'cases-street-approve', async (page) => {
      await logIn(page, server.url, 'street');
      await page.goto(`${server.url}/cases/${caseId}`);
      // Before approving, the street sees what the household would get: the current calculation,
      // said not to be frozen yet, with its lines (issue 19).
      const current = page.getByTestId('case-current-calculation');
      await expect.poll(() => current.textContent()).toMatch(/当前测算 [\d,]+\.\d{2} 元\/月/);
      expect(await current.textContent()).toContain('未冻结');
      const amount = /当前测算 ([\d,]+\.\d{2}) 元/.exec((await current.textContent()) ?? '')![1]!;
      // Its lines in a dialog: a modal on the desk, a full-screen drawer on the phone.
      for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
        await page.setViewportSize(size);
        await expect.poll(() => current.textContent()).toContain(`当前测算 ${amount} 元/月`);
        expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(size.width);
        await saveScreenshot(page, `cases-street-current-calculation-${size.width}`);
        await current.getByTestId('case-current-calculation-toggle').click();
        const lines = page.getByTestId('case-current-calculation-lines');
        await expect.poll(() => lines.locator('.ant-list-item').count()).toBeGreaterThan(2);
        expect(await lines.textContent()).toContain('低保标准');
        await page.waitForTimeout(400); // the dialog's opening animation
        await page.screenshot({ path: `${import.meta.dirname}/screenshots/cases-street-calculation-lines-${size.width}.png`, animations: 'disabled' });
        await page.keyboard.press('Escape');
        await lines.waitFor({ state: 'hidden' });
      }
      await page.setViewportSize({ width: 1366, height: 768 });
      const audited = await server.deps.db.selectFrom('audit_log').select('action').where('action', '=', 'read.calculation').where('entity_id', '=', String(householdId)).execute();
      expect(audited.length).toBeGreaterThan(0);
      await act(page, /街道审核通过/);
      await expectState(page, '公示');
      // Frozen at the approval: the amount the street saw, no longer called a current calculation.
      await expect.poll(() => page.getByTestId('case-current-calculation').count()).toBe(0);
      expect(await page.getByText(`${amount} 元/月`).count()).toBeGreaterThan(0);
      const notice = page.getByTestId('case-notice');
      await expect.poll(() => notice.textContent()).toContain('公示期');
      expect(await notice.textContent()).toMatch(/欧阳\S*|\*/);
      expect(await page.getByText(/元\/月/).first().textContent()).toMatch(/\d/);

      // An objection during the notice holds the case; it is recorded and resolved on the page.
      await page.getByRole('button', { name: '登记异议' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('异议人').fill('邻居王先生');
      await dialog.getByLabel('异议内容').fill('反映户主另有房屋出租收入。');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('待处理').waitFor();
      await page.mouse.wheel(0, -5000);
      await saveScreenshot(page, 'cases-case-notice');
      await page.getByRole('button', { name: /处\s*理/ }).click();
      await dialog.getByLabel('处理结果').fill('经核实该房屋已于去年出售，异议不成立。');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('已处理').waitFor();

      const pdf = await page.request.get(`${server.url}/api/v1/notices/${COMMUNITY}/notice.pdf`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');

      await page.goto(`${server.url}/public/notices/${COMMUNITY}`);
      await page.getByText('最低生活保障').first().waitFor();
      expect(await page.content()).not.toContain('上官桂兰');
      await saveScreenshot(page, 'cases-public-notice');
    });
  }, 90_000);

  it('after the 7-day notice the street closes it and the county confirms the dibao case', async () => {
    await withPage(browser, 'cases-confirm-dibao', async (page) => {
      await logIn(page, server.url, 'street');
      await page.goto(`${server.url}/cases/${caseId}`);
      // While the notice runs the button waits, saying until when.
      await expect.poll(() => page.getByTestId('case-actions').getByRole('button', { name: /公示结束/ }).isDisabled()).toBe(true);
    });
    server.advanceDays(8);
    await withPage(browser, 'cases-close-notice', async (page) => {
      await logIn(page, server.url, 'street');
      await page.goto(`${server.url}/cases/${caseId}`);
      await act(page, /公示结束/);
      await expectState(page, '区县确认');
    });
    await withPage(browser, 'cases-confirm', async (page) => {
      await logIn(page, server.url, 'county');
      await page.goto(`${server.url}/cases/${caseId}`);
      await act(page, /^确\s*认$/, async (dialog) => {
        await dialog.getByLabel('分类').click();
        await page.locator('.ant-select-item-option', { hasText: 'B 类' }).click();
      });
      await expectState(page, '已确认');
      await expect.poll(() => page.getByText(/起纳入最低生活保障/).first().textContent()).toMatch(/B 类，月保障金额 \d/);
      await saveScreenshot(page, 'cases-dibao-confirmed');
    });
  });

  it('community applies for temporary assistance with its event and the sum asked for', async () => {
    await withPage(browser, 'cases-apply-temporary', async (page) => {
      await logIn(page, server.url, 'community');
      await page.goto(`${server.url}/households/${householdId}`);
      await page.getByRole('button', { name: '申请救助' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('救助项目').click();
      await page.locator('.ant-select-item-option', { hasText: '临时救助' }).click();
      await dialog.getByLabel('救助类型').click();
      await page.locator('.ant-select-item-option', { hasText: '急难型' }).click();
      await dialog.getByLabel('事由').click();
      await page.locator('.ant-select-item-option', { hasText: '火灾' }).click();
      await dialog.getByLabel('申请金额（元）').fill('3000');
      await dialog.getByLabel('情况说明').fill('厨房失火，家具被褥损毁');
      await saveScreenshot(page, 'cases-apply-temporary');
      await dialog.getByRole('button', { name: '申请救助' }).click();
      await page.waitForURL(/\/cases\/\d+$/);
      await expect.poll(() => page.getByTestId('case-temporary').textContent()).toMatch(/急难型[\s\S]*火灾[\s\S]*3,000\.00/);
      await saveScreenshot(page, 'cases-case-temporary');
    });
  });

  it('county finds the confirmed case in its list and confirms a short-path case from its inbox', async () => {
    // 高龄津贴 for the 88-year-old spouse: submitted and reviewed by the community and street.
    const community = await apiAs(server.url, 'community');
    const street = await apiAs(server.url, 'street');
    const second = await community<{ id: number }>('POST', '/applications', { householdId, program: 'elderly_allowance', subjectPersonId: spouseId, checklist: ['application_form', 'id_cards'] });
    await street('POST', `/applications/${second.id}/transitions`, { action: 'accept' });
    await street('POST', `/applications/${second.id}/transitions`, { action: 'street_approve' });

    await withPage(browser, 'cases-county', async (page) => {
      await logIn(page, server.url, 'county');
      await page.getByRole('menuitem', { name: '案件' }).click();
      await page.getByRole('switch').click();
      await page.waitForURL(/overdue=true/);
      await page.getByRole('switch').click();
      const confirmed = page.locator('.ant-table-row', { has: page.getByRole('link', { name: String(caseId), exact: true }) });
      await expect.poll(() => confirmed.textContent()).toContain('已确认');
      await saveScreenshot(page, 'cases-list-county');

      await page.getByRole('menuitem', { name: '待办' }).click();
      const row = page.locator('.ant-table-row', { hasText: '高龄津贴' });
      await row.locator('.ant-checkbox-input').check();
      await saveScreenshot(page, 'cases-inbox-county');
      await page.getByRole('button', { name: /批量确认/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await page.getByText('已确认 1 件，失败 0 件').waitFor();

      await page.goto(`${server.url}/cases/${second.id}`);
      await expectState(page, '已确认');
      await page.getByText('决定书（PDF）').waitFor();
      await saveScreenshot(page, 'cases-case-approved');

      // The relatives-of-staff register, and the case page in English.
      await page.getByRole('menuitem', { name: '近亲属备案' }).click();
      await page.getByText('工作人员姓名').waitFor();
      await saveScreenshot(page, 'cases-staff-relatives');
      await page.getByRole('button', { name: '新增备案' }).click();
      await page.getByRole('dialog').getByLabel('近亲属身份证号').waitFor();
      await settled(page);
      await page.getByRole('dialog').getByRole('button', { name: /取\s*消/ }).click();
      // The language switch sits under the closing dialog's mask until it is gone.
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      await page.getByText('EN', { exact: true }).click();
      await page.goto(`${server.url}/cases/${caseId}`);
      await expectState(page, 'Approved');
      await page.getByText('Timeline').waitFor();
      await saveScreenshot(page, 'cases-case-en');
      await page.getByText('中文', { exact: true }).click();
    });
  });
});
