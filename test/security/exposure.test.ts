/**
 * Issue 15, points 3 and 4: no bulk personal data without a trace, health data only for the
 * roles that need it. Across modules: every response that lists payroll lines, payees or
 * institutions carries masked numbers only; a full number is one audited reveal, refused out
 * of role and out of area; the bank file (which must carry full numbers) is audited; each
 * sensitive read leaves exactly one audit entry; diagnoses are redacted in the change history
 * and the audit log for roles without viewHealth.
 */
import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../factories/household.ts';
import { useTestApp } from '../helpers/test-app.ts';
import { dialects } from '../helpers/test-deps.ts';
import { REDACTED } from '../../src/domain/health-redaction.ts';
import { actorForUsername } from '../../src/modules/auth/service.ts';
import { enrolHousehold } from '../helpers/enrolment.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A full 18-character ID number anywhere in a body. */
const FULL_ID = /(?<![\dA-Za-z])\d{17}[\dX](?![\dA-Za-z])/;
/** A run of 13 or more digits: longer than any area code (12), as every bank account is. */
const LONG_DIGITS = /\d{13,}/;

function expectNoFullNumbers(body: string, known: string[], where: string) {
  expect(body, `${where}: an 18-digit ID number`).not.toMatch(FULL_ID);
  expect(body, `${where}: a long account number`).not.toMatch(LONG_DIGITS);
  for (const k of known) expect(body, `${where}: ${k}`).not.toContain(k);
}

