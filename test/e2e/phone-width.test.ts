import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../../src/domain/id-number.ts';
import { startTestServer } from '../helpers/test-server.ts';
import { act, apiAs, chinaDate, expectState, nextMonth, settled } from './journey.ts';
import { chromiumAvailable, e2eRequired, launchBrowser, logIn, MISSING_CHROMIUM, saveScreenshot, SCREENSHOT_DIR } from './browser.ts';

if (!chromiumAvailable && e2eRequired) describe('browser tests', () => {
  it('need Debian chromium (MINZHENG_REQUIRE_E2E=1)', () => {
    expect.fail(MISSING_CHROMIUM);
  });
});

const PHONE = { width: 390, height: 844 };
const COMMUNITY = '420102010001';
const DAY = 86_400_000;
const WEB_SRC = path.join(import.meta.dirname, '..', '..', 'web', 'src');

/**
 * Every path of the web app, read from the router config (web/src/router.tsx and each
 * pages/<module>/routes.tsx), so a page added later is visited without touching this test.
 */
export function routePaths(): string[] {
  const files = [path.join(WEB_SRC, 'router.tsx'), ...fs.readdirSync(path.join(WEB_SRC, 'pages')).map((m) => path.join(WEB_SRC, 'pages', m, 'routes.tsx')).filter((f) => fs.existsSync(f))];
  const paths = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bpath(?:=|:\s*)["']([^"']+)["']/g)) paths.add(m[1]!.replace(/^\/+/, ''));
  }
  paths.delete('*');
  return ['/', ...[...paths].sort().map((p) => `/${p}`)];
}

/** The fixture's id for each `:param` route (a new one fails here until it is given one). */
function fill(route: string, ids: Record<string, number>): string {
  return route.replace(/\/([\w-]+)\/:(\w+)/g, (_, base: string) => {
    const id = ids[base];
    if (id === undefined) throw new Error(`${route}: give phone-width.test.ts an id for /${base}/:id`);
    return `/${base}/${id}`;
  });
}

/** How far the page reaches past the screen, and the widest elements that reach there. */
async function overflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] }> {
  return page.evaluate(`(() => {
    const el = document.scrollingElement;
    const vw = el.clientWidth;
    const culprits = [];
    for (const node of document.querySelectorAll('body *')) {
      const r = node.getBoundingClientRect();
      if (r.width > 0 && r.right > vw + 1 && culprits.length < 5) {
        culprits.push(node.tagName.toLowerCase() + (node.className && typeof node.className === 'string' ? '.' + node.className.trim().split(/\\s+/).slice(0, 3).join('.') : '') + ' right=' + Math.round(r.right));
      }
    }
    return { scrollWidth: el.scrollWidth, clientWidth: vw, culprits };
  })()`);
}

async function expectNoSidewaysScroll(page: Page, what: string) {
  // Let the page's data arrive and antd lay it out (tables, descriptions, charts).
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.locator('.ant-spin-spinning, .ant-skeleton').first().waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
  await page.waitForTimeout(150);
  const o = await overflow(page);
  expect(o.scrollWidth, `${what} scrolls sideways at ${PHONE.width} px: ${o.culprits.join(' | ')}`).toBeLessThanOrEqual(o.clientWidth + 1);
}

/** What the phone's screen shows (a drawer covers the screen, not the page behind it). */
async function screenOf(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}

async function phonePage(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return { context, page, errors };
}

/**
 * Issue 19 point 1 at 390 × 844: no page of the app scrolls sideways for the roles that use
 * it, and the two field journeys — the community worker finds a household and opens its file,
 * the street accepts and approves a case — run on a phone, dialogs as full-screen drawers.
 */
