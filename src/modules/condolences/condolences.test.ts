import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { enrolHousehold } from '../../../test/helpers/enrolment.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

const COMMUNITY = '420102010001';
const OTHER_COMMUNITY = '420102010002';
const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe.each(dialects)('condolence drives (走访慰问) on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2026-02-10T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });

  async function household(areaCode: string, birthDate: string, flags: string[]) {
    const head = buildPerson({ name: '独居老人', employment: 'retired', idNumber: uniqueIdNumber({ birthDate }), flags: flags as never });
    const res = await as('county', 'POST', '/households', buildHousehold({ areaCode, members: [head], incomes: [], deductions: [], assets: [] }));
    expect(res.statusCode).toBe(201);
    return res.json().id as number;
  }

  const drive = (over: object = {}) => ({
    areaCode: '420102',
    name: '2026年春节走访慰问',
    occasion: 'spring_festival',
    asOf: '2026-02-01',
    budget: 10_000_00,
    fundingSource: '区级财政慰问资金',
    coverage: [{ programs: ['dibao', 'tekun'] }, { minAge: 80, flags: ['solitary_elderly'] }],
    cashBasis: 'person',
    cashAmount: 20000,
    goods: [
      { name: '大米', unit: '袋', unitPrice: 6000, perHousehold: 1, stock: 10 },
      { name: '食用油', unit: '桶', unitPrice: 2500, perHousehold: 2, stock: 20 },
    ],
    ...over,
  });

  it('builds the lists from the coverage rule, records deliveries with proof, and its totals equal its delivered lines', async () => {
    const dibao = await enrolHousehold(t(), { areaCode: COMMUNITY, amount: 90000, startMonth: '2025-06' }); // 2 persons
    const tekun = await enrolHousehold(t(), { areaCode: COMMUNITY, amount: 90000, startMonth: '2025-06', program: 'tekun', personBased: true }); // the head only
    const alone85 = await household(OTHER_COMMUNITY, '1940-05-01', ['solitary_elderly']);
    await household(OTHER_COMMUNITY, '1940-05-01', []); // 85 but not alone
    await household(OTHER_COMMUNITY, '1950-05-01', ['solitary_elderly']); // alone but 75
    await household(OTHER_COMMUNITY, '1946-02-02', ['solitary_elderly']); // turns 80 the day after asOf

    expect((await as('community', 'POST', '/condolence-drives', drive())).statusCode).toBe(403);
    const created = await as('county', 'POST', '/condolence-drives', drive());
    expect(created.statusCode, created.body).toBe(201);
    const d = created.json();
    expect(d.planned).toEqual({ households: 3, persons: 4, personTimes: 4, cash: 80000, goodsValue: 33000, total: 113000 });
    expect(d.delivered.households).toBe(0);
    expect(d.goods.map((g: { name: string; planned: number; issued: number }) => [g.name, g.planned, g.issued])).toEqual([['大米', 3, 0], ['食用油', 6, 0]]);

    // The community sees its own part: the dibao and tekun households.
    const mine = (await as('community', 'GET', `/condolence-drives/${d.id}/lines`)).json();
    expect(mine.total).toBe(2);
    const byHousehold = new Map(mine.items.map((l: { householdId: number }) => [l.householdId, l]));
    expect(byHousehold.get(dibao.householdId)).toMatchObject({ persons: 2, cash: 40000, goodsValue: 11000, status: 'pending', headName: '钱建国' });
    expect(byHousehold.get(tekun.householdId)).toMatchObject({ persons: 1, cash: 20000 });
    const list = (await as('community', 'GET', '/condolence-drives')).json();
    expect(list.items.find((x: { id: number }) => x.id === d.id).planned.households).toBe(2);

    const dibaoLine = (byHousehold.get(dibao.householdId) as { id: number }).id;
    const deliver = (user: string, lineId: number, body: object) => as(user, 'POST', `/condolence-drives/${d.id}/lines/${lineId}/delivery`, body);
    const noProof = await deliver('community', dibaoLine, { recipientName: '钱建国' });
    expect(noProof.statusCode).toBe(400);
    expect(noProof.json().error.message).toContain('签名');
    const ok = await deliver('community', dibaoLine, { recipientName: '钱建国', signatureRef: SIGNATURE });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'delivered', recipientName: '钱建国', deliveredOn: '2026-02-10', deliveredBy: '张丽', signed: true });
    expect((await deliver('community', dibaoLine, { recipientName: '钱建国', signatureRef: SIGNATURE })).statusCode).toBe(409);

    // The other community's line is not the community worker's; the street delivers it with a photo.
    const streetLines = (await as('street', 'GET', `/condolence-drives/${d.id}/lines?areaCode=${OTHER_COMMUNITY}`)).json();
    expect(streetLines.items.map((l: { householdId: number }) => l.householdId)).toEqual([alone85]);
    const aloneLine = streetLines.items[0].id as number;
    expect((await deliver('community', aloneLine, { recipientName: '独居老人', photoRef: 'photo-1' })).statusCode).toBe(404);
    expect((await deliver('street', aloneLine, { recipientName: '独居老人', photoRef: 'photo-1', deliveredOn: '2026-02-09' })).statusCode).toBe(200);

    // The county's totals equal the sum over the delivered lines.
    const total = (await as('county', 'GET', `/condolence-drives/${d.id}`)).json();
    const delivered = (await as('county', 'GET', `/condolence-drives/${d.id}/lines?status=delivered`)).json().items as { persons: number; cash: number; goodsValue: number }[];
    expect(delivered).toHaveLength(2);
    const sum = delivered.reduce<{ households: number; persons: number; cash: number; goodsValue: number }>((s, l) => ({ households: s.households + 1, persons: s.persons + l.persons, cash: s.cash + l.cash, goodsValue: s.goodsValue + l.goodsValue }), { households: 0, persons: 0, cash: 0, goodsValue: 0 });
    expect(total.delivered).toEqual({ ...sum, personTimes: sum.persons, total: sum.cash + sum.goodsValue });
    expect(total.delivered).toEqual({ households: 2, persons: 3, personTimes: 3, cash: 60000, goodsValue: 22000, total: 82000 });
    expect(total.goods.map((g: { issued: number }) => g.issued)).toEqual([2, 4]);

    const audit = await t().deps.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'condolence_drive').where('entity_id', '=', String(d.id)).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['condolence.create', 'condolence.deliver', 'condolence.deliver']);
  });

  it('refuses a plan over budget or beyond the goods in stock, and keeps nothing of it', async () => {
    await enrolHousehold(t(), { areaCode: COMMUNITY, amount: 90000, startMonth: '2025-06' });
    const before = (await as('county', 'GET', '/condolence-drives')).json().total as number;
    const over = await as('county', 'POST', '/condolence-drives', drive({ budget: 100 }));
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({ code: 'condolence_over_budget', field: 'budget' });
    expect(over.json().error.message).toMatch(/超出预算 1\.00 元/);
    const short = await as('county', 'POST', '/condolence-drives', drive({ goods: [{ name: '棉被', unit: '床', unitPrice: 15000, perHousehold: 1, stock: 1 }] }));
    expect(short.statusCode).toBe(409);
    expect(short.json().error.message).toContain('棉被库存不足');
    expect((await as('county', 'GET', '/condolence-drives')).json().total).toBe(before);
    const lines = await t().deps.db.selectFrom('condolence_lines').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(lines.n)).toBe(3 + 0);
  });

  it('a street sets up a drive for its own area only; a household drive pays cash per household', async () => {
    expect((await as('street', 'POST', '/condolence-drives', drive({ areaCode: '420102011' }))).statusCode).toBe(403);
    const d = await as('street', 'POST', '/condolence-drives', drive({ areaCode: '420102010', occasion: 'double_ninth', cashBasis: 'household', cashAmount: 30000, goods: [], coverage: [{ minAge: 80 }] }));
    expect(d.statusCode, d.body).toBe(201);
    expect(d.json().planned).toMatchObject({ households: 2, persons: 2, cash: 60000, goodsValue: 0 });
  });
});