describe.each(dialects)('exposure of personal data on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2025-09-10T02:00:00.000Z' });
  const sessions = new Map<string, string>();
  const cookieOf = async (user: string) => {
    if (!sessions.has(user)) sessions.set(user, await t().login(user));
    return sessions.get(user)!;
  };
  const as = async (user: string, method: Method, url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await cookieOf(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const headSeq = async () => (await t().deps.db.selectFrom('audit_head').select('seq').where('id', '=', 1).executeTakeFirstOrThrow()).seq;
  const entriesAfter = (seq: number) => t().deps.db.selectFrom('audit_log').selectAll().where('seq', '>', seq).orderBy('seq').execute();
  /** Runs the request (sessions opened beforehand) and returns it with the audit entries it wrote. */
  const audited = async (user: string, method: Method, url: string, payload?: unknown) => {
    await cookieOf(user);
    const before = await headSeq();
    const res = await as(user, method, url, payload);
    return { res, entries: await entriesAfter(before) };
  };

  describe('payroll lines, payees and institutions', () => {
    const area = '420102010002';
    let payrollId = 0;
    let augustId = 0;
    const known: string[] = [];
    let enrolled: Awaited<ReturnType<typeof enrolHousehold>>[] = [];
    let institutionId = 0;

    it('sets up: four households paid in July, one through a relative, one through a care home; one stopped in August', async () => {
      enrolled = [];
      for (const amount of [100000, 90000, 80000, 70000]) enrolled.push(await enrolHousehold(t(), { areaCode: area, amount, startMonth: '2025-07' }));
      const agentId = uniqueIdNumber({ birthDate: '1980-01-01' });
      const agentAccount = '6013820000007654321';
      expect((await as('county', 'PUT', `/enrolments/${enrolled[1]!.enrolmentId}/payee`, { kind: 'relative', name: '钱大伟', idNumber: agentId, bankName: '中国银行', accountNumber: agentAccount, reason: '本人卧床' })).statusCode).toBe(200);
      const home = await as('county', 'POST', '/institutions', { name: '江岸区曝光测试福利院', areaCode: '420102', kind: 'welfare_home', bankName: '武汉农商行', accountNumber: '2010000099998888' });
      expect(home.statusCode).toBe(201);
      expectNoFullNumbers(home.body, ['2010000099998888'], 'POST /institutions');
      institutionId = home.json().id;
      expect((await as('county', 'PUT', `/enrolments/${enrolled[2]!.enrolmentId}/payee`, { kind: 'institution', institutionId, reason: '集中供养' })).statusCode).toBe(200);
      const persons = await t().deps.db.selectFrom('persons').select(['id_number']).where('household_id', 'in', enrolled.map((e) => e.householdId)).execute();
      known.push(...persons.map((p) => p.id_number), ...enrolled.map((e) => e.account), agentId, agentAccount, '2010000099998888');

      const july = await as('county', 'POST', '/payrolls', { program: 'dibao', areaCode: area, month: '2025-07' });
      expect(july.statusCode).toBe(201);
      payrollId = july.json().id;
      const stop = await as('county', 'POST', `/enrolments/${enrolled[3]!.enrolmentId}/changes`, { kind: 'stop', effectiveMonth: '2025-08', reasonCode: 'income_rise', reason: '收入超标' });
      expect(stop.statusCode).toBe(200);
      augustId = (await as('county', 'POST', '/payrolls', { program: 'dibao', areaCode: area, month: '2025-08' })).json().id;
    });

    it('lists every line, payee and institution masked, for every role that reads them', async () => {
      for (const user of ['county', 'street', 'community', 'auditor', 'admin']) {
        const community = user === 'community';
        // The community worker of 操场社区 does not see a payroll of 420102010002: a 404, nothing else.
        for (const url of [`/payrolls/${payrollId}/lines?pageSize=500`, `/payrolls/${augustId}/stopped`, `/payrolls/${payrollId}`, `/payrolls?areaCode=${area}`, `/enrolments/${enrolled[1]!.enrolmentId}`, `/enrolments/${enrolled[2]!.enrolmentId}`, '/institutions']) {
          const res = await as(user, 'GET', url);
          if (community && url !== '/institutions') {
            expect(res.statusCode, `${user} ${url}`).toBe(404);
            continue;
          }
          expect(res.statusCode, `${user} ${url}`).toBe(200);
          expectNoFullNumbers(res.body, known, `${user} GET ${url}`);
        }
      }
      const lines = (await as('county', 'GET', `/payrolls/${payrollId}/lines?pageSize=500`)).json().items;
      expect(lines.length).toBe(4);
      for (const l of lines) {
        // A care home has an account, no ID number.
        expect(l.payeeIdNumber).toMatch(l.payeeKind === 'institution' ? /^$/ : /^\d{4}\*{10}[\dX]{4}$/);
        expect(l.bankAccount).toMatch(/^\*+\d{4}$/);
      }
      expect((await as('county', 'GET', `/payrolls/${augustId}/stopped`)).json().items).toEqual([expect.objectContaining({ enrolmentId: enrolled[3]!.enrolmentId, payeeIdNumber: expect.stringMatching(/^\d{4}\*{10}[\dX]{4}$/) })]);
      // The writes that answer with the payee answer masked too.
      const cleared = await as('county', 'DELETE', `/enrolments/${enrolled[1]!.enrolmentId}/payee`);
      expectNoFullNumbers(cleared.body, known, 'DELETE payee');
      const put = await as('county', 'PUT', `/enrolments/${enrolled[1]!.enrolmentId}/payee`, { kind: 'relative', name: '钱大伟', idNumber: known.at(-3)!, bankName: '中国银行', accountNumber: known.at(-2)!, reason: '本人卧床' });
      expect(put.statusCode).toBe(200);
      expectNoFullNumbers(put.body, known, 'PUT payee');
    });

    it('reveals one line to a role that may, audited with the line, the payroll and the fields; refuses out of role and area', async () => {
      const line = (await as('county', 'GET', `/payrolls/${payrollId}/lines?pageSize=500`)).json().items.find((l: { enrolmentId: number }) => l.enrolmentId === enrolled[0]!.enrolmentId);
      for (const user of ['county', 'street', 'auditor']) {
        const { res, entries } = await audited(user, 'POST', `/payrolls/${payrollId}/lines/${line.id}/reveal`);
        expect(res.statusCode, user).toBe(200);
        expect(res.json()).toEqual({ idNumber: expect.stringMatching(/^\d{17}[\dX]$/), bankAccount: enrolled[0]!.account });
        expect(res.json().idNumber.slice(-4)).toBe(line.payeeIdNumber.slice(-4));
        expect(entries).toHaveLength(1);
        expect(entries[0]).toMatchObject({ action: 'payroll.reveal_line', entity_type: 'payroll', entity_id: String(payrollId), area_code: area, actor_username: user });
        expect(JSON.parse(entries[0]!.new_value!)).toEqual({ lineId: line.id, enrolmentId: enrolled[0]!.enrolmentId, householdId: enrolled[0]!.householdId, fields: ['idNumber', 'bankAccount'] });
        expectNoFullNumbers(entries[0]!.new_value!, known, 'audit entry');
      }
      // Out of role: the administrator runs the system, not residents' files.
      const admin = await audited('admin', 'POST', `/payrolls/${payrollId}/lines/${line.id}/reveal`);
      expect(admin.res.statusCode).toBe(403);
      expect(admin.entries).toHaveLength(0);
      // Out of area: another community's worker sees no such payroll; a line of another payroll is no line of this one.
      const community = await audited('community', 'POST', `/payrolls/${payrollId}/lines/${line.id}/reveal`);
      expect(community.res.statusCode).toBe(404);
      expect(community.entries).toHaveLength(0);
      expect((await as('county', 'POST', `/payrolls/${augustId}/lines/${line.id}/reveal`)).statusCode).toBe(404);
      const elsewhere = await enrolHousehold(t(), { areaCode: '420102002003', amount: 50000, startMonth: '2025-07' });
      const other = (await as('county', 'POST', '/payrolls', { program: 'dibao', areaCode: '420102002003', month: '2025-07' })).json();
      const otherLine = (await as('county', 'GET', `/payrolls/${other.id}/lines`)).json().items[0];
      expect(otherLine.enrolmentId).toBe(elsewhere.enrolmentId);
      expect((await as('street', 'POST', `/payrolls/${other.id}/lines/${otherLine.id}/reveal`)).statusCode).toBe(404);
      // Finding a line by a full ID number is audited like a registry search; by its last digits it is not.
      const full = (await as('county', 'POST', `/payrolls/${payrollId}/lines/${line.id}/reveal`)).json().idNumber as string;
      const searched = await audited('county', 'GET', `/payrolls/${payrollId}/lines?q=${full}`);
      expect(searched.res.json().total).toBe(1);
      expectNoFullNumbers(searched.res.body, known, 'lines by full ID');
      expect(searched.entries.map((x) => [x.action, x.entity_type, x.entity_id])).toEqual([['read.search_id', 'payroll', String(payrollId)]]);
      expect((await audited('county', 'GET', `/payrolls/${payrollId}/lines?q=${full.slice(-6)}`)).entries).toHaveLength(0);
    });

    it('reveals a payee and an institution account the same way', async () => {
      const payee = await audited('street', 'POST', `/enrolments/${enrolled[1]!.enrolmentId}/payee/reveal`);
      expect(payee.res.statusCode).toBe(200);
      expect(payee.res.json()).toEqual({ idNumber: known.at(-3), bankAccount: known.at(-2) });
      expect(payee.entries.map((e) => e.action)).toEqual(['enrolment.reveal_payee']);
      expect(JSON.parse(payee.entries[0]!.new_value!)).toMatchObject({ payeeKind: 'relative', fields: ['idNumber', 'bankAccount'] });
      expectNoFullNumbers(payee.entries[0]!.new_value!, known, 'payee reveal entry');
      expect((await as('admin', 'POST', `/enrolments/${enrolled[1]!.enrolmentId}/payee/reveal`)).statusCode).toBe(403);
      expect((await as('community', 'POST', `/enrolments/${enrolled[1]!.enrolmentId}/payee/reveal`)).statusCode).toBe(404);

      const inst = await audited('county', 'POST', `/institutions/${institutionId}/reveal`);
      expect(inst.res.json()).toEqual({ bankAccount: '2010000099998888' });
      expect(inst.entries.map((e) => e.action)).toEqual(['institution.reveal_account']);
      expect((await as('admin', 'POST', `/institutions/${institutionId}/reveal`)).statusCode).toBe(403);
      // A care home of another district is not in scope.
      const county = await actorForUsername(t().deps, 'county');
      const far = await t().deps.db
        .insertInto('institutions')
        .values({ name: '外区福利院', area_code: '420103', kind: 'welfare_home', bank_name: '某行', bank_account: '2010000011112222', created_by: county.userId, created_at: '2025-09-01T00:00:00.000Z' })
        .returning('id')
        .executeTakeFirstOrThrow();
      expect((await as('county', 'POST', `/institutions/${far.id}/reveal`)).statusCode).toBe(404);
    });

    it('audits the bank file with who, which payroll, the format and its row count; the file keeps full numbers for the bank', async () => {
      expect((await as('clerk', 'POST', `/payrolls/${payrollId}/approve`)).statusCode).toBe(200);
      for (const format of ['csv', 'xlsx'] as const) {
        const { res, entries } = await audited('county', 'GET', `/payrolls/${payrollId}/bank-file?format=${format}`);
        expect(res.statusCode).toBe(200);
        expect(entries).toHaveLength(1);
        // July paid all four: two households to themselves, one to a relative, one through the care home — four transfers.
        expect(entries[0]).toMatchObject({ action: 'payroll.bank_file', entity_type: 'payroll', entity_id: String(payrollId), actor_username: 'county' });
        expect(JSON.parse(entries[0]!.new_value!)).toEqual({ format, rows: 4 });
        if (format === 'csv') {
          expect(res.body).toContain(enrolled[0]!.account);
          expect(res.body.trim().split('\r\n')).toHaveLength(1 + 4);
        }
      }
    });
  });

  describe('sensitive reads, one audit entry each', () => {
    it('audits change history, documents, case, enrolment, decision PDF, calculation, search by full ID and report exports', async () => {
      const e = await enrolHousehold(t(), { areaCode: '420102010001', amount: 60000, startMonth: '2025-07' });
      const file = (await as('county', 'GET', `/households/${e.householdId}`)).json();
      const headId = (await t().deps.db.selectFrom('persons').select('id_number').where('id', '=', e.headId).executeTakeFirstOrThrow()).id_number;
      const county = await actorForUsername(t().deps, 'county');
      const app = await t()
        .deps.db.insertInto('applications')
        .values({
          household_id: e.householdId, subject_person_id: null, program: 'dibao', state: 'approved', democratic_review: 0, area_code: '420102010001',
          receiving_street_code: '420102010', accepted_on: '2025-08-01', due_on: '2025-09-12', extended: 0, extension_reason: null, checklist: '[]',
          consent_document_id: null, calculated_amount: 60000, calculation: null, policy_version: 'test', category: 'A', relative_flagged: 0,
          relative_review: null, urgent_amount: null, notice_id: null, decision_text: '经审核，钱建国户符合最低生活保障条件。', version: 1,
          created_by: county.userId, created_at: '2025-08-01T00:00:00.000Z', updated_at: '2025-08-01T00:00:00.000Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow();

      const reads: [string, Method, string, unknown, string, string, string][] = [
        ['community', 'GET', `/households/${e.householdId}/history`, undefined, 'read.change_history', 'household', String(e.householdId)],
        ['community', 'GET', `/households/${e.householdId}/documents`, undefined, 'read.documents', 'household', String(e.householdId)],
        ['street', 'GET', `/applications/${app.id}`, undefined, 'read.case', 'application', String(app.id)],
        ['county', 'GET', `/enrolments/${e.enrolmentId}`, undefined, 'read.enrolment', 'enrolment', String(e.enrolmentId)],
        ['community', 'GET', `/applications/${app.id}/decision.pdf`, undefined, 'read.decision_pdf', 'application', String(app.id)],
        ['community', 'POST', `/households/${e.householdId}/calculations`, { program: 'dibao', asOf: '2025-09-01' }, 'read.calculation', 'household', String(e.householdId)],
        ['community', 'GET', `/persons?q=${headId}`, undefined, 'read.search_id', 'person', String(e.headId)],
        ['street', 'GET', `/households?q=${headId}`, undefined, 'read.search_id', 'household', String(e.householdId)],
        ['county', 'GET', '/reports/monthly?areaCode=420102&month=2025-08&format=xlsx', undefined, 'read.report_export', 'report', 'monthly:420102:2025-08'],
        ['county', 'GET', '/reports/monthly?areaCode=420102&month=2025-08&format=pdf', undefined, 'read.report_export', 'report', 'monthly:420102:2025-08'],
      ];
      for (const [user, method, url, payload, action, entityType, entityId] of reads) {
        const { res, entries } = await audited(user, method, url, payload);
        expect(res.statusCode, url).toBe(200);
        expect(entries.map((x) => [x.action, x.entity_type, x.entity_id, x.actor_username]), url).toEqual([[action, entityType, entityId, user]]);
        // Ids and counts, not the personal data that was read.
        expectNoFullNumbers(entries[0]!.new_value ?? '', [headId], `${url} entry`);
        expect(entries[0]!.new_value ?? '', url).not.toContain('钱建国');
      }
      // A search by a full number that finds nobody is still recorded, the number masked.
      const miss = uniqueIdNumber({ birthDate: '1931-01-01' });
      const missed = await audited('community', 'GET', `/persons?q=${miss}`);
      expect(missed.entries.map((x) => x.action)).toEqual(['read.search_id']);
      expect(JSON.parse(missed.entries[0]!.new_value!)).toEqual({ idNumber: `${miss.slice(0, 4)}**********${miss.slice(-4)}`, found: 0 });
      // Not every read is one: digits of an ID, a name, the JSON report, the list pages.
      for (const url of [`/persons?q=${headId.slice(-6)}`, `/households?q=${encodeURIComponent('钱建国')}`, '/reports/monthly?areaCode=420102&month=2025-08', `/payrolls?areaCode=420102010001`]) {
        const { res, entries } = await audited('county', 'GET', url);
        expect(res.statusCode, url).toBe(200);
        expect(entries, url).toHaveLength(0);
      }
      // The change history shows changes, not the reads of the file.
      const history = (await as('community', 'GET', `/households/${e.householdId}/history`)).json().items;
      expect(history.every((h: { action: string }) => !h.action.startsWith('read.') && h.action !== 'household.view')).toBe(true);
      expect(file.id).toBe(e.householdId);
    });
  });

  describe('health data in the change history and the audit log', () => {
    it('is redacted for admin and verifier, shown to the county, street, community and auditor', async () => {
      const sick = buildPerson({ name: '孙秀兰', relation: 'spouse', health: 'serious', diagnosis: '尿毒症', idNumber: uniqueIdNumber({ sex: 'female' }) });
      const created = await as('community', 'POST', '/households', buildHousehold({ members: [buildPerson({ name: '孙建华' }), sick], incomes: [], deductions: [], assets: [] }));
      expect(created.statusCode).toBe(201);
      const h = created.json();
      const spouse = h.members.find((m: { name: string }) => m.name === '孙秀兰');
      const patched = await as('community', 'PATCH', `/households/${h.id}`, { version: h.version, address: '江岸区二七路 20 号', members: [{ personId: spouse.id, health: 'chronic', diagnosis: '慢性肾病' }] });
      expect(patched.statusCode).toBe(200);
      // Stored as it was entered: redaction happens when it is read.
      const stored = await t().deps.db.selectFrom('audit_log').select('new_value').where('entity_id', '=', String(h.id)).where('action', '=', 'household.update').executeTakeFirstOrThrow();
      expect(stored.new_value).toContain('慢性肾病');

      const secrets = ['尿毒症', '慢性肾病', '"serious"', '"chronic"'];
      for (const user of ['admin', 'verifier', 'county', 'street', 'community', 'auditor']) {
        const hidden = user === 'admin' || user === 'verifier';
        const res = await as(user, 'GET', `/households/${h.id}/history`);
        expect(res.statusCode, user).toBe(200);
        const update = res.json().items.find((i: { action: string }) => i.action === 'household.update');
        expect(update.redacted, user).toBe(hidden);
        for (const s of secrets) {
          if (hidden) expect(res.body, `${user} history ${s}`).not.toContain(s);
        }
        if (hidden) {
          expect(update.newValue[`member:${spouse.id}:孙秀兰`]).toEqual({ health: REDACTED, diagnosis: REDACTED });
          // What is not health data stays readable.
          expect(update.newValue.household).toEqual({ address: '江岸区二七路 20 号' });
        } else {
          expect(update.newValue[`member:${spouse.id}:孙秀兰`]).toEqual({ health: 'chronic', diagnosis: '慢性肾病' });
          expect(update.oldValue[`member:${spouse.id}:孙秀兰`]).toEqual({ health: 'serious', diagnosis: '尿毒症' });
        }
      }
      for (const user of ['admin', 'auditor']) {
        const res = await as(user, 'GET', `/audit?entityType=household&entityId=${h.id}&pageSize=200`);
        expect(res.statusCode, user).toBe(200);
        const update = res.json().items.find((i: { action: string }) => i.action === 'household.update');
        if (user === 'admin') {
          expect(update.redacted).toBe(true);
          for (const s of secrets) expect(res.body, `admin audit ${s}`).not.toContain(s);
        } else {
          expect(update.redacted).toBe(false);
          expect(res.body).toContain('慢性肾病');
        }
      }
      // The chain still verifies: nothing stored was changed.
      expect((await as('auditor', 'POST', '/audit/verify')).json()).toMatchObject({ intact: true });
    });
  });
});
