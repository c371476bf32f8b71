import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../factories/household.ts';
import { actorForUsername } from '../../src/modules/auth/service.ts';
import { createHousehold } from '../../src/modules/registry/service.ts';
import { chromiumAvailable, e2eRequired, logIn, MISSING_CHROMIUM, withPage } from './browser.ts';
import { apiAs, chinaDate, screenshots, settled, useJourney } from './journey.ts';

const COMMUNITY = '420102010001';

if (!chromiumAvailable && e2eRequired) describe('the welfare registers in a browser', () => {
  it('needs Debian chromium (MINZHENG_REQUIRE_E2E=1)', () => {
    expect.fail(MISSING_CHROMIUM);
  });
});

describe.runIf(chromiumAvailable)('残疾人、儿童关爱、优抚: one service of each register', () => {
  const disabledId = uniqueIdNumber({ birthDate: '1972-06-06' });
  const ids: Record<string, number> = {};

  const journey = useJourney(async (server) => {
    const county = await actorForUsername(server.deps, 'county');
    const h = await createHousehold(
      server.deps,
      county,
      buildHousehold({
        areaCode: COMMUNITY,
        members: [
          buildPerson({ name: '端木守仁', idNumber: disabledId, laborCapacity: 'partial', employment: 'unemployed' }),
          buildPerson({ name: '端木小禾', relation: 'grandchild', employment: 'not_applicable', student: true, idNumber: uniqueIdNumber({ birthDate: chinaDate(-365 * 10).replace(/-\d\d$/, '-15') }) }),
        ],
        incomes: [],
        deductions: [],
        assets: [],
      }),
    );
    for (const m of h.members) ids[m.name] = m.id;
    const vet = await createHousehold(server.deps, county, buildHousehold({ areaCode: COMMUNITY, members: [buildPerson({ name: '上官卫国', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1945-08-01' }) })], incomes: [], deductions: [], assets: [] }));
    ids['上官卫国'] = vet.members[0]!.id;
    const api = await apiAs(server.url, 'community');
    const year = Number(chinaDate(0).slice(0, 4)) - 1;
    await api('POST', '/disability/employment-bases', {
      areaCode: COMMUNITY, name: '阳光手工编织基地', operator: '江岸区巧手合作社', year, appliedOn: `${year}-03-20`, inspectedOn: `${year}-07-18`,
      disabledEmployees: 12, householdsServed: 8, annualOutput: 18_000_000, perCapitaIncome: 1_250_000,
    });
    await api('POST', '/children/records', { personId: ids['端木小禾'], kind: 'left_behind', reason: 'both_parents_away', startedOn: chinaDate(-30), parentAway: '端木建业（父）、欧阳丽（母）', parentAwayPlace: '广东省深圳市', carerName: '端木守仁', carerRelation: '祖父' });
    await api('POST', '/veterans/entitled', { personId: ids['上官卫国'], group: 'disabled_serviceman', documentKind: 'disabled_serviceman_card', documentNumber: '鄂军残字第 045678 号', disabilityLevel: 5, registeredOn: '2000-08-01' });
    await api('POST', `/persons/${ids['上官卫国']}/status`, { status: 'deceased', date: chinaDate(-1), source: 'family' });
  });

  it('the community records a disability certificate and checks an employment base against the criteria', async () => {
    const { url, browser } = journey();
    await withPage(browser, 'welfare-disability', async (page) => {
      await logIn(page, url, 'community');
      await page.goto(`${url}/disability`);
      await page.getByTestId('certificate-add').click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await settled(page);
      await dialog.getByLabel('持证人').fill('端木守仁');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '端木守仁' }).first().click();
      await dialog.getByLabel('残疾类别').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '肢体' }).first().click();
      await dialog.getByLabel('残疾等级').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '二级' }).first().click();
      await dialog.getByLabel('残疾证号').fill(`${disabledId}41`);
      await dialog.getByLabel('发证日期').fill('2021-05-10');
      await dialog.getByLabel('发证日期').press('Enter');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      // The number says grade 1, the form grade 2: the error stands next to the number.
      await expect.poll(() => dialog.locator('.ant-form-item-explain-error').textContent()).toContain('等级');
      await dialog.getByLabel('残疾证号').fill(`${disabledId}42`);
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await dialog.waitFor({ state: 'hidden', timeout: 25_000 });
      await expect.poll(() => page.locator('.ant-table, .ant-card').first().textContent()).toContain('端木守仁');
      await screenshots(page, 'welfare-certificates');

      await page.getByRole('tab', { name: '就业扶贫基地' }).click();
      await page.getByRole('button', { name: /认定核查/ }).first().click();
      const result = page.getByRole('dialog');
      await result.waitFor();
      await expect.poll(() => result.textContent()).toContain('符合条件');
      await screenshots(page, 'welfare-employment-base');
    });
  }, 120_000);

  it('the children register shows the left-behind child with the parents away and the carer', async () => {
    const { url, browser } = journey();
    await withPage(browser, 'welfare-children', async (page) => {
      await logIn(page, url, 'community');
      await page.getByRole('menuitem', { name: '社会福利' }).click();
      await page.getByRole('menuitem', { name: '儿童关爱' }).click();
      await page.waitForURL(`${url}/children`);
      await expect.poll(() => page.locator('main').textContent()).toContain('广东省深圳市');
      await screenshots(page, 'welfare-children');
    });
  }, 120_000);

  it('a disabled serviceman’s death left a task to comfort the family; the community closes it', async () => {
    const { url, browser } = journey();
    await withPage(browser, 'welfare-veterans', async (page) => {
      await logIn(page, url, 'community');
      await page.goto(`${url}/veterans`);
      await expect.poll(() => page.locator('main').textContent()).toContain('上官卫国');
      await screenshots(page, 'welfare-veteran-task');
      await page.getByRole('button', { name: /办\s*结/ }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await settled(page);
      await dialog.getByLabel('办理情况').fill('社区书记上门吊唁慰问，送慰问金 1000 元，告知遗属抚恤申领办法。');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await dialog.waitFor({ state: 'hidden', timeout: 25_000 });
      await page.getByRole('tab', { name: '优抚对象名册' }).click();
      await expect.poll(() => page.locator('main').textContent()).toContain('已去世');
      await screenshots(page, 'welfare-veterans-roster');
    });
  });
  it('优抚: the county decides a veteran’s benefits, the registers of care fill, and his household’s dibao case is listed first with a 优抚对象 tag', async () => {
    const { url, browser, deps } = journey();
    const county = await actorForUsername(deps, 'county');
    const h = await createHousehold(deps, county, buildHousehold({ areaCode: COMMUNITY, members: [buildPerson({ name: '赫连建军', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1956-03-01' }) })], incomes: [], deductions: [], assets: [] }));
    const api = await apiAs(url, 'community');
    const reg = await api('POST', '/veterans/entitled', { personId: h.members[0]!.id, group: 'war_veteran', documentKind: 'discharge_card', documentNumber: '退字 1979-0088', registeredOn: '2010-05-01' });
    const entitledId = (reg as { id: number }).id;
    await api('POST', '/veterans/liaisons', { areaCode: COMMUNITY, zone: '操场社区一片', name: '欧阳联络', phone: '13900000088', appointedOn: chinaDate(-30), entitledPersonIds: [entitledId] });
    await api('POST', '/veterans/visits', { entitledPersonId: entitledId, visitedOn: chinaDate(-3), visitor: '欧阳联络', content: '八一前走访，了解身体和生活情况', problems: '希望帮助联系体检' });
    await api('POST', '/veterans/forums', { areaCode: COMMUNITY, heldOn: chinaDate(-10), occasion: 'army_day', topic: '八一建军节优抚对象座谈会', attendees: 18 });
    await api('POST', '/veterans/plaques', { entitledPersonId: entitledId, hungOn: chinaDate(-20) });
    await api('POST', '/applications', { householdId: h.id, program: 'dibao' });

    await withPage(browser, 'welfare-veteran-benefits', async (page) => {
      await logIn(page, url, 'county');
      await page.goto(`${url}/veterans`);
      await page.getByRole('tab', { name: '优抚对象名册' }).click();
      await expect.poll(() => page.locator('main').textContent()).toContain('赫连建军');
      await page.getByRole('row', { name: /赫连建军/ }).getByRole('button', { name: '核定优抚金' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await settled(page);
      await screenshots(page, 'welfare-veteran-benefits');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await dialog.waitFor({ state: 'hidden', timeout: 25_000 });
      for (const [tab, text, shot] of [['联络员', '15–25', 'welfare-veteran-liaisons'], ['座谈会', '八一建军节', 'welfare-veteran-forums'], ['走访', '希望帮助联系体检', 'welfare-veteran-visits'], ['光荣牌', '赫连建军', 'welfare-veteran-plaques']] as const) {
        await page.getByRole('tab', { name: tab }).click();
        await expect.poll(() => page.locator('main').textContent()).toContain(text);
        await screenshots(page, shot);
      }
      await page.goto(`${url}/cases`);
      await page.getByText('优抚对象', { exact: true }).first().waitFor({ timeout: 25_000 });
      await settled(page);
      await screenshots(page, 'welfare-case-priority');
    });
    const enrolments = await deps.db.selectFrom('enrolments').select('program').where('person_id', '=', h.members[0]!.id).execute();
    expect(enrolments.map((e) => e.program).sort()).toEqual(['veteran_spring_festival', 'veteran_war_subsidy']);
  }, 120_000);
});
