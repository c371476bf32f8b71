import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildHousehold } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { enrolHousehold } from '../../../test/helpers/enrolment.ts';

const STREET = '420102010';
const COMMUNITY = '420102010001';

describe.each(dialects)('慈善: donations, the store within the monthly quota, a ledger that balances on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2026-05-20T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('receives money and goods, buys with the money, issues within the quota and balances in − out = stock', async () => {
    const money = await as('street', 'POST', '/charity/donations', { areaCode: STREET, kind: 'money', donor: '爱心企业 汉正公司', receivedOn: '2026-05-02', amount: 500000 });
    expect(money.statusCode, money.body).toBe(201);
    expect(money.json()).toMatchObject({ kind: 'money_in', money: 500000, value: 0 });
    const noQty = await as('street', 'POST', '/charity/donations', { areaCode: STREET, kind: 'goods', donor: 'x', receivedOn: '2026-05-02', goods: { name: '大米', unit: '袋', unitValue: 5000 } });
    expect(noQty.json().error).toMatchObject({ code: 'charity_quantity_required', field: 'quantity' });
    const rice = await as('street', 'POST', '/charity/donations', { areaCode: STREET, kind: 'goods', donor: '居民 王先生', receivedOn: '2026-05-03', goods: { name: '大米', unit: '袋', unitValue: 5000 }, quantity: 10 });
    expect(rice.statusCode, rice.body).toBe(201);
    expect(rice.json()).toMatchObject({ kind: 'goods_in', itemName: '大米', quantity: 10, value: 50000 });
    const tooDear = await as('street', 'POST', '/charity/purchases', { areaCode: STREET, goods: { name: '食用油', unit: '桶', unitValue: 6000 }, quantity: 100, amount: 600000, purchasedOn: '2026-05-04' });
    expect(tooDear.statusCode).toBe(409);
    expect(tooDear.json().error).toMatchObject({ code: 'charity_fund_short', field: 'amount' });
    const oil = await as('street', 'POST', '/charity/purchases', { areaCode: STREET, goods: { name: '食用油', unit: '桶', unitValue: 6000 }, quantity: 20, amount: 110000, purchasedOn: '2026-05-04' });
    expect(oil.statusCode, oil.body).toBe(201);

    const items = (await as('street', 'GET', '/charity/items')).json();
    expect(items.money).toBe(390000);
    const riceId = items.items.find((i: { name: string }) => i.name === '大米').id;
    const oilId = items.items.find((i: { name: string }) => i.name === '食用油').id;

    // The store serves households in need: one on file but on no register is refused.
    const notInNeed = (await as('community', 'POST', '/households', buildHousehold())).json();
    const refused = await as('community', 'POST', '/charity/issues', { householdId: notInNeed.id, items: [{ itemId: riceId, quantity: 1 }], issuedOn: '2026-05-10' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'charity_not_in_need', field: 'householdId' });
    expect(refused.json().error.message).toContain('低收入人口名册');
    // A dibao household (enrolled from March) and a tekun one are in need.
    const h = { id: (await enrolHousehold(t(), { areaCode: COMMUNITY, amount: 50000, startMonth: '2026-03' })).householdId };
    // The demo quota: 200 yuan per household per month. 2 bags of rice + 1 oil = 160 yuan.
    const first = await as('community', 'POST', '/charity/issues', { householdId: h.id, items: [{ itemId: riceId, quantity: 2 }, { itemId: oilId, quantity: 1 }], issuedOn: '2026-05-10' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ value: 16000, quota: 20000, usedBefore: 0, left: 4000 });
    const over = await as('community', 'POST', '/charity/issues', { householdId: h.id, items: [{ itemId: riceId, quantity: 1 }], issuedOn: '2026-05-15' });
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({ code: 'charity_over_quota', field: 'items' });
    expect(over.json().error.message).toContain('尚可领取 40.00 元');
    const rest = await as('community', 'POST', '/charity/issues', { householdId: h.id, items: [{ itemId: riceId, quantity: 1 }], issuedOn: '2026-06-01' });
    expect(rest.statusCode).toBe(400); // a date after today (China 2026-05-20)
    expect((await as('community', 'GET', `/charity/quota?householdId=${h.id}&month=2026-05`)).json()).toMatchObject({ quota: 20000, used: 16000, left: 4000, registerGroup: 'dibao', registerGroupName: '低保对象' });
    expect((await as('community', 'GET', `/charity/quota?householdId=${notInNeed.id}&month=2026-05`)).json()).toMatchObject({ registerGroup: null, registerGroupName: null });
    const h2 = { id: (await enrolHousehold(t(), { areaCode: COMMUNITY, amount: 60000, startMonth: '2026-01', program: 'tekun', personBased: true })).householdId };
    const stock = await as('community', 'POST', '/charity/issues', { householdId: h2.id, items: [{ itemId: oilId, quantity: 21 }], issuedOn: '2026-05-10' });
    expect(stock.statusCode).toBe(409);
    expect(stock.json().error).toMatchObject({ code: 'charity_stock_short', field: 'items.0.quantity' });
    // A household of another street is not served by this street's store.
    const far = (await as('county', 'POST', '/households', buildHousehold({ areaCode: '420102011002' }))).json();
    expect((await as('county', 'POST', '/charity/issues', { householdId: far.id, items: [{ itemId: riceId, quantity: 1 }], issuedOn: '2026-05-10' })).json().error).toMatchObject({ code: 'charity_item_not_found', field: 'items.0.itemId' });

    const ledger = (await as('street', 'GET', '/charity/ledger')).json();
    expect(ledger).toMatchObject({ balanced: true, differences: [], money: { in: 500000, out: 110000, balance: 390000, held: 390000 } });
    expect(ledger.goods.items.map((i: { name: string; quantityIn: number; quantityOut: number; quantity: number; stock: number }) => [i.name, i.quantityIn, i.quantityOut, i.quantity, i.stock])).toEqual([
      ['大米', 10, 2, 8, 8],
      ['食用油', 20, 1, 19, 19],
    ]);
    expect(ledger.goods).toMatchObject({ valueIn: 170000, valueOut: 16000, value: 154000 });
    // A stock edit that bypasses the ledger shows as a difference; the CHECK refuses negative stock.
    await t().deps.db.updateTable('charity_items').set({ quantity: 7 }).where('id', '=', riceId).execute();
    expect((await as('street', 'GET', '/charity/ledger')).json()).toMatchObject({ balanced: false, differences: [{ subject: `item:${riceId}`, ledger: 8, held: 7 }] });
    await expect(t().deps.db.updateTable('charity_items').set({ quantity: -1 }).where('id', '=', riceId).execute()).rejects.toThrow();
    await t().deps.db.updateTable('charity_items').set({ quantity: 8 }).where('id', '=', riceId).execute();

    expect((await as('community', 'GET', `/charity/movements?householdId=${h.id}`)).json().total).toBe(2);
    expect((await as('auditor', 'POST', '/charity/donations', { areaCode: STREET, kind: 'money', donor: 'x', receivedOn: '2026-05-02', amount: 1 })).statusCode).toBe(403);
    const may = (await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2026-05')).json();
    expect(may.community.charity).toEqual({ donations: 2, donationsMoney: 500000, donationsGoodsValue: 50000, purchasesMoney: 110000, issuedValue: 16000, households: 1 });
    // The Excel carries the same month per street and for the district; the PDF in words.
    const xlsx = await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2026-05&format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('志愿服务三张清单慈善')!;
    expect(ws.getCell(1, 1).value).toBe('江岸区 2026年5月 志愿服务、三张清单、慈善');
    const headers = ws.getRow(3).values as unknown[];
    const rowOf = (code: string) => {
      let found: ExcelJS.Row | undefined;
      ws.eachRow((row, n) => {
        if (n > 3 && String(row.getCell(2).value) === code) found = row;
      });
      return found!;
    };
    const cells = (code: string) => ['接收捐赠（笔）', '捐赠资金（元）', '捐赠物资折价（元）', '资金购物（元）', '慈善超市发放（元）', '受助户数'].map((h) => rowOf(code).getCell(headers.indexOf(h)).value);
    expect(cells('420102')).toEqual([2, 5000, 500, 1100, 160, 1]);
    expect(cells(STREET)).toEqual([2, 5000, 500, 1100, 160, 1]);
    expect(cells('420102011')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(ws.getRow(ws.rowCount).getCell(1).value).toBe('合计');
    const pdf = await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2026-05&format=pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const audit = await t().deps.db.selectFrom('audit_log').select('action').where('action', 'like', 'charity.%').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['charity.donation', 'charity.donation', 'charity.issue', 'charity.purchase']);
  });
});
