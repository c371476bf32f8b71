import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { actorForUsername } from '../../src/modules/auth/service.ts';
import { changeEnrolment, preparePayroll } from '../../src/modules/payments/service.ts';
import { enrolHousehold } from '../helpers/enrolment.ts';
import { chromiumAvailable, logIn, withPage } from './browser.ts';
import { chinaDate, choose, screenshots, settled, useJourney } from './journey.ts';

/**
 * 复核 (issue 16): a community worker finds an overdue review in the inbox and records the home
 * visit; the street proposes a stop, which only the county can confirm; the county confirms and
 * the household file shows the enrolment stopped for the review's reason.
 */
describe.runIf(chromiumAvailable)('a periodic review from the inbox to the county’s confirmation', () => {
  let enrolled: Awaited<ReturnType<typeof enrolHousehold>>;
  let other: Awaited<ReturnType<typeof enrolHousehold>>;
  let reviewId = 0;

  const journey = useJourney(async ({ deps }) => {
    const startMonth = chinaDate(-100).slice(0, 7);
    enrolled = await enrolHousehold({ deps }, { areaCode: '420102010001', amount: 158000, startMonth });
    other = await enrolHousehold({ deps }, { areaCode: '420102010001', amount: 90000, startMonth });
    // The reviews fell due days ago and nobody came.
    await deps.db.updateTable('enrolments').set({ next_review_date: chinaDate(-10) }).where('id', '=', enrolled.enrolmentId).execute();
    await deps.db.updateTable('enrolments').set({ next_review_date: chinaDate(-3) }).where('id', '=', other.enrolmentId).execute();
    // A third household stopped for a month already paid: the recovery no payroll can collect is a debt.
    const gone = await enrolHousehold({ deps }, { areaCode: '420102010001', amount: 50000, startMonth });
    const county = await actorForUsername(deps, 'county');
    const lastMonth = chinaDate(-35).slice(0, 7);
    await preparePayroll(deps, county, { program: 'dibao', areaCode: '420102010001', month: lastMonth });
    await changeEnrolment(deps, county, gone.enrolmentId, { kind: 'stop', effectiveMonth: lastMonth, reasonCode: 'death', reason: '户主死亡，殡葬记录' });
  });

  /** Opens the review page's step button, fills its dialog and presses OK (确认). */
  async function step(page: Page, action: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
    await page.getByTestId(`review-action-${action}`).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await settled(page);
    await fill(dialog);
    await dialog.getByRole('button', { name: /确\s*[定认]/ }).last().click();
    await dialog.waitFor({ state: 'hidden', timeout: 25_000 });
  }

  it('the community worker finds the overdue review and records the visit', async () => {
    const { url, browser } = journey();
    await withPage(browser, 'reviews-community', async (page) => {
      await logIn(page, url, 'community');
      await page.goto(`${url}/reviews`);
      const row = page.locator('tr', { has: page.getByTestId(`start-review-${enrolled.enrolmentId}`) });
      await row.waitFor();
      expect(await row.getByTestId('review-overdue').textContent()).toMatch(/逾期 \d+ 个工作日/);
      await screenshots(page, 'reviews-inbox');
      await page.getByTestId(`start-review-${enrolled.enrolmentId}`).click();
      await page.waitForURL(/\/reviews\/\d+$/);
      reviewId = Number(page.url().split('/').pop());
      await expect.poll(() => page.getByTestId('review-state').textContent()).toBe('入户核查');
      await step(page, 'record_visit', async (dialog) => {
        await dialog.getByLabel('核查情况').fill('入户核查：孙子已随父母迁往外省就读，户主已入住养老院，家中无人居住。');
      });
      await expect.poll(() => page.getByTestId('review-state').textContent()).toBe('街道审核');
      await screenshots(page, 'review-after-visit');
    });
  }, 120_000);

  it('the street proposes a stop, which waits for the county', async () => {
    const { url, browser } = journey();
    await withPage(browser, 'reviews-street', async (page) => {
      await logIn(page, url, 'street');
      await page.goto(`${url}/reviews/${reviewId}`);
      await page.getByTestId('review-action-propose').waitFor();
      await page.getByTestId('review-action-propose').click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await settled(page);
      await choose(page, dialog, '复核结论', '停发（退出）');
      await expect.poll(() => dialog.textContent()).toContain('降档、暂停、停发须报区县确认');
      await choose(page, dialog, '停发原因', '复核不符合条件');
      await dialog.getByLabel('理由').fill('经入户核查，家庭已不在本地居住，不再符合低保条件。');
      await screenshots(page, 'review-proposal-dialog');
      await page.setViewportSize({ width: 1280, height: 800 });
      await dialog.getByRole('button', { name: /确\s*[定认]/ }).last().click();
      await dialog.waitFor({ state: 'hidden', timeout: 25_000 });
      await expect.poll(() => page.getByTestId('review-state').textContent()).toBe('区县确认');
      // The street cannot stop a benefit alone: nothing more for it to do here.
      expect(await page.getByTestId('review-action-confirm').count()).toBe(0);
      await screenshots(page, 'review-awaiting-county');
    });
  }, 120_000);

  it('the county confirms and the household file shows the stop', async () => {
    const { url, browser } = journey();
    await withPage(browser, 'reviews-county', async (page) => {
      await logIn(page, url, 'county');
      await page.goto(`${url}/reviews/${reviewId}`);
      await page.getByTestId('review-action-confirm').waitFor();
      await step(page, 'confirm', async () => undefined);
      await expect.poll(() => page.getByTestId('review-state').textContent()).toBe('已决定');
      await page.getByTestId('review-notice').waitFor();
      expect(await page.getByTestId('review-outcome-text').textContent()).toContain('停发（退出）');
      await screenshots(page, 'review-decided');

      await page.goto(`${url}/households/${enrolled.householdId}`);
      await page.getByRole('tab', { name: '保障与发放' }).click();
      const tab = page.getByTestId('benefits-tab');
      await expect.poll(() => tab.textContent()).toContain('复核不再符合条件');
      await screenshots(page, 'review-household-file');

      await page.goto(`${url}/review-campaigns`);
      await page.getByTestId('start-campaign').click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await settled(page);
      await dialog.getByRole('button', { name: /确\s*[定认]/ }).last().click();
      await page.waitForURL(/\/review-campaigns\/\d+$/);
      await page.getByTestId('campaign-summary').waitFor();
      await screenshots(page, 'review-campaign');

      await page.goto(`${url}/debts`);
      await page.getByText('户主死亡，殡葬记录').first().waitFor();
      await screenshots(page, 'debts');
      await page.goto(`${url}/`);
      await page.getByTestId('review-alert').waitFor({ timeout: 25_000 });
      expect(await page.getByTestId('review-alert').textContent()).toContain('1 户保障对象已逾期未复核');
      await screenshots(page, 'home-review-alert');
    });
  }, 180_000);
});
