import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { enrolHousehold } from '../../../test/helpers/enrolment.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

const COMMUNITY = '420102010001';

describe.each(dialects)('home care wallets (居家养老) on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2026-03-02T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const selfCare = (personId: number, level: 'partial' | 'full') => t().deps.db.updateTable('persons').set({ self_care: level }).where('id', '=', personId).execute();

  it('credits monthly by tier with the source kept, spends first-to-expire first naming each credit, and never goes below zero', async () => {
    const provider = await as('county', 'POST', '/care-providers', { areaCode: '420102', name: '江岸区幸福居家养老服务中心', phone: '027-82800000' });
    expect(provider.statusCode, provider.body).toBe(201);
    for (const s of [
      { code: 'meal_help', name: '助餐', unit: '次', price: 1500 },
      { code: 'bath_help', name: '助浴', unit: '次', price: 5000 },
    ]) {
      expect((await as('county', 'POST', '/service-catalogue', { ...s, providerId: provider.json().id })).statusCode).toBe(201);
    }
    expect((await as('community', 'GET', '/service-catalogue')).json().items.map((i: { code: string; price: number }) => [i.code, i.price])).toEqual([['bath_help', 5000], ['meal_help', 1500]]);

    const full = await enrolHousehold(t(), { areaCode: COMMUNITY, amount: 90000, startMonth: '2025-01' });
    const partial = await enrolHousehold(t(), { areaCode: COMMUNITY, amount: 90000, startMonth: '2025-01' });
    await selfCare(full.headId, 'full');
    await selfCare(partial.headId, 'partial');
    await selfCare(full.childId, 'full'); // a child: too young
    const notEnrolled = await as('county', 'POST', '/households', buildHousehold({ areaCode: COMMUNITY, members: [buildPerson({ employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1940-01-01' }) })], incomes: [], deductions: [], assets: [] }));
    await selfCare(notEnrolled.json().headPersonId, 'full');

    expect((await as('community', 'POST', '/wallets/credit-runs', { areaCode: COMMUNITY, month: '2026-02' })).statusCode).toBe(403);
    const old = await as('county', 'POST', '/wallets/credit-runs', { areaCode: '420102', month: '2025-03' });
    expect(old.json()).toMatchObject({ credits: 3, persons: 2, amount: 70000, expiresOn: '2026-02-28' });
    const feb = await as('county', 'POST', '/wallets/credit-runs', { areaCode: '420102', month: '2026-02' });
    expect(feb.json()).toEqual({ areaCode: '420102', month: '2026-02', credits: 3, persons: 2, amount: 70000, expiresOn: '2027-01-31' });
    // Running the month again credits nobody twice.
    expect((await as('county', 'POST', '/wallets/credit-runs', { areaCode: '420102', month: '2026-02' })).json().credits).toBe(3);
    await as('county', 'POST', '/wallets/credit-runs', { areaCode: '420102', month: '2026-03' });

    const wallet = (await as('community', 'GET', `/wallets/${full.headId}`)).json();
    expect(wallet.balance).toBe(100000); // 2025-03 credits lapsed on 2026-02-28
    expect(wallet.credits.map((c: { month: string; source: string; amount: number; expired: boolean }) => [c.month, c.source, c.amount, c.expired])).toEqual([
      ['2025-03', 'city_tier', 40000, true],
      ['2025-03', 'district_top_up', 10000, true],
      ['2026-02', 'city_tier', 40000, false],
      ['2026-02', 'district_top_up', 10000, false],
      ['2026-03', 'city_tier', 40000, false],
      ['2026-03', 'district_top_up', 10000, false],
    ]);
    const creditId = (month: string, source: string) => wallet.credits.find((c: { month: string; source: string }) => c.month === month && c.source === source).id as number;
    expect((await as('community', 'GET', `/wallets/${partial.headId}`)).json().credits.map((c: { source: string; amount: number }) => [c.source, c.amount])).toEqual([['city_tier', 20000], ['city_tier', 20000], ['city_tier', 20000]]);

    const order = (items: object[], personId = full.headId, user = 'community') => as(user, 'POST', '/service-orders', { personId, items });
    expect((await order([{ serviceCode: 'meal_help', quantity: 1 }], full.headId, 'auditor')).statusCode).toBe(403);
    const first = await order([{ serviceCode: 'bath_help', quantity: 8 }, { serviceCode: 'meal_help', quantity: 10 }]); // 40000 + 15000
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      total: 55000,
      balance: 45000,
      spends: [
        { creditId: creditId('2026-02', 'city_tier'), source: 'city_tier', amount: 40000 },
        { creditId: creditId('2026-02', 'district_top_up'), source: 'district_top_up', amount: 10000 },
        { creditId: creditId('2026-03', 'city_tier'), source: 'city_tier', amount: 5000 },
      ],
    });

    const short = await order([{ serviceCode: 'bath_help', quantity: 10 }]);
    expect(short.statusCode).toBe(409);
    expect(short.json().error.message).toBe('服务补贴余额不足：本次服务 500.00 元，可用余额 450.00 元，差 50.00 元');
    expect((await order([{ serviceCode: 'massage', quantity: 1 }])).json().error).toMatchObject({ code: 'care_service_not_found', field: 'items.0.serviceCode' });
    const exact = await order([{ serviceCode: 'bath_help', quantity: 9 }]);
    expect(exact.statusCode).toBe(201);
    expect(exact.json().balance).toBe(0);
    expect((await order([{ serviceCode: 'meal_help', quantity: 1 }])).statusCode).toBe(409);

    // Never below zero, and every fen spent is named against a credit.
    const credits = await t().deps.db.selectFrom('wallet_credits').select(['id', 'amount', 'remaining']).where('person_id', '=', full.headId).execute();
    expect(credits.every((c) => c.remaining >= 0)).toBe(true);
    const spends = await t().deps.db.selectFrom('wallet_spends').select(['credit_id', 'amount']).execute();
    for (const c of credits) expect(c.amount - c.remaining).toBe(spends.filter((s) => s.credit_id === c.id).reduce((s, x) => s + x.amount, 0));
    const orders = (await as('county', 'GET', `/wallets/${full.headId}`)).json().orders as { total: number; spends: { amount: number }[] }[];
    expect(orders).toHaveLength(2);
    for (const o of orders) expect(o.spends.reduce((s, x) => s + x.amount, 0)).toBe(o.total);

    // The statistics equal the records summed independently (and roll up: the district equals the sum of its streets).
    const stats = (await as('county', 'GET', '/care-statistics?areaCode=420102&from=2026-01-01&to=2026-03-31')).json();
    const allCredits = await t().deps.db.selectFrom('wallet_credits').select(['person_id', 'amount', 'month']).where('month', '>=', '2026-01').where('month', '<=', '2026-03').execute();
    const allOrders = await t().deps.db.selectFrom('service_orders').select(['person_id', 'total']).execute();
    expect(stats.total.credits).toEqual({ persons: new Set(allCredits.map((c) => c.person_id)).size, amount: allCredits.reduce((s, c) => s + c.amount, 0) });
    expect(stats.total.services).toEqual({ orders: allOrders.length, persons: new Set(allOrders.map((o) => o.person_id)).size, amount: allOrders.reduce((s, o) => s + o.total, 0) });
    expect(stats.total.services.amount).toBe(100000);
    expect(stats.byArea.map((a: { areaCode: string }) => a.areaCode)).toEqual(['420102010']);
    expect(stats.byArea[0].services.amount + 0).toBe(stats.total.services.amount);
    expect((await as('community', 'GET', '/care-statistics?areaCode=420102&from=2026-01-01&to=2026-03-31')).statusCode).toBe(404);
  });
});
