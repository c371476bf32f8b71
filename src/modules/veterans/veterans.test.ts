import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

describe.each(dialects)('优抚: the register and a recipient’s death on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2025-09-10T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('registers entitled persons with their documents; a death ends the record and opens one task to comfort the family', async () => {
    const veteran = buildPerson({ name: '王德明', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1948-08-01' }) });
    const wife = buildPerson({ name: '张淑芬', relation: 'spouse', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1950-03-03', sex: 'female' }) });
    const h = (await as('community', 'POST', '/households', buildHousehold({ members: [veteran, wife], incomes: [], deductions: [], assets: [] }))).json();
    const [vId, wId] = [h.members[0].id, h.members[1].id];

    const noLevel = await as('community', 'POST', '/veterans/entitled', { personId: vId, group: 'disabled_serviceman', documentKind: 'disabled_serviceman_card', documentNumber: '鄂军残字第 012345 号', registeredOn: '2010-08-01' });
    expect(noLevel.statusCode).toBe(400);
    expect(noLevel.json().error).toMatchObject({ code: 'veteran_level_required', field: 'disabilityLevel' });
    const reg = await as('community', 'POST', '/veterans/entitled', { personId: vId, group: 'disabled_serviceman', documentKind: 'disabled_serviceman_card', documentNumber: '鄂军残字第 012345 号', disabilityLevel: 6, registeredOn: '2010-08-01' });
    expect(reg.statusCode, reg.body).toBe(201);
    expect(reg.json()).toMatchObject({ personName: '王德明', group: 'disabled_serviceman', status: 'active', priority: true, disabilityLevel: 6 });
    expect((await as('community', 'POST', '/veterans/entitled', { personId: vId, group: 'disabled_serviceman', documentKind: 'disabled_serviceman_card', documentNumber: 'x', disabilityLevel: 6, registeredOn: '2010-08-01' })).statusCode).toBe(409);
    const flags = (await t().deps.db.selectFrom('persons').select('flags').where('id', '=', vId).executeTakeFirstOrThrow()).flags;
    expect(flags.split(',')).toContain('entitled_group');
    await as('community', 'POST', '/veterans/entitled', { personId: vId, group: 'war_veteran', documentKind: 'discharge_card', documentNumber: '退字 1979-0032', registeredOn: '2012-01-01' });

    const died = await as('community', 'POST', `/persons/${vId}/status`, { status: 'deceased', date: '2025-08-28', source: 'funeral' });
    expect(died.statusCode, died.body).toBe(200);
    const tasks = (await as('community', 'GET', '/veterans/tasks?status=open')).json();
    expect(tasks.items).toHaveLength(2);
    expect(tasks.items[0]).toMatchObject({ personName: '王德明', householdId: h.id, kind: 'condolence', status: 'open', dueOn: '2025-09-04', overdue: true });
    expect(tasks.items[0].reason).toContain('走访慰问家属');
    const roster = (await as('community', 'GET', '/veterans/entitled')).json().items.filter((r: { personId: number }) => r.personId === vId);
    expect(roster.map((r: { status: string; endedOn: string; priority: boolean }) => [r.status, r.endedOn, r.priority])).toEqual([['deceased', '2025-08-28', false], ['deceased', '2025-08-28', false]]);

    // The wife's death makes no task: she is not on the register.
    await as('community', 'POST', `/persons/${wId}/status`, { status: 'deceased', date: '2025-09-01', source: 'family' });
    expect((await as('community', 'GET', '/veterans/tasks')).json().total).toBe(2);

    const done = await as('community', 'POST', `/veterans/tasks/${tasks.items[0].id}/done`, { doneOn: '2025-09-02', outcome: '上门慰问，送慰问金 1000 元，告知遗属抚恤办理' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', doneOn: '2025-09-02', overdue: false });
    expect((await as('community', 'POST', `/veterans/tasks/${tasks.items[0].id}/done`, { doneOn: '2025-09-02', outcome: '再次' })).statusCode).toBe(409);
    expect((await as('verifier', 'POST', `/veterans/tasks/${tasks.items[1].id}/done`, { doneOn: '2025-09-02', outcome: 'x' })).statusCode).toBe(403);

    const outsider = (await as('county', 'POST', '/households', buildHousehold({ areaCode: '420102011002' }))).json();
    expect((await as('community', 'POST', '/veterans/entitled', { personId: outsider.members[0].id, group: 'conscript_family', documentKind: 'enlistment_notice', documentNumber: 'x', registeredOn: '2025-01-01' })).statusCode).toBe(404);
    // 月报表: August counts the two records ended by the death; September the task done, one still open.
    const august = (await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2025-08')).json();
    expect(august.welfare.veterans).toMatchObject({ deaths: 2, tasksDone: 0, tasksOpen: 1 });
    const september = (await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2025-09')).json();
    expect(september.welfare.veterans).toMatchObject({ deaths: 0, tasksDone: 1, active: {} });
    // The Excel and PDF carry the same counts per area, rolled up: community, street, district.
    const xlsx = await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2025-09&format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('残疾人儿童优抚')!;
    expect(ws.getCell(1, 1).value).toBe('江岸区 2025年9月 残疾人、困境儿童、优抚对象');
    const headers = ws.getRow(3).values as unknown[];
    expect(ws.getRow(2).values).toEqual(expect.arrayContaining(['区划', '残疾人', '困境儿童', '优抚']));
    const col = (h: string) => headers.indexOf(h);
    const byCode = new Map<string, ExcelJS.Row>();
    ws.eachRow((row, n) => {
      if (n > 3) byCode.set(String(row.getCell(2).value), row);
    });
    for (const code of ['420102010001', '420102010', '420102']) {
      expect([byCode.get(code)!.getCell(col('慰问办结')).value, byCode.get(code)!.getCell(col('待慰问')).value], code).toEqual([september.welfare.veterans.tasksDone, september.welfare.veterans.tasksOpen]);
    }
    expect(byCode.get('420102011')!.getCell(col('慰问办结')).value).toBe(0);
    expect(ws.getRow(ws.rowCount).getCell(1).value).toBe('合计');
    const pdf = await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2025-09&format=pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const audit = await t().deps.db.selectFrom('audit_log').select('action').where('action', 'like', 'veteran.%').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['veteran.deceased', 'veteran.deceased', 'veteran.register', 'veteran.register', 'veteran.task_done']);
  });
  it('优先: dibao, tekun and temporary cases of a household with a living entitled person come first in the inbox and the case list, tagged', async () => {
    const area = '420102010001';
    const plain = (await as('community', 'POST', '/households', buildHousehold({ areaCode: area }))).json();
    const vet = buildPerson({ name: '孙卫国', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1950-02-02' }) });
    const entitled = (await as('community', 'POST', '/households', buildHousehold({ areaCode: area, members: [vet], incomes: [], deductions: [], assets: [] }))).json();
    const first = (await as('community', 'POST', '/applications', { householdId: plain.id, program: 'dibao' })).json();
    const before = (await as('community', 'POST', '/applications', { householdId: entitled.id, program: 'dibao' })).json();
    const subsidy = (await as('community', 'POST', '/applications', { householdId: entitled.id, program: 'elderly_allowance', subjectPersonId: entitled.members[0].id })).json();
    const order = async (url: string) => ((await as('street', 'GET', url)).json().items as { id: number; priority: boolean }[]).filter((i) => [first.id, before.id, subsidy.id].includes(i.id));
    // Not yet registered: submitted in order.
    expect((await order('/applications')).map((i) => [i.id, i.priority])).toEqual([[first.id, false], [before.id, false], [subsidy.id, false]]);
    await as('community', 'POST', '/veterans/entitled', { personId: entitled.members[0].id, group: 'demobilised', documentKind: 'demobilisation_card', documentNumber: '复员证 0001', registeredOn: '2015-01-01' });
    for (const url of ['/applications', '/inbox']) {
      // The subsidy is no assistance case: no priority, its own place.
      expect((await order(url)).map((i) => [i.id, i.priority]), url).toEqual([[before.id, true], [first.id, false], [subsidy.id, false]]);
    }
    // The recipient's death ends the priority.
    await as('community', 'POST', `/persons/${entitled.members[0].id}/status`, { status: 'deceased', date: '2025-09-01', source: 'family' });
    expect((await order('/applications')).find((i) => i.id === before.id)?.priority).toBe(false);
  });
});
