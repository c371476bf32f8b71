import { describe, expect, it } from 'vitest';
import { todayInChina } from '../../src/clock.ts';
import { actorForUsername } from '../../src/modules/auth/service.ts';
import { createDrive } from '../../src/modules/condolences/service.ts';
import { createProvider, createService, runMonthlyCredits } from '../../src/modules/home-care/service.ts';
import { enrolHousehold } from '../helpers/enrolment.ts';
import { chromiumAvailable, logIn, saveScreenshot, withPage } from './browser.ts';
import { useJourney } from './journey.ts';

/**
 * 走访慰问 on a phone (issue 21): a community worker hands over Spring Festival aid with the
 * recipient's signature and records a care visit; the county sees the drive's totals.
 */
describe.runIf(chromiumAvailable)('visits, condolences and home care', () => {
  let enrolled: Awaited<ReturnType<typeof enrolHousehold>>;

  const journey = useJourney(async ({ deps }) => {
    enrolled = await enrolHousehold({ deps }, { areaCode: '420102010001', amount: 90000, startMonth: '2025-01' });
    await deps.db.updateTable('persons').set({ flags: 'empty_nest', self_care: 'full' }).where('id', '=', enrolled.headId).execute();
    const county = await actorForUsername(deps, 'county');
    const today = todayInChina(deps.clock);
    await createDrive(deps, county, {
      areaCode: '420102', name: '2026年春节走访慰问', occasion: 'spring_festival', asOf: today, budget: 5_000_000, fundingSource: '区级财政慰问资金',
      coverage: [{ programs: ['dibao', 'tekun'] }], cashBasis: 'household', cashAmount: 50000,
      goods: [{ name: '大米', unit: '袋', unitPrice: 6000, perHousehold: 1, stock: 100 }, { name: '食用油', unit: '桶', unitPrice: 7000, perHousehold: 1, stock: 100 }],
    });
    // Cash only, paid by the county through a payroll (the last test).
    await createDrive(deps, county, {
      areaCode: '420102', name: '2026年重阳节慰问金', occasion: 'double_ninth', asOf: today, budget: 5_000_000, fundingSource: '区级财政慰问资金',
      coverage: [{ programs: ['dibao', 'tekun'] }], cashBasis: 'household', cashAmount: 30000, goods: [],
    });
    const provider = await createProvider(deps, county, { areaCode: '420102', name: '江岸区幸福居家养老服务中心' });
    await createService(deps, county, { code: 'meal_help', name: '助餐', unit: '次', price: 1500, providerId: provider.id });
    await createService(deps, county, { code: 'bath_help', name: '助浴', unit: '次', price: 5000, providerId: provider.id });
    await runMonthlyCredits(deps, county, { areaCode: '420102', month: today.slice(0, 7) });
  });

  it('a community worker delivers with a signature on a phone and records a visit; the county sees the totals', async () => {
    const { url, browser } = journey();
    await withPage(browser, 'care-phone', async (page) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await logIn(page, url, 'community');
      await page.goto(`${url}/condolences`);
      await page.getByText('2026年春节走访慰问').first().click();
      await page.getByRole('button', { name: '登记签收' }).first().click();
      const pad = page.getByTestId('signature-pad');
      await pad.waitFor();
      // The drawer slides up from the bottom: draw only once the pad has stopped moving.
      let box = (await pad.boundingBox())!;
      await expect
        .poll(async () => {
          const now = (await pad.boundingBox())!;
          const still = now.x === box.x && now.y === box.y;
          box = now;
          return still;
        }, { interval: 150 })
        .toBe(true);
      await page.mouse.move(box.x + 20, box.y + 40);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 20 + i * 20, box.y + 40 + (i % 2) * 50);
      await page.mouse.up();
      await saveScreenshot(page, 'care-delivery-390');
      await page.getByRole('button', { name: /确\s*[定认]|OK/ }).last().click();
      await page.waitForTimeout(1500);
      await saveScreenshot(page, 'care-delivery-after-390');
      await page.getByText('已签收').first().waitFor();
      await saveScreenshot(page, 'care-drive-lines-390');
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

      await page.goto(`${url}/visits`);
      await page.getByRole('button', { name: '登记探访' }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('#health').fill('血压偏高，按时服药');
      await dialog.locator('#livingConditions').fill('居住安全，取暖正常');
      await saveScreenshot(page, 'care-visit-390');
      await page.getByRole('button', { name: /确\s*[定认]|OK/ }).last().click();
      await page.getByText(/下次探访日期/).first().waitFor();
      await saveScreenshot(page, 'care-visits-390');

      await page.goto(`${url}/home-care`);
      await page.getByPlaceholder('老人人员编号').fill(String(enrolled.headId));
      await page.getByRole('button', { name: '查看服务补贴账户' }).click();
      await page.getByText(/可用余额/).first().waitFor();
      await saveScreenshot(page, 'care-wallet-390');
    });
    await withPage(browser, 'care-county', async (page) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await logIn(page, url, 'county');
      await page.goto(`${url}/condolences`);
      await page.getByText('1 户 / 2 人 / 630.00 元').first().waitFor();
      await page.getByText('2026年春节走访慰问').first().click();
      await page.getByText('已签收').first().waitFor();
      await saveScreenshot(page, 'care-county-drive');
      // The dashboard's care card: the delivery and the visit of today, this month and this year.
      await page.goto(`${url}/`);
      const careCard = page.getByTestId('dashboard-care');
      await careCard.waitFor();
      await expect.poll(() => careCard.textContent()).toMatch(/走访慰问（户次）\s*1\s*1/);
      expect(await careCard.textContent()).toMatch(/走访慰问（人次）\s*2\s*2.*探访关爱（人次）\s*1\s*1/);
      await saveScreenshot(page, 'care-county-dashboard');
      await page.goto(`${url}/visits`);
      await page.getByText('探访关爱待办').waitFor();
      await page.getByTestId('visit-coverage').getByText('合计').waitFor();
      await saveScreenshot(page, 'care-county-visits');
      await page.goto(`${url}/home-care`);
      await page.getByPlaceholder('老人人员编号').fill(String(enrolled.headId));
      await page.getByRole('button', { name: '查看服务补贴账户' }).click();
      await page.getByText(/可用余额/).first().waitFor();
      await saveScreenshot(page, 'care-county-wallet');
    });
    // The street's coverage per community, on a phone.
    await withPage(browser, 'care-street-coverage', async (page) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await logIn(page, url, 'street');
      await page.goto(`${url}/visits`);
      const coverage = page.getByTestId('visit-coverage');
      await coverage.getByText('合计').waitFor();
      expect(await coverage.textContent()).toContain('按时探访');
      await saveScreenshot(page, 'care-street-coverage-390');
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    });
  }, 180_000);

  it('the county pays a drive\'s cash through the payroll and opens it', async () => {
    const { url, browser } = journey();
    await withPage(browser, 'care-drive-payroll', async (page) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await logIn(page, url, 'county');
      await page.goto(`${url}/condolences`);
      await page.getByText('2026年重阳节慰问金').first().click();
      await page.getByTestId('drive-pay-by-payroll').click();
      await page.getByRole('button', { name: /确\s*[定认]|OK/ }).last().click();
      await page.waitForURL(/\/payrolls\/\d+$/);
      // The payroll is titled with the drive's name, one household of 300 yuan, prepared (approved by another county user).
      await page.getByText('2026年重阳节慰问金').first().waitFor();
      await expect.poll(() => page.getByTestId('payroll-totals').textContent()).toContain('300.00');
      expect(await page.getByTestId('payroll-totals').textContent()).toMatch(/1/);
      await page.getByText('钱建国').first().waitFor();
      await saveScreenshot(page, 'care-drive-payroll-1280');
      const payrollUrl = page.url();
      // The drive now says its cash goes by payroll.
      await page.goto(`${url}/condolences`);
      await page.getByText('2026年重阳节慰问金').first().click();
      await page.getByTestId('drive-payroll-summary').waitFor();
      expect(await page.getByTestId('drive-payroll-summary').textContent()).toContain('现金经发放名册发放：1 户 300.00 元');
      await page.getByText('经名册代发').first().waitFor();
      await saveScreenshot(page, 'care-drive-by-payroll-1280');

      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(payrollUrl);
      await page.getByText('2026年重阳节慰问金').first().waitFor();
      await page.getByText('钱建国').first().waitFor();
      await saveScreenshot(page, 'care-drive-payroll-390');
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await page.goto(`${url}/condolences`);
      await page.getByText('2026年重阳节慰问金').first().click();
      await page.getByTestId('drive-payroll-summary').waitFor();
      await saveScreenshot(page, 'care-drive-by-payroll-390');
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    });
  }, 120_000);
});
