import { runJobsUntilIdle } from '../../src/modules/jobs/service.ts';
import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../factories/household.ts';
import { useTestApp } from '../helpers/test-app.ts';
import { dialects } from '../helpers/test-deps.ts';
import { csvLine } from '../../src/domain/csv-cell.ts';
import { sourceDefinition } from '../../src/domain/verification/sources.ts';
import { multipartFile } from '../helpers/enrolment.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

describe.each(dialects)('verification of a case on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2026-03-02T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: object | Buffer, headers: Record<string, string> = {}) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user), ...headers }, ...(payload === undefined ? {} : { payload }) });
  const act = (user: string, id: number, body: object) => as(user, 'POST', `/applications/${id}/transitions`, body);

  async function caseAtVerification() {
    const head = buildPerson({ name: '钱建国', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1962-05-05' }) });
    const spouse = buildPerson({ name: '吴秀兰', relation: 'spouse', employment: 'unemployed', idNumber: uniqueIdNumber({ birthDate: '1964-07-07', sex: 'female' }) });
    const child = buildPerson({ name: '钱小宝', relation: 'child', employment: 'not_applicable', student: true, idNumber: uniqueIdNumber({ birthDate: '2015-07-07' }) });
    const h = (await as('community', 'POST', '/households', buildHousehold({ members: [head, spouse, child], incomes: [{ idNumber: head.idNumber, type: 'pension', monthly: 50000 }], deductions: [], assets: [] }))).json();
    const id = (await as('community', 'POST', '/applications', { householdId: h.id, program: 'dibao', checklist: ['application_form', 'id_cards', 'consent'] })).json().id as number;
    await act('street', id, { action: 'accept' });
    await as('community', 'POST', `/applications/${id}/records`, { kind: 'investigation', happenedOn: '2026-03-03', staff: ['张丽', '王芳'], findings: '住房狭小' });
    expect((await act('community', id, { action: 'complete_investigation' })).json().state).toBe('verification');
    const members = await t().deps.db.selectFrom('persons').select(['id', 'name', 'id_number as idNumber']).where('household_id', '=', h.id).orderBy('id').execute();
    return { id, householdId: h.id as number, members, head: members.find((m) => m.name === '钱建国')!, spouse: members.find((m) => m.name === '吴秀兰')! };
  }
  const consent = (householdId: number, personId: number) => {
    const m = multipartFile(PDF, '核对授权书.pdf');
    return as('community', 'POST', `/households/${householdId}/members/${personId}/consent`, m.payload, m.headers);
  };

  it('needs every adult member\'s 核对授权书 before matching, naming who is missing', async () => {
    const c = await caseAtVerification();
    const none = await as('verifier', 'GET', `/applications/${c.id}/verification-findings`);
    expect(none.statusCode).toBe(409);
    expect(none.json().error.message).toBe('以下成年家庭成员尚未提交核对授权书：钱建国、吴秀兰');
    expect((await consent(c.householdId, c.head.id)).statusCode).toBe(201);
    const one = await as('verifier', 'GET', `/applications/${c.id}/verification-findings`);
    expect(one.json().error.message).toBe('以下成年家庭成员尚未提交核对授权书：吴秀兰');
    expect((await as('verifier', 'POST', `/applications/${c.id}/verification-report`, { conclusion: '申报属实' })).statusCode).toBe(409);
    await consent(c.householdId, c.spouse.id);
    const consents = (await as('verifier', 'GET', `/households/${c.householdId}/consents`)).json().items as { name: string; adult: boolean; documentId: number | null }[];
    expect(consents.map((x) => [x.name, x.adult, x.documentId !== null])).toEqual([['钱建国', true, true], ['吴秀兰', true, true], ['钱小宝', false, false]]);
    expect((await as('verifier', 'GET', `/applications/${c.id}/verification-findings`)).statusCode).toBe(200);
    // The verifier does not edit the file: the community collects the signed consent.
    const m = multipartFile(PDF, 'x.pdf');
    expect((await as('verifier', 'POST', `/households/${c.householdId}/members/${c.head.id}/consent`, m.payload, m.headers)).statusCode).toBe(403);
  });

  it('lists the findings, declared beside matched, writes the report from them and lets the street read them', async () => {
    const c = await caseAtVerification();
    await consent(c.householdId, c.head.id);
    await consent(c.householdId, c.spouse.id);
    const rows = [
      sourceDefinition('social_insurance').columns.map((x) => x.header),
      [c.head.name, c.head.idNumber, '养老金', '2300', '武汉市社保中心', '2026-01'],
      [c.spouse.name, c.spouse.idNumber, '社保缴费', '300', '', '2026-01'],
    ];
    const m = multipartFile(rows.map((r) => csvLine(r)).join('\n'), 'si.csv');
    const imported = await as('verifier', 'POST', '/data-sources/social_insurance/imports', m.payload, m.headers);
    expect(imported.statusCode).toBe(202);
    await runJobsUntilIdle(t().deps);
    expect((await as('verifier', 'GET', `/jobs/${imported.json().jobId}`)).json().result).toMatchObject({ rowCount: 2, badRowCount: 0 });

    const res = await as('verifier', 'GET', `/applications/${c.id}/verification-findings`);
    expect(res.statusCode, res.body).toBe(200);
    const f = res.json().findings;
    expect(f[0]).toMatchObject({ rule: 'undeclared_pension', breaksRule: true, source: 'social_insurance', personName: '钱建国', declared: '养老金 每月 500.00 元', matched: '养老金 每月 2,300.00 元' });
    expect(f[1]).toMatchObject({ rule: null, breaksRule: false, personName: '吴秀兰' });

    const street = await as('street', 'GET', `/applications/${c.id}/verification-findings`);
    expect(street.statusCode).toBe(200);
    expect((await as('admin', 'GET', `/applications/${c.id}/verification-findings`)).statusCode).toBe(403);

    expect((await as('street', 'POST', `/applications/${c.id}/verification-report`, { conclusion: 'x' })).statusCode).toBe(403);
    const report = await as('verifier', 'POST', `/applications/${c.id}/verification-report`, { conclusion: '申报养老金少报 1800 元/月，建议按核对结果计算' });
    expect(report.statusCode, report.body).toBe(200);
    const record = report.json().records.find((r: { kind: string }) => r.kind === 'verification');
    expect(record.data.items[0]).toEqual({ source: '人社（社保缴费、养老金、失业金、工资）', declared: '钱建国：养老金 每月 500.00 元', found: '养老金 每月 2,300.00 元', matches: false });
    // Every other source (医保 among them) is reported as checked with no record.
    expect(record.data.items.filter((i: { found: string }) => i.found === '无记录')).toHaveLength(10);
    const pdf = await as('street', 'GET', `/applications/${c.id}/verification-report.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await act('verifier', c.id, { action: 'complete_verification' })).json().state).toBe('street_review');
    const reads = await t().deps.db.selectFrom('audit_log').select('actor_username').where('action', '=', 'read.verification_findings').where('entity_id', '=', String(c.id)).execute();
    expect(reads.map((r) => r.actor_username)).toEqual(expect.arrayContaining(['verifier', 'street']));
  });

  it('keeps the hand-typed report for what reaches the centre outside the sources', async () => {
    const c = await caseAtVerification();
    const typed = { kind: 'verification', happenedOn: '2026-03-04', items: [{ source: '外市核对系统', declared: '无', found: '无', matches: true }], conclusion: '申报属实' };
    expect((await as('verifier', 'POST', `/applications/${c.id}/records`, typed)).statusCode).toBe(200);
    expect((await act('verifier', c.id, { action: 'complete_verification' })).json().state).toBe('street_review');
  });
});
