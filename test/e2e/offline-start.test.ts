import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../../src/domain/id-number.ts';
import { startTestServer } from '../helpers/test-server.ts';
import { chromiumAvailable, e2eRequired, launchBrowser, logIn, MISSING_CHROMIUM, saveScreenshot } from './browser.ts';
import { apiAs, settled } from './journey.ts';

if (!chromiumAvailable && e2eRequired) describe('browser tests', () => {
  it('need Debian chromium (MINZHENG_REQUIRE_E2E=1)', () => {
    expect.fail(MISSING_CHROMIUM);
  });
});

const PHONE = { width: 390, height: 844 };
const COMMUNITY = '420102010001';

/** The /assets/ scripts and styles this page loaded that the service worker's cache lacks (run in the page). */
const UNCACHED_ASSETS = `(async () => {
  const paths = [...new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname))].filter((p) => p.startsWith('/assets/'));
  const missing = [];
  for (const p of paths) if (!(await caches.match(p, { ignoreVary: true }))) missing.push(p);
  return paths.length === 0 ? ['(no assets seen)'] : missing;
})()`;
const uncachedAssets = (page: Page) => page.evaluate(UNCACHED_ASSETS) as Promise<string[]>;

/**
 * Issue 19: the app opened with no connection. Online, the service worker installs and takes
 * the page; a home visit is written offline; the phone then reloads the app still offline — the
 * shell comes from the worker's cache (the login page: the session cannot be asked), and the
 * record waiting to be sent is listed there. When the connection returns the session is found
 * alive, the case page comes back and the record is sent once.
 */
describe.runIf(chromiumAvailable)('the app started with no connection', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let caseId = 0;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const community = await apiAs(server.url, 'community');
    const street = await apiAs(server.url, 'street');
    const headId = buildIdNumber({ areaCode: '420102', birthDate: '1955-11-02', sequence: 864 });
    const file = await community<{ id: number }>('POST', '/households', {
      areaCode: COMMUNITY,
      address: '江岸区二七路 864 号 3 栋 2 单元 501 室',
      urbanRural: 'urban',
      members: [{ idNumber: headId, name: '司马玉珍', relation: 'head', employment: 'retired' }],
      incomes: [{ idNumber: headId, type: 'pension', monthly: 42_000 }],
    });
    caseId = (await community<{ id: number }>('POST', '/applications', { householdId: file.id, program: 'dibao', checklist: ['application_form', 'id_cards', 'consent'] })).id;
    await street('POST', `/applications/${caseId}/transitions`, { action: 'accept' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const visitRows = () => server.deps.db.selectFrom('case_records').selectAll().where('application_id', '=', caseId).where('kind', '=', 'investigation').execute();

  it('renders the shell from the service worker and still lists the record waiting to be sent', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true, deviceScaleFactor: 1, serviceWorkers: 'allow' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    try {
      await logIn(page, server.url, 'community');
      // The worker installs and takes this page; it then holds every script the page loaded so far.
      await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
      await expect.poll(() => page.evaluate('navigator.serviceWorker.controller !== null'), { timeout: 20_000 }).toBe(true);
      await expect.poll(() => uncachedAssets(page), { timeout: 20_000 }).toEqual([]);
      await page.goto(`${server.url}/cases/${caseId}`);
      await page.getByTestId('case-state').waitFor();
      await expect.poll(() => uncachedAssets(page), { timeout: 20_000 }).toEqual([]);

      // No connection: the visit is written and waits on the phone.
      await context.setOffline(true);
      await page.getByRole('button', { name: '入户调查', exact: true }).click();
      const drawer = page.getByRole('dialog');
      await drawer.waitFor();
      await settled(page);
      await drawer.getByLabel('工作人员一').fill('张丽');
      await drawer.getByLabel('工作人员二').fill('王芳');
      await drawer.getByLabel('调查情况').fill('户主独居，靠养老金生活，离线填写');
      await drawer.locator('.ant-drawer-footer').getByRole('button', { name: '添加记录' }).click();
      await page.getByText('当前没有网络，记录已保存在本机').waitFor();
      await expect.poll(() => page.getByTestId('outbox-count').textContent()).toBe('1');

      // The phone starts the app again, still offline: the shell from the cache, the record still listed.
      await page.reload();
      const waiting = page.getByTestId('login-outbox');
      await waiting.waitFor({ timeout: 20_000 });
      expect(await page.evaluate('navigator.onLine')).toBe(false);
      expect(await waiting.textContent()).toContain('本机有 1 条记录等待发送');
      expect(await waiting.textContent()).toContain('当前没有网络');
      await waiting.getByTestId('outbox-item').filter({ hasText: '司马玉珍 · 入户调查' }).waitFor();
      await page.getByLabel('用户名').waitFor();
      expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(PHONE.width);
      await saveScreenshot(page, 'offline-start-390');
      await page.setViewportSize({ width: 1280, height: 800 });
      await saveScreenshot(page, 'offline-start-1280');
      await page.setViewportSize(PHONE);
      expect(await visitRows()).toHaveLength(0);

      // Online again: the session was alive all along, the case page returns and the record goes, once.
      await context.setOffline(false);
      await page.waitForURL(new RegExp(`/cases/${caseId}$`), { timeout: 30_000 });
      await expect.poll(() => page.getByTestId('outbox-button').count(), { timeout: 30_000 }).toBe(0);
      await expect.poll(async () => (await visitRows()).length, { timeout: 15_000 }).toBe(1);
      await page.reload();
      await page.getByTestId('case-state').waitFor();
      await page.waitForTimeout(1_000);
      expect(await visitRows()).toHaveLength(1);
      expect(errors).toEqual([]);
    } catch (e) {
      await saveScreenshot(page, 'FAILED-offline-start').catch(() => undefined);
      throw e;
    } finally {
      await context.close();
    }
  }, 180_000);
});
