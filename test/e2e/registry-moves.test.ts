import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../../src/domain/id-number.ts';
import { startTestServer } from '../helpers/test-server.ts';
import { chromiumAvailable, launchBrowser, logIn, saveScreenshot, withPage } from './browser.ts';

/**
 * 户籍变动 in the web UI (issue 19 point 5): on the household page a community worker edits a
 * member (a wrong ID number is refused next to its field), moves a person in from another
 * household, splits a member off into a new household, merges a household in; the street moves
 * the household to another community. The same page and a dialog at phone width (390 px).
 */
describe.runIf(chromiumAvailable)('registry changes on the household page', () => {
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

  const cookieOf = async (page: Page) => (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  async function createHousehold(page: Page, members: { name: string; idNumber: string; relation: string }[], address: string): Promise<{ id: number; members: { id: number; name: string }[] }> {
    const body = {
      areaCode: '420102010001',
      address,
      urbanRural: 'urban',
      members: members.map((m) => ({ ...m, laborCapacity: 'full', employment: 'unemployed', student: false, health: 'healthy', flags: [] })),
      incomes: [],
      deductions: [],
      assets: [],
      obligors: [],
    };
    const res = await fetch(`${server.url}/api/v1/households`, { method: 'POST', headers: { cookie: await cookieOf(page), 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as { id: number; members: { id: number; name: string }[] };
  }
  const id = (birthDate: string, sequence: number, sex: 'male' | 'female' = 'male') => buildIdNumber({ areaCode: '420102', birthDate, sequence: sex === 'male' ? sequence * 2 + 1 : sequence * 2 });

  it('edits a member, moves a person in, splits, merges and moves the household, errors beside their fields', async () => {
    let householdId = 0;
    await withPage(browser, 'registry-moves', async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await logIn(page, server.url, 'community');
      const a = await createHousehold(
        page,
        [
          { name: '欧阳建国', idNumber: id('1958-03-12', 211), relation: 'head' },
          { name: '欧阳秀琴', idNumber: id('1960-06-02', 212, 'female'), relation: 'spouse' },
          { name: '欧阳明', idNumber: id('1986-11-20', 213), relation: 'child' },
        ],
        '江岸区胜利街 12 号 1 栋 101',
      );
      const b = await createHousehold(
        page,
        [
          { name: '上官德胜', idNumber: id('1950-01-05', 221), relation: 'head' },
          { name: '上官小梅', idNumber: id('1992-04-18', 222, 'female'), relation: 'child' },
        ],
        '江岸区胜利街 14 号 2 栋 202',
      );
      householdId = a.id;
      const spouse = a.members.find((m) => m.name === '欧阳秀琴')!;
      const son = a.members.find((m) => m.name === '欧阳明')!;
      await page.goto(`${server.url}/households/${a.id}`);
      await page.getByText('欧阳建国').first().waitFor();
      await page.getByTestId('print-consent').waitFor();
      await saveScreenshot(page, 'registry-moves-1280-file');

      // 编辑成员: a wrong ID number is refused beside its field; the name change then saves.
      await page.getByTestId(`edit-member-${spouse.id}`).click();
      const edit = page.getByRole('dialog');
      await edit.locator('#edit-member_name').fill('欧阳秀芹');
      await edit.locator('#edit-member_idNumber').fill('420102196006020001');
      await page.getByTestId('edit-member-ok').click();
      const idError = edit.locator('#edit-member_idNumber_help');
      await idError.waitFor();
      expect(await idError.textContent()).toMatch(/身份证|校验/);
      await saveScreenshot(page, 'registry-moves-1280-edit-error');
      await edit.locator('#edit-member_idNumber').fill('');
      await page.getByTestId('edit-member-ok').click();
      await edit.waitFor({ state: 'hidden' });
      await expect.poll(() => page.getByText('欧阳秀芹').count()).toBeGreaterThan(0);

      // 迁入成员: 上官小梅 from household B.
      await page.getByTestId('registry-moves').click();
      await page.getByTestId('moves-moveIn').click();
      const moveIn = page.getByRole('dialog');
      await page.getByTestId('moves-ok').click();
      await moveIn.locator('#moves-moveIn_person_help').waitFor();
      await moveIn.getByTestId('moves-person-search').locator('input').fill('上官小梅');
      await moveIn.getByTestId('moves-person-search').locator('input').press('Enter');
      const hit = b.members.find((m) => m.name === '上官小梅')!;
      await moveIn.getByTestId(`moves-hit-${hit.id}`).click();
      await moveIn.getByTestId('moves-picked').waitFor();
      await saveScreenshot(page, 'registry-moves-1280-move-in');
      await page.getByTestId('moves-ok').click();
      await moveIn.waitFor({ state: 'hidden' });
      await expect.poll(() => page.getByText('上官小梅').count()).toBeGreaterThan(0);

      // 分户: the son leaves with a new address and becomes the head of a new household.
      await page.getByTestId('registry-moves').click();
      await page.getByTestId('moves-split').click();
      const split = page.getByRole('dialog');
      await split.getByLabel('欧阳明').check();
      await split.locator('#moves-split_headPersonId').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '欧阳明' }).click();
      await split.locator('#moves-split_address').fill('江岸区胜利街 30 号 5 栋 501');
      await page.getByTestId('moves-ok').click();
      await page.getByTestId('moves-split-link').waitFor();
      await saveScreenshot(page, 'registry-moves-1280-split');
      await page.getByRole('button', { name: /知道了|确\s*定|OK/ }).last().click();
      await expect.poll(() => page.getByText('欧阳明').count()).toBe(0);
      expect(son.id).toBeGreaterThan(0);

      // 合户: household B (its head left alone) merges into this one.
      await page.getByTestId('registry-moves').click();
      await page.getByTestId('moves-merge').click();
      const merge = page.getByRole('dialog');
      await merge.getByTestId('moves-person-search').locator('input').fill('上官德胜');
      await merge.getByTestId('moves-person-search').locator('input').press('Enter');
      await merge.getByTestId(`moves-hit-${b.members.find((m) => m.name === '上官德胜')!.id}`).click();
      await page.getByTestId('moves-ok').click();
      await merge.waitFor({ state: 'hidden' });
      await expect.poll(() => page.getByText('上官德胜').count()).toBeGreaterThan(0);
      await saveScreenshot(page, 'registry-moves-1280-merged');
    });

    // 迁移: the street office moves the household to another community of its street.
    await withPage(browser, 'registry-moves-street', async (page) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await logIn(page, server.url, 'street');
      await page.goto(`${server.url}/households/${householdId}`);
      await page.getByText('欧阳建国').first().waitFor();
      const before = await page.locator('.ant-descriptions').first().textContent();
      await page.getByTestId('registry-moves').click();
      await page.getByTestId('moves-move').click();
      const move = page.getByRole('dialog');
      await move.locator('.ant-select').first().click();
      const other = page.locator('.ant-select-tree-title').filter({ hasText: /（\d{12}）/ }).filter({ hasNotText: '420102010001' }).first();
      await other.click();
      await saveScreenshot(page, 'registry-moves-1280-move');
      await page.getByTestId('moves-ok').click();
      await move.waitFor({ state: 'hidden' });
      await expect.poll(() => page.locator('.ant-descriptions').first().textContent()).not.toBe(before);
      expect(await page.locator('.ant-descriptions').first().textContent()).not.toContain('420102010001');
    });

    // At phone width: the file and a dialog.
    await withPage(browser, 'registry-moves-phone', async (page) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await logIn(page, server.url, 'street');
      await page.goto(`${server.url}/households/${householdId}`);
      await page.getByText('欧阳建国').first().waitFor();
      await saveScreenshot(page, 'registry-moves-390-file');
      await page.getByTestId('registry-moves').click();
      await page.getByTestId('moves-moveIn').click();
      await page.getByRole('dialog').getByTestId('moves-person-search').waitFor();
      await saveScreenshot(page, 'registry-moves-390-move-in');
    });
  }, 120_000);
});

