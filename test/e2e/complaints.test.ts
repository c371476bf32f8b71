import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../factories/household.ts';
import { actorForUsername } from '../../src/modules/auth/service.ts';
import { createHousehold } from '../../src/modules/registry/service.ts';
import { startEnrolment } from '../../src/modules/payments/service.ts';
import type { Deps } from '../../src/deps.ts';
import { chromiumAvailable, e2eRequired, logIn, MISSING_CHROMIUM, withPage } from './browser.ts';
import { chinaDate, screenshots, settled, useJourney } from './journey.ts';

const STREET = '420102010';
const COMMUNITY = '420102010001';
const REPLY = '经核查，您反映的情况属实，已自下月起停发该户低保金。感谢您的监督。';

/** A household on dibao since this month (set up through the services: the journey is not about enrolling). */
async function enrolledHousehold(deps: Deps): Promise<{ householdId: number; enrolmentId: number; names: string[] }> {
  const county = await actorForUsername(deps, 'county');
  const head = buildPerson({ name: '欧阳德胜', idNumber: uniqueIdNumber({ birthDate: '1970-03-03' }) });
  const spouse = buildPerson({ name: '司马秀芬', relation: 'spouse', idNumber: uniqueIdNumber({ sex: 'female' }), employment: 'unemployed' });
  const h = await createHousehold(deps, county, buildHousehold({ members: [head, spouse], incomes: [], deductions: [], assets: [] }));
  const today = chinaDate(0);
  const enrolmentId = await deps.db.transaction().execute(async (trx) => {
    const app = await trx
      .insertInto('applications')
      .values({
        household_id: h.id, subject_person_id: null, program: 'dibao', state: 'approved', democratic_review: 0, area_code: COMMUNITY,
        receiving_street_code: STREET, accepted_on: today, due_on: today, extended: 0, extension_reason: null, checklist: '[]',
        consent_document_id: null, calculated_amount: 90000, calculation: '{}', policy_version: 'test', category: 'A', relative_flagged: 0,
        relative_review: null, urgent_amount: null, notice_id: null, decision_text: null, version: 1, created_by: county.userId,
        created_at: new Date().toISOString(), updated_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await startEnrolment(trx, deps, county, { householdId: h.id, personId: null, program: 'dibao', category: 'A', monthlyAmount: 90000, calculation: '{}', policyVersion: 'test', startMonth: today.slice(0, 7), applicationId: app.id, areaCode: COMMUNITY })).id;
  });
  return { householdId: h.id, enrolmentId, names: [head.name, spouse.name] };
}

/** Clicks a step button on the complaint page, fills its dialog, confirms, and waits for it to close. */
async function step(page: Page, testId: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByTestId(testId).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await settled(page);
  await fill(dialog);
  await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 25_000 });
}

if (!chromiumAvailable && e2eRequired) describe('the complaint journey in a browser', () => {
  it('needs Debian chromium (MINZHENG_REQUIRE_E2E=1)', () => {
    expect.fail(MISSING_CHROMIUM);
  });
});

