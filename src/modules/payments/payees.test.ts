import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { uniqueIdNumber } from '../../../test/factories/household.ts';
import { enrolHousehold, multipartFile } from '../../../test/helpers/enrolment.ts';

/** Payees (issue 14): each test pays its own community, so payrolls never cover another test's households. */
describe.each(dialects)('payees, periods and shares on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2025-09-10T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const prepare = (body: object) => as('county', 'POST', '/payrolls', { program: 'dibao', ...body });
  const linesOf = async (id: number, query = '') => (await as('county', 'GET', `/payrolls/${id}/lines?pageSize=500${query}`)).json();
  const setPolicy = async (areaCode: string, key: string, value: unknown, effectiveFrom = '2025-01-01') => {
    const r = await as('county', 'POST', `/policies/${areaCode}/parameters`, { key, effectiveFrom, value });
    expect(r.statusCode, r.body).toBe(201);
  };

  /** Every account the registry knows, with the name it is held in. */
  async function holders(): Promise<Map<string, string>> {
    const db = t().deps.db;
    const out = new Map<string, string>();
    for (const r of await db.selectFrom('households').select(['bank_account', 'bank_account_holder']).execute()) if (r.bank_account) out.set(r.bank_account, r.bank_account_holder ?? '');
    for (const r of await db.selectFrom('persons').select(['bank_account', 'name']).execute()) if (r.bank_account) out.set(r.bank_account, r.name);
    for (const r of await db.selectFrom('enrolment_payees').select(['bank_account', 'name']).execute()) if (r.bank_account) out.set(r.bank_account, r.name ?? '');
    for (const r of await db.selectFrom('institutions').select(['bank_account', 'name']).execute()) out.set(r.bank_account, r.name);
    return out;
  }

  it('pays each line to the holder of the account it carries, refuses the others until corrected, and pays an institution once for its residents', async () => {
    const area = '420102003004';
    // A household benefit paid to its holder, the head (钱建国).
    const byHead = await enrolHousehold(t(), { areaCode: area, amount: 100000, startMonth: '2025-07' });
    // A household whose account is held by someone not on the file: refused.
    const stranger = await enrolHousehold(t(), { areaCode: area, amount: 90000, startMonth: '2025-07', accountHolder: '张三丰' });
    // 特困 for the head, with his own account (the household's is held by the grandchild).
    const own = await enrolHousehold(t(), {
      areaCode: area, amount: 80000, startMonth: '2025-07', program: 'tekun', personBased: true, accountHolder: '钱小宝',
      headAccount: { bankName: '中国农业银行武汉分行', accountNumber: '6228480012345678901' },
    });
    // 特困 for the head, no own account, the household's held by the grandchild: no account to pay.
    const noAccount = await enrolHousehold(t(), { areaCode: area, amount: 70000, startMonth: '2025-07', program: 'tekun', personBased: true, accountHolder: '钱小宝' });
    // 特困 paid to an agent (a relative) into the relative's account.
    const agent = await enrolHousehold(t(), { areaCode: area, amount: 60000, startMonth: '2025-07', program: 'tekun', personBased: true, accountHolder: '钱小宝' });
    const agentId = uniqueIdNumber({ birthDate: '1980-03-03' });
    const setAgent = await as('county', 'PUT', `/enrolments/${agent.enrolmentId}/payee`, {
      kind: 'relative', name: '钱大伟', idNumber: agentId, bankName: '中国银行武汉分行', accountNumber: '6013820000001234567', reason: '本人卧床，由儿子代领',
    });
    expect(setAgent.statusCode, setAgent.body).toBe(200);
    expect(setAgent.json()).toMatchObject({ kind: 'relative', name: '钱大伟', refusal: null });
    // Two 集中供养 residents paid to their care home.
    const home = await as('county', 'POST', '/institutions', { name: '江岸区社会福利院', areaCode: '420102', kind: 'welfare_home', bankName: '武汉农商行', accountNumber: '2010000012345678' });
    expect(home.statusCode, home.body).toBe(201);
    const residents = [
      await enrolHousehold(t(), { areaCode: area, amount: 50000, startMonth: '2025-07', program: 'tekun', personBased: true }),
      await enrolHousehold(t(), { areaCode: area, amount: 55000, startMonth: '2025-07', program: 'tekun', personBased: true }),
    ];
    for (const r of residents) {
      const put = await as('county', 'PUT', `/enrolments/${r.enrolmentId}/payee`, { kind: 'institution', institutionId: home.json().id, reason: '集中供养，由福利院代收' });
      expect(put.statusCode, put.body).toBe(200);
    }
    // Bad input is a 4xx naming the field: an agent without an ID number, an unknown institution.
    const missing = await as('county', 'PUT', `/enrolments/${agent.enrolmentId}/payee`, { kind: 'guardian', name: '某某', bankName: '某行', accountNumber: '62280000000', reason: 'x' });
    expect(missing.statusCode).toBe(400);
    const badId = await as('county', 'PUT', `/enrolments/${agent.enrolmentId}/payee`, { kind: 'guardian', name: '某某', idNumber: '420102198003030000', bankName: '某行', accountNumber: '62280000000', reason: 'x' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.field).toBe('idNumber');
    const noHome = await as('county', 'PUT', `/enrolments/${agent.enrolmentId}/payee`, { kind: 'institution', institutionId: 999999, reason: 'x' });
    expect(noHome.json().error).toMatchObject({ field: 'institutionId' });
    expect(noHome.statusCode).toBe(422);

    const dibao = (await prepare({ areaCode: area, month: '2025-07' })).json();
    const tekun = (await prepare({ program: 'tekun', areaCode: area, month: '2025-07' })).json();
    expect(dibao.refusedLines).toBe(1);
    expect(tekun.refusedLines).toBe(1);
    // The payroll as prepared counts its refused lines as failed, as a later read of it does.
    for (const p of [dibao, tekun]) expect(p.bankCounts).toEqual((await as('county', 'GET', `/payrolls/${p.id}`)).json().bankCounts);
    expect(dibao.bankCounts.failed).toBe(1);
    expect(tekun.institutions).toEqual([expect.objectContaining({ name: '江岸区社会福利院', amount: 105000, residents: ['钱建国', '钱建国'] })]);
    const refused = [...(await linesOf(dibao.id, '&refusal=any')).items, ...(await linesOf(tekun.id, '&refusal=any')).items];
    expect(refused.map((l: { enrolmentId: number; refusal: string }) => [l.enrolmentId, l.refusal]).sort()).toEqual(
      [[stranger.enrolmentId, 'holder_mismatch'], [noAccount.enrolmentId, 'no_account']].sort(),
    );
    // Statistics still count every resident: one line per enrolment.
    expect(tekun.persons).toBe(5);

    for (const p of [dibao, tekun]) expect((await as('clerk', 'POST', `/payrolls/${p.id}/approve`)).statusCode).toBe(200);
    const known = await holders();
    const csvRows = async (id: number) => (await as('county', 'GET', `/payrolls/${id}/bank-file?format=csv`)).body.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((r) => r.split(',').map((c) => c.replace(/^"=""(.*)"""$/, '$1')));
    const xlsxRows = async (id: number) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await as('county', 'GET', `/payrolls/${id}/bank-file?format=xlsx`)).rawPayload as unknown as ArrayBuffer);
      const rows: string[][] = [];
      wb.worksheets[0]!.eachRow((row, n) => {
        if (n > 1) rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
      });
      return rows;
    };
    for (const p of [dibao, tekun]) {
      for (const rows of [await csvRows(p.id), await xlsxRows(p.id)]) {
        // The rule the bank applies: the name on each line is the holder of the account it carries.
        for (const [name, , , account] of rows) expect(known.get(account!), `${name} → ${account}`).toBe(name);
        expect(rows.some((r) => r[3] === stranger.account)).toBe(false);
      }
    }
    const tekunRows = await csvRows(tekun.id);
    expect(tekunRows.map((r) => r[0]).sort()).toEqual(['江岸区社会福利院', '钱大伟', '钱建国'].sort());
    expect(tekunRows.find((r) => r[0] === '江岸区社会福利院')).toEqual(['江岸区社会福利院', '', '武汉农商行', '2010000012345678', '1050.00', `P${tekun.id}-I${home.json().id}`, '代收2人：钱建国、钱建国']);
    expect(tekunRows.find((r) => r[0] === '钱大伟')![1]).toBe(agentId);

    // The bank answers the institution's one transfer for every resident: a failure is owed to each, held on the institution's account.
    const result = ['业务参考号,状态,失败原因', `P${tekun.id}-I${home.json().id},失败,账户冻结`].join('\r\n');
    const cookie = await t().login('county');
    const upload = await t().app.inject({ method: 'POST', url: `/api/v1/payrolls/${tekun.id}/bank-result`, ...multipartFile(result, '回盘.csv'), headers: { ...multipartFile(result, '回盘.csv').headers, cookie } });
    expect(upload.json()).toEqual({ paid: 0, failed: 1, unknown: [] });
    const held = await t().deps.db.selectFrom('payment_adjustments').select(['enrolment_id', 'total_amount', 'held_account']).where('source', '=', 'bank_failure').where('enrolment_id', 'in', residents.map((r) => r.enrolmentId)).orderBy('enrolment_id').execute();
    expect(held.map((h) => [h.enrolment_id, Number(h.total_amount), h.held_account])).toEqual(residents.map((r, i) => [r.enrolmentId, [50000, 55000][i], '2010000012345678']));
    expect((await linesOf(tekun.id, '&bankStatus=failed')).total).toBe(3);

    // Corrections: the household names a member as holder; the person gets an account of his own.
    const file = (await as('county', 'GET', `/households/${stranger.householdId}`)).json();
    expect((await as('county', 'PATCH', `/households/${stranger.householdId}`, { version: file.version, bankAccount: { bankName: '中国工商银行', accountNumber: stranger.account, accountHolder: '钱小宝' } })).statusCode).toBe(200);
    const file2 = (await as('county', 'GET', `/households/${noAccount.householdId}`)).json();
    const patched = await as('county', 'PATCH', `/households/${noAccount.householdId}`, {
      version: file2.version, members: [{ personId: noAccount.headId, bankAccount: { bankName: '中国邮政储蓄银行', accountNumber: '6217990000000000042' } }],
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().members.find((m: { id: number }) => m.id === noAccount.headId).bankAccount).toEqual({ bankName: '中国邮政储蓄银行', accountNumberMasked: expect.stringMatching(/0042$/) });
    const audit = await t().deps.db.selectFrom('audit_log').select(['old_value', 'new_value']).where('entity_type', '=', 'household').where('entity_id', '=', String(noAccount.householdId)).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit.new_value).toContain('bank_account');
    expect(audit.new_value).not.toContain('6217990000000000042');

    // August pays July's refused months once, with August's, into the corrected accounts; September nothing more.
    const augDibao = (await prepare({ areaCode: area, month: '2025-08' })).json();
    const augTekun = (await prepare({ program: 'tekun', areaCode: area, month: '2025-08' })).json();
    expect(augDibao.refusedLines + augTekun.refusedLines).toBe(0);
    const backPay = [...(await linesOf(augDibao.id, '&kind=back_pay')).items, ...(await linesOf(augTekun.id, '&kind=back_pay')).items];
    expect(backPay.map((l: { enrolmentId: number; amount: number; payeeName: string }) => [l.enrolmentId, l.amount, l.payeeName]).sort()).toEqual(
      [[stranger.enrolmentId, 90000, '钱小宝'], [noAccount.enrolmentId, 70000, '钱建国']].sort(),
    );
    expect(augDibao.totalAmount).toBe(100000 + 90000 + 90000);
    const sepDibao = (await prepare({ areaCode: area, month: '2025-09' })).json();
    const sepTekun = (await prepare({ program: 'tekun', areaCode: area, month: '2025-09' })).json();
    expect((await linesOf(sepDibao.id, '&kind=back_pay')).total + (await linesOf(sepTekun.id, '&kind=back_pay')).total).toBe(0);
    // Preparing again is idempotent: the same payroll, no second hold.
    expect((await prepare({ areaCode: area, month: '2025-07' })).json().id).toBe(dibao.id);
    const holds = await t().deps.db.selectFrom('payment_adjustments').select(['enrolment_id', 'status']).where('source', '=', 'payee_refused').where('enrolment_id', 'in', [stranger.enrolmentId, noAccount.enrolmentId]).execute();
    expect(holds.map((h) => h.status)).toEqual(['settled', 'settled']);

    // The agent is shown on the enrolment, cleared (audited), and the person is paid again — here refused: no account of his own.
    expect((await as('county', 'GET', `/enrolments/${agent.enrolmentId}`)).json().payee).toMatchObject({ kind: 'relative', name: '钱大伟', reason: '本人卧床，由儿子代领' });
    const cleared = await as('county', 'DELETE', `/enrolments/${agent.enrolmentId}/payee`);
    expect(cleared.json()).toMatchObject({ kind: 'self', name: '钱建国', refusal: 'no_account' });
    const actions = (await t().deps.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'enrolment').where('entity_id', '=', String(agent.enrolmentId)).where('action', 'not like', 'read.%').execute()).map((a) => a.action);
    expect(actions).toEqual(['enrolment.payee', 'enrolment.payee_clear']);
    expect((await as('community', 'PUT', `/enrolments/${agent.enrolmentId}/payee`, { kind: 'institution', institutionId: home.json().id, reason: 'x' })).statusCode).toBe(404);
  });

  it('pays a quarterly program once per quarter, whichever month is asked, each month at the amount then in force', async () => {
    const area = '420102003011';
    await setPolicy(area, 'payments.periods', { tekun: 'quarterly' });
    const e = await enrolHousehold(t(), { areaCode: area, amount: 50000, startMonth: '2025-07', program: 'tekun', personBased: true });
    const raise = await as('county', 'POST', `/enrolments/${e.enrolmentId}/changes`, { kind: 'amount', effectiveMonth: '2025-11', monthlyAmount: 60000, reasonCode: 'policy_change', reason: '标准调整' });
    expect(raise.statusCode, raise.body).toBe(200);
    const period = (await as('county', 'GET', `/payrolls/period?program=tekun&areaCode=${area}&month=2025-11`)).json();
    expect(period).toEqual({ period: 'quarterly', months: ['2025-10', '2025-11', '2025-12'], month: '2025-10' });

    const q4 = await prepare({ program: 'tekun', areaCode: area, month: '2025-11' });
    expect(q4.statusCode).toBe(201);
    expect(q4.json()).toMatchObject({ period: 'quarterly', month: '2025-10', months: ['2025-10', '2025-11', '2025-12'], totalAmount: 50000 + 60000 + 60000 });
    const lines = (await linesOf(q4.json().id, '&kind=regular')).items;
    expect(lines.map((l: { forMonth: string; amount: number }) => [l.forMonth, l.amount])).toEqual([['2025-10', 50000], ['2025-11', 60000], ['2025-12', 60000]]);
    for (const m of ['2025-10', '2025-12']) {
      const again = await prepare({ program: 'tekun', areaCode: area, month: m });
      expect(again.statusCode).toBe(200);
      expect(again.json().id).toBe(q4.json().id);
    }
    // dibao stays monthly in the same community.
    expect((await prepare({ areaCode: area, month: '2025-11' })).json()).toMatchObject({ period: 'monthly', months: ['2025-11'] });
    // The area goes back to monthly from December: December's monthly payroll pays nothing twice.
    await setPolicy(area, 'payments.periods', {}, '2025-12-01');
    const dec = (await prepare({ program: 'tekun', areaCode: area, month: '2025-12' })).json();
    expect(dec).toMatchObject({ period: 'monthly', months: ['2025-12'], totalAmount: 0 });
    expect(await t().deps.db.selectFrom('payroll_lines').select('id').where('enrolment_id', '=', e.enrolmentId).where('for_month', '=', '2025-12').execute()).toHaveLength(1);
    // A month outside the period cannot be added to it.
    const outside = await prepare({ program: 'tekun', areaCode: area, month: '2025-10', months: ['2025-09', '2025-10'] });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.field).toBe('months');
  });

  it('pays half-yearly and yearly programs by their periods', async () => {
    const half = '420102003013';
    await setPolicy(half, 'payments.periods', { elderly_allowance: 'half_yearly' });
    await enrolHousehold(t(), { areaCode: half, amount: 10000, startMonth: '2025-07', program: 'elderly_allowance', personBased: true });
    const h2 = (await prepare({ program: 'elderly_allowance', areaCode: half, month: '2025-09' })).json();
    expect(h2).toMatchObject({ period: 'half_yearly', month: '2025-07', months: ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'], totalAmount: 60000 });
    expect((await prepare({ program: 'elderly_allowance', areaCode: half, month: '2025-12' })).json().id).toBe(h2.id);

    const year = '420102003007';
    await setPolicy(year, 'payments.periods', { disability_care: 'yearly' });
    await enrolHousehold(t(), { areaCode: year, amount: 10000, startMonth: '2025-04', program: 'disability_care', personBased: true });
    const y = (await prepare({ program: 'disability_care', areaCode: year, month: '2025-06' })).json();
    expect(y).toMatchObject({ period: 'yearly', month: '2025-01', totalAmount: 9 * 10000 });
    expect(y.months).toHaveLength(12);
    expect((await linesOf(y.id)).total).toBe(9);
  });

  it('shares each program by its own city share, and the monthly report follows', async () => {
    const area = '420102003008';
    await setPolicy(area, 'funding.programShares', { tekun: '0.7' });
    await enrolHousehold(t(), { areaCode: area, amount: 100000, startMonth: '2025-07' });
    await enrolHousehold(t(), { areaCode: area, amount: 100000, startMonth: '2025-07', program: 'tekun', personBased: true });
    const dibao = (await prepare({ areaCode: area, month: '2025-07' })).json();
    const tekun = (await prepare({ program: 'tekun', areaCode: area, month: '2025-07' })).json();
    expect(dibao).toMatchObject({ cityAmount: 50000, districtAmount: 50000, funding: { cityShare: '0.5', source: 'funding.cityShare' } });
    expect(tekun).toMatchObject({ cityAmount: 70000, districtAmount: 30000, funding: { cityShare: '0.7', source: 'funding.programShares.tekun' } });
    for (const p of [dibao, tekun]) await as('clerk', 'POST', `/payrolls/${p.id}/approve`);
    const report = (await as('county', 'GET', `/reports/monthly?areaCode=${area}&month=2025-07`)).json();
    expect(report.totals.programs.dibao).toMatchObject({ amount: 100000, cityAmount: 50000, districtAmount: 50000 });
    expect(report.totals.programs.tekun).toMatchObject({ amount: 100000, cityAmount: 70000, districtAmount: 30000 });
  });
});
