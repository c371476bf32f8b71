import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

// 2025-09-10 10:00 in China.
describe.each(dialects)('老年人服务: cards, assessments, emergency devices on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2025-09-10T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const elder = async (birthDate: string, name = '王桂兰', areaCode = '420102010001') => {
    const head = buildPerson({ name, idNumber: uniqueIdNumber({ birthDate, sex: 'female' }), employment: 'retired', laborCapacity: 'none' });
    const h = (await as(areaCode === '420102010001' ? 'community' : 'county', 'POST', '/households', buildHousehold({ areaCode, members: [head], incomes: [], deductions: [], assets: [] }))).json();
    return h.members[0].id as number;
  };

  it('a senior card from the 60th birthday, the 优待证 from the area\'s age, the fee from the policy; a reissue voids the old number', async () => {
    const young = await elder('1965-09-11', '刘德芳');
    const refused = await as('community', 'POST', '/elderly/cards', { personId: young, kind: 'senior', issuedOn: '2025-09-10' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'senior_card_too_young', field: 'personId' });
    expect(refused.json().error.message).toBe('刘德芳 今年 59 周岁，未满 60 周岁，不能办理老年证');

    const personId = await elder('1965-09-10');
    const card = await as('community', 'POST', '/elderly/cards', { personId, kind: 'senior', issuedOn: '2025-09-10' });
    expect(card.statusCode, card.body).toBe(201);
    expect(card.json()).toMatchObject({ personName: '王桂兰', kind: 'senior', status: 'valid', fee: 0, ageAtIssue: 60, reissueOf: null });
    expect(card.json().number).toMatch(/^L4201022025\d{7}$/);
    const twice = await as('community', 'POST', '/elderly/cards', { personId, kind: 'senior', issuedOn: '2025-09-10' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain(card.json().number);
    // 60 is not yet the 优待证 age (65 by default).
    expect((await as('community', 'POST', '/elderly/cards', { personId, kind: 'preferential', issuedOn: '2025-09-10' })).json().error.code).toBe('senior_card_too_young');

    // The district charges 10 yuan from September.
    const policy = await as('county', 'POST', '/policies/420102/parameters', { key: 'seniorCards.fee', effectiveFrom: '2025-09-01', value: 1000, note: '工本费' });
    expect(policy.statusCode, policy.body).toBeLessThan(300);
    const reissued = await as('community', 'POST', `/elderly/cards/${card.json().id}/reissue`, { reason: '遗失', issuedOn: '2025-09-10' });
    expect(reissued.statusCode, reissued.body).toBe(201);
    expect(reissued.json()).toMatchObject({ status: 'valid', fee: 1000, reissueOf: card.json().id, reissueReason: '遗失' });
    expect(reissued.json().number).not.toBe(card.json().number);
    const list = (await as('community', 'GET', `/elderly/cards?personId=${personId}`)).json();
    expect(list.items.map((c: { id: number; status: string; replacedBy: number | null }) => [c.id, c.status, c.replacedBy])).toEqual([
      [reissued.json().id, 'valid', null],
      [card.json().id, 'void', reissued.json().id],
    ]);
    const again = await as('community', 'POST', `/elderly/cards/${card.json().id}/reissue`, { reason: '遗失', issuedOn: '2025-09-10' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain(reissued.json().number);

    // Per area: the street sees it, another street's community does not.
    expect((await as('street', 'GET', '/elderly/cards?areaCode=420102010001&status=valid')).json().items.some((c: { id: number }) => c.id === reissued.json().id)).toBe(true);
    const other = await elder('1950-01-01', '别处老人', '420102011002');
    expect((await as('community', 'POST', '/elderly/cards', { personId: other, kind: 'senior', issuedOn: '2025-09-10' })).statusCode).toBe(404);
    expect((await as('community', 'GET', '/elderly/cards?areaCode=420102011002')).statusCode).toBe(404);
    expect((await as('verifier', 'POST', '/elderly/cards', { personId, kind: 'preferential', issuedOn: '2025-09-10' })).statusCode).toBe(403);
    const audit = await t().deps.db.selectFrom('audit_log').select(['action', 'new_value']).where('entity_type', '=', 'senior_card').orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['senior_card.issue', 'senior_card.reissue']);
    expect(audit[1]!.new_value).toContain(card.json().number);
  });

  it('an assessment: total and level from the item scores; a history per person', async () => {
    const personId = await elder('1938-03-01');
    const first = await as('community', 'POST', '/elderly/assessments', { personId, assessedOn: '2024-09-01', assessor: '李医生', items: { self_care: 30, mobility: 14, mental: 24, perception_social: 10 } });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ total: 78, level: 1, levelCode: 'mild' });
    const second = await as('community', 'POST', '/elderly/assessments', { personId, assessedOn: '2025-09-01', assessor: '李医生', items: { self_care: 12, mobility: 6, mental: 20, perception_social: 6 }, total: 90 });
    // The client never sets the total.
    expect(second.statusCode).toBe(400);
    const ok = await as('community', 'POST', '/elderly/assessments', { personId, assessedOn: '2025-09-01', assessor: '李医生', items: { self_care: 12, mobility: 6, mental: 20, perception_social: 6 } });
    expect(ok.json()).toMatchObject({ total: 44, level: 3, levelCode: 'severe' });
    const over = await as('community', 'POST', '/elderly/assessments', { personId, assessedOn: '2025-09-01', assessor: '李医生', items: { self_care: 40, mobility: 6, mental: 20, perception_social: 6 } });
    expect(over.statusCode).toBe(400);
    expect(over.json().error).toMatchObject({ code: 'assessment_item_over_max', field: 'items.self_care' });
    expect(over.json().error.message).toBe('「自理能力」得分应在 0–32 分之间');
    const future = await as('community', 'POST', '/elderly/assessments', { personId, assessedOn: '2025-09-11', assessor: '李医生', items: { self_care: 12, mobility: 6, mental: 20, perception_social: 6 } });
    expect(future.json().error).toMatchObject({ code: 'date_in_future', field: 'assessedOn' });
    const history = (await as('street', 'GET', `/elderly/assessments?personId=${personId}`)).json();
    expect(history.items.map((a: { assessedOn: string; level: number }) => [a.assessedOn, a.level])).toEqual([
      ['2025-09-01', 3],
      ['2024-09-01', 1],
    ]);
    expect(history.total).toBe(2);
  });

  it('an alarm answered: response time and the open list of the community', async () => {
    const personId = await elder('1940-05-05', '赵秀珍');
    const device = await as('community', 'POST', '/elderly/devices', { personId, deviceNumber: `DZBM-${dialect}-001`, provider: '江岸区智慧养老服务中心', installedOn: '2025-06-01' });
    expect(device.statusCode, device.body).toBe(201);
    const dup = await as('community', 'POST', '/elderly/devices', { personId, deviceNumber: `DZBM-${dialect}-001`, provider: 'x', installedOn: '2025-06-01' });
    expect(dup.json().error).toMatchObject({ code: 'emergency_device_taken', field: 'deviceNumber' });
    const deviceId = device.json().id;
    // 09:40 China time: a fall.
    const alarm = await as('community', 'POST', `/elderly/devices/${deviceId}/alarms`, { raisedAt: '2025-09-10T09:40:00+08:00', kind: 'fall' });
    expect(alarm.statusCode, alarm.body).toBe(201);
    expect(alarm.json()).toMatchObject({ status: 'open', raisedAt: '2025-09-10T01:40:00.000Z', responseMinutes: 20, late: true });
    const future = await as('community', 'POST', `/elderly/devices/${deviceId}/alarms`, { raisedAt: '2025-09-10T11:00:00+08:00', kind: 'sos' });
    expect(future.json().error.code).toBe('alarm_in_future');

    const open = (await as('community', 'GET', '/elderly/alarms?status=open')).json();
    expect(open.items.map((a: { id: number }) => a.id)).toContain(alarm.json().id);
    expect((await as('community', 'GET', '/elderly/devices')).json().items.find((d: { id: number }) => d.id === deviceId).openAlarms).toBe(1);

    const early = await as('community', 'POST', `/elderly/alarms/${alarm.json().id}/response`, { responder: '张丽', respondedAt: '2025-09-10T09:30:00+08:00', outcome: 'checked_ok' });
    expect(early.json().error).toMatchObject({ code: 'alarm_response_before_alarm', field: 'respondedAt' });
    const answered = await as('community', 'POST', `/elderly/alarms/${alarm.json().id}/response`, { responder: '张丽', respondedAt: '2025-09-10T09:52:00+08:00', outcome: 'family_notified', note: '已通知其女儿' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'closed', responder: '张丽', outcome: 'family_notified', responseMinutes: 12, late: false });
    expect((await as('community', 'POST', `/elderly/alarms/${alarm.json().id}/response`, { responder: '张丽', respondedAt: '2025-09-10T09:55:00+08:00', outcome: 'checked_ok' })).statusCode).toBe(409);
    expect((await as('community', 'GET', '/elderly/alarms?status=open')).json().items.map((a: { id: number }) => a.id)).not.toContain(alarm.json().id);

    const far = await elder('1940-05-05', '外街老人', '420102011002');
    const farDevice = (await as('county', 'POST', '/elderly/devices', { personId: far, deviceNumber: `DZBM-${dialect}-002`, provider: '中心', installedOn: '2025-06-01' })).json();
    expect((await as('community', 'POST', `/elderly/devices/${farDevice.id}/alarms`, { raisedAt: '2025-09-10T09:40:00+08:00', kind: 'sos' })).statusCode).toBe(404);
    const audit = await t().deps.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'emergency_alarm').where('entity_id', '=', String(alarm.json().id)).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['emergency_alarm.record', 'emergency_alarm.respond']);
  });
});

