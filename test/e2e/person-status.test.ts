import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { actorForUsername } from '../../src/modules/auth/service.ts';
import { preparePayroll } from '../../src/modules/payments/service.ts';
import { recordPersonStatus } from '../../src/modules/person-status/service.ts';
import { enrolHousehold } from '../helpers/enrolment.ts';
import { chromiumAvailable, logIn, saveScreenshot, withPage } from './browser.ts';
import { chinaDate, choose, previousMonth, screenshots, settled, useJourney } from './journey.ts';

/**
 * 一户一档 after enrolment (issue 16): a community worker opens an enrolled household, sees its
 * benefits, open cases and payments, and records a member's death on the member row; the
 * household benefit is lowered and the file shows the member as deceased.
 */
describe.runIf(chromiumAvailable)('the household file shows benefits and records a death', () => {
  let enrolled: Awaited<ReturnType<typeof enrolHousehold>>;
  const journey = useJourney(async ({ deps }) => {
    const lastMonth = previousMonth(chinaDate(0).slice(0, 7));
    enrolled = await enrolHousehold({ deps }, { areaCode: '420102010001', amount: 158000, startMonth: lastMonth });
    const county = await actorForUsername(deps, 'county');
    await preparePayroll(deps, county, { program: 'dibao', areaCode: '420102010001', month: lastMonth });
  });

  it('lists the enrolment and payments, and records the death from the member row', async () => {
    const { url, browser } = journey();
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
      await dialog.locator('#date').fill(chinaDate(-40));
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

  it('a death learnt of after the month was paid leaves debts: the street records one repaid in cash, the county writes the other off', async () => {
    // Two heads on a personal benefit die last month; this month's payroll has paid them already,
    // and the stopped benefit has nothing left to recover it from: a debt each (issue 16).
    const { url, browser, deps } = journey();
    const area = '420102010005';
    const thisMonth = chinaDate(0).slice(0, 7);
    const lastMonth = previousMonth(thisMonth);
    const county = await actorForUsername(deps, 'county');
    const heads = [];
    for (const amount of [12345, 23456]) heads.push(await enrolHousehold({ deps }, { areaCode: area, amount, startMonth: lastMonth, program: 'disability_living', personBased: true }));
    for (const month of [lastMonth, thisMonth]) await preparePayroll(deps, county, { program: 'disability_living', areaCode: area, month });
    for (const h of heads) await recordPersonStatus(deps, county, h.headId, { status: 'deceased', date: `${lastMonth}-10`, source: 'funeral' });
    const rowOf = (page: Page, amount: string) => page.locator('tr', { hasText: amount });
    /** Opens a row's action, fills its dialog and confirms. */
    const act = async (page: Page, amount: string, action: RegExp, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) => {
      await rowOf(page, amount).getByRole('button', { name: action }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await settled(page);
      await fill(dialog);
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await dialog.waitFor({ state: 'hidden', timeout: 25_000 });
    };

    await withPage(browser, 'debts-street', async (page) => {
      await logIn(page, url, 'street');
      await page.goto(`${url}/debts`);
      await rowOf(page, '123.45').waitFor();
      await rowOf(page, '234.56').waitFor();
      // Writing off is the county's alone; the street records what comes back.
      expect(await rowOf(page, '234.56').getByRole('button', { name: /核\s*销/ }).count()).toBe(0);
      await screenshots(page, 'debts-open');
      await act(page, '123.45', /登记退还/, async (dialog) => {
        await choose(page, dialog, '退还方式', '现金');
        expect(await dialog.getByLabel('金额（元）').inputValue()).toBe('123.45');
        await dialog.getByLabel('收据号 / 转账流水号').fill('SJ-0001');
        await screenshots(page, 'debts-repay-dialog');
        await page.setViewportSize({ width: 1366, height: 768 });
      });
      // Settled: it leaves the list of open debts.
      await expect.poll(() => rowOf(page, '123.45').count()).toBe(0);
    });

    await withPage(browser, 'debts-county', async (page) => {
      await logIn(page, url, 'county');
      await page.goto(`${url}/debts`);
      await rowOf(page, '234.56').waitFor();
      await act(page, '234.56', /核\s*销/, (dialog) => dialog.getByLabel('核销理由').fill('死者无遗产，家属无力偿还，经区民政局研究核销'));
      await expect.poll(() => rowOf(page, '234.56').count()).toBe(0);
      await page.locator('.ant-select', { hasText: '未结清' }).click();
      await page.locator('.ant-select-item-option', { hasText: '全部' }).click();
      await expect.poll(() => rowOf(page, '123.45').textContent()).toContain('已收回');
      await expect.poll(() => rowOf(page, '234.56').textContent()).toContain('已核销');
      await screenshots(page, 'debts-settled');
    });
  }, 180_000);
});
