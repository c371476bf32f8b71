import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { actorForUsername } from '../auth/service.ts';
import { approvePayroll, changeEnrolment, preparePayroll, startEnrolment } from '../payments/service.ts';
import { createHousehold } from '../registry/service.ts';
import * as reportReads from '../../db/migrations/0008-report-reads.ts';
import { refreshAllMonthlyStats } from './service.ts';

/**
 * A small district paid over four months through the payments service — a stop, a back
 * payment from a retroactive raise, a retroactive stop, a payroll approved after a registry
 * edit — and cases walked through the workflow; every report is held against sums taken here
 * with plain loops over the rows, not through the report code.
 */
const A = '420102010001'; // 二七街道 (the demo street user's)
const B = '420102002003'; // another street
const C = '420102002004';
const MONTHS = ['2025-07', '2025-08', '2025-09', '2025-10'];
const PROGRAMS = ['dibao', 'tekun'];

type Row = Record<string, unknown>;
interface Tally {
  households: number;
  persons: number;
  elderly: number;
  minors: number;
  amount: number;
  newEnrolments: number;
  exits: number;
  enrolled: number;
  enrolledBefore: number;
  applicationsReceived: number;
  applicationsApproved: number;
  applicationsRejected: number;
  householdSet: Set<number>;
  exitReasons: Record<string, number>;
}
const at = (date: string) => `${date}T02:00:00.000Z`;

