import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { actorForUsername } from '../auth/service.ts';
import { DEMO_USERS } from '../demo/service.ts';
import { startEnrolment } from '../payments/service.ts';
import * as m0018 from '../../db/migrations/0018-complaints.ts';

const COMMUNITY = '420102010001';
const STREET = '420102010';
const CODE = /^[0-9A-HJKMNP-TV-Z]{12}$/;
let ip = 0;
/** Each test files from its own source address, so the per-source rate limit is its own too. */
const nextIp = () => `10.17.0.${(ip += 1)}`;

describe.each(dialects)('complaints (举报投诉) on %s', (dialect) => {
  // Monday 2026-03-02, 10:00 in China.
  const t = useTestApp(dialect, { now: '2026-03-02T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const fileOnline = (body: object, remoteAddress = nextIp()) => t().app.inject({ method: 'POST', url: '/api/v1/public/complaints', remoteAddress, payload: body });
  const track = (code: string) => t().app.inject({ method: 'GET', url: `/api/v1/public/complaints/${code}`, remoteAddress: nextIp() });

  /** A household on dibao (enrolled from 2026-02) with names that must never reach the public. */
  async function enrolledHousehold() {
    const head = buildPerson({ name: '欧阳德胜', idNumber: uniqueIdNumber({ birthDate: '1970-03-03' }) });
    const spouse = buildPerson({ name: '司马秀芬', relation: 'spouse', idNumber: uniqueIdNumber({ sex: 'female' }), employment: 'unemployed' });
    const created = await as('community', 'POST', '/households', buildHousehold({ members: [head, spouse], incomes: [], deductions: [], assets: [] }));
    expect(created.statusCode).toBe(201);
    const householdId = created.json().id as number;
    const county = await actorForUsername(t().deps, 'county');
    const enrolmentId = await t().deps.db.transaction().execute(async (trx) => {
      const app = await trx
        .insertInto('applications')
        .values({
          household_id: householdId, subject_person_id: null, program: 'dibao', state: 'approved', democratic_review: 0, area_code: COMMUNITY,
          receiving_street_code: STREET, accepted_on: '2026-01-05', due_on: '2026-02-20', extended: 0, extension_reason: null, checklist: '[]',
          consent_document_id: null, calculated_amount: 90000, calculation: '{}', policy_version: 'test', category: 'A', relative_flagged: 0,
          relative_review: null, urgent_amount: null, notice_id: null, decision_text: null, version: 1, created_by: county.userId,
          created_at: '2026-01-05T00:00:00.000Z', updated_at: '2026-01-05T00:00:00.000Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return (await startEnrolment(trx, t().deps, county, { householdId, personId: null, program: 'dibao', category: 'A', monthlyAmount: 90000, calculation: '{}', policyVersion: 'test', startMonth: '2026-02', applicationId: app.id, areaCode: COMMUNITY })).id;
    });
    return { householdId, enrolmentId, names: [head.name, spouse.name] };
  }

  it('takes a complaint without login, answers only a tracking code, and shows status and reply but never a name', async () => {
    const h = await enrolledHousehold();
    const filed = await fileOnline({ areaCode: STREET, category: 'hidden_income', content: '欧阳德胜家开了一家小超市，收入不低，还在吃低保', contact: '13800000000' });
    expect(filed.statusCode).toBe(201);
    expect(Object.keys(filed.json())).toEqual(['trackingCode']);
    const code = filed.json().trackingCode as string;
    expect(code).toMatch(CODE);

    // The street registers what it learned, naming the household and a member of staff.
    const list = (await as('street', 'GET', '/complaints?status=received')).json();
    const online = list.items.find((i: { trackingCode: string }) => i.trackingCode === code);
    expect(online).toMatchObject({ channel: 'online', category: 'hidden_income', status: 'received', receivedOn: '2026-03-02', areaCode: STREET });
    const street = await actorForUsername(t().deps, 'street');
    const staffComplaint = await as('street', 'POST', '/complaints', {
      areaCode: COMMUNITY, channel: 'hotline', category: 'staff_relative', content: '社区工作人员张丽为亲属办理低保', complainantName: '王先生', complainantContact: '13900000000',
      subjectHouseholdId: h.householdId, subjectUserId: street.userId,
    });
    expect(staffComplaint.statusCode).toBe(201);
    expect(staffComplaint.json()).toMatchObject({ subjectHouseholdName: '欧阳德胜', subjectUserName: '陈静', complainantName: '王先生', anonymous: false });

    const id = online.id as number;
    // The picker finds the staff member by name or login (a LIKE wildcard is taken literally).
    const staff = await as('street', 'GET', `/complaints/subject-staff?q=${encodeURIComponent('陈')}`);
    expect(staff.statusCode, staff.body).toBe(200);
    expect(staff.json().items).toContainEqual(expect.objectContaining({ id: street.userId, displayName: '陈静' }));
    expect((await as('street', 'GET', '/complaints/subject-staff?q=%25')).json().items).toEqual([]);
    const person = (await t().deps.db.selectFrom('persons').select('id').where('household_id', '=', h.householdId).where('name', '=', '司马秀芬').executeTakeFirstOrThrow()).id;
    const withPerson = await as('street', 'PUT', `/complaints/${id}/subject`, { subjectHouseholdId: h.householdId, subjectPersonId: person, subjectUserId: street.userId });
    expect(withPerson.json()).toMatchObject({ subjectHouseholdId: h.householdId, subjectPersonId: person, subjectPersonName: '司马秀芬', subjectUserName: '陈静' });
    const subject = await as('street', 'PUT', `/complaints/${id}/subject`, { subjectHouseholdId: h.householdId });
    expect(subject.json()).toMatchObject({ subjectHouseholdId: h.householdId, subjectHouseholdName: '欧阳德胜', subjectPersonId: null, subjectUserId: null });
    await as('street', 'POST', `/complaints/${id}/investigations`, { happenedOn: '2026-03-02', content: '入户核查，该户经营小超市' });
    await as('street', 'POST', `/complaints/${id}/outcome`, { outcome: 'true', finding: '反映情况属实' });
    // A reply naming the household (or staff) is refused: the tracking code shows it to anyone.
    for (const name of [...h.names, '陈静']) {
      const named = await as('street', 'POST', `/complaints/${id}/reply`, { reply: `经核查，${name}的情况属实，已依规处理` });
      expect(named.statusCode).toBe(422);
      expect(named.json().error).toMatchObject({ code: 'complaint_reply_names', field: 'reply' });
    }
    const replied = await as('street', 'POST', `/complaints/${id}/reply`, { reply: '经核查，您反映的情况属实，已停发该户低保金。感谢您的监督。' });
    expect(replied.statusCode).toBe(200);

    const names = [...h.names, ...DEMO_USERS.map((u) => u.displayName), ...DEMO_USERS.map((u) => u.username), '王先生'];
    for (const c of [code, staffComplaint.json().trackingCode as string]) {
      const seen = await track(c);
      expect(seen.statusCode).toBe(200);
      for (const name of names) expect(seen.body, `${c} reveals ${name}`).not.toContain(name);
      expect(seen.body).not.toContain('13800000000');
      expect(seen.body).not.toContain('超市'); // the content stays with the staff too
    }
    expect((await track(code)).json()).toEqual({ trackingCode: code, status: 'replied', receivedOn: '2026-03-02', dueOn: '2026-03-23', concludedOn: '2026-03-02', reply: '经核查，您反映的情况属实，已停发该户低保金。感谢您的监督。', repliedOn: '2026-03-02' });
    // Before the reply only the status shows.
    expect((await track(staffComplaint.json().trackingCode)).json()).toMatchObject({ status: 'received', reply: null });
    // Lower case and a misread O are the same code; a wrong code is a plain 404.
    expect((await track(code.toLowerCase())).statusCode).toBe(200);
    expect((await track('ZZZZZZZZZZZZ')).statusCode).toBe(404);
    expect((await track('x')).statusCode).toBe(404);
    expect(filed.body + (await track(code)).body).not.toMatch(/"id"|areaCode|assignee/);
  });

  it('counts the deadline in working days from a policy key, across a holiday', async () => {
    // Received Thursday 2026-02-12, before Spring Festival (02-15..02-23 off, Saturday 02-14 worked):
    // 15 working days (Saturdays 02-14 and 02-28 are make-up working days) → 03-11.
    const at = (day: string) => ({ complainantName: '李女士', areaCode: COMMUNITY, channel: 'letter', category: 'slow_service', content: '申请一个多月没有答复', receivedOn: day });
    expect((await as('street', 'POST', '/complaints', at('2026-02-12'))).json()).toMatchObject({ receivedOn: '2026-02-12', dueOn: '2026-03-11', overdue: false });
    // The district shortens the limit to 5 working days: 02-13, 02-14, 02-24, 02-25, 02-26.
    const set = await as('county', 'POST', '/policies/420102/parameters', { key: 'complaints.handlingWorkingDays', effectiveFrom: '2026-01-01', value: 5 });
    expect(set.statusCode).toBe(201);
    try {
      const short = (await as('street', 'POST', '/complaints', at('2026-02-12'))).json();
      expect(short).toMatchObject({ dueOn: '2026-02-26', overdue: true });
      const overdue = (await as('street', 'GET', '/complaints?overdue=true&pageSize=200')).json();
      expect(overdue.items.map((i: { id: number }) => i.id)).toContain(short.id);
    } finally {
      await as('county', 'POST', '/policies/420102/parameters', { key: 'complaints.handlingWorkingDays', effectiveFrom: '2026-01-01', value: 15 });
    }
  });

  it('runs the lifecycle: assign, investigate, conclude, stop the benefit as the corrective action, reply — each step audited', async () => {
    const h = await enrolledHousehold();
    const created = await as('county', 'POST', '/complaints', { areaCode: '420102', channel: 'tip_box', category: 'hidden_income', content: '该户有出租房收入', anonymous: true, subjectHouseholdId: h.householdId });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    expect(created.json()).toMatchObject({ anonymous: true, complainantName: null, status: 'received', allowed: ['assign', 'investigate'] });
    // The street does not see a district complaint until the county hands it down (转办).
    expect((await as('street', 'GET', `/complaints/${id}`)).statusCode).toBe(404);
    const streetUser = await actorForUsername(t().deps, 'street');
    const community = await actorForUsername(t().deps, 'community');
    const assigned = await as('county', 'POST', `/complaints/${id}/assign`, { assigneeId: streetUser.userId });
    expect(assigned.json()).toMatchObject({ status: 'assigned', areaCode: STREET, assigneeName: '陈静' });
    expect((await as('street', 'GET', `/complaints/${id}`)).json().allowed).toEqual(['assign', 'investigate']);
    // Not yet investigated: no conclusion; the community worker investigates only when assigned.
    expect((await as('street', 'POST', `/complaints/${id}/outcome`, { outcome: 'true', finding: '属实' })).json().error.code).toBe('complaint_needs_investigation');
    expect((await as('community', 'POST', `/complaints/${id}/investigations`, { happenedOn: '2026-03-02', content: '走访' })).statusCode).toBe(404);
    await as('street', 'POST', `/complaints/${id}/assign`, { assigneeId: community.userId });
    const visited = await as('community', 'POST', `/complaints/${id}/investigations`, { happenedOn: '2026-03-02', content: '入户核查：该户出租门面一间，月租 3000 元' });
    expect(visited.json()).toMatchObject({ status: 'investigating', areaCode: COMMUNITY, allowed: ['investigate'] });
    expect((await as('community', 'POST', `/complaints/${id}/outcome`, { outcome: 'true', finding: '属实' })).statusCode).toBe(403);
    expect((await as('auditor', 'POST', `/complaints/${id}/investigations`, { happenedOn: '2026-03-02', content: 'x' })).statusCode).toBe(403);
    expect((await as('street', 'POST', `/complaints/${id}/actions`, { kind: 'other', description: '提前整改' })).json().error.code).toBe('complaint_wrong_status');
    const concluded = await as('street', 'POST', `/complaints/${id}/outcome`, { outcome: 'true', finding: '该户隐瞒租金收入，反映属实' });
    expect(concluded.json()).toMatchObject({ status: 'concluded', outcome: 'true', concludedOn: '2026-03-02', allowed: ['correct', 'reply'] });

    // The benefit stops through the enrolment change endpoint (by the county: the street may not stop alone); the corrective action names that change.
    const stopped = await as('county', 'POST', `/enrolments/${h.enrolmentId}/changes`, { kind: 'stop', effectiveMonth: '2026-04', reasonCode: 'income_rise', reason: '举报核实隐瞒租金收入' });
    expect(stopped.statusCode).toBe(200);
    const linkable = (await as('street', 'GET', `/complaints/${id}`)).json().linkable as { kind: string; id: number; label: string }[];
    const stop = linkable.find((l) => l.kind === 'enrolment_change' && l.label.includes('停发'));
    expect(stop).toBeDefined();
    expect((await as('street', 'POST', `/complaints/${id}/actions`, { kind: 'enrolment_change', description: '停发' })).json().error.code).toBe('complaint_action_ref_required');
    expect((await as('street', 'POST', `/complaints/${id}/actions`, { kind: 'enrolment_change', refId: 99_999_999, description: '停发' })).statusCode).toBe(404);
    const corrected = await as('street', 'POST', `/complaints/${id}/actions`, { kind: 'enrolment_change', refId: stop!.id, description: '自 2026 年 4 月起停发低保' });
    expect(corrected.json().actions).toEqual([expect.objectContaining({ kind: 'enrolment_change', refId: stop!.id, description: '自 2026 年 4 月起停发低保' })]);
    const closed = await as('street', 'POST', `/complaints/${id}/reply`, { reply: '经核查情况属实，已停发。' });
    expect(closed.json()).toMatchObject({ status: 'replied', repliedOn: '2026-03-02', allowed: ['correct'] });
    expect((await as('street', 'POST', `/complaints/${id}/investigations`, { happenedOn: '2026-03-02', content: '再查' })).statusCode).toBe(409);
    expect(closed.json().events.map((e: { action: string }) => e.action)).toEqual(['register', 'assign', 'assign', 'investigate', 'conclude', 'correct', 'reply']);

    const audit = await t().deps.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'complaint').where('entity_id', '=', String(id)).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['complaint.register', 'complaint.assign', 'complaint.assign', 'complaint.investigate', 'complaint.conclude', 'complaint.corrective_action', 'complaint.reply']);

    // The auditor reads it; the statistics count it.
    expect((await as('auditor', 'GET', `/complaints/${id}`)).statusCode).toBe(200);
    const stats = (await as('county', 'GET', '/complaints/stats?from=2026-03-01&to=2026-03-31')).json();
    expect(stats.byChannel.tip_box).toBeGreaterThanOrEqual(1);
    expect(stats.foundTrue).toBeGreaterThanOrEqual(1);
    expect(stats.corrected).toBeGreaterThanOrEqual(1);
    // The monthly report carries the same counts (issue 17 point 5).
    const report = (await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2026-03')).json();
    expect(report.complaints).toEqual({ received: stats.received, byChannel: stats.byChannel, byCategory: stats.byCategory, foundTrue: stats.foundTrue, partlyTrue: stats.partlyTrue, notTrue: stats.notTrue, corrected: stats.corrected });
  });

  it('keeps complaints inside the area: another street\'s complaint is not found for this street', async () => {
    const other = await t().deps.db.selectFrom('areas').select('code').where('level', '=', 'street').where('code', '<>', STREET).where('code', 'like', '420102%').orderBy('code').executeTakeFirstOrThrow();
    const c = (await as('county', 'POST', '/complaints', { areaCode: other.code, channel: 'visit', category: 'staff_conduct', content: '窗口人员态度差', anonymous: true })).json();
    expect((await as('street', 'GET', `/complaints/${c.id}`)).statusCode).toBe(404);
    expect((await as('street', 'POST', `/complaints/${c.id}/investigations`, { happenedOn: '2026-03-02', content: 'x' })).statusCode).toBe(404);
    expect((await as('street', 'GET', '/complaints?pageSize=200')).json().items.map((i: { id: number }) => i.id)).not.toContain(c.id);
    expect((await as('street', 'POST', '/complaints', { areaCode: other.code, channel: 'visit', category: 'other', content: 'x', anonymous: true })).statusCode).toBe(403);
    expect((await as('verifier', 'GET', '/complaints')).statusCode).toBe(403);
  });

  it('rate-limits the public form per source (PUBLIC_COMPLAINTS_PER_HOUR, 5 by default)', async () => {
    const body = { areaCode: COMMUNITY, category: 'other', content: '测试限流' };
    const source = nextIp();
    for (let i = 0; i < 5; i++) expect((await fileOnline(body, source)).statusCode).toBe(201);
    const limited = await fileOnline(body, source);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('too_many_requests');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await fileOnline(body)).statusCode).toBe(201);
    // An hour later the source may file again.
    t().deps.clock.advance(3_600_001);
    try {
      expect((await fileOnline(body, source)).statusCode).toBe(201);
    } finally {
      t().deps.clock.advance(-3_600_001);
    }
  });

  it('refuses bad public input and unknown areas without a session', async () => {
    expect((await fileOnline({ areaCode: COMMUNITY, category: 'bribes', content: 'x' })).statusCode).toBe(400);
    expect((await fileOnline({ areaCode: COMMUNITY, category: 'other', content: '' })).statusCode).toBe(400);
    expect((await fileOnline({ areaCode: '999999', category: 'other', content: 'x' })).statusCode).toBe(404);
  });

  it('shows per-area channels on the public page, set by the county', async () => {
    const before = await t().app.inject({ method: 'GET', url: `/public?area=${STREET}` });
    expect(before.body).toContain('江岸区民政局监督电话'); // the demo district's channels (seeded)
    expect(before.body).toContain('id="complaint-form"');
    expect(before.body).toContain('<script src="/public/complaints.js" defer></script>');
    expect((await as('street', 'PUT', `/areas/${STREET}/complaint-channels`, { channels: ['x'] })).statusCode).toBe(403);
    const set = await as('county', 'PUT', `/areas/${STREET}/complaint-channels`, { channels: ['二七街道监督电话：027-00000000', '二七街道便民服务中心窗口'] });
    expect(set.json()).toEqual({ areaCode: STREET, channels: ['二七街道监督电话：027-00000000', '二七街道便民服务中心窗口'], inheritedFrom: null });
    expect((await as('community', 'GET', `/areas/${COMMUNITY}/complaint-channels`)).json()).toMatchObject({ inheritedFrom: STREET });
    const after = await t().app.inject({ method: 'GET', url: `/public?area=${COMMUNITY}` });
    expect(after.body).toContain('二七街道监督电话：027-00000000');
    expect(after.body).not.toContain('江岸区民政局监督电话');
    const notice = await t().app.inject({ method: 'GET', url: `/public/notices/${COMMUNITY}` });
    expect(notice.body).toContain('二七街道便民服务中心窗口');
    const script = await t().app.inject({ method: 'GET', url: '/public/complaints.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('javascript');
  });

  // Last: it rebuilds the complaint tables.
  it('migration 0018 brings the objections recorded before it into the register', async () => {
    const h = await enrolledHousehold();
    const db = t().deps.db;
    const app = await db.selectFrom('applications').select('id').where('household_id', '=', h.householdId).executeTakeFirstOrThrow();
    const objection = await db
      .insertInto('objections')
      .values({ application_id: app.id, notice_id: null, raised_by: '邻居', received_via: 'phone', content: '旧异议', status: 'resolved', resolution: '不属实', created_at: '2026-02-10T02:00:00.000Z', resolved_at: '2026-02-12T02:00:00.000Z' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await m0018.down(db);
    await m0018.up(db);
    const row = await db.selectFrom('complaints').selectAll().where('objection_id', '=', objection.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ channel: 'notice_objection', area_code: COMMUNITY, application_id: app.id, subject_household_id: h.householdId, complainant_name: '邻居', status: 'replied', received_on: '2026-02-10', reply: '不属实', replied_on: '2026-02-12' });
    expect(row.tracking_code).toMatch(CODE);
  });
});
