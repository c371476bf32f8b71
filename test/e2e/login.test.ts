import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/test-server.ts';
import { chromiumAvailable, e2eRequired, launchBrowser, logIn, MISSING_CHROMIUM, saveScreenshot, withPage } from './browser.ts';

if (!chromiumAvailable && e2eRequired) describe('browser tests', () => {
  it('need Debian chromium (MINZHENG_REQUIRE_E2E=1)', () => {
    expect.fail(MISSING_CHROMIUM);
  });
});

describe.runIf(chromiumAvailable)('a community worker logs in', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is sent to the login page, which lists the demo accounts', async () => {
    await withPage(browser, 'login-page', async (page) => {
      await page.goto(server.url);
      await page.waitForURL(/\/login$/);
      await expect.poll(() => page.title()).toBe('民政社会救助');
      await page.getByText('演示账号（密码均为 minzheng-demo）').waitFor();
      await saveScreenshot(page, 'login');
    });
  });

  it('sees the server message after a wrong password, in the chosen language', async () => {
    await withPage(browser, 'wrong-password', async (page) => {
      await page.goto(`${server.url}/login`);
      await page.getByLabel('用户名').fill('community');
      await page.getByLabel('密码').fill('not-the-password');
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
      await saveScreenshot(page, 'login-wrong-password');

      // English: the switch relabels the form and the server answers in English (Accept-Language).
      await page.getByText('EN', { exact: true }).click();
      await page.getByLabel('Password').fill('still-not-it');
      await page.getByRole('button', { name: 'Log in' }).click();
      await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('Wrong username or password');
    });
  });

  it('is told to wait after repeated failures from the same browser (429, per source: never a locked account)', async () => {
    await withPage(browser, 'login-throttled', async (page) => {
      await page.goto(`${server.url}/login`);
      await page.getByLabel('用户名').fill('verifier');
      const error = page.getByTestId('login-error');
      for (let attempt = 1; attempt <= 6; attempt++) {
        await page.getByLabel('密码').fill(`wrong-${attempt}`);
        await page.getByRole('button', { name: /登\s*录/ }).click();
        await error.waitFor();
        if ((await error.textContent())?.includes('秒后再试')) break;
      }
      await expect.poll(() => error.textContent()).toMatch(/登录失败次数过多，请 \d+ 秒后再试/);
      await saveScreenshot(page, 'login-throttled');
    });
  });

  it('sees the home page with their name and community in the header', async () => {
    await withPage(browser, 'home-community', async (page) => {
      await logIn(page, server.url, 'community');
      await page.waitForURL(`${server.url}/`);
      await expect.poll(() => page.getByTestId('current-user').textContent()).toContain('张丽');
      await expect.poll(() => page.getByTestId('current-user').textContent()).toContain('社区民政专干');
      const areaPath = (await page.getByTestId('area-path').textContent()) ?? '';
      expect(areaPath).toContain('江岸区');
      expect(areaPath).toContain('二七街道');
      expect(areaPath).toContain('操场社区');
      await page.getByText('欢迎，张丽').waitFor();
      // A community worker manages no users and reads no audit log: no menu entries for them.
      expect(await page.getByRole('menuitem', { name: '用户管理' }).count()).toBe(0);
      expect(await page.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);
      await saveScreenshot(page, 'home-community');

      // English throughout the shell; the choice outlives a reload.
      await page.getByText('EN', { exact: true }).click();
      await page.getByText('Welcome, 张丽').waitFor();
      await saveScreenshot(page, 'home-community-en');
      await page.reload();
      await expect.poll(() => page.getByTestId('current-user').textContent()).toContain('Community worker');
      await page.getByText('中文', { exact: true }).click();

      // Logging out returns to the login page.
      await page.getByRole('button', { name: /退出登录/ }).click();
      await page.waitForURL(/\/login$/);
    });
  });
});