describe.each(dialects)('养护员: agreement, log, leave, assessment, pay roll on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2025-09-10T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('pays the month to the caregiver and the substitute when the assessment passed, withholds a failed one; approved by another county user', async () => {
    const head = buildPerson({ name: '孙玉梅', idNumber: uniqueIdNumber({ birthDate: '1936-02-02', sex: 'female' }), employment: 'retired', laborCapacity: 'none' });
    const h = (await as('community', 'POST', '/households', buildHousehold({ members: [head], incomes: [], deductions: [], assets: [] }))).json();
    const personId = h.members[0].id;
    const head2 = buildPerson({ name: '周长顺', idNumber: uniqueIdNumber({ birthDate: '1939-04-04' }), employment: 'retired', laborCapacity: 'none' });
    const h2 = (await as('community', 'POST', '/households', buildHousehold({ members: [head2], incomes: [], deductions: [], assets: [] }))).json();

    const caregiverIdNumber = uniqueIdNumber({ birthDate: '1975-05-05', sex: 'female' });
    const subIdNumber = uniqueIdNumber({ birthDate: '1980-06-06', sex: 'female' });
    const caregiver = await as('community', 'POST', '/elderly/caregivers', { areaCode: '420102010001', name: '何春燕', idNumber: caregiverIdNumber, phone: '13800000001', bankName: '中国农业银行', bankAccount: '6228480000000001' });
    expect(caregiver.statusCode, caregiver.body).toBe(201);
    expect(caregiver.json().bankAccount).toMatch(/0001$/);
    expect(caregiver.json().bankAccount).not.toContain('62284800');
    const sub = (await as('community', 'POST', '/elderly/caregivers', { areaCode: '420102010001', name: '吴小红', idNumber: subIdNumber, bankName: '中国建设银行', bankAccount: '6217000000000002' })).json();

    const bad = await as('community', 'POST', '/elderly/agreements', { caregiverId: caregiver.json().id, personId, startsOn: '2025-08-01', endsOn: '2025-07-31', monthlyPay: 150000 });
    expect(bad.json().error).toMatchObject({ code: 'caregiver_agreement_dates', field: 'endsOn' });
    const agreement = await as('community', 'POST', '/elderly/agreements', { caregiverId: caregiver.json().id, personId, startsOn: '2025-08-01', endsOn: '2026-07-31', monthlyPay: 150000 });
    expect(agreement.statusCode, agreement.body).toBe(201);
    const id = agreement.json().id;
    const other = (await as('community', 'POST', '/elderly/agreements', { caregiverId: sub.id, personId: h2.members[0].id, startsOn: '2025-08-16', endsOn: '2026-07-31', monthlyPay: 124000 })).json();

    const log = await as('community', 'POST', `/elderly/agreements/${id}/logs`, { loggedOn: '2025-08-04', hours: 3, content: '助浴、打扫卫生' });
    expect(log.statusCode, log.body).toBe(201);
    expect(log.json().caregiverName).toBe('何春燕');
    expect((await as('community', 'POST', `/elderly/agreements/${id}/logs`, { loggedOn: '2025-08-04', hours: 2, content: '再记一次' })).json().error.code).toBe('caregiver_log_exists');
    expect((await as('community', 'POST', `/elderly/agreements/${id}/logs`, { loggedOn: '2025-07-31', hours: 2, content: '协议前' })).json().error).toMatchObject({ code: 'caregiver_outside_agreement', field: 'loggedOn' });

    expect((await as('community', 'POST', `/elderly/agreements/${id}/leaves`, { fromOn: '2025-08-11', toOn: '2025-08-13', reason: '病假', substituteId: caregiver.json().id })).json().error.code).toBe('caregiver_substitute_self');
    const leave = await as('community', 'POST', `/elderly/agreements/${id}/leaves`, { fromOn: '2025-08-11', toOn: '2025-08-13', reason: '病假', substituteId: sub.id });
    expect(leave.statusCode, leave.body).toBe(201);
    // A leave day's log is the substitute's.
    expect((await as('community', 'POST', `/elderly/agreements/${id}/logs`, { loggedOn: '2025-08-12', hours: 3, content: '代班：助餐' })).json().caregiverName).toBe('吴小红');

    expect((await as('community', 'POST', `/elderly/agreements/${id}/assessments`, { month: '2025-10', score: 90, assessor: '社区考核小组' })).json().error.code).toBe('caregiver_assessment_month');
    const passed = await as('community', 'POST', `/elderly/agreements/${id}/assessments`, { month: '2025-08', score: 88, assessor: '社区考核小组' });
    expect(passed.json()).toMatchObject({ month: '2025-08', score: 88, passed: true });
    expect((await as('community', 'POST', `/elderly/agreements/${other.id}/assessments`, { month: '2025-08', score: 55, assessor: '社区考核小组', note: '日志缺记' })).json().passed).toBe(false);

    // Only the county or street prepares; the community may not.
    expect((await as('community', 'POST', '/elderly/caregiver-payrolls', { areaCode: '420102010001', month: '2025-08' })).statusCode).toBe(403);
    const prepared = await as('clerk', 'POST', '/elderly/caregiver-payrolls', { areaCode: '420102', month: '2025-08' });
    expect(prepared.statusCode, prepared.body).toBe(201);
    const roll = prepared.json();
    const rate3 = Math.floor((150000 * 3) / 31);
    expect(roll.lines.map((l: { payeeName: string; role: string; days: number; amount: number }) => [l.payeeName, l.role, l.days, l.amount])).toEqual([
      ['何春燕', 'caregiver', 28, 150000 - rate3],
      ['吴小红', 'substitute', 3, rate3],
    ]);
    expect(roll.total).toBe(150000);
    expect(roll.withheld).toEqual([{ agreementId: other.id, caregiverName: '吴小红', personName: '周长顺', reason: 'assessment_failed' }]);
    expect(roll.lines[0].bankAccount).toMatch(/0001$/);
    expect(roll.lines[0].payeeIdNumber).toContain('*');
    // Prepared again: the same roll.
    const again = await as('county', 'POST', '/elderly/caregiver-payrolls', { areaCode: '420102', month: '2025-08' });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(roll.id);

    // No bank file before the approval; the preparer may not approve (不相容岗位分离).
    const early = await as('county', 'GET', `/elderly/caregiver-payrolls/${roll.id}/bank-file`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'caregiver_payroll_not_approved', message: '养护员报酬发放表尚未审批，不能导出代发文件' });
    const self = await as('clerk', 'POST', `/elderly/caregiver-payrolls/${roll.id}/approve`);
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe('payroll_prepared_by_self');
    // The district's roll is not the street's to see.
    expect((await as('street', 'POST', `/elderly/caregiver-payrolls/${roll.id}/approve`)).statusCode).toBe(404);
    const approved = await as('county', 'POST', `/elderly/caregiver-payrolls/${roll.id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', total: 150000 });
    expect((await as('county', 'POST', `/elderly/caregiver-payrolls/${roll.id}/approve`)).statusCode).toBe(409);

    // 代发文件: the payrolls' format, one transfer per caregiver, full numbers; a community does not see the district's roll.
    expect((await as('community', 'GET', `/elderly/caregiver-payrolls/${roll.id}/bank-file`)).statusCode).toBe(404);
    const csv = await as('county', 'GET', `/elderly/caregiver-payrolls/${roll.id}/bank-file?format=csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe('姓名,身份证号,开户银行,银行账号,金额(元),业务参考号,备注');
    const cells = rows.slice(1).map((r) => r.split(',').map((c) => c.replace(/^"=""(.*)"""$/, '$1')));
    expect(cells).toEqual([
      ['何春燕', caregiverIdNumber, '中国农业银行', '6228480000000001', ((150000 - rate3) / 100).toFixed(2), `G${roll.id}-C${caregiver.json().id}`, expect.stringContaining('养护员报酬（孙玉梅，养护 28 天）')],
      ['吴小红', subIdNumber, '中国建设银行', '6217000000000002', (rate3 / 100).toFixed(2), `G${roll.id}-C${sub.id}`, expect.stringContaining('代班 3 天')],
    ]);
    const xlsx = await as('county', 'GET', `/elderly/caregiver-payrolls/${roll.id}/bank-file?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    // The month's pay in the care statistics (the monthly report's care section).
    const stats = (await as('county', 'GET', '/care-statistics?areaCode=420102&from=2025-08-01&to=2025-08-31')).json();
    expect(stats.total.caregivers).toEqual({ payees: 2, amount: 150000 });
    expect((await as('street', 'GET', '/elderly/caregiver-payrolls')).json().items).toEqual([]);
    expect((await as('county', 'GET', '/elderly/caregiver-payrolls')).json().items[0]).toMatchObject({ id: roll.id, status: 'approved', lineCount: 2, total: 150000 });

    const agreements = (await as('community', 'GET', '/elderly/agreements')).json();
    expect(agreements.items.find((a: { id: number }) => a.id === id)).toMatchObject({ logs: 2, lastAssessment: { month: '2025-08', score: 88, passed: true } });
    const logs = (await as('community', 'GET', `/elderly/agreements/${id}/logs`)).json();
    expect(logs.items.map((l: { loggedOn: string; caregiverName: string }) => [l.loggedOn, l.caregiverName])).toEqual([
      ['2025-08-12', '吴小红'],
      ['2025-08-04', '何春燕'],
    ]);
    const audit = await t().deps.db.selectFrom('audit_log').select('action').where('action', 'like', 'caregiver%').orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual([
      'caregiver.register',
      'caregiver.register',
      'caregiver_agreement.create',
      'caregiver_agreement.create',
      'caregiver_agreement.log',
      'caregiver_agreement.leave',
      'caregiver_agreement.log',
      'caregiver_agreement.assess',
      'caregiver_agreement.assess',
      'caregiver_payroll.prepare',
      'caregiver_payroll.approve',
      'caregiver_payroll.bank_file',
      'caregiver_payroll.bank_file',
    ]);
  });
});
