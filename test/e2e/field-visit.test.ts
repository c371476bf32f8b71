import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../../src/domain/id-number.ts';
import { photoPng } from '../helpers/png.ts';
import { startTestServer } from '../helpers/test-server.ts';
import { chromiumAvailable, e2eRequired, launchBrowser, logIn, MISSING_CHROMIUM, saveScreenshot } from './browser.ts';
import { apiAs, chinaDate, settled } from './journey.ts';

if (!chromiumAvailable && e2eRequired) describe('browser tests', () => {
  it('need Debian chromium (MINZHENG_REQUIRE_E2E=1)', () => {
    expect.fail(MISSING_CHROMIUM);
  });
});

const PHONE = { width: 390, height: 844 };
const COMMUNITY = '420102010001';

/**
 * Issue 19, done when: on a 390 × 844 phone the community worker finds the household, records a
 * home visit with a photo and signatures while offline, comes back online and sees it sent —
 * once: the server holds exactly one record.
 */
describe.runIf(chromiumAvailable)('a home visit recorded offline on a phone', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let caseId = 0;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const community = await apiAs(server.url, 'community');
    const street = await apiAs(server.url, 'street');
    const headId = buildIdNumber({ areaCode: '420102', birthDate: '1958-03-21', sequence: 812 });
    const file = await community<{ id: number }>('POST', '/households', {
      areaCode: COMMUNITY,
      address: '江岸区二七路 812 号 2 栋 1 单元 302 室',
      urbanRural: 'urban',
      members: [{ idNumber: headId, name: '皇甫秋菊', relation: 'head', employment: 'retired', health: 'chronic', diagnosis: '糖尿病' }],
      incomes: [{ idNumber: headId, type: 'pension', monthly: 45_000 }],
    });
    caseId = (await community<{ id: number }>('POST', '/applications', { householdId: file.id, program: 'dibao', checklist: ['application_form', 'id_cards', 'consent'] })).id;
    await street('POST', `/applications/${caseId}/transitions`, { action: 'accept' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const visitRows = () => server.deps.db.selectFrom('case_records').selectAll().where('application_id', '=', caseId).where('kind', '=', 'investigation').execute();

  it('keeps the record on the phone while offline and sends it once when the connection returns', async () => {
    const context = await browser.newContext({
      viewport: PHONE,
      locale: 'zh-CN',
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 1,
      permissions: ['geolocation'],
      geolocation: { latitude: 30.59312, longitude: 114.30524, accuracy: 18 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    try {
      await logIn(page, server.url, 'community');
      // Finds the household from the menu, as on any home visit.
      await page.getByRole('button', { name: '菜单' }).click();
      await page.getByRole('menuitem', { name: '家庭档案' }).click();
      await page.waitForURL(/\/households$/);
      const search = page.locator('input[data-testid="household-search"], [data-testid="household-search"] input').first();
      await search.fill('皇甫秋菊');
      await search.press('Enter');
      await page.getByTestId('table-card').filter({ hasText: '皇甫秋菊' }).getByRole('link', { name: '皇甫秋菊' }).click();
      await page.waitForURL(/\/households\/\d+$/);
      await page.getByText('户档案').first().waitFor();
      await page.getByTestId('table-card').filter({ hasText: '皇甫秋菊' }).waitFor();
      await saveScreenshot(page, 'field-visit-household');
      // The case page is open when the connection drops (a stairwell, a basement flat).
      await page.goto(`${server.url}/cases/${caseId}`);
      await page.getByTestId('case-state').waitFor();
      await context.setOffline(true);

      await page.getByRole('button', { name: '入户调查', exact: true }).click();
      const drawer = page.getByRole('dialog');
      await drawer.waitFor();
      await settled(page);
      await drawer.getByLabel('工作人员一').fill('张丽');
      await drawer.getByLabel('工作人员二').fill('王芳');
      await drawer.getByLabel('调查情况').fill('户主独居，患糖尿病，靠养老金生活，屋内陈设简陋');
      // The camera: a file input with capture; the photo is made small on the phone.
      await drawer.getByTestId('record-photo-input').setInputFiles({ name: 'IMG_0001.png', mimeType: 'image/png', buffer: photoPng() });
      await drawer.getByTestId('record-photo').first().waitFor();
      await drawer.getByTestId('record-location').check();
      await expect.poll(() => drawer.getByText('位置 30.59312，114.30524').count()).toBe(1);
      // Each staff member and the resident sign on the screen.
      for (const pad of ['signature-staff1', 'signature-staff2', 'signature-resident']) {
        const canvas = drawer.getByTestId(pad);
        await canvas.scrollIntoViewIfNeeded();
        const b = (await canvas.boundingBox())!;
        await page.mouse.move(b.x + 20, b.y + 70);
        await page.mouse.down();
        for (let i = 1; i <= 12; i++) await page.mouse.move(b.x + 20 + i * 18, b.y + 70 + Math.sin(i) * 30, { steps: 2 });
        await page.mouse.up();
      }
      await saveScreenshot(page, 'field-visit-form-390');
      await drawer.locator('.ant-drawer-footer').getByRole('button', { name: '添加记录' }).click();
      await page.getByText('当前没有网络，记录已保存在本机').waitFor();
      await drawer.waitFor({ state: 'hidden' });
      // Waiting: a badge on the header, the list under it, nothing on the server yet.
      await expect.poll(() => page.getByTestId('outbox-count').textContent()).toBe('1');
      await page.getByTestId('outbox-button').click();
      await page.getByTestId('outbox-item').filter({ hasText: '皇甫秋菊 · 入户调查' }).waitFor();
      await settled(page);
      await page.waitForTimeout(400); // the drawer slides up
      await page.screenshot({ path: `${import.meta.dirname}/screenshots/field-visit-waiting-390.png`, animations: 'disabled' });
      expect(await visitRows()).toHaveLength(0);
      // Closed with Escape (the drawer's close button can still be sliding on a loaded machine).
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });

      // Back online: sent by itself, once.
      await context.setOffline(false);
      await expect.poll(() => page.getByTestId('outbox-button').count(), { timeout: 30_000 }).toBe(0);
      await page.getByTestId('record-evidence-photo').first().waitFor({ timeout: 15_000 });
      await expect.poll(() => page.getByTestId('record-evidence-signature').count()).toBe(3);
      await saveScreenshot(page, 'field-visit-sent-390');
      const rows = await visitRows();
      expect(rows).toHaveLength(1);
      const data = JSON.parse(rows[0]!.data) as { photoDocumentIds: number[]; signatures: { role: string; name: string }[]; location: { latitude: number }; recordedAt: string };
      expect(data.photoDocumentIds).toHaveLength(1);
      expect(data.signatures.map((s) => `${s.role}:${s.name}`)).toEqual(['staff:张丽', 'staff:王芳', 'resident:皇甫秋菊']);
      expect(data.location.latitude).toBeCloseTo(30.59312, 4);
      expect(data.recordedAt.slice(0, 10) <= chinaDate(0)).toBe(true);
      // The photo was resized and sent as JPEG.
      const photo = await server.deps.db.selectFrom('documents').selectAll().where('id', '=', data.photoDocumentIds[0]!).executeTakeFirstOrThrow();
      expect(photo).toMatchObject({ kind: 'photo', content_type: 'image/jpeg' });
      const keys = await server.deps.db.selectFrom('idempotency_keys').selectAll().where('scope', '=', 'case_record').execute();
      expect(keys).toHaveLength(1);
      // The photo and the three signatures went up each under its own key (a lost answer is not stored twice).
      const uploads = await server.deps.db.selectFrom('idempotency_keys').select('key').where('scope', '=', 'document').execute();
      expect(uploads.map((u) => u.key.replace(/^visit-[\w-]+\./, '')).sort()).toEqual(['photo-1', 'signature-1', 'signature-2', 'signature-3']);

      await page.setViewportSize({ width: 1280, height: 800 });
      await saveScreenshot(page, 'field-visit-sent-1280');
      await page.setViewportSize(PHONE);
      // A reload (the phone restarted) sends nothing again.
      await page.reload();
      await page.getByTestId('case-state').waitFor();
      await page.waitForTimeout(1_000);
      expect(await visitRows()).toHaveLength(1);
      expect(errors).toEqual([]);
    } catch (e) {
      await saveScreenshot(page, 'FAILED-field-visit').catch(() => undefined);
      throw e;
    } finally {
      await context.close();
    }
  }, 180_000);
});
