/**
 * What the browser journeys share besides the browser itself (browser.ts): the API as a demo user
 * for set-up steps a journey does not show, dates as the server sees them, and the antd gestures
 * a caseworker makes (a workflow button and its dialog, a select, screenshots at both widths).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestServer } from '../helpers/test-server.ts';
import { DEMO_PASSWORD, launchBrowser, saveScreenshot } from './browser.ts';

const DAY = 86_400_000;

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
export type Journey = Omit<TestServer, 'close'> & { browser: Browser };

/**
 * A journey's frame, opened before the suite's tests and closed after them: a served app over a
 * fresh demo database (test/helpers/test-server.ts: the real clock, the job runner) and a browser.
 * `setup` does through the services, before the browser starts, what the journey does not show
 * (an enrolled household, a debt); the suite reads the frame through the returned function.
 */
export function useJourney(setup?: (server: Omit<TestServer, 'close'>) => Promise<void>): () => Journey {
  let server: TestServer | undefined;
  let journey: Journey | undefined;
  beforeAll(async () => {
    server = await startTestServer();
    await setup?.(server);
    journey = { url: server.url, deps: server.deps, advanceDays: server.advanceDays, browser: await launchBrowser() };
  }, 120_000);
  afterAll(async () => {
    await journey?.browser.close();
    await server?.close();
  });
  return () => {
    if (!journey) throw new Error('the journey is not open (useJourney is read inside a test)');
    return journey;
  };
}

/** The date in China (the server's "today") `offsetDays` from now. */
export function chinaDate(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * DAY + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The API as a logged-in demo user (for the set-up steps the journey does not show). */
export async function apiAs(baseUrl: string, username: string) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  expect(login.status).toBe(200);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}/api/v1${path}`, { method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = (await res.json()) as T;
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
}
export type Api = Awaited<ReturnType<typeof apiAs>>;

/** Waits out antd's modal opening animation (a click during it can be lost on a loaded machine). */
export async function settled(page: Page) {
  await expect.poll(() => page.locator('.ant-modal.ant-zoom-appear-active, .ant-modal.ant-zoom-enter-active').count()).toBe(0);
}

/** Picks an option of an antd Select found by its label in a dialog. */
export async function choose(page: Page, dialog: ReturnType<Page['getByRole']>, labelText: string, option: string) {
  const input = dialog.getByLabel(labelText, { exact: true });
  const field = dialog.locator('.ant-form-item', { has: page.getByLabel(labelText, { exact: true }) });
  // The dropdown is portalled out of the field, so the field's text is its chosen values only.
  const shown = async () => ((await field.locator('.ant-select').first().textContent()) ?? '').includes(option);
  // On a loaded machine the dropdown can still be sliding in (or its options re-rendering as a list
  // arrives) when the option is clicked, and the click is lost: pick again until the field shows it.
  for (let attempt = 0; attempt < 3 && !(await shown()); attempt++) {
    if ((await input.getAttribute('aria-expanded')) !== 'true') await input.click();
    await expect.poll(() => page.locator('.ant-select-dropdown.ant-slide-up-appear-active, .ant-select-dropdown.ant-slide-up-enter-active').count()).toBe(0);
    const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first();
    // A long list renders only the options in view (antd's virtual list): a searchable field is
    // narrowed by typing, as a caseworker would, so the option is rendered.
    // (Only when it stays out of view: a field that filters on another property than the label
    // would hide every option.)
    const inView = await item.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false);
    if (!inView && (await input.getAttribute('readonly')) === null) await input.fill(option);
    await item.click();
    await expect.poll(shown, { timeout: 2_000 }).toBe(true).catch(() => undefined);
  }
  expect(await shown(), `${labelText}: ${option}`).toBe(true);
}

/** The same page at the two sizes caseworkers use: a laptop and a phone. */
export async function screenshots(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await saveScreenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1366, height: 768 });
}

/** Clicks a workflow button on the case page and the same-named OK of the dialog it opens. */
export async function act(page: Page, name: RegExp, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByTestId('case-actions').getByRole('button', { name }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await settled(page);
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name }).click();
  // The transition's answer can take seconds on a loaded machine (the OK button spins meanwhile).
  await dialog.waitFor({ state: 'hidden', timeout: 25_000 });
}

export async function expectState(page: Page, state: string) {
  await expect.poll(() => page.getByTestId('case-state').textContent()).toBe(state);
}
