import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { enrolHousehold } from '../../../test/helpers/enrolment.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

const COMMUNITY = '420102010001';
/** a community of another street (420102011) */
const FAR_COMMUNITY = '420102011002';
const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

interface Figures {
  condolences: { households: number; persons: number; cash: number; goodsValue: number; total: number };
  visits: { visits: number; persons: number; households: number };
  services: { orders: number; persons: number; amount: number };
  credits: { persons: number; amount: number };
  caregivers: { payees: number; amount: number };
}

describe.each(dialects)('care statistics in the monthly report and on the dashboard on %s', (dialect) => {
  // Monday 2026-03-02 in China.
  const t = useTestApp(dialect, { now: '2026-03-02T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });

  async function elderly(areaCode: string, birthDate: string, flags: string[]) {
    const res = await as('county', 'POST', '/households', buildHousehold({ areaCode, members: [buildPerson({ name: '独居老人', employment: 'retired', idNumber: uniqueIdNumber({ birthDate }), flags: flags as never })], incomes: [], deductions: [], assets: [] }));
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; headPersonId: number };
  }

  /** The records as stored, summed here without the statistics' queries. */
  async function independently(prefix: string, from: string, to: string): Promise<Figures> {
    const db = t().deps.db;
    const lines = (await db.selectFrom('condolence_lines').selectAll().execute()).filter((l) => l.status === 'delivered' && l.area_code.startsWith(prefix) && l.delivered_on! >= from && l.delivered_on! <= to);
    const visits = (await db.selectFrom('care_visits').selectAll().execute()).filter((v) => v.area_code.startsWith(prefix) && v.visited_on >= from && v.visited_on <= to);
    const orders = (await db.selectFrom('service_orders').selectAll().execute()).filter((o) => o.area_code.startsWith(prefix) && o.ordered_on >= from && o.ordered_on <= to);
    const credits = (await db.selectFrom('wallet_credits').selectAll().execute()).filter((c) => c.area_code.startsWith(prefix) && c.month >= from.slice(0, 7) && c.month <= to.slice(0, 7));
    const approved = new Set((await db.selectFrom('caregiver_payrolls').selectAll().execute()).filter((p) => p.status === 'approved' && p.month >= from.slice(0, 7) && p.month <= to.slice(0, 7)).map((p) => p.id));
    const pay = (await db.selectFrom('caregiver_pay_lines').selectAll().execute()).filter((l) => approved.has(l.payroll_id) && l.area_code.startsWith(prefix));
    const sum = <T,>(rows: T[], f: (r: T) => number) => rows.reduce((s, r) => s + Number(f(r)), 0);
    const cash = sum(lines, (l) => l.cash);
    const goodsValue = sum(lines, (l) => l.goods_value);
    return {
      condolences: { households: lines.length, persons: sum(lines, (l) => l.persons), cash, goodsValue, total: cash + goodsValue },
      visits: { visits: visits.length, persons: new Set(visits.map((v) => v.person_id)).size, households: new Set(visits.map((v) => v.household_id)).size },
      services: { orders: orders.length, persons: new Set(orders.map((o) => o.person_id)).size, amount: sum(orders, (o) => o.total) },
      credits: { persons: new Set(credits.map((c) => c.person_id)).size, amount: sum(credits, (c) => c.amount) },
      caregivers: { payees: new Set(pay.map((l) => l.caregiver_id)).size, amount: sum(pay, (l) => l.amount) },
    };
  }

  it('counts visits, condolences, services and wallet money of the month per area of the tree, equal to the records summed independently', async () => {
    // Home care: a provider, a priced item, a disabled elderly dibao head with credits.
    const provider = await as('county', 'POST', '/care-providers', { areaCode: '420102', name: '江岸区幸福居家养老服务中心', phone: '027-82800000' });
    expect((await as('county', 'POST', '/service-catalogue', { code: 'meal_help', name: '助餐', unit: '次', price: 1500, providerId: provider.json().id })).statusCode).toBe(201);
    const dibao = await enrolHousehold(t(), { areaCode: COMMUNITY, amount: 90000, startMonth: '2025-06' }); // 2 persons
    const other = await enrolHousehold(t(), { areaCode: COMMUNITY, amount: 90000, startMonth: '2025-06' }); // stays pending
    await t().deps.db.updateTable('persons').set({ self_care: 'full' }).where('id', '=', dibao.headId).execute();
    const alone = await elderly(FAR_COMMUNITY, '1940-05-01', ['solitary_elderly']);
    const emptyNest = await elderly(COMMUNITY, '1950-05-01', ['empty_nest']);

    // Spring Festival drive over both streets; two lines delivered in March, one still pending.
    const drive = await as('county', 'POST', '/condolence-drives', {
      areaCode: '420102',
      name: '2026年春节走访慰问',
      occasion: 'spring_festival',
      asOf: '2026-02-01',
      budget: 10_000_00,
      fundingSource: '区级财政慰问资金',
      coverage: [{ programs: ['dibao'] }, { minAge: 80, flags: ['solitary_elderly'] }],
      cashBasis: 'person',
      cashAmount: 20000,
      goods: [
        { name: '大米', unit: '袋', unitPrice: 6000, perHousehold: 1, stock: 10 },
        { name: '食用油', unit: '桶', unitPrice: 2500, perHousehold: 2, stock: 20 },
      ],
    });
    expect(drive.statusCode, drive.body).toBe(201);
    const id = drive.json().id as number;
    const lines = (await as('county', 'GET', `/condolence-drives/${id}/lines`)).json().items as { id: number; householdId: number }[];
    expect(lines).toHaveLength(3);
    const lineOf = (householdId: number) => lines.find((l) => l.householdId === householdId)!.id;
    expect((await as('community', 'POST', `/condolence-drives/${id}/lines/${lineOf(dibao.householdId)}/delivery`, { recipientName: '钱建国', deliveredOn: '2026-03-01', signatureRef: SIGNATURE })).statusCode).toBe(200);
    expect((await as('county', 'POST', `/condolence-drives/${id}/lines/${lineOf(alone.id)}/delivery`, { recipientName: '独居老人', deliveredOn: '2026-03-02', photoRef: 'IMG_0301' })).statusCode).toBe(200);
    expect(lines.some((l) => l.householdId === other.householdId)).toBe(true);

    // Visits: two in March (one person twice), one in February (outside the month).
    const visit = (user: string, personId: number, visitedOn: string) =>
      as(user, 'POST', '/visits', { personId, visitedOn, health: '身体尚可', livingConditions: '居住安全', referrals: [] });
    expect((await visit('community', emptyNest.headPersonId, '2026-02-20')).statusCode).toBe(201);
    expect((await visit('community', emptyNest.headPersonId, '2026-03-01')).statusCode).toBe(201);
    expect((await visit('county', alone.headPersonId, '2026-03-02')).statusCode).toBe(201);

    // Wallet credits for February and March; an order today (March).
    expect((await as('county', 'POST', '/wallets/credit-runs', { areaCode: '420102', month: '2026-02' })).statusCode).toBe(200);
    expect((await as('county', 'POST', '/wallets/credit-runs', { areaCode: '420102', month: '2026-03' })).statusCode).toBe(200);
    expect((await as('community', 'POST', '/service-orders', { personId: dibao.headId, items: [{ serviceCode: 'meal_help', quantity: 4 }] })).statusCode).toBe(201);

    const report = await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2026-03');
    expect(report.statusCode, report.body).toBe(200);
    const care = report.json().care as { total: Figures; goods: { name: string; unit: string; quantity: number; value: number }[]; rows: ({ areaCode: string; depth: number } & Figures)[] };
    expect(care.total).toEqual(await independently('420102', '2026-03-01', '2026-03-31'));
    expect(care.total.condolences).toEqual({ households: 2, persons: 3, cash: 60000, goodsValue: 22000, total: 82000 });
    expect(care.total.visits).toEqual({ visits: 2, persons: 2, households: 2 });
    expect(care.total.services).toEqual({ orders: 1, persons: 1, amount: 6000 });
    expect(care.goods).toEqual([
      { name: '大米', unit: '袋', quantity: 2, value: 12000 },
      { name: '食用油', unit: '桶', quantity: 4, value: 10000 },
    ]);
    // Every area row of the report, streets and communities alike, reads its own records.
    expect(care.rows.map((r) => r.areaCode)).toEqual(report.json().rows.map((r: { areaCode: string }) => r.areaCode));
    for (const row of care.rows) {
      const { areaCode, name, depth, ...figures } = row as typeof row & { name: string };
      expect(figures, `${areaCode} ${name} ${depth}`).toEqual(await independently(areaCode, '2026-03-01', '2026-03-31'));
    }
    expect(care.rows.find((r) => r.areaCode === '420102010')!.visits.visits).toBe(1);
    expect(care.rows.find((r) => r.areaCode === '420102011')!.condolences.households).toBe(1);

    // February: the earlier visit and credits only.
    const feb = (await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2026-02')).json().care;
    expect(feb.total).toEqual(await independently('420102', '2026-02-01', '2026-02-28'));
    expect(feb.total.visits.visits).toBe(1);

    // A street's report counts its own part; a role that does not read care gets no section.
    const street = (await as('street', 'GET', '/reports/monthly?areaCode=420102010&month=2026-03')).json();
    expect(street.care.total).toEqual(await independently('420102010', '2026-03-01', '2026-03-31'));
    const verifier = await as('verifier', 'GET', '/reports/monthly?areaCode=420102&month=2026-03');
    if (verifier.statusCode === 200) expect(verifier.json().care).toBeUndefined();

    // The dashboard: this month so far and the year to date.
    const dash = (await as('county', 'GET', '/reports/dashboard')).json().care;
    expect(dash.month).toBe('2026-03');
    expect(dash.thisMonth).toEqual(care.total);
    expect(dash.yearToDate).toEqual(await independently('420102', '2026-01-01', '2026-03-02'));

    // /care-statistics names the goods too, and its children are the streets.
    const stats = (await as('county', 'GET', '/care-statistics?areaCode=420102&from=2026-03-01&to=2026-03-31')).json();
    expect(stats.total).toEqual(care.total);
    expect(stats.goods).toEqual(care.goods);
    expect(stats.byArea.map((a: { areaCode: string }) => a.areaCode)).toEqual(['420102010', '420102011']);

    // Excel: a sheet with a row per area below the district and the total last; the goods after it.
    const xlsx = await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2026-03&format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('走访慰问与居家养老')!;
    expect(ws.getRow(2).values).toEqual(expect.arrayContaining(['区划', '走访慰问', '探访关爱', '居家养老服务', '服务钱包']));
    expect(ws.getRow(3).values).toEqual(expect.arrayContaining(['户次', '人次', '探访人次', '服务金额（元）', '发放金额（元）']));
    const totalRow = ws.getRow(3 + care.rows.length);
    expect(totalRow.getCell(1).value).toBe('合计');
    expect([totalRow.getCell(3).value, totalRow.getCell(4).value, totalRow.getCell(7).value, totalRow.getCell(8).value]).toEqual([2, 3, 820, 2]);
    expect(ws.getRow(6 + care.rows.length).values).toEqual(expect.arrayContaining(['大米', '袋', 2, 120]));
  });
});
