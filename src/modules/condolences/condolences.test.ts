import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { enrolHousehold, multipartFile } from '../../../test/helpers/enrolment.ts';
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
  it('pays the cash through a payroll once: a line per household with an account, paid to its holder; the others listed as withheld; approved by another user, sent to the bank', async () => {
    // Its own street, so the earlier tests' households stay out of this drive.
    const [c1, c2] = ['420102011002', '420102011002'];
    const paid = await enrolHousehold(t(), { areaCode: c1, amount: 90000, startMonth: '2025-06' }); // 2 persons, account held by the head 钱建国
    const stranger = await enrolHousehold(t(), { areaCode: c1, amount: 90000, startMonth: '2025-06', accountHolder: '赵外人' }); // holder not a member
    const handed = await enrolHousehold(t(), { areaCode: c1, amount: 90000, startMonth: '2025-06' });
    const noAccount = await household(c2, '1940-05-01', ['solitary_elderly']); // no account on file
    const created = await as('county', 'POST', '/condolence-drives', drive({ areaCode: '420102011', goods: [{ name: '大米', unit: '袋', unitPrice: 6000, perHousehold: 1, stock: 10 }] }));
    expect(created.statusCode, created.body).toBe(201);
    const d = created.json();
    expect(d.payroll).toBeNull();
    const lines = (await as('county', 'GET', `/condolence-drives/${d.id}/lines`)).json().items as { id: number; householdId: number; cash: number; cashRoute: string | null }[];
    expect(lines.map((l) => l.cashRoute)).toEqual([null, null, null, null]);
    const lineOf = (householdId: number) => lines.find((l) => l.householdId === householdId)!;
    // One household got its cash in hand before the county chose the payroll.
    expect((await as('county', 'POST', `/condolence-drives/${d.id}/lines/${lineOf(handed.householdId).id}/delivery`, { recipientName: '钱建国', signatureRef: SIGNATURE })).statusCode).toBe(200);

    for (const user of ['community', 'street']) {
      const refused = await as(user, 'POST', `/condolence-drives/${d.id}/payroll`);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.message).toBe('只有区县民政部门可以将慰问金纳入发放名册');
    }
    const made = await as('county', 'POST', `/condolence-drives/${d.id}/payroll`);
    expect(made.statusCode, made.body).toBe(201);
    const r = made.json();
    expect(r.created).toBe(true);
    expect(r.payroll).toMatchObject({ kind: 'lump_sum', program: 'condolence', title: '2026年春节走访慰问', status: 'prepared', areaCode: '420102011', month: '2026-02', households: 1, persons: 2 });
    // The payroll's total is the drive's cash of the households it can pay.
    const payable = lines.filter((l) => l.householdId === paid.householdId);
    expect(r.payroll.totalAmount).toBe(payable.reduce((s, l) => s + l.cash, 0));
    expect(r.payroll.totalAmount).toBe(40000);
    expect(r.withheldCount).toBe(2);
    expect(r.withheld.map((l: { householdId: number; cashRoute: string }) => [l.householdId, l.cashRoute]).sort()).toEqual(
      [[stranger.householdId, 'holder_mismatch'], [noAccount, 'no_account']].sort(),
    );

    const payrollLines = (await as('county', 'GET', `/payrolls/${r.payroll.id}/lines?pageSize=500`)).json();
    expect(payrollLines.total).toBe(1);
    expect(payrollLines.items[0]).toMatchObject({ householdId: paid.householdId, amount: 40000, kind: 'lump_sum', payeeName: '钱建国', reason: '2026年春节走访慰问慰问金' });
    expect(payrollLines.items[0].bankAccount).toMatch(new RegExp(`${paid.account.slice(-4)}$`));

    // Asked again: the same payroll.
    const again = await as('county', 'POST', `/condolence-drives/${d.id}/payroll`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, payroll: { id: r.payroll.id }, withheldCount: 2 });
    expect(Number((await t().deps.db.selectFrom('payrolls').select((eb) => eb.fn.countAll().as('n')).where('program', '=', 'condolence').executeTakeFirstOrThrow()).n)).toBe(1);

    // The drive and its lines show the route of the cash.
    const view = (await as('county', 'GET', `/condolence-drives/${d.id}`)).json();
    expect(view.payroll).toEqual({ id: r.payroll.id, lines: 1, cash: 40000, handedOver: 1, withheld: 2, withheldCash: lineOf(stranger.householdId).cash + lineOf(noAccount).cash });
    const after = (await as('county', 'GET', `/condolence-drives/${d.id}/lines`)).json().items as { householdId: number; cashRoute: string }[];
    expect(Object.fromEntries(after.map((l) => [l.householdId, l.cashRoute]))).toEqual({
      [paid.householdId]: 'payroll',
      [stranger.householdId]: 'holder_mismatch',
      [handed.householdId]: 'handed_over',
      [noAccount]: 'no_account',
    });

    // The payroll's own machinery: approval by another county user, the bank file, the bank's answer.
    expect((await as('county', 'POST', `/payrolls/${r.payroll.id}/approve`)).json().error.code).toBe('payroll_prepared_by_self');
    expect((await as('clerk', 'POST', `/payrolls/${r.payroll.id}/approve`)).statusCode).toBe(200);
    const csv = await as('county', 'GET', `/payrolls/${r.payroll.id}/bank-file?format=csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    const rows = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    const reference = `P${r.payroll.id}-D${lineOf(paid.householdId).id}`;
    expect(rows.slice(1).map((row) => row.split(',').map((c) => c.replace(/^"=""(.*)"""$/, '$1')))).toEqual([
      ['钱建国', expect.stringMatching(/^420102\d{11}[\dX]$/), '中国工商银行武汉江岸支行', paid.account, '400.00', reference, ''],
    ]);
    const result = ['业务参考号,状态,失败原因', `${reference},失败,账户已冻结`].join('\r\n');
    const cookie = await t().login('county');
    const imported = await t().app.inject({ method: 'POST', url: `/api/v1/payrolls/${r.payroll.id}/bank-result`, ...multipartFile(result, '回盘.csv'), headers: { ...multipartFile(result, '回盘.csv').headers, cookie } });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ paid: 0, failed: 1 });
    // A drive's failed transfer is no enrolment's back pay: it shows failed on the payroll.
    expect((await as('county', 'GET', `/payrolls/${r.payroll.id}/lines?pageSize=500`)).json().items[0]).toMatchObject({ bankStatus: 'failed', failureReason: '账户已冻结' });

    const audit = await t().deps.db.selectFrom('audit_log').select(['action', 'new_value']).where('entity_type', '=', 'condolence_drive').where('entity_id', '=', String(d.id)).where('action', '=', 'condolence.payroll').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.new_value!)).toMatchObject({ payrollId: r.payroll.id, lines: 1, cash: 40000, handedOver: 1, withheld: 2 });
  });

  it('a goods-only drive has no cash for the payroll', async () => {
    await enrolHousehold(t(), { areaCode: COMMUNITY, amount: 90000, startMonth: '2025-06' });
    const d = (await as('county', 'POST', '/condolence-drives', drive({ cashBasis: 'none', cashAmount: 0 }))).json();
    const res = await as('county', 'POST', `/condolence-drives/${d.id}/payroll`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('condolence_no_cash');
  });
});
