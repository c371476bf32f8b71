import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/test-server.ts';
import { chromiumAvailable, e2eRequired, launchBrowser, logIn, MISSING_CHROMIUM, withPage } from './browser.ts';

if (!chromiumAvailable && e2eRequired) describe('browser tests', () => {
  it('need Debian chromium (MINZHENG_REQUIRE_E2E=1)', () => {
    expect.fail(MISSING_CHROMIUM);
  });
});

/** Every CSP report the page makes: console errors and securitypolicyviolation events. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content[- ]Security[- ]Policy/i.test(msg.text())) violations.push(msg.text());
  });
  // A string, run in the page: the test's own types have no DOM.
  await page.addInitScript(
    "document.addEventListener('securitypolicyviolation', (e) => console.error('Content-Security-Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));",
  );
  return violations;
}

/**
 * Issue 15 point 12 in a real browser: the app passes its own Content-Security-Policy — the login
 * page, a logged-in list and a household file render with no violation (antd's CSS-in-JS under
 * style-src 'unsafe-inline', no inline script) — and Swagger UI runs under its own.
 */
describe.runIf(chromiumAvailable)('the app under its Content-Security-Policy', () => {
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

  it('renders the login page and logged-in pages (home, household list, new-household form, policies) with zero CSP violations', async () => {
    await withPage(browser, 'csp-app', async (page) => {
      const violations = await watchCsp(page);
      const response = await page.goto(`${server.url}/login`);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await page.getByLabel('用户名').waitFor();
      await logIn(page, server.url, 'community');
      await page.goto(`${server.url}/households`);
      await page.locator('.ant-table').first().waitFor();
      await page.goto(`${server.url}/households/new`);
      await page.locator('form').first().waitFor();
      await page.goto(`${server.url}/policies`);
      await page.getByTestId('current-user').waitFor();
      await page.waitForTimeout(500);
      expect(violations).toEqual([]);
    });
  });

  it('runs Swagger UI at /api/docs under its own policy', async () => {
    await withPage(browser, 'csp-docs', async (page) => {
      const violations = await watchCsp(page);
      await page.goto(`${server.url}/api/docs`);
      await page.locator('.swagger-ui .info .title').waitFor();
      await page.locator('.opblock-tag').first().waitFor();
      expect(violations).toEqual([]);
    });
  });
});
