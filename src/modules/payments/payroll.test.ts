import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { actorForUsername } from '../auth/service.ts';
import { preparePayroll } from './service.ts';
import { enrolHousehold, multipartFile } from '../../../test/helpers/enrolment.ts';

/** Each test pays its own community, so payrolls of one test never cover another's households. */
describe.each(dialects)('payrolls on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2025-09-10T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const prepare = (body: object, user = 'county') => as(user, 'POST', '/payrolls', { program: 'dibao', ...body });
  const linesOf = async (id: number, query = '') => (await as('county', 'GET', `/payrolls/${id}/lines?pageSize=500${query}`)).json();

  it('pays every enrolment in force, totals equal the lines, and a re-run returns the same payroll', async () => {
    const area = '420102002003';
    const a = await enrolHousehold(t(), { areaCode: area, amount: 158000, startMonth: '2025-07' });
    const b = await enrolHousehold(t(), { areaCode: area, amount: 90000, startMonth: '2025-06' });
    await enrolHousehold(t(), { areaCode: area, amount: 50000, startMonth: '2025-08' }); // not yet started in July
    await enrolHousehold(t(), { areaCode: '420102002004', amount: 70000, startMonth: '2025-07' }); // another community

    const first = await prepare({ areaCode: area, month: '2025-07' });
    expect(first.statusCode).toBe(201);
    const p = first.json();
    expect(p).toMatchObject({
      kind: 'monthly', program: 'dibao', areaCode: area, areaName: '保成社区', month: '2025-07', months: ['2025-07'], status: 'prepared',
      households: 2, persons: 4, totalAmount: 248000, cityAmount: 124000, districtAmount: 124000, createdBy: 'county', approvedAt: null,
      bankCounts: { pending: 2, paid: 0, failed: 0 },
    });
    const lines = await linesOf(p.id);
    expect(lines.total).toBe(2);
    expect(lines.items.map((l: { amount: number }) => l.amount).reduce((s: number, v: number) => s + v, 0)).toBe(p.totalAmount);
    const la = lines.items.find((l: { enrolmentId: number }) => l.enrolmentId === a.enrolmentId);
    // Frozen head counts: a 70-year-old head and a 10-year-old child.
    expect(la).toMatchObject({ kind: 'regular', forMonth: '2025-07', amount: 158000, persons: 2, category: 'A', bankAccount: `${'*'.repeat(a.account.length - 4)}${a.account.slice(-4)}`, reference: `P${p.id}-${a.enrolmentId}-2025-07-R`, bankStatus: 'pending', change: 'new' });
    const frozen = await t().deps.db.selectFrom('payroll_lines').select(['elderly', 'minors', 'disabled']).where('id', '=', la.id).executeTakeFirstOrThrow();
    expect(frozen).toEqual({ elderly: 1, minors: 1, disabled: 0 });
    expect(lines.items.find((l: { enrolmentId: number }) => l.enrolmentId === b.enrolmentId).amount).toBe(90000);

    const again = await prepare({ areaCode: area, month: '2025-07' });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(p.id);
    expect(await t().deps.db.selectFrom('payrolls').select('id').where('area_code', '=', area).execute()).toHaveLength(1);

    // August: the third household starts; the two others are the same as in July.
    const aug = (await prepare({ areaCode: area, month: '2025-08' })).json();
    expect(aug).toMatchObject({ households: 3, totalAmount: 298000, differences: { new: 1, changed: 0, stopped: 0 } });
    expect((await linesOf(aug.id, '&change=same')).total).toBe(2);
    expect((await linesOf(aug.id, '&change=new')).total).toBe(1);
    const listed = (await as('county', 'GET', `/payrolls?areaCode=${area}`)).json();
    expect(listed.total).toBe(2);
    expect(listed.items.map((i: { month: string }) => i.month)).toEqual(['2025-08', '2025-07']);
  });

  it('creates one payroll from two concurrent requests', async () => {
    const area = '420102002005';
    for (let i = 0; i < 3; i++) await enrolHousehold(t(), { areaCode: area, amount: 60000 + i, startMonth: '2025-07' });
    const county = await actorForUsername(t().deps, 'county');
    const [x, y] = await Promise.all([
      preparePayroll(t().deps, county, { program: 'dibao', areaCode: area, month: '2025-07' }),
      preparePayroll(t().deps, county, { program: 'dibao', areaCode: area, month: '2025-07' }),
    ]);
    expect(x.payroll.id).toBe(y.payroll.id);
    expect([x.created, y.created].sort()).toEqual([false, true]);
    expect(await t().deps.db.selectFrom('payrolls').select('id').where('area_code', '=', area).execute()).toHaveLength(1);
    expect(await t().deps.db.selectFrom('payroll_lines').select('id').where('payroll_id', '=', x.payroll.id).execute()).toHaveLength(3);
    const [h1, h2] = await Promise.all([prepare({ areaCode: area, month: '2025-08' }), prepare({ areaCode: area, month: '2025-08' })]);
    expect([h1.statusCode, h2.statusCode].sort()).toEqual([200, 201]);
    expect(h1.json().id).toBe(h2.json().id);
  });

  it('leaves nothing behind when the run stops half-way, and a later run makes the whole payroll', async () => {
    const area = '420102003001';
    await enrolHousehold(t(), { areaCode: area, amount: 80000, startMonth: '2025-07' });
    const county = await actorForUsername(t().deps, 'county');
    const crash = preparePayroll(t().deps, county, { program: 'dibao', areaCode: area, month: '2025-07' }, {
      onPhase: (phase) => {
        if (phase === 'lines') throw new Error('killed after the lines insert');
      },
    });
    await expect(crash).rejects.toThrow('killed after the lines insert');
    expect(await t().deps.db.selectFrom('payrolls').select('id').where('area_code', '=', area).execute()).toHaveLength(0);
    expect(await t().deps.db.selectFrom('payroll_lines').select('id').where('area_code', '=', area).execute()).toHaveLength(0);
    const whole = await preparePayroll(t().deps, county, { program: 'dibao', areaCode: area, month: '2025-07' });
    expect(whole).toMatchObject({ created: true, payroll: { households: 1, totalAmount: 80000 } });
  });

  it('pays back a retroactive raise in the next payroll', async () => {
    const area = '420102003002';
    const e = await enrolHousehold(t(), { areaCode: area, amount: 100000, startMonth: '2025-07' });
    await prepare({ areaCode: area, month: '2025-07' });
    await prepare({ areaCode: area, month: '2025-08' });
    const raised = await as('street', 'POST', `/enrolments/${e.enrolmentId}/changes`, { kind: 'amount', effectiveMonth: '2025-07', monthlyAmount: 120000, reasonCode: 'review', reason: '复核：家庭收入减少' });
    // The street office acts only in its own street (二七街道), this household is elsewhere.
    expect(raised.statusCode).toBe(404);
    const ok = await as('county', 'POST', `/enrolments/${e.enrolmentId}/changes`, { kind: 'amount', effectiveMonth: '2025-07', monthlyAmount: 120000, reasonCode: 'review', reason: '复核：家庭收入减少' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().adjustment).toMatchObject({ kind: 'back_pay', totalAmount: 40000, settledAmount: 0, status: 'open', source: 'retroactive_change' });
    expect(ok.json().enrolment).toMatchObject({ monthlyAmount: 120000, status: 'active' });
    const sep = (await prepare({ areaCode: area, month: '2025-09' })).json();
    expect(sep).toMatchObject({ totalAmount: 160000, differences: { changed: 1 } });
    const lines = (await linesOf(sep.id)).items;
    expect(lines.map((l: { kind: string; amount: number }) => [l.kind, l.amount]).sort()).toEqual([['back_pay', 40000], ['regular', 120000]]);
    expect(lines.find((l: { kind: string }) => l.kind === 'regular')).toMatchObject({ change: 'changed', previousAmount: 100000 });
    const detail = (await as('county', 'GET', `/enrolments/${e.enrolmentId}`)).json();
    expect(detail.adjustments).toEqual([expect.objectContaining({ kind: 'back_pay', totalAmount: 40000, settledAmount: 40000, status: 'settled' })]);
    expect(detail.changes.map((c: { kind: string }) => c.kind)).toEqual(['start', 'amount']);
    expect(detail.payments).toHaveLength(4);
    // Paid once: October has no back pay left.
    const oct = (await prepare({ areaCode: area, month: '2025-10' })).json();
    expect(oct.totalAmount).toBe(120000);
  });

  it('recovers a retroactive cut over months within the monthly limit', async () => {
    const area = '420102003004';
    const e = await enrolHousehold(t(), { areaCode: area, amount: 100000, startMonth: '2025-07' });
    await prepare({ areaCode: area, month: '2025-07' });
    await prepare({ areaCode: area, month: '2025-08' });
    const cut = await as('county', 'POST', `/enrolments/${e.enrolmentId}/changes`, {
      kind: 'amount', effectiveMonth: '2025-07', monthlyAmount: 80000, reasonCode: 'review', reason: '复核：子女务工收入', recoveryMonthlyLimit: 15000,
    });
    expect(cut.json().adjustment).toMatchObject({ kind: 'recovery', totalAmount: 40000, monthlyLimit: 15000 });
    const amounts: number[][] = [];
    for (const month of ['2025-09', '2025-10', '2025-11', '2025-12']) {
      const p = (await prepare({ areaCode: area, month })).json();
      const lines = (await linesOf(p.id)).items as { kind: string; amount: number }[];
      amounts.push(lines.filter((l) => l.kind === 'recovery').map((l) => l.amount));
      expect(p.totalAmount).toBe(lines.reduce((s, l) => s + l.amount, 0));
    }
    expect(amounts).toEqual([[-15000], [-15000], [-10000], []]);
    const detail = (await as('county', 'GET', `/enrolments/${e.enrolmentId}`)).json();
    expect(detail.adjustments[0]).toMatchObject({ settledAmount: 40000, status: 'settled' });
  });

  it('suspends, resumes and stops from the months decided, and lists who stopped', async () => {
    const area = '420102003007';
    const e = await enrolHousehold(t(), { areaCode: area, amount: 100000, startMonth: '2025-07' });
    const other = await enrolHousehold(t(), { areaCode: area, amount: 50000, startMonth: '2025-07' });
    const change = (id: number, body: object) => as('county', 'POST', `/enrolments/${id}/changes`, body);
    expect((await change(e.enrolmentId, { kind: 'suspend', effectiveMonth: '2025-10', reasonCode: 'review_pending', reason: '待复核' })).json().adjustment).toBeNull();
    expect((await change(e.enrolmentId, { kind: 'resume', effectiveMonth: '2025-12', reasonCode: 'review_passed', reason: '复核通过' })).statusCode).toBe(200);
    const stop = await change(other.enrolmentId, { kind: 'stop', effectiveMonth: '2025-11', reasonCode: 'income_rise', reason: '收入超过标准' });
    expect(stop.json().enrolment).toMatchObject({ endMonth: '2025-10', stopReason: 'income_rise' });
    // A stop is final; a resume needs a suspension; the reason code must suit the kind.
    expect((await change(other.enrolmentId, { kind: 'amount', effectiveMonth: '2025-12', monthlyAmount: 1, reasonCode: 'review', reason: 'x' })).statusCode).toBe(409);
    expect((await change(e.enrolmentId, { kind: 'resume', effectiveMonth: '2025-08', reasonCode: 'review_passed', reason: 'x' })).statusCode).toBe(409);
    const bad = await change(e.enrolmentId, { kind: 'stop', effectiveMonth: '2026-03', reasonCode: 'review', reason: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('reasonCode');

    const totals: Record<string, number> = {};
    for (const month of ['2025-09', '2025-10', '2025-11', '2025-12']) totals[month] = (await prepare({ areaCode: area, month })).json().totalAmount;
    expect(totals).toEqual({ '2025-09': 150000, '2025-10': 50000, '2025-11': 0, '2025-12': 100000 });
    const nov = (await as('county', 'GET', `/payrolls?areaCode=${area}&month=2025-11`)).json().items[0];
    expect(nov.differences.stopped).toBe(1);
    const stopped = (await as('county', 'GET', `/payrolls/${nov.id}/stopped`)).json().items;
    expect(stopped).toEqual([expect.objectContaining({ enrolmentId: other.enrolmentId, previousAmount: 50000, stopReason: 'income_rise' })]);
    const oct = (await as('county', 'GET', `/payrolls?areaCode=${area}&month=2025-10`)).json().items[0];
    expect((await as('county', 'GET', `/payrolls/${oct.id}/stopped`)).json().items).toEqual([expect.objectContaining({ enrolmentId: e.enrolmentId, stopReason: 'suspended' })]);
    // A stop dated back into paid months turns into a recovery of what was paid since.
    const late = await change(e.enrolmentId, { kind: 'stop', effectiveMonth: '2025-12', reasonCode: 'death', reason: '死亡' });
    expect(late.json().adjustment).toMatchObject({ kind: 'recovery', totalAmount: 100000 });
  });

  it('pays January and February together before the Spring Festival, each month once, and a lump sum per person', async () => {
    const area = '420102004003';
    const e = await enrolHousehold(t(), { areaCode: area, amount: 100000, startMonth: '2025-12' });
    const both = await prepare({ areaCode: area, month: '2026-01', months: ['2026-01', '2026-02'] });
    expect(both.statusCode).toBe(201);
    expect(both.json()).toMatchObject({ months: ['2026-01', '2026-02'], households: 1, persons: 2, totalAmount: 200000 });
    const lines = (await linesOf(both.json().id)).items;
    expect(lines.map((l: { forMonth: string }) => l.forMonth).sort()).toEqual(['2026-01', '2026-02']);
    const late = await enrolHousehold(t(), { areaCode: area, amount: 30000, startMonth: '2026-02' });
    const feb = await prepare({ areaCode: area, month: '2026-02' });
    expect(feb.statusCode).toBe(201);
    const febLines = (await linesOf(feb.json().id)).items;
    expect(febLines.map((l: { enrolmentId: number }) => l.enrolmentId)).toEqual([late.enrolmentId]);
    expect(febLines.some((l: { enrolmentId: number }) => l.enrolmentId === e.enrolmentId)).toBe(false);
    expect(feb.json().differences.stopped).toBe(0);
    expect((await prepare({ areaCode: area, month: '2026-01' })).json().id).toBe(both.json().id);
    const bad = await prepare({ areaCode: area, month: '2026-03', months: ['2026-04'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('months');

    const lump = { title: '2026 年春节一次性生活补助', program: 'dibao', areaCode: area, month: '2026-01', amountPerPerson: 30000 };
    const made = await as('county', 'POST', '/payrolls/lump-sums', lump);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ kind: 'lump_sum', lumpSumPerPerson: 30000, households: 1, totalAmount: 60000, title: lump.title });
    expect((await linesOf(made.json().id)).items[0]).toMatchObject({ kind: 'lump_sum', amount: 60000, change: null });
    const twice = await as('county', 'POST', '/payrolls/lump-sums', lump);
    expect(twice.statusCode).toBe(200);
    expect(twice.json().id).toBe(made.json().id);
  });

  it('approves by the county only, once; keeps other areas out; masks for every role', async () => {
    const area = '420102010002';
    await enrolHousehold(t(), { areaCode: area, amount: 100000, startMonth: '2025-07' });
    expect((await prepare({ areaCode: area, month: '2025-07' }, 'community')).statusCode).toBe(403);
    expect((await prepare({ areaCode: area, month: '2025-07' }, 'auditor')).statusCode).toBe(403);
    expect((await prepare({ areaCode: '420102003001', month: '2025-07' }, 'street')).statusCode).toBe(403);
    const made = await prepare({ areaCode: area, month: '2025-07' }, 'street');
    expect(made.statusCode).toBe(201);
    const id = made.json().id;
    expect((await as('street', 'POST', `/payrolls/${id}/approve`)).statusCode).toBe(403);
    expect((await as('admin', 'POST', `/payrolls/${id}/approve`)).statusCode).toBe(403);
    expect((await as('county', 'GET', `/payrolls/${id}/bank-file`)).statusCode).toBe(409);
    const approved = await as('county', 'POST', `/payrolls/${id}/approve`);
    expect(approved.json()).toMatchObject({ status: 'approved', approvedBy: 'county' });
    expect((await as('county', 'POST', `/payrolls/${id}/approve`)).statusCode).toBe(409);

    const elsewhere = (await prepare({ areaCode: '420102003001', month: '2025-12' })).json();
    expect((await as('street', 'GET', `/payrolls/${elsewhere.id}`)).statusCode).toBe(404);
    expect((await as('street', 'GET', `/payrolls/${elsewhere.id}/lines`)).statusCode).toBe(404);
    expect((await as('street', 'GET', '/payrolls?areaCode=420102003')).statusCode).toBe(404);
    const streetList = (await as('street', 'GET', '/payrolls')).json();
    expect(streetList.items.every((p: { areaCode: string }) => p.areaCode.startsWith('420102010'))).toBe(true);
    const adminLine = (await as('admin', 'GET', `/payrolls/${id}/lines`)).json().items[0];
    expect(adminLine.payeeIdNumber).toMatch(/^\d{4}\*{10}\w{4}$/);
    expect(adminLine.bankAccount).toMatch(/^\*+\d{4}$/);
    // The county sees the list masked too: a full number is one audited reveal away (test/security/exposure.test.ts).
    expect((await as('county', 'GET', `/payrolls/${id}/lines`)).json().items[0].payeeIdNumber).toMatch(/^\d{4}\*{10}\w{4}$/);
  });

  it('writes the bank file, reads the result, and pays a failed transfer again once the account is fixed', async () => {
    const area = '420102004005';
    const good = await enrolHousehold(t(), { areaCode: area, amount: 123450, startMonth: '2025-07' });
    const bad = await enrolHousehold(t(), { areaCode: area, amount: 80000, startMonth: '2025-07' });
    const p = (await prepare({ areaCode: area, month: '2025-07' })).json();
    await as('clerk', 'POST', `/payrolls/${p.id}/approve`);
    const csv = await as('county', 'GET', `/payrolls/${p.id}/bank-file?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe('姓名,身份证号,开户银行,银行账号,金额(元),业务参考号,备注');
    expect(rows).toHaveLength(3);
    const goodRow = rows.find((r) => r.includes(`-${good.enrolmentId}-2025-07-R,`))!.split(',').map((c) => c.replace(/^"=""(.*)"""$/, '$1'));
    // ID and account numbers are kept as text for Excel (="…").
    expect(rows.find((r) => r.includes(`-${good.enrolmentId}-2025-07-R,`))).toContain(`"=""${good.account}"""`);
    expect(goodRow).toEqual(['钱建国', expect.stringMatching(/^420102\d{11}[\dX]$/), '中国工商银行武汉江岸支行', good.account, '1234.50', `P${p.id}-${good.enrolmentId}-2025-07-R`, '']);

    const xlsx = await as('county', 'GET', `/payrolls/${p.id}/bank-file?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(5).value).toBe('金额(元)');
    const xlsxRefs = [2, 3].map((r) => String(sheet.getRow(r).getCell(6).value));
    expect(xlsxRefs).toContain(`P${p.id}-${good.enrolmentId}-2025-07-R`);

    const badRef = `P${p.id}-${bad.enrolmentId}-2025-07-R`;
    const result = ['业务参考号,状态,失败原因', `P${p.id}-${good.enrolmentId}-2025-07-R,成功,`, `${badRef},失败,账户已销户`, 'P999-1-2025-07-R,成功,'].join('\r\n');
    const upload = () => t().login('county').then((cookie) => t().app.inject({ method: 'POST', url: `/api/v1/payrolls/${p.id}/bank-result`, ...multipartFile(result, '回盘.csv'), headers: { ...multipartFile(result, '回盘.csv').headers, cookie } }));
    const imported = await upload();
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toEqual({ paid: 1, failed: 1, unknown: ['P999-1-2025-07-R'] });
    expect((await upload()).json()).toMatchObject({ paid: 1, failed: 1 }); // the same file again adds no second back pay
    const after = (await as('county', 'GET', `/payrolls/${p.id}`)).json();
    expect(after).toMatchObject({ bankCounts: { pending: 0, paid: 1, failed: 1 }, bankResultAt: expect.any(String) });
    expect((await linesOf(p.id, '&bankStatus=failed')).items[0]).toMatchObject({ enrolmentId: bad.enrolmentId, failureReason: '账户已销户' });

    // August: the account is unchanged, so the failed July payment waits.
    const aug = (await prepare({ areaCode: area, month: '2025-08' })).json();
    expect((await linesOf(aug.id, '&kind=back_pay')).total).toBe(0);
    const file = (await as('county', 'GET', `/households/${bad.householdId}`)).json();
    const fixed = await as('county', 'PATCH', `/households/${bad.householdId}`, {
      version: file.version,
      bankAccount: { bankName: '中国建设银行武汉江岸支行', accountNumber: '6227001234567890123', accountHolder: '钱建国' },
    });
    expect(fixed.statusCode).toBe(200);
    const sep = (await prepare({ areaCode: area, month: '2025-09' })).json();
    const backPay = (await linesOf(sep.id, '&kind=back_pay')).items;
    expect(backPay).toEqual([expect.objectContaining({ enrolmentId: bad.enrolmentId, amount: 80000, bankAccount: '***************0123' })]);
    expect(sep.totalAmount).toBe(123450 + 80000 + 80000);
    const oct = (await prepare({ areaCode: area, month: '2025-10' })).json();
    expect((await linesOf(oct.id, '&kind=back_pay')).total).toBe(0);

    const wrong = await t().login('county').then((cookie) => t().app.inject({ method: 'POST', url: `/api/v1/payrolls/${p.id}/bank-result`, ...multipartFile('a,b\n1,2', 'x.txt'), headers: { ...multipartFile('a,b', 'x.txt').headers, cookie } }));
    expect(wrong.statusCode).toBe(415);
  });

  it('pays a temporary grant once, and a person-based subsidy for one person', async () => {
    const area = '420102005001';
    const grant = await enrolHousehold(t(), { areaCode: area, amount: 200000, startMonth: '2025-07', program: 'temporary' });
    const person = await enrolHousehold(t(), { areaCode: area, amount: 10000, startMonth: '2025-07', program: 'elderly_allowance', personBased: true });
    const changes = await t().deps.db.selectFrom('enrolment_changes').select(['kind', 'effective_month']).where('enrolment_id', '=', grant.enrolmentId).orderBy('id').execute();
    expect(changes).toEqual([{ kind: 'start', effective_month: '2025-07' }, { kind: 'stop', effective_month: '2025-08' }]);
    const july = (await prepare({ program: 'temporary', areaCode: area, month: '2025-07' })).json();
    expect(july).toMatchObject({ households: 1, totalAmount: 200000 });
    expect((await prepare({ program: 'temporary', areaCode: area, month: '2025-08' })).json().totalAmount).toBe(0);
    const allowance = (await prepare({ program: 'elderly_allowance', areaCode: area, month: '2025-07' })).json();
    expect(allowance).toMatchObject({ households: 1, persons: 1, totalAmount: 10000 });
    const line = await t().deps.db.selectFrom('payroll_lines').selectAll().where('payroll_id', '=', allowance.id).executeTakeFirstOrThrow();
    expect(line).toMatchObject({ enrolment_id: person.enrolmentId, persons: 1, elderly: 1, minors: 0, category: null, payee_name: '钱建国' });
  });

  it('documents every payments endpoint in the OpenAPI schema', async () => {
    const paths = Object.keys((await t().app.inject({ method: 'GET', url: '/api/openapi.json' })).json().paths);
    for (const p of ['/api/v1/payrolls', '/api/v1/payrolls/lump-sums', '/api/v1/payrolls/{id}', '/api/v1/payrolls/{id}/lines', '/api/v1/payrolls/{id}/stopped',
      '/api/v1/payrolls/{id}/approve', '/api/v1/payrolls/{id}/bank-file', '/api/v1/payrolls/{id}/bank-result', '/api/v1/enrolments', '/api/v1/enrolments/{id}', '/api/v1/enrolments/{id}/changes']) {
      expect(paths).toContain(p);
    }
  });

  it('refuses a change before the start and by roles that may not decide', async () => {
    const e = await enrolHousehold(t(), { areaCode: '420102004006', amount: 100000, startMonth: '2025-07' });
    const before = await as('county', 'POST', `/enrolments/${e.enrolmentId}/changes`, { kind: 'suspend', effectiveMonth: '2025-06', reasonCode: 'other', reason: 'x' });
    expect(before.statusCode).toBe(422);
    expect(before.json().error).toMatchObject({ code: 'enrolment_change_before_start', field: 'effectiveMonth' });
    expect(before.json().error.message).toContain('2025-07');
    expect((await as('auditor', 'POST', `/enrolments/${e.enrolmentId}/changes`, { kind: 'suspend', effectiveMonth: '2025-09', reasonCode: 'other', reason: 'x' })).statusCode).toBe(403);
    const list = (await as('county', 'GET', '/enrolments?areaCode=420102004006')).json();
    expect(list).toMatchObject({ total: 1, items: [{ id: e.enrolmentId, monthlyAmount: 100000, coveredPersons: 2, status: 'active', payeeName: '钱建国', areaName: expect.any(String) }] });
    expect((await as('street', 'GET', `/enrolments/${e.enrolmentId}`)).statusCode).toBe(404);
  });
});