describe.each(dialects)('the monthly report on %s', (dialect) => {
  const t = useTestApp(dialect, { now: at('2025-06-10') });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const setDay = (date: string) => t().deps.clock.set(at(date));

  /** A head of 70 and a grandchild of 10 (one elderly, one minor), enrolled as a confirmed case does. */
  let accounts = 0;
  async function enrol(county: Actor, areaCode: string, amount: number, startMonth: string, program = 'dibao') {
    const deps = t().deps;
    const head = buildPerson({ name: '钱建国', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1955-05-05' }) });
    const child = buildPerson({ name: '钱小宝', relation: 'grandchild', employment: 'not_applicable', student: true, idNumber: uniqueIdNumber({ birthDate: '2015-07-07' }) });
    // Paid into the household's account, held by the head (a line with no account is not sent).
    const bankAccount = { bankName: '中国工商银行武汉江岸支行', accountNumber: `6222${String(++accounts).padStart(15, '0')}`, accountHolder: '钱建国' };
    const h = await createHousehold(deps, county, buildHousehold({ areaCode, members: [head, child], incomes: [], deductions: [], assets: [], bankAccount }));
    const personId = program === 'tekun' ? h.headPersonId! : null;
    return deps.db.transaction().execute(async (trx) => {
      const app = await trx
        .insertInto('applications')
        .values({
          household_id: h.id, subject_person_id: personId, program, state: 'approved', democratic_review: 0, area_code: areaCode, receiving_street_code: areaCode.slice(0, 9),
          accepted_on: '2025-05-06', due_on: '2025-06-17', extended: 0, extension_reason: null, checklist: '[]', consent_document_id: null, calculated_amount: amount,
          calculation: JSON.stringify({ trace: [{ step: 'members', value: 2 }] }), policy_version: 'test', category: null, relative_flagged: 0, relative_review: null,
          urgent_amount: null, notice_id: null, decision_text: null, version: 1, created_by: county.userId, created_at: '2025-05-06T02:00:00.000Z', updated_at: '2025-05-06T02:00:00.000Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const e = await startEnrolment(trx, deps, county, {
        householdId: h.id, personId, program, category: program === 'dibao' ? 'A' : null, monthlyAmount: amount, calculation: JSON.stringify({ trace: [{ step: 'members', value: 2 }] }),
        policyVersion: 'test', startMonth, applicationId: app.id, areaCode,
      });
      return { enrolmentId: e.id, householdId: h.id };
    });
  }

  async function payDistrict(county: Actor, month: string, opts: { between?: () => Promise<void> } = {}) {
    for (const program of PROGRAMS) {
      const { payroll } = await preparePayroll(t().deps, county, { program: program as 'dibao', areaCode: '420102', month });
      if (program === 'dibao') await opts.between?.();
      // Another county user approves what `county` prepared (不相容岗位分离).
      await approvePayroll(t().deps, await actorForUsername(t().deps, 'clerk'), payroll.id);
    }
  }

  /** A household clearly under the line (the case suite's): one pension of 500 yuan, two members. */
  async function caseAt(state: 'investigation' | 'street_review') {
    const head = buildPerson({ name: '吴建华', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1962-05-05' }) });
    const spouse = buildPerson({ name: '李秀英', relation: 'spouse', employment: 'unemployed', idNumber: uniqueIdNumber({ birthDate: '1964-07-07', sex: 'female' }) });
    const h = (await as('community', 'POST', '/households', buildHousehold({ members: [head, spouse], incomes: [{ idNumber: head.idNumber, type: 'pension', monthly: 50000 }], deductions: [], assets: [] }))).json();
    const id = (await as('community', 'POST', '/applications', { householdId: h.id, program: 'dibao', checklist: ['application_form'] })).json().id as number;
    expect((await as('street', 'POST', `/applications/${id}/transitions`, { action: 'accept' })).json().state).toBe('investigation');
    if (state === 'investigation') return id;
    await as('community', 'POST', `/applications/${id}/records`, { kind: 'investigation', happenedOn: '2025-07-07', staff: ['张丽', '王芳'], findings: '住房狭小' });
    await as('community', 'POST', `/applications/${id}/transitions`, { action: 'complete_investigation' });
    await as('verifier', 'POST', `/applications/${id}/records`, { kind: 'verification', happenedOn: '2025-07-07', items: [{ source: '银行存款', declared: '无', found: '无', matches: true }], conclusion: '申报属实' });
    expect((await as('verifier', 'POST', `/applications/${id}/transitions`, { action: 'complete_verification' })).json().state).toBe('street_review');
    return id;
  }

  /** The report's numbers summed here, from the rows, with loops. */
  async function independent(month: string) {
    const db = t().deps.db;
    const lines = await db.selectFrom('payroll_lines as l').innerJoin('payrolls as p', 'p.id', 'l.payroll_id').select(['l.area_code', 'l.program', 'l.kind', 'l.for_month', 'l.household_id', 'l.amount', 'l.persons', 'l.elderly', 'l.minors', 'l.disabled', 'p.month', 'p.status']).execute();
    const changes = await db.selectFrom('enrolment_changes as c').innerJoin('enrolments as e', 'e.id', 'c.enrolment_id').select(['c.id', 'c.enrolment_id', 'c.kind', 'c.effective_month', 'c.decided_on', 'c.reason_code', 'e.area_code', 'e.program']).execute();
    const events = await db.selectFrom('case_events as v').innerJoin('applications as a', 'a.id', 'v.application_id').select(['v.application_id', 'v.action', 'v.to_state', 'v.at', 'a.area_code', 'a.program']).orderBy('v.id').execute();
    const out = new Map<string, Tally>();
    const cell = (area: string, program: string): Tally => {
      const key = `${area}|${program}`;
      if (!out.has(key)) out.set(key, { households: 0, persons: 0, elderly: 0, minors: 0, amount: 0, newEnrolments: 0, exits: 0, enrolled: 0, enrolledBefore: 0, applicationsReceived: 0, applicationsApproved: 0, applicationsRejected: 0, householdSet: new Set(), exitReasons: {} });
      return out.get(key)!;
    };
    for (const l of lines) {
      if (l.status !== 'approved') continue;
      const c = cell(l.area_code, l.program);
      if (l.month === month) c.amount += Number(l.amount);
      if (l.kind === 'regular' && l.for_month === month) {
        c.householdSet.add(l.household_id);
        c.persons += Number(l.persons);
        c.elderly += Number(l.elderly);
        c.minors += Number(l.minors);
      }
    }
    const counted = (c: { effective_month: string; decided_on: string }) => (c.decided_on.slice(0, 7) > c.effective_month ? c.decided_on.slice(0, 7) : c.effective_month);
    const previous = MONTHS[MONTHS.indexOf(month) - 1] ?? '2025-06';
    const byEnrolment = new Map<number, typeof changes>();
    for (const c of changes) byEnrolment.set(c.enrolment_id, [...(byEnrolment.get(c.enrolment_id) ?? []), c]);
    for (const list of byEnrolment.values()) {
      const c = cell(list[0]!.area_code, list[0]!.program);
      const inForce = (m: string) => list.some((x) => counted(x) <= m) && !list.some((x) => x.kind === 'stop' && counted(x) <= m);
      if (inForce(month)) c.enrolled++;
      if (inForce(previous)) c.enrolledBefore++;
      if (list.some((x) => x.kind === 'start' && counted(x) === month)) c.newEnrolments++;
      const stops = list.filter((x) => x.kind === 'stop').sort((x, y) => counted(x).localeCompare(counted(y)) || x.id - y.id);
      if (stops[0] && counted(stops[0]) === month) {
        c.exits++;
        c.exitReasons[stops[0].reason_code ?? 'unspecified'] = (c.exitReasons[stops[0].reason_code ?? 'unspecified'] ?? 0) + 1;
      }
    }
    const china = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 7);
    const firstAccept = new Map<number, string>();
    for (const e of events) {
      if (e.action === 'accept' && !firstAccept.has(e.application_id)) firstAccept.set(e.application_id, e.at);
      const c = cell(e.area_code, e.program);
      if (china(e.at) === month && e.to_state === 'approved') c.applicationsApproved++;
      if (china(e.at) === month && e.to_state === 'rejected') c.applicationsRejected++;
    }
    for (const [id, when] of firstAccept) {
      const e = events.find((x) => x.application_id === id)!;
      if (china(when) === month) cell(e.area_code, e.program).applicationsReceived++;
    }
    for (const c of out.values()) c.households = c.householdSet.size;
    return out;
  }

  const pick = (c: Row, keys: string[]) => Object.fromEntries(keys.map((k) => [k, c[k] ?? 0]));
  const KEYS = ['households', 'persons', 'elderly', 'minors', 'amount', 'newEnrolments', 'exits', 'enrolled', 'enrolledBefore', 'applicationsReceived', 'applicationsApproved', 'applicationsRejected'];

  it('reports four months of a district exactly as its payroll lines and histories add up, reproducibly, on every level', async () => {
    const county = await actorForUsername(t().deps, 'county');
    // June: five households and one 特困 person are confirmed, paid from July.
    const h1 = await enrol(county, A, 100_000, '2025-07');
    const h2 = await enrol(county, A, 80_000, '2025-07');
    const h3 = await enrol(county, B, 120_000, '2025-07');
    const h4 = await enrol(county, C, 90_000, '2025-07');
    await enrol(county, B, 150_000, '2025-07', 'tekun');

    setDay('2025-07-04');
    await payDistrict(county, '2025-07');
    // July: cases — one approved in August, one rejected, one left waiting (overdue by the end of August).
    setDay('2025-07-07');
    const approved = await caseAt('street_review');
    const rejected = await caseAt('street_review');
    const waiting = await caseAt('investigation');
    expect((await as('street', 'POST', `/applications/${approved}/transitions`, { action: 'street_approve' })).json().state).toBe('public_notice');
    expect((await as('street', 'POST', `/applications/${rejected}/transitions`, { action: 'reject', comment: '有非生活必需车辆' })).json().state).toBe('rejected');
    setDay('2025-07-08');
    const objection = (await as('community', 'POST', `/applications/${approved}/objections`, { raisedBy: '邻居', receivedVia: 'phone', content: '有车' })).json().objections[0].id;
    await as('street', 'POST', `/objections/${objection}/resolve`, { resolution: '经核实不属实' });
    setDay('2025-07-21');
    // H2 leaves from August (a stop decided before it acts); H5 joins in August.
    await changeEnrolment(t().deps, county, h2.enrolmentId, { kind: 'stop', effectiveMonth: '2025-08', reasonCode: 'income_rise', reason: '就业' });
    await enrol(county, C, 70_000, '2025-08');

    setDay('2025-08-04');
    await payDistrict(county, '2025-08');
    expect((await as('street', 'POST', `/applications/${approved}/transitions`, { action: 'close_notice' })).json().state).toBe('county_confirmation');
    const confirmed = (await as('county', 'POST', `/applications/${approved}/transitions`, { action: 'confirm', category: 'B' })).json();
    expect(confirmed.state).toBe('approved');
    const newcomer = confirmed.calculatedAmount as number; // enrolled from September

    // August 20: H1's amount is raised from July (back pay of two months in September's payroll).
    setDay('2025-08-20');
    await changeEnrolment(t().deps, county, h1.enrolmentId, { kind: 'amount', effectiveMonth: '2025-07', monthlyAmount: 110_000, reasonCode: 'correction', reason: '核算更正' });

    setDay('2025-09-01');
    const august = (await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2025-08')).json();

    // September: the payroll is prepared, then the registry changes (a member joins H3), then it is approved.
    setDay('2025-09-03');
    await payDistrict(county, '2025-09', {
      between: async () => {
        const file = (await as('county', 'GET', `/households/${h3.householdId}`)).json();
        const added = await as('county', 'POST', `/households/${h3.householdId}/members`, { version: file.version, person: buildPerson({ name: '钱小芳', relation: 'grandchild', employment: 'not_applicable', student: true, idNumber: uniqueIdNumber({ birthDate: '2016-03-03' }) }) });
        expect(added.statusCode).toBe(200);
      },
    });
    // A stop decided in September acting from August: an exit of September (August stays as published).
    setDay('2025-09-22');
    await changeEnrolment(t().deps, county, h4.enrolmentId, { kind: 'stop', effectiveMonth: '2025-08', reasonCode: 'moved_away', reason: '迁出本区' });
    setDay('2025-10-09');
    await payDistrict(county, '2025-10');

    for (const month of MONTHS) {
      const res = await as('county', 'GET', `/reports/monthly?areaCode=420102&month=${month}`);
      expect(res.statusCode).toBe(200);
      const report = res.json();
      const truth = await independent(month);
      expect(report.consistency.checks.filter((c: { ok: boolean }) => !c.ok)).toEqual([]);
      for (const program of PROGRAMS) {
        const sum = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, [...truth.entries()].filter(([key]) => key.endsWith(`|${program}`)).reduce((s, [, c]) => s + Number((c as unknown as Row)[k] ?? 0), 0)]));
        expect({ month, program, ...pick(report.totals.programs[program] ?? {}, KEYS) }).toEqual({ month, program, ...sum(KEYS) });
      }
      for (const row of report.rows.filter((r: { level: string }) => r.level === 'community')) {
        for (const [program, c] of Object.entries(row.programs as Record<string, Row>)) {
          const own = truth.get(`${row.areaCode}|${program}`);
          expect({ area: row.areaCode, month, ...pick(c, KEYS) }).toEqual({ area: row.areaCode, month, ...pick((own ?? {}) as Row, KEYS) });
        }
      }
      // The street of A is the sum of its communities; the city and district shares add up to the amount.
      const street = report.rows.find((r: { areaCode: string }) => r.areaCode === '420102010');
      expect(street.total.amount).toBe(report.rows.filter((r: { parentCode: string }) => r.parentCode === '420102010').reduce((s: number, r: { total: { amount: number } }) => s + r.total.amount, 0));
      expect(report.totals.total.cityAmount + report.totals.total.districtAmount).toBe(report.totals.total.amount);
    }

    const at = async (month: string) => (await as('county', 'GET', `/reports/monthly?areaCode=420102&month=${month}`)).json();
    const [jul, aug, sep, oct] = await Promise.all(MONTHS.map(at));
    // The story, in numbers.
    expect(jul.totals.programs.dibao).toMatchObject({ households: 4, persons: 8, elderly: 4, minors: 4, amount: 390_000, newEnrolments: 4, enrolled: 4, applicationsReceived: 3, applicationsRejected: 1, noticesOpened: 1, objections: 1, applicationsOverdue: 0 });
    expect(jul.totals.programs.tekun).toMatchObject({ households: 1, persons: 1, amount: 150_000 });
    expect(aug.totals.programs.dibao).toMatchObject({ households: 4, amount: 380_000, newEnrolments: 1, exits: 1, exitReasons: { income_rise: 1 }, enrolled: 4, applicationsApproved: 1, applicationsOverdue: 1 });
    // September: back pay of 2 × 100 yuan; H3 still counted with the two persons frozen on its line.
    expect(sep.totals.programs.dibao).toMatchObject({ households: 5, amount: 110_000 + 120_000 + 90_000 + 70_000 + newcomer + 20_000, newEnrolments: 1, exits: 1, exitReasons: { moved_away: 1 }, enrolledBefore: 4, enrolled: 4 });
    expect(sep.rows.find((r: { areaCode: string }) => r.areaCode === B).programs.dibao).toMatchObject({ households: 1, persons: 2 });
    // October: H4's recovery waits (nothing is paid to it), so the amount is the four in force.
    expect(oct.totals.programs.dibao).toMatchObject({ households: 4, amount: 110_000 + 120_000 + 70_000 + newcomer, newEnrolments: 0, exits: 0, enrolled: 4 });
    // Reproducible: August read again after September's changes is the same report.
    expect({ ...aug, generatedAt: null }).toEqual({ ...august, generatedAt: null });
    expect(aug.rows.map((r: { areaCode: string; level: string; depth: number }) => [r.level, r.depth])[0]).toEqual(['district', 0]);

    // Excel: title, Chinese headers, one row per area, the totals row last, read back.
    const xlsx = await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2025-09&format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('月报表')!;
    expect(ws.getCell(1, 1).value).toBe('江岸区 2025年9月 民政救助月报表');
    expect(ws.getRow(3).values).toEqual(expect.arrayContaining(['区划', '区划代码', '最低生活保障', '特困人员救助供养', '审核审批（件）']));
    expect(ws.getRow(4).values).toEqual(expect.arrayContaining(['户数', '人数', '金额（元）', '新增', '退出', '超期']));
    const last = ws.getRow(ws.rowCount);
    expect(last.getCell(1).value).toBe('合计');
    expect(last.getCell(3).value).toBe(sep.totals.programs.dibao.households);
    expect(last.getCell(4).value).toBe(sep.totals.programs.dibao.persons);
    expect(Math.round(Number(last.getCell(5).value) * 100)).toBe(sep.totals.programs.dibao.amount);
    expect(ws.rowCount - 4).toBe(sep.rows.length);
    const names = Array.from({ length: ws.rowCount - 4 }, (_, i) => ws.getRow(i + 5).getCell(2).value);
    expect(names).toEqual([...sep.rows.slice(1).map((r: { areaCode: string }) => r.areaCode), '420102']);
    expect(wb.getWorksheet('退出原因')!.getRow(2).values).toEqual(expect.arrayContaining(['最低生活保障', '迁出', 1]));
    expect(wb.getWorksheet('一致性校验')!.rowCount).toBe(sep.consistency.checks.length + 1);

    const pdf = await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2025-09&format=pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // The pre-aggregated table behind the dashboard holds what the report says.
    const dash = (await as('county', 'GET', '/reports/dashboard')).json();
    expect(dash.month).toBe('2025-10');
    expect(dash.months).toHaveLength(12);
    const dibao = dash.trend.find((x: { program: string }) => x.program === 'dibao').months;
    expect(dibao.slice(-4).map((m: { households: number; amount: number; newEnrolments: number; exits: number }) => [m.households, m.amount, m.newEnrolments, m.exits])).toEqual(
      [jul, aug, sep, oct].map((r) => [r.totals.programs.dibao.households, r.totals.programs.dibao.amount, r.totals.programs.dibao.newEnrolments, r.totals.programs.dibao.exits]),
    );
    expect(dash.children.map((c: { areaCode: string }) => c.areaCode)).toEqual(expect.arrayContaining(['420102010', '420102002']));
    expect(dash.cases).toMatchObject({ open: 1, overdue: 1 });

    // `stats refresh --all` rebuilds the same table the approvals kept.
    const before = await t().deps.db.selectFrom('monthly_stats').selectAll().orderBy('month').orderBy('area_code').orderBy('program').execute();
    const rebuilt = await refreshAllMonthlyStats(t().deps);
    expect(rebuilt).toMatchObject({ districts: 1, months: 6 });
    const after = await t().deps.db.selectFrom('monthly_stats').selectAll().orderBy('month').orderBy('area_code').orderBy('program').execute();
    const strip = (rows: typeof before) => rows.filter((r) => r.month >= '2025-07').map(({ refreshed_at: _, ...r }) => r);
    expect(strip(after)).toEqual(strip(before));
  });

  it('lists every mismatch with its numbers: a payroll whose header disagrees with its lines, a community not on file, lines changed after their totals', async () => {
    setDay('2025-10-09');
    const db = t().deps.db;
    const payroll = await db.selectFrom('payrolls').select(['id', 'total_amount', 'title']).where('month', '=', '2025-10').where('program', '=', 'dibao').executeTakeFirstOrThrow();
    const group = { payroll_id: payroll.id, area_code: B, kind: 'regular' as const, for_month: '2025-10' };
    const line = await db.selectFrom('payroll_lines').select(['id', 'amount']).where('payroll_id', '=', payroll.id).where('area_code', '=', B).orderBy('id').executeTakeFirstOrThrow();
    await db.updateTable('payrolls').set({ total_amount: Number(payroll.total_amount) + 1 }).where('id', '=', payroll.id).execute();
    // The report reads the totals kept per community; the raw lines are summed independently.
    await db.updateTable('payroll_line_totals').set({ area_code: '420102010999' }).where('payroll_id', '=', group.payroll_id).where('area_code', '=', B).where('kind', '=', 'regular').where('for_month', '=', '2025-10').execute();
    await db.updateTable('payroll_lines').set({ amount: Number(line.amount) + 100 }).where('id', '=', line.id).execute();
    try {
      const report = (await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2025-10')).json();
      expect(report.consistency.ok).toBe(false);
      const failed = report.consistency.checks.filter((c: { ok: boolean }) => !c.ok);
      expect(failed).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: 'payroll_total_vs_lines', subject: payroll.title, actual: Number(payroll.total_amount) + 1, expected: Number(payroll.total_amount) }),
          expect.objectContaining({ code: 'unplaced_area', areaCode: '420102010999', program: 'dibao' }),
          expect.objectContaining({ code: 'roll_up', areaCode: '420102010', subject: 'amount' }),
          expect.objectContaining({ code: 'amount_vs_lines', program: 'dibao', expected: report.totals.programs.dibao.amount + 100 }),
        ]),
      );
      // The dashboard's table was built before the totals moved: the report says so rather than agreeing silently.
      const moved = await as('county', 'GET', '/reports/monthly?areaCode=420102010&month=2025-10');
      expect(moved.json().consistency.checks).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'pre_aggregation', ok: false, subject: 'amount' })]));
      const xlsx = await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2025-10&format=xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const results = wb.getWorksheet('一致性校验')!.getColumn(6).values;
      expect(results.filter((v) => v === '不一致')).toHaveLength(failed.length);
    } finally {
      await db.updateTable('payrolls').set({ total_amount: Number(payroll.total_amount) }).where('id', '=', payroll.id).execute();
      await db.updateTable('payroll_line_totals').set({ area_code: B }).where('payroll_id', '=', group.payroll_id).where('area_code', '=', '420102010999').execute();
      await db.updateTable('payroll_lines').set({ amount: Number(line.amount) }).where('id', '=', line.id).execute();
    }
  });

  it('migrating a database that already has payrolls and history keeps what the services have kept since (0008 backfill)', async () => {
    const db = t().deps.db;
    const snapshot = async () => ({
      totals: await db.selectFrom('payroll_line_totals').selectAll().orderBy('payroll_id').orderBy('area_code').orderBy('program').orderBy('kind').orderBy('for_month').execute(),
      counted: await db.selectFrom('enrolments').select(['id', 'first_counted', 'start_counted', 'stop_counted']).orderBy('id').execute(),
    });
    const kept = await snapshot();
    expect(kept.totals.length).toBeGreaterThan(0);
    expect(kept.counted.some((e) => e.stop_counted !== null)).toBe(true);
    await reportReads.down(db);
    await reportReads.up(db);
    const rebuilt = await snapshot();
    const numbers = (rows: typeof kept.totals) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v])));
    expect(numbers(rebuilt.totals)).toEqual(numbers(kept.totals));
    expect(rebuilt.counted).toEqual(kept.counted);
  });

  it('keeps a street to its own street (403 elsewhere), validates the month, and refuses a month not yet begun', async () => {
    setDay('2025-10-09');
    const own = await as('street', 'GET', '/reports/monthly?areaCode=420102010&month=2025-09');
    expect(own.statusCode).toBe(200);
    expect(own.json().rows.every((r: { areaCode: string }) => r.areaCode.startsWith('420102010'))).toBe(true);
    const other = await as('street', 'GET', '/reports/monthly?areaCode=420102002&month=2025-09');
    expect(other.statusCode).toBe(403);
    expect(other.json().error).toMatchObject({ code: 'area_out_of_scope', field: 'areaCode' });
    expect((await as('street', 'GET', '/reports/monthly?areaCode=420102&month=2025-09')).statusCode).toBe(403);
    expect((await as('street', 'GET', '/reports/dashboard?areaCode=420102002')).statusCode).toBe(403);
    const bad = await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2025-13');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('month');
    const future = await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2025-11');
    expect(future.statusCode).toBe(422);
    expect(future.json().error.message).toContain('2025-11');
    expect((await as('county', 'GET', '/reports/monthly?areaCode=420102999&month=2025-09')).statusCode).toBe(404);
    expect((await as('county', 'GET', '/reports/monthly?areaCode=420199&month=2025-09')).statusCode).toBe(403);
    expect((await t().app.inject({ url: '/api/v1/reports/monthly?areaCode=420102&month=2025-09' })).statusCode).toBe(401);
  });
});
