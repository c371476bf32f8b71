import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium (apt-get install chromium); a browser is never downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const chromiumAvailable = fs.existsSync(CHROMIUM_PATH);
/** Set in CI: a missing browser fails the suite instead of skipping it. */
export const e2eRequired = process.env.MINZHENG_REQUIRE_E2E === '1';
export const MISSING_CHROMIUM = `${CHROMIUM_PATH} not found: install Debian's chromium (apt-get install chromium fonts-noto-cjk) to run the browser tests`;

if (!chromiumAvailable && !e2eRequired) console.warn(`[e2e] WARNING: ${MISSING_CHROMIUM}; browser steps are not run.`);

export const SCREENSHOT_DIR = path.join(import.meta.dirname, 'screenshots');
const WEB_INDEX = path.join(import.meta.dirname, '..', '..', 'web', 'dist', 'index.html');

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(WEB_INDEX)) throw new Error('web/dist is missing: run `npm run build:web` first (npm test does it in pretest)');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  // A full-page capture of a long page can take more than the 10 s action timeout on a loaded runner.
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled', timeout: 30_000 });
  return file;
}

/**
 * Runs a journey in a fresh browser context (own cookies, 1366×768, zh-CN), failing on any
 * uncaught page error and saving `FAILED-<name>.png` when something goes wrong.
 */
export async function withPage(browser: Browser, name: string, journey: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  // Fail a wait well inside vitest's 30 s, so the report says what the page was waiting for.
  page.setDefaultTimeout(10_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  try {
    await journey(page);
    if (pageErrors.length > 0) throw new Error(`uncaught errors in the page: ${pageErrors.join(' | ')}`);
  } catch (err) {
    const file = await saveScreenshot(page, `FAILED-${name}`).catch(() => null);
    if (file) console.error(`[e2e] ${name} failed; screenshot: ${file}`);
    if (pageErrors.length > 0) console.error(`[e2e] ${name}: uncaught errors in the page: ${pageErrors.join(' | ')}`);
    throw err;
  } finally {
    await context.close();
  }
}

export const DEMO_PASSWORD = 'minzheng-demo';

/** Logs in through the form and waits for the layout (the header shows who is logged in). */
export async function logIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('current-user').waitFor();
}
