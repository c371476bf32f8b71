import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorForUsername } from '../../src/modules/auth/service.ts';
import { receiveDonation } from '../../src/modules/charity/service.ts';
import { createNeed, createResource } from '../../src/modules/community-lists/service.ts';
import { createTeam, registerVolunteer } from '../../src/modules/volunteers/service.ts';
import { buildApp } from '../../src/server/app.ts';
import { enrolHousehold } from '../helpers/enrolment.ts';
import { createTestDeps, type TestDeps } from '../helpers/test-deps.ts';
import { chromiumAvailable, launchBrowser, logIn, saveScreenshot, withPage } from './browser.ts';
import { chinaDate, choose, settled } from './journey.ts';

const COMMUNITY = '420102010001';

/**
 * 志愿服务、三张清单、慈善超市 (issue 22): a community worker records a volunteer activity (hours →
 * points) and an exchange, matches a need to a resource and carries it out as a project to the
 * end, and issues charity goods to a household within its monthly quota.
 */
describe.runIf(chromiumAvailable)('volunteers, the three lists and the charity store', () => {
  let deps: TestDeps;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    deps = await createTestDeps('sqlite', { now: new Date().toISOString() });
    app = await buildApp(deps);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('server has no port');
    url = `http://127.0.0.1:${address.port}`;
    const community = await actorForUsername(deps, 'community');
    const earlier = chinaDate(-30);
    await enrolHousehold({ deps }, { areaCode: COMMUNITY, amount: 90000, startMonth: '2025-01' });
    const team = await createTeam(deps, community, { areaCode: COMMUNITY, name: '红马甲志愿服务队', leader: '李红', phone: '13812345678', foundedOn: earlier });
    await registerVolunteer(deps, community, { teamId: team.id, name: '王志愿', phone: '13900001111', joinedOn: earlier });
    await createNeed(deps, community, { areaCode: COMMUNITY, title: '高龄老人助餐', category: 'elderly_care', raisedBy: '居民代表会议', raisedOn: earlier });
    await createResource(deps, community, { areaCode: COMMUNITY, name: '社区党群服务中心食堂', category: 'venue', provider: '社区居委会' });
    await receiveDonation(deps, community, { areaCode: COMMUNITY, kind: 'goods', donor: '爱心企业', receivedOn: earlier, goods: { name: '大米', unit: '袋', unitValue: 5000 }, quantity: 20 });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await deps?.dispose();
  });

  const ok = async (page: Page) => {
    await page.getByRole('dialog').getByRole('button', { name: /确\s*[定认]|OK/ }).last().click();
    await page.getByRole('dialog').waitFor({ state: 'hidden', timeout: 25_000 });
  };
  const noSideways = async (page: Page) => expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(((await page.viewportSize())?.width ?? 1280) + 1);
  const both = async (page: Page, name: string) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await saveScreenshot(page, `${name}-1280`);
    await noSideways(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, `${name}-390`);
    await noSideways(page);
    await page.setViewportSize({ width: 1280, height: 800 });
  };

  it('hours earn points that are exchanged; a need is matched and done; charity goods are issued within the quota', async () => {
    await withPage(browser, 'community-journey', async (page) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await logIn(page, url, 'community');

      // 志愿服务: 3 hours at the demo rate of 10 points an hour, then 20 points for a bag of rice.
      await page.goto(`${url}/volunteers`);
      await page.getByRole('tab', { name: '服务活动' }).click();
      await page.getByRole('button', { name: '登记服务活动' }).click();
      const activity = page.getByRole('dialog');
      await settled(page);
      await choose(page, activity, '服务队', '红马甲志愿服务队');
      await activity.getByLabel('活动名称').fill('重阳节敬老助餐');
      await activity.locator('.ant-select', { hasText: '志愿者' }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '王志愿' }).click();
      await activity.locator('input[id$="participants_0_hours"]').fill('3');
      await ok(page);
      await page.getByText('30 分（每小时 10 分）').waitFor();
      await both(page, 'community-activities');
      await page.getByRole('tab', { name: '志愿者与积分' }).click();
      await page.getByRole('button', { name: '积分账户' }).first().click();
      const account = page.getByRole('dialog');
      await account.getByText('30 分').first().waitFor();
      await account.getByPlaceholder('兑换物品或服务，如：大米 10 斤').fill('大米 1 袋');
      await account.getByPlaceholder('所需积分').fill('20');
      await account.getByRole('button', { name: '积分兑换' }).click();
      await account.getByText('兑换：大米 1 袋').waitFor();
      await account.getByText('10 分').first().waitFor();
      await both(page, 'community-points');
      await account.getByRole('button', { name: /close|关闭/i }).first().click().catch(async () => page.keyboard.press('Escape'));

      // 三张清单: the need matched to the canteen, carried out and done.
      await page.goto(`${url}/community-lists`);
      await page.getByRole('button', { name: '对接资源' }).first().click();
      const match = page.getByRole('dialog');
      await settled(page);
      await choose(page, match, '资源', '社区党群服务中心食堂');
      await ok(page);
      await page.getByText('已对接').first().waitFor();
      await page.getByRole('button', { name: '立项实施' }).first().click();
      const start = page.getByRole('dialog');
      await settled(page);
      await start.getByLabel('负责人').fill('张丽');
      await start.getByLabel('预算（元）').fill('5000');
      await ok(page);
      await page.getByText('实施中').first().waitFor();
      await page.getByRole('tab', { name: '项目清单' }).click();
      await page.getByRole('button', { name: /^完\s*成$/ }).first().click();
      const finish = page.getByRole('dialog');
      await settled(page);
      await finish.getByLabel('实施成效').fill('每日为 28 位高龄老人送餐');
      await finish.getByLabel('受益人数').fill('28');
      await ok(page);
      await page.getByText(/已完成/).first().waitFor();
      await both(page, 'community-projects');
      await page.getByRole('tab', { name: '汇总' }).click();
      await page.getByText('合计').waitFor();
      await both(page, 'community-totals');

      // 慈善超市: 3 bags (150 yuan) within the demo quota of 200 yuan; one more bag would pass it.
      await page.goto(`${url}/charity`);
      const household = page.getByLabel('困难家庭');
      await household.fill('钱建国');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '钱建国家' }).click();
      await page.getByText(/本月限额 200.00 元/).waitFor();
      await page.locator('.ant-select', { hasText: '物资' }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '大米' }).click();
      await page.locator('input[id$="items_0_quantity"]').fill('3');
      await page.getByRole('button', { name: '登记发放' }).click();
      await page.getByText('发放结果').waitFor();
      await page.getByText('50.00 元').first().waitFor();
      await both(page, 'community-charity-issue');
      await page.getByRole('tab', { name: '收支台账' }).click();
      await page.getByText(/台账平衡/).waitFor();
      await both(page, 'community-charity-ledger');
    });
  }, 180_000);
});