describe.runIf(chromiumAvailable)('the web app on a phone (390 × 844)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  const ids: Record<string, number> = {};
  let freshCase = 0;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const community = await apiAs(server.url, 'community');
    const street = await apiAs(server.url, 'street');
    const verifier = await apiAs(server.url, 'verifier');
    const county = await apiAs(server.url, 'county');
    const today = chinaDate(0);
    const household = async (seq: number, head: string, spouse: string) => {
      const headId = buildIdNumber({ areaCode: '420102', birthDate: '1959-05-16', sequence: seq });
      const spouseId = buildIdNumber({ areaCode: '420102', birthDate: '1961-11-02', sequence: seq + 11 });
      return community<{ id: number }>('POST', '/households', {
        areaCode: COMMUNITY,
        address: `江岸区二七路 ${seq} 号 3 栋 2 单元 501 室（靠近社区卫生服务中心东侧入口）`,
        urbanRural: 'urban',
        phone: '13800001234',
        bankAccount: { bankName: '武汉农村商业银行股份有限公司江岸支行', accountNumber: `62305201100${seq}`, accountHolder: head },
        members: [
          { idNumber: headId, name: head, relation: 'head', employment: 'retired' },
          { idNumber: spouseId, name: spouse, relation: 'spouse', laborCapacity: 'none', employment: 'not_applicable', health: 'chronic', diagnosis: '高血压' },
        ],
        incomes: [{ idNumber: headId, type: 'pension', monthly: 50_000 }],
      });
    };
    // One dibao case all the way to an enrolment and a payroll: every :id route has a real page.
    const file = await household(711, '慕容志远', '司马秀英');
    ids.households = file.id;
    const { id } = await community<{ id: number }>('POST', '/applications', { householdId: file.id, program: 'dibao', checklist: ['application_form', 'id_cards', 'consent'] });
    ids.cases = id;
    await street('POST', `/applications/${id}/transitions`, { action: 'accept' });
    await community('POST', `/applications/${id}/records`, { kind: 'investigation', happenedOn: today, staff: ['张丽', '王芳'], findings: '两人居住，户主退休，配偶慢性病' });
    await community('POST', `/applications/${id}/records`, { kind: 'neighbour_interview', happenedOn: today, staff: ['张丽', '王芳'], interviewee: '邻居李阿姨', statement: '家中确实困难，无其他收入' });
    await community('POST', `/applications/${id}/transitions`, { action: 'complete_investigation' });
    await verifier('POST', `/applications/${id}/records`, { kind: 'verification', happenedOn: today, items: [{ source: '银行存款', declared: '无', found: '无', matches: true }], conclusion: '申报属实' });
    await verifier('POST', `/applications/${id}/transitions`, { action: 'complete_verification' });
    await street('POST', `/applications/${id}/transitions`, { action: 'street_approve', comment: '同意' });
    await street('POST', `/applications/${id}/objections`, { raisedBy: '邻居王先生', receivedVia: 'window', content: '反映户主另有房屋出租收入，请核实。' });
    // A second household whose case the street takes on the phone.
    const second = await household(733, '欧阳春生', '诸葛桂芝');
    freshCase = (await community<{ id: number }>('POST', '/applications', { householdId: second.id, program: 'dibao', checklist: ['application_form', 'id_cards', 'consent'] })).id;
    await street('POST', `/applications/${freshCase}/transitions`, { action: 'accept' });
    await community('POST', `/applications/${freshCase}/records`, { kind: 'investigation', happenedOn: today, staff: ['张丽', '王芳'], findings: '两人居住，无其他收入来源' });
    await community('POST', `/applications/${freshCase}/transitions`, { action: 'complete_investigation' });
    await verifier('POST', `/applications/${freshCase}/records`, { kind: 'verification', happenedOn: today, items: [{ source: '社保', declared: '养老金 500 元/月', found: '养老金 500 元/月', matches: true }], conclusion: '申报属实' });
    await verifier('POST', `/applications/${freshCase}/transitions`, { action: 'complete_verification' });
    // And one waiting for the street's acceptance.
    const third = await household(755, '上官志明', '东方玉兰');
    ids.waiting = (await community<{ id: number }>('POST', '/applications', { householdId: third.id, program: 'dibao', checklist: ['application_form', 'id_cards', 'consent'] })).id;

    server.advanceDays(8);
    const street2 = await apiAs(server.url, 'street');
    const county2 = await apiAs(server.url, 'county');
    const objections = await street2<{ objections: { id: number }[] }>('GET', `/applications/${id}`);
    for (const o of objections.objections) await street2('POST', `/objections/${o.id}/resolve`, { resolution: '经核实该房屋已出售，异议不成立。' });
    await street2('POST', `/applications/${id}/transitions`, { action: 'close_notice' });
    await county2('POST', `/applications/${id}/transitions`, { action: 'confirm', category: 'A' });
    const enrolments = await county2<{ items: { id: number }[] }>('GET', '/enrolments');
    ids.enrolments = enrolments.items[0]!.id;
    const month = nextMonth(chinaDate(8).slice(0, 7));
    const [y, m] = month.split('-').map(Number) as [number, number];
    server.advanceDays(Math.ceil((Date.UTC(y, m - 1, 2) - (Date.now() + 8 * DAY)) / DAY));
    const county3 = await apiAs(server.url, 'county');
    ids.payrolls = (await county3<{ id: number }>('POST', '/payrolls', { program: 'dibao', areaCode: '420102', month })).id;
    // A complaint from the public page, for the complaint's own page.
    const filed = await fetch(`${server.url}/api/v1/public/complaints`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ areaCode: COMMUNITY, category: 'hidden_income', content: '反映某户有经营收入未申报，请核实。' }) });
    expect(filed.status).toBe(201);
    ids.complaints = (await county3<{ items: { id: number }[] }>('GET', '/complaints')).items[0]!.id;
    // A review campaign over the district's dibao (issue 16): its page, and one of its reviews.
    const campaign = await county3<{ id: number }>('POST', '/review-campaigns', { areaCode: '420102', program: 'dibao' });
    ids['review-campaigns'] = campaign.id;
    ids.reviews = (await county3<{ items: { id: number }[] }>('GET', `/reviews?campaignId=${campaign.id}`)).items[0]!.id;
    void county;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads every route from the router config', () => {
    const routes = routePaths();
    for (const r of ['/', '/inbox', '/cases', '/cases/:id', '/households', '/households/:id', '/households/new', '/payrolls/:id', '/enrolments/:id', '/reports/monthly', '/login']) expect(routes).toContain(r);
  });

  it('the login page fits the screen', async () => {
    const { context, page } = await phonePage(browser);
    try {
      await page.goto(`${server.url}/login`);
      await page.getByLabel('用户名').waitFor();
      await expectNoSidewaysScroll(page, '/login');
    } finally {
      await context.close();
    }
  });

  // Each route once, by a role that may open it: the field roles first, the county and the
  // admin for the desk pages. The starting role turns with the route so every role's layout is
  // seen; a role that gets the 403 page hands the route on to the next one.
  it('no page scrolls sideways (every route, each by a role that sees it)', async () => {
    const roles = ['community', 'street', 'county', 'admin'] as const;
    const pages = new Map<string, Awaited<ReturnType<typeof phonePage>>>();
    const pageOf = async (user: string) => {
      let p = pages.get(user);
      if (!p) {
        p = await phonePage(browser);
        await logIn(p.page, server.url, user);
        pages.set(user, p);
      }
      return p;
    };
    try {
      const failures: string[] = [];
      const visited: string[] = [];
      const routes = routePaths().filter((r) => r !== '/login' && r !== '/setup');
      for (const [i, route] of routes.entries()) {
        const url = fill(route, ids);
        let seenBy: string | undefined;
        for (let k = 0; k < roles.length && !seenBy; k++) {
          const user = roles[(i + k) % roles.length]!;
          const { page } = await pageOf(user);
          await page.goto(`${server.url}${url}`);
          await page.getByTestId('current-user').waitFor();
          if ((await page.locator('.ant-result-403').count()) > 0) continue;
          seenBy = user;
          try {
            await expectNoSidewaysScroll(page, `${user} ${url}`);
          } catch (e) {
            failures.push((e as Error).message.split('\n')[0]!);
            await saveScreenshot(page, `FAILED-phone-${user}-${url.replace(/\W+/g, '_')}`);
          }
        }
        if (!seenBy) failures.push(`${url}: every role gets 403 (${roles.join(', ')})`);
        else visited.push(`${seenBy} ${url}`);
      }
      expect(failures).toEqual([]);
      expect(visited).toHaveLength(routes.length);
      expect(new Set(visited.map((v) => v.split(' ')[0]))).toEqual(new Set(roles));
      for (const { errors } of pages.values()) expect(errors).toEqual([]);
    } finally {
      for (const { context } of pages.values()) await context.close();
    }
  }, 240_000);

  it('community worker finds a household on the phone, opens the file and its record dialogs fit', async () => {
    const { context, page, errors } = await phonePage(browser);
    try {
      await logIn(page, server.url, 'community');
      await saveScreenshot(page, 'phone-community-home');
      // No side menu on a phone: the header's menu button opens it as a drawer.
      await page.getByRole('button', { name: '菜单' }).click();
      await page.getByRole('menuitem', { name: '家庭档案' }).click();
      await page.waitForURL(/\/households$/);
      const search = page.locator('input[data-testid="household-search"], [data-testid="household-search"] input').first();
      await search.fill('慕容志远');
      await search.press('Enter');
      const card = page.getByTestId('table-card').filter({ hasText: '慕容志远' });
      await card.waitFor();
      await expect.poll(() => page.getByTestId('table-card').count()).toBe(1);
      await expectNoSidewaysScroll(page, 'household search');
      await saveScreenshot(page, 'phone-household-search');
      await card.getByRole('link', { name: '慕容志远' }).click();
      await page.waitForURL(/\/households\/\d+$/);
      await page.getByTestId('table-card').filter({ hasText: '司马秀英' }).waitFor();
      await expectNoSidewaysScroll(page, 'household file');
      await saveScreenshot(page, 'phone-household-file');
      // A dialog opens as a full-screen drawer with its buttons pinned in view.
      await page.getByRole('button', { name: '编辑户信息' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.waitFor();
      const save = drawer.locator('.ant-drawer-footer').getByRole('button', { name: /保\s*存/ });
      expect(await save.isVisible()).toBe(true);
      // The drawer slides up from below: measured once it has arrived.
      await expect.poll(async () => { const b = (await save.boundingBox())!; return b.y + b.height; }).toBeLessThanOrEqual(PHONE.height);
      const box = (await save.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      await expectNoSidewaysScroll(page, 'household edit drawer');
      await screenOf(page, 'phone-household-edit');
      await drawer.locator('.ant-drawer-footer').getByRole('button', { name: /取\s*消/ }).click();
      await drawer.waitFor({ state: 'hidden' });

      // The case the household is in: records and the objection read as stacked cards.
      await page.goto(`${server.url}/cases/${ids.cases}`);
      await page.getByTestId('case-state').waitFor();
      await expectNoSidewaysScroll(page, 'case page');
      await saveScreenshot(page, 'phone-case-community');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('street accepts a case and approves another on the phone, from the inbox cards', async () => {
    const { context, page, errors } = await phonePage(browser);
    try {
      await logIn(page, server.url, 'street');
      await page.goto(`${server.url}/inbox`);
      const waiting = page.getByTestId('table-card').filter({ hasText: '上官志明' });
      await waiting.waitFor();
      await expectNoSidewaysScroll(page, 'inbox');
      await saveScreenshot(page, 'phone-street-inbox');
      await waiting.getByRole('link', { name: String(ids.waiting) }).click();
      await page.waitForURL(new RegExp(`/cases/${ids.waiting}$`));
      await expectState(page, '待街道受理');
      await act(page, /受\s*理/);
      await expectState(page, '入户调查');

      await page.goto(`${server.url}/cases/${freshCase}`);
      await expectState(page, '街道审核');
      await expectNoSidewaysScroll(page, 'case page (street review)');
      await saveScreenshot(page, 'phone-street-case');
      await page.getByTestId('case-actions').getByRole('button', { name: /街道审核通过/ }).click();
      const drawer = page.getByRole('dialog');
      await drawer.waitFor();
      await settled(page);
      await drawer.getByLabel('意见').fill('经入户调查和核对，符合低保条件，同意。');
      const ok = drawer.getByRole('button', { name: /街道审核通过/ });
      await expect.poll(async () => { const b = (await ok.boundingBox())!; return b.y + b.height; }).toBeLessThanOrEqual(PHONE.height);
      await expectNoSidewaysScroll(page, 'approve drawer');
      await screenOf(page, 'phone-street-approve-drawer');
      await ok.click();
      await drawer.waitFor({ state: 'hidden', timeout: 25_000 });
      await expectState(page, '公示');
      await expectNoSidewaysScroll(page, 'case page at notice');
      await saveScreenshot(page, 'phone-street-approved');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