describe.runIf(chromiumAvailable)('a resident complains on the public page; the street finds it true, stops the benefit and replies', () => {
  let household: Awaited<ReturnType<typeof enrolledHousehold>>;
  let trackingCode = '';
  const journey = useJourney(async ({ deps }) => {
    household = await enrolledHousehold(deps);
  });

  it('a resident files a complaint without logging in and gets a tracking code', async () => {
    const { url, browser } = journey();
    await withPage(browser, 'complaints-public-file', async (page) => {
      await page.goto(`${url}/public?area=${STREET}`);
      const form = page.locator('#complaint-form');
      await form.locator('select[name=areaCode]').selectOption(COMMUNITY);
      await form.locator('select[name=category]').selectOption('hidden_income');
      await form.locator('textarea[name=content]').fill('我们小区有一户吃低保的，家里开着小超市，每天营业，收入不低。');
      await form.getByRole('button', { name: '提交' }).click();
      const code = page.getByTestId('tracking-code');
      await code.waitFor();
      trackingCode = (await code.textContent()) ?? '';
      expect(trackingCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
      await code.scrollIntoViewIfNeeded();
      await screenshots(page, 'complaints-public-filed');
    });
  });

  it('the street investigates and finds it true; the county stops the benefit (exits are confirmed one level up); the street records the correction and replies', async () => {
    const { url, browser } = journey();
    let complaintUrl = '';
    await withPage(browser, 'complaints-street', async (page) => {
      await logIn(page, url, 'street');
      await page.getByRole('menuitem', { name: '举报投诉' }).click();
      await page.waitForURL(`${url}/complaints`);
      await page.getByRole('link', { name: trackingCode }).click();
      await page.waitForURL(/\/complaints\/\d+$/);
      complaintUrl = page.url();
      await expect.poll(() => page.locator('.ant-descriptions').textContent()).toContain('网上');

      // Who it is about: the member found by name in the picker, and the staff member by name.
      await step(page, 'complaint-subject', async (d) => {
        await d.getByLabel('被反映家庭或成员').fill('司马秀芬');
        const member = page.locator('.ant-select-item-option', { hasText: `司马秀芬` }).filter({ hasText: `户档案 ${household.householdId}` }).first();
        await member.waitFor();
        await screenshots(page, 'complaints-subject-picker');
        await member.click();
        await d.getByLabel('被反映工作人员').fill('陈');
        const staff = page.locator('.ant-select-item-option', { hasText: '陈静' }).first();
        await staff.waitFor();
        await staff.click();
      });
      await expect.poll(() => page.locator('.ant-descriptions').textContent()).toContain('户主 欧阳德胜');
      await expect.poll(() => page.locator('.ant-descriptions').textContent()).toContain('被反映成员：司马秀芬');
      await expect.poll(() => page.locator('.ant-descriptions').textContent()).toContain('被反映工作人员：陈静');
      await step(page, 'complaint-investigate', (d) => d.getByLabel('调查情况').fill('入户核查并走访邻居：该户经营小超市，月收入约 4000 元，未申报。'));
      await step(page, 'complaint-conclude', (d) => d.getByLabel('调查结论说明').fill('该户隐瞒经营收入，反映属实。'));
      await expect.poll(() => page.locator('.ant-descriptions').textContent()).toContain('属实');

    });

    // The benefit stops through the enrolment page, as any stop does: by the county, since the
    // street may no longer stop a benefit alone (issue 16).
    await withPage(browser, 'complaints-county-stop', async (page) => {
      await logIn(page, url, 'county');
      await page.goto(`${url}/enrolments/${household.enrolmentId}`);
      await page.getByRole('button', { name: /变\s*更/ }).click();
      const change = page.getByRole('dialog');
      await change.waitFor();
      await settled(page);
      await change.getByText('停发', { exact: true }).click();
      await change.getByLabel('原因').click();
      await page.locator('.ant-select-item-option', { hasText: '收入增加超过标准' }).click();
      await change.getByLabel('说明').fill('举报核实：隐瞒经营收入');
      await change.getByRole('button', { name: /变\s*更/ }).click();
      await change.waitFor({ state: 'hidden', timeout: 25_000 });
    });

    await withPage(browser, 'complaints-street-reply', async (page) => {
      await logIn(page, url, 'street');
      await page.goto(complaintUrl);
      await page.getByTestId('complaint-correct').click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await settled(page);
      await dialog.getByLabel('涉及的记录').click();
      await page.locator('.ant-select-item-option', { hasText: '停发' }).first().click();
      await dialog.getByLabel('整改内容').fill('自下月起停发该户低保金，收回多领部分另行处理。');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await dialog.waitFor({ state: 'hidden', timeout: 25_000 });
      await expect.poll(() => page.getByTestId('complaint-actions').textContent()).toContain('待遇变更');

      await step(page, 'complaint-reply', (d) => d.getByLabel('答复意见').fill(REPLY));
      await expect.poll(() => page.locator('.ant-descriptions').textContent()).toContain('已办结');
      await screenshots(page, 'complaints-street-detail');
    });
  }, 120_000);

  it('the street registers a hotline call on the list page, finding the household member with the same picker as the subject dialog', async () => {
    const { url, browser } = journey();
    await withPage(browser, 'complaints-register', async (page) => {
      await logIn(page, url, 'street');
      await page.goto(`${url}/complaints`);
      await page.getByTestId('complaint-register').click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await settled(page);
      await dialog.getByLabel('反映内容').fill('来电反映：该户成员在外务工，收入未申报。');
      await dialog.getByLabel('被反映家庭或成员').fill('司马秀芬');
      const member = page.locator('.ant-select-item-option', { hasText: '司马秀芬' }).filter({ hasText: `户档案 ${household.householdId}` }).first();
      await member.waitFor();
      await screenshots(page, 'complaints-register-picker');
      await member.click();
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await page.waitForURL(/\/complaints\/\d+$/);
      await expect.poll(() => page.locator('.ant-descriptions').textContent()).toContain('被反映成员：司马秀芬');
      await expect.poll(() => page.locator('.ant-descriptions').textContent()).toContain('户主 欧阳德胜');
    });
  });

  it('the resident sees the reply with the tracking code, and no name', async () => {
    const { url, browser } = journey();
    await withPage(browser, 'complaints-public-track', async (page) => {
      await page.goto(`${url}/public?area=${STREET}`);
      const track = page.locator('#track-form');
      await track.locator('input[name=trackingCode]').fill(trackingCode.toLowerCase());
      await track.getByRole('button', { name: '查询' }).click();
      const result = page.locator('#track-result');
      await expect.poll(() => result.textContent()).toContain('已办结');
      const text = (await result.textContent()) ?? '';
      expect(text).toContain(REPLY);
      for (const name of [...household.names, '陈静']) expect(text).not.toContain(name);
      await result.scrollIntoViewIfNeeded();
      await screenshots(page, 'complaints-public-reply');
    });
  });
});
