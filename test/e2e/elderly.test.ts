import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../factories/household.ts';
import { actorForUsername } from '../../src/modules/auth/service.ts';
import { createHousehold } from '../../src/modules/registry/service.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestDeps, type TestDeps } from '../helpers/test-deps.ts';
import { chromiumAvailable, e2eRequired, launchBrowser, logIn, MISSING_CHROMIUM, saveScreenshot, withPage } from './browser.ts';
import { apiAs, chinaDate, screenshots, settled } from './journey.ts';

const COMMUNITY = '420102010001';

async function startServer(): Promise<{ url: string; deps: TestDeps; close(): Promise<void> }> {
  const deps = await createTestDeps('sqlite', { now: new Date().toISOString() });
  const app = await buildApp({ ...deps, clock: { now: () => new Date() } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { url: `http://127.0.0.1:${address.port}`, deps, close: async () => (await app.close(), await deps.dispose()) };
}

/** Picks a person in the dialog's PersonSelect (labelled `label`) by typing the name. */
async function pickPerson(page: Page, dialog: ReturnType<Page['getByRole']>, label: string, name: string) {
  await dialog.getByLabel(label).fill(name);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).first().click();
}

if (!chromiumAvailable && e2eRequired) describe('elderly services in a browser', () => {
  it('needs Debian chromium (MINZHENG_REQUIRE_E2E=1)', () => {
    expect.fail(MISSING_CHROMIUM);
  });
});

/**
 * 老年人服务 on a phone (issue 21): a community worker issues a senior card and records an ability
 * assessment at the elder's home, then answers an emergency alarm; the list shows the response time.
 */
describe.runIf(chromiumAvailable)('老年人服务: senior card, assessment and an alarm answered on a phone', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const county = await actorForUsername(server.deps, 'county');
    // 68 years old whatever the day the test runs: the birthday was 40 days ago.
    const past = chinaDate(-40);
    const birth = `${Number(past.slice(0, 4)) - 68}${past.slice(4)}`;
    const h = await createHousehold(
      server.deps,
      county,
      buildHousehold({ areaCode: COMMUNITY, members: [buildPerson({ name: '欧阳桂芳', employment: 'retired', laborCapacity: 'none', idNumber: uniqueIdNumber({ birthDate: birth, sex: 'female' }) })], incomes: [], deductions: [], assets: [] }),
    );
    const other = await createHousehold(
      server.deps,
      county,
      buildHousehold({ areaCode: COMMUNITY, members: [buildPerson({ name: '司马长林', employment: 'retired', laborCapacity: 'none', idNumber: uniqueIdNumber({ birthDate: '1938-10-10' }) })], incomes: [], deductions: [], assets: [] }),
    );
    const api = await apiAs(server.url, 'community');
    const device = await api<{ id: number }>('POST', '/elderly/devices', { personId: other.members[0]!.id, deviceNumber: 'JA-DZBM-0001', provider: '江岸区智慧养老服务中心', installedOn: chinaDate(-90) });
    await api('POST', `/elderly/devices/${device.id}/alarms`, { raisedAt: new Date(Date.now() - 6 * 60_000).toISOString(), kind: 'fall', note: '平台转来：卧室跌倒报警' });
    void h;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('issues a senior card, records an assessment and answers the alarm at 390 × 844', async () => {
    await withPage(browser, 'elderly-phone', async (page) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await logIn(page, server.url, 'community');
      await page.goto(`${server.url}/elderly`);

      // 老年证
      await page.getByRole('button', { name: '办理老年证' }).click();
      let dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await settled(page);
      await pickPerson(page, dialog, '老人', '欧阳桂芳');
      await saveScreenshot(page, 'elderly-card-form-390');
      await page.getByRole('button', { name: /^办\s*理$/ }).last().click();
      await dialog.waitFor({ state: 'hidden', timeout: 25_000 });
      await expect.poll(() => page.locator('main').textContent()).toContain('欧阳桂芳');
      await expect.poll(() => page.locator('main').textContent()).toContain('68 周岁办理');
      await saveScreenshot(page, 'elderly-cards-390');
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

      // 能力评估
      await page.getByRole('tab', { name: '能力评估' }).click();
      await page.getByRole('button', { name: '登记能力评估' }).click();
      dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await settled(page);
      await pickPerson(page, dialog, '老人', '欧阳桂芳');
      await dialog.getByLabel('评估员').fill('李医生');
      await dialog.getByLabel('自理能力（0–32）').fill('28');
      await dialog.getByLabel('基础运动能力（0–16）').fill('12');
      await dialog.getByLabel('精神状态（0–30）').fill('26');
      await dialog.getByLabel('感知觉与社会参与（0–12）').fill('9');
      await expect.poll(() => dialog.textContent()).toContain('1 级 轻度失能');
      await saveScreenshot(page, 'elderly-assessment-form-390');
      await page.getByRole('button', { name: /确\s*[定认]|OK/ }).last().click();
      await dialog.waitFor({ state: 'hidden', timeout: 25_000 });
      await expect.poll(() => page.locator('main').textContent()).toContain('75 / 90');
      await saveScreenshot(page, 'elderly-assessments-390');
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

      // 电子保姆: the open alarm, answered.
      await page.getByRole('tab', { name: '电子保姆' }).click();
      await expect.poll(() => page.locator('main').textContent()).toContain('司马长林');
      await expect.poll(() => page.locator('main').textContent()).toContain('待处置');
      await saveScreenshot(page, 'elderly-alarms-open-390');
      await page.getByRole('button', { name: /处\s*置/ }).first().click();
      dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await settled(page);
      await dialog.getByLabel('响应人').fill('张丽');
      await dialog.getByLabel('说明').fill('上门查看，老人已扶起，无明显外伤，已通知其子');
      await page.getByRole('button', { name: '登记处置' }).last().click();
      await dialog.waitFor({ state: 'hidden', timeout: 25_000 });
      await expect.poll(() => page.locator('main').textContent()).toContain('没有待处置的报警');
      await page.locator('main .ant-select:visible').first().click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '已处置' }).first().click();
      await expect.poll(() => page.locator('main').textContent()).toMatch(/\d+ 分钟响应/);
      await saveScreenshot(page, 'elderly-alarm-answered-390');
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    });
    await withPage(browser, 'elderly-desk', async (page) => {
      await logIn(page, server.url, 'street');
      await page.getByRole('menuitem', { name: '社会福利' }).click();
      await page.getByRole('menuitem', { name: '老年人服务' }).click();
      await page.waitForURL(`${server.url}/elderly`);
      await expect.poll(() => page.locator('main').textContent()).toContain('欧阳桂芳');
      await screenshots(page, 'elderly-cards');
      await page.getByRole('tab', { name: '电子保姆' }).click();
      await page.locator('main .ant-select:visible').first().click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '已处置' }).first().click();
      await expect.poll(() => page.locator('main').textContent()).toMatch(/\d+ 分钟响应/);
      await screenshots(page, 'elderly-alarms');
    });
  }, 180_000);
});
