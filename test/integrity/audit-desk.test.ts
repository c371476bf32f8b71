import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../factories/household.ts';
import { useTestApp } from '../helpers/test-app.ts';
import { dialects } from '../helpers/test-deps.ts';
import { enrolHousehold } from '../helpers/enrolment.ts';

/** Issue 17 point 4: the audit log as 纪检监察 reads, filters and exports it. */
describe.each(dialects)("the auditor's desk on %s", (dialect) => {
  const t = useTestApp(dialect, { now: '2026-03-02T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const audit = async (query: string, user = 'auditor') => {
    const res = await as(user, 'GET', `/audit?pageSize=200&${query}`);
    expect(res.statusCode).toBe(200);
    return res.json() as { total: number; items: { seq: number; action: string; actionLabel: string; actorLabel: string; actorId: number | null; areaName: string | null; entityType: string; entityId: string; entityLabel: string; at: string }[] };
  };

  async function householdWithCase() {
    const head = buildPerson({ name: '钱建国', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1962-05-05' }) });
    const h = (await as('community', 'POST', '/households', buildHousehold({ members: [head], incomes: [], deductions: [], assets: [] }))).json();
    const app = (await as('community', 'POST', '/applications', { householdId: h.id, program: 'dibao', checklist: ['application_form', 'id_cards', 'consent'] })).json();
    await as('street', 'POST', `/applications/${app.id}/transitions`, { action: 'accept' });
    return { householdId: h.id as number, personId: h.members[0].id as number, applicationId: app.id as number };
  }

  it('reads in Chinese: action names, real names with the login in brackets, area names', async () => {
    const { applicationId } = await householdWithCase();
    const { items } = await audit(`applicationId=${applicationId}`);
    expect(items.map((i) => i.action)).toEqual(['case.accept', 'case.submit']); // newest first
    const accept = items.find((i) => i.action === 'case.accept')!;
    expect(accept).toMatchObject({ actionLabel: '案件：受理', actorLabel: '陈静（street）', areaName: '操场社区', entityLabel: '案件' });
    expect(items.find((i) => i.action === 'case.submit')).toMatchObject({ actionLabel: '提交申请', actorLabel: '张丽（community）' });
  });

  it('filters on the server by user, household, case, payroll, action and date range; the reveal log', async () => {
    const d = t().deps;
    const { householdId, personId, applicationId } = await householdWithCase();
    const reveal = await as('county', 'GET', `/persons/${personId}/id-number`);
    expect(reveal.statusCode).toBe(200);

    // By household: its file, its persons' reveals and its case, nothing else.
    const byHousehold = await audit(`householdId=${householdId}`);
    const actions = new Set(byHousehold.items.map((i) => i.action));
    for (const a of ['household.create', 'person.reveal_id', 'case.submit', 'case.accept']) expect(actions).toContain(a);
    for (const i of byHousehold.items) {
      expect(
        (i.entityType === 'household' && i.entityId === String(householdId)) ||
          (i.entityType === 'person' && i.entityId === String(personId)) ||
          (i.entityType === 'application' && i.entityId === String(applicationId)),
      ).toBe(true);
    }
    // By user and action.
    const county = (await as('auditor', 'GET', '/audit/actors')).json().items.find((u: { username: string }) => u.username === 'county');
    expect(county).toMatchObject({ displayName: '刘芳', role: 'county_approver', active: true });
    const byCounty = await audit(`actorId=${county.id}&action=person.reveal_id`);
    expect(byCounty.total).toBeGreaterThanOrEqual(1);
    expect(byCounty.items.every((i) => i.actorId === county.id && i.action === 'person.reveal_id')).toBe(true);
    expect(byCounty.items[0]).toMatchObject({ actionLabel: '查看完整身份证号', actorLabel: '刘芳（county）' });
    // A prefix: every case action.
    const cases = await audit(`action=case.&applicationId=${applicationId}`);
    expect(cases.items.map((i) => i.action).sort()).toEqual(['case.accept', 'case.submit']);
    // The reveal log: reads and reveals only.
    const reveals = await audit('reveals=true');
    expect(reveals.items.length).toBeGreaterThan(0);
    expect(reveals.items.every((i) => i.action.startsWith('read.') || /reveal|view|download|export|bank_file/.test(i.action))).toBe(true);
    expect(reveals.items.some((i) => i.action === 'person.reveal_id' && i.entityId === String(personId))).toBe(true);

    // By payroll.
    const area = '420102004005';
    await enrolHousehold(t(), { areaCode: area, amount: 100000, startMonth: '2026-01' });
    const payroll = (await as('county', 'POST', '/payrolls', { program: 'dibao', areaCode: area, month: '2026-03' })).json();
    const line = (await as('county', 'GET', `/payrolls/${payroll.id}/lines`)).json().items[0];
    expect((await as('county', 'POST', `/payrolls/${payroll.id}/lines/${line.id}/reveal`)).statusCode).toBe(200);
    const byPayroll = await audit(`payrollId=${payroll.id}`);
    expect(byPayroll.items.map((i) => i.action).sort()).toEqual(['payroll.prepare', 'payroll.reveal_line']);

    // Date range, in China time: the day before sees nothing of today, today sees it all.
    d.clock.advance(2 * 86_400_000);
    await as('county', 'GET', `/persons/${personId}/id-number`);
    const today = await audit(`householdId=${householdId}&from=2026-03-04&to=2026-03-04`);
    expect(today.items.map((i) => i.action)).toEqual(['person.reveal_id']);
    const before = await audit(`householdId=${householdId}&from=2026-03-01&to=2026-03-03`);
    expect(before.items.map((i) => i.action)).not.toContain('auth.login');
    expect(before.total + today.total).toBe((await audit(`householdId=${householdId}`)).total);
    expect((await as('auditor', 'GET', '/audit?from=2026-03-05&to=2026-03-01')).statusCode).toBe(400);
    // Only readers of the log.
    expect((await as('street', 'GET', '/audit')).statusCode).toBe(403);
    expect((await as('street', 'GET', '/audit/export')).statusCode).toBe(403);
  });

  it('exports the filtered entries to Excel in Chinese with their hashes, and audits the export', async () => {
    const { applicationId } = await householdWithCase();
    const listed = await audit(`applicationId=${applicationId}`);
    const res = await as('auditor', 'GET', `/audit/export?applicationId=${applicationId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('审计日志')!;
    expect((ws.getRow(1).values as string[]).slice(1)).toEqual(['序号', '时间（北京时间）', '操作人', '操作', '操作代码', '对象', '对象编号', '区划', '区划代码', '修改前', '修改后 / 内容', '哈希']);
    expect(ws.rowCount - 1).toBe(listed.total);
    const accept = listed.items.find((i) => i.action === 'case.accept')!;
    const row = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === accept.seq)!;
    expect(row.getCell(3).value).toBe('陈静（street）');
    expect(row.getCell(4).value).toBe('案件：受理');
    expect(row.getCell(8).value).toBe('操场社区');
    expect(String(row.getCell(12).value)).toMatch(/^[0-9a-f]{64}$/);
    // Stored in UTC (02:00Z), read in Beijing time.
    expect(accept.at.slice(11, 19)).toBe('02:00:00');
    expect(row.getCell(2).value).toBe(`${accept.at.slice(0, 10)} 10:00:00`);

    const exported = await audit('action=audit.export');
    expect(exported.items[0]).toMatchObject({ actorLabel: '赵敏（auditor）', actionLabel: '导出审计日志' });
  });
});
