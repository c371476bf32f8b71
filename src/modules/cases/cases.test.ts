import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

/** A household clearly under the line: one pension of 500 yuan, two members. */
function poorHousehold(overrides: Parameters<typeof buildHousehold>[0] = {}) {
  const head = buildPerson({ name: '钱建国', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1962-05-05' }) });
  const spouse = buildPerson({ name: '吴秀兰', relation: 'spouse', employment: 'unemployed', idNumber: uniqueIdNumber({ birthDate: '1964-07-07', sex: 'female' }) });
  return buildHousehold({ members: [head, spouse], incomes: [{ idNumber: head.idNumber, type: 'pension', monthly: 50000 }], deductions: [], assets: [], ...overrides });
}

const DAY = 86_400_000;

describe.each(dialects)('the case workflow on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2026-03-02T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const act = (user: string, id: number, body: object) => as(user, 'POST', `/applications/${id}/transitions`, body);
  const investigation = { kind: 'investigation', happenedOn: '2026-03-03', staff: ['张丽', '王芳'], findings: '住房狭小，无其他收入来源' };
  const verification = { kind: 'verification', happenedOn: '2026-03-04', items: [{ source: '银行存款', declared: '无', found: '无', matches: true }], conclusion: '申报属实' };

  async function caseAtStreetReview(household = poorHousehold()) {
    const h = (await as('community', 'POST', '/households', household)).json();
    const submitted = await as('community', 'POST', '/applications', { householdId: h.id, program: 'dibao', checklist: ['application_form', 'id_cards', 'consent'] });
    expect(submitted.statusCode).toBe(201);
    const id = submitted.json().id;
    expect((await act('street', id, { action: 'accept' })).json().state).toBe('investigation');
    expect((await as('community', 'POST', `/applications/${id}/records`, investigation)).statusCode).toBe(200);
    expect((await act('community', id, { action: 'complete_investigation' })).json().state).toBe('verification');
    await as('verifier', 'POST', `/applications/${id}/records`, verification);
    expect((await act('verifier', id, { action: 'complete_verification' })).json().state).toBe('street_review');
    return { id, household: h };
  }

  it('runs a dibao case from application to enrolment, on the legal clock', async () => {
    const { id } = await caseAtStreetReview();
    const reviewed = await act('street', id, { action: 'street_approve', comment: '同意' });
    expect(reviewed.statusCode).toBe(200);
    // (1040 − 250) × 2 = 1,580 yuan, frozen with its trace.
    expect(reviewed.json()).toMatchObject({ state: 'public_notice', calculatedAmount: 158000, notice: { maskedName: '钱*国', openedOn: '2026-03-02', closesOn: '2026-03-08' } });
    expect(reviewed.json().notice.maskedIdNumber).toMatch(/^4201\*{10}/);

    const early = await act('street', id, { action: 'close_notice' });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('case_requires_notice_not_over');
    t().deps.clock.advance(7 * DAY);
    try {
      expect((await act('community', id, { action: 'close_notice' })).json().state).toBe('county_confirmation');
      const inbox = (await as('county', 'GET', '/inbox')).json().items;
      expect(inbox.find((c: { id: number }) => c.id === id)).toMatchObject({ state: 'county_confirmation', actions: expect.arrayContaining(['confirm']) });
      const confirmed = await act('county', id, { action: 'confirm', category: 'A' });
      expect(confirmed.json()).toMatchObject({ state: 'approved', category: 'A' });
      expect(confirmed.json().decisionText).toContain('自 2026-04 起');
      const enrolments = await t().deps.db.selectFrom('enrolments').selectAll().where('application_id', '=', id).execute();
      expect(enrolments).toHaveLength(1);
      expect(enrolments[0]).toMatchObject({ program: 'dibao', monthly_amount: 158000, start_month: '2026-04', status: 'active', category: 'A' });
      const c = (await as('community', 'GET', `/applications/${id}`)).json();
      // The national limits when the area sets none: 30 working days, investigation within 3.
      expect(c.clock).toMatchObject({ acceptedOn: '2026-03-02', dueOn: '2026-04-14' });
      expect(c.investigation).toMatchObject({ dueOn: '2026-03-05', startedOn: '2026-03-03', overdue: false, late: false });
      expect(c.notices).toEqual([expect.objectContaining({ round: 1, rounds: 1, openedOn: '2026-03-02', closesOn: '2026-03-08' })]);
      expect(c.events.map((e: { action: string }) => e.action)).toEqual([
        'submit', 'accept', 'record.investigation', 'complete_investigation', 'record.verification', 'complete_verification', 'street_approve', 'close_notice', 'confirm',
      ]);
    } finally {
      t().deps.clock.advance(-7 * DAY);
    }
  });

  it('refuses illegal moves with the allowed ones named, wrong roles with 403, and a second open application', async () => {
    const h = (await as('community', 'POST', '/households', poorHousehold())).json();
    const id = (await as('community', 'POST', '/applications', { householdId: h.id, program: 'dibao' })).json().id;
    const illegal = await act('county', id, { action: 'confirm' });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().error.message).toContain('accept');
    expect((await act('verifier', id, { action: 'accept' })).statusCode).toBe(403);
    const twice = await as('community', 'POST', '/applications', { householdId: h.id, program: 'dibao' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('application_already_open');
    expect((await act('street', id, { action: 'accept' })).statusCode).toBe(200);
    const lonely = await as('community', 'POST', `/applications/${id}/records`, { ...investigation, staff: ['张丽'] });
    expect(lonely.statusCode).toBe(200);
    const one = await act('community', id, { action: 'complete_investigation' });
    expect(one.statusCode).toBe(422);
    expect(one.json().error.code).toBe('case_requires_investigation_two_staff');
  });

  it('returns a case one step with a reason, rejects with a written notice, and takes an appeal', async () => {
    const { id } = await caseAtStreetReview();
    expect((await act('street', id, { action: 'return' })).json().error.code).toBe('case_requires_comment_required');
    expect((await act('street', id, { action: 'return', comment: '核对报告缺少不动产信息' })).json().state).toBe('verification');
    await act('verifier', id, { action: 'complete_verification' });
    const rejected = await act('street', id, { action: 'reject', comment: '家庭人均收入超过低保标准' });
    expect(rejected.json().state).toBe('rejected');
    expect(rejected.json().decisionText).toMatch(/不予确认通知书[\s\S]*家庭人均收入超过低保标准[\s\S]*行政复议/);
    // 不予确认通知书 within 3 working days of the decision (Monday 03-02 → Thursday 03-05).
    expect(rejected.json().rejectionNotice).toEqual({ dueOn: '2026-03-05' });
    expect((await act('community', id, { action: 'appeal', comment: '申请人不服，提出复核' })).json().state).toBe('appealed');
    expect((await act('county', id, { action: 'decide_appeal', upheld: false, comment: '重新审核' })).json().state).toBe('county_confirmation');
  });

  it('holds a case under notice while an objection is open', async () => {
    const { id } = await caseAtStreetReview();
    await act('street', id, { action: 'street_approve' });
    const objected = await as('community', 'POST', `/applications/${id}/objections`, { raisedBy: '邻居（匿名）', receivedVia: 'phone', content: '其子有车辆一辆' });
    const objectionId = objected.json().objections[0].id;
    t().deps.clock.advance(8 * DAY);
    try {
      const held = await act('street', id, { action: 'close_notice' });
      expect(held.json().error.code).toBe('case_requires_open_objections');
      await as('street', 'POST', `/objections/${objectionId}/resolve`, { resolution: '经核实车辆已于 2025 年转让，异议不属实' });
      // The objection joined the complaint register (issue 17), its resolution recorded there.
      const complaint = await t().deps.db.selectFrom('complaints').selectAll().where('objection_id', '=', objectionId).executeTakeFirstOrThrow();
      expect(complaint).toMatchObject({ channel: 'notice_objection', application_id: id, complainant_name: '邻居（匿名）', status: 'investigating' });
      const events = (await as('street', 'GET', `/complaints/${complaint.id}`)).json().events;
      expect(events.map((e: { action: string; content: string | null }) => [e.action, e.content])).toEqual([['register', null], ['investigate', '经核实车辆已于 2025 年转让，异议不属实']]);
      expect((await act('street', id, { action: 'close_notice' })).json().state).toBe('county_confirmation');
    } finally {
      t().deps.clock.advance(-8 * DAY);
    }
  });

  it('flags a relative of staff at intake and needs a recorded review before confirmation', async () => {
    const household = poorHousehold();
    const relativeId = household.members[1]!.idNumber;
    expect((await as('street', 'POST', '/staff-relatives', { staffName: '王建军', staffPosition: '二七街道办事处副主任', relativeName: '吴秀兰', relativeIdNumber: relativeId, relation: '姑母', areaCode: '420102010' })).statusCode).toBe(201);
    const { id } = await caseAtStreetReview(household);
    expect((await as('street', 'GET', `/applications/${id}`)).json().relativeFlagged).toBe(true);
    await act('street', id, { action: 'street_approve' });
    t().deps.clock.advance(8 * DAY);
    try {
      await act('community', id, { action: 'close_notice' });
      const blocked = await act('county', id, { action: 'confirm' });
      expect(blocked.json().error.code).toBe('case_requires_relative_review');
      const ok = await act('county', id, { action: 'confirm', relativeReview: '经单独审查，收入、财产核对属实，不存在优亲厚友' });
      expect(ok.json()).toMatchObject({ state: 'approved', relativeReview: { by: 'county' } });
    } finally {
      t().deps.clock.advance(-8 * DAY);
    }
  });

  it('pays a small urgent sum first on a temporary assistance case', async () => {
    const h = (await as('community', 'POST', '/households', poorHousehold())).json();
    const id = (await as('street', 'POST', '/applications', { householdId: h.id, program: 'temporary', temporaryType: 'emergency', temporaryEvent: 'serious_illness', requestedAmount: 300000 })).json().id;
    const tooMuch = await act('street', id, { action: 'pay_urgent', amount: 500000 });
    expect(tooMuch.json().error.code).toBe('case_requires_urgent_amount');
    const paid = await act('street', id, { action: 'pay_urgent', amount: 80000, comment: '突发重病，先行救助' });
    expect(paid.json()).toMatchObject({ state: 'submitted', urgentAmount: 80000 });
    expect(paid.json().allowedActions).not.toContain('pay_urgent');
  });

  it('publishes open notices without login, masked and nothing else, and prints notices and decisions as PDFs', async () => {
    const household = poorHousehold();
    household.members[0] = { ...household.members[0]!, health: 'serious', diagnosis: '尿毒症' };
    const { id } = await caseAtStreetReview(household);
    await act('street', id, { action: 'street_approve' });
    const page = await t().app.inject({ url: '/public/notices/420102010001' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('钱*国');
    expect(page.body).toContain('1,580.00');
    expect(page.body).not.toContain(household.members[0]!.idNumber);
    expect(page.body).not.toContain('尿毒症');
    expect(page.body).not.toContain('吴秀兰');
    expect(page.body).toContain('2026-03-02 至 2026-03-08');
    const gov = await t().app.inject({ url: '/public' });
    expect(gov.body).toMatch(/城市最低生活保障标准[\s\S]*1,040.00 元/);
    expect(gov.body).toContain('30 个工作日');
    expect(gov.body).toContain('钱*国');

    const pdf = await as('street', 'GET', '/notices/420102010001/notice.pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await t().app.inject({ url: '/api/v1/notices/420102010001/notice.pdf' })).statusCode).toBe(401);

    const rejectedCase = await caseAtStreetReview();
    await act('street', rejectedCase.id, { action: 'reject', comment: '有非生活必需车辆' });
    const letter = await as('community', 'GET', `/applications/${rejectedCase.id}/decision.pdf`);
    expect(letter.statusCode).toBe(200);
    expect(letter.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('runs the legal clock from acceptance, not submission, and lists the working days left', async () => {
    const h = (await as('community', 'POST', '/households', poorHousehold())).json();
    const id = (await as('community', 'POST', '/applications', { householdId: h.id, program: 'dibao', checklist: ['application_form'] })).json().id;
    const waiting = (await as('street', 'GET', `/applications/${id}`)).json();
    expect(waiting.clock).toMatchObject({ acceptedOn: null, dueOn: null, overdue: false });
    expect(waiting).toMatchObject({ headName: '钱建国', subjectName: null });
    expect((await as('street', 'GET', '/applications')).json().items.find((c: { id: number }) => c.id === id)).toMatchObject({ dueOn: null, workingDaysLeft: null });
    // Accepted a week later (Monday 2026-03-09): 30 working days from then.
    t().deps.clock.advance(7 * DAY);
    try {
      const accepted = (await act('street', id, { action: 'accept' })).json();
      expect(accepted.clock).toMatchObject({ acceptedOn: '2026-03-09', dueOn: '2026-04-21', workingDaysLeft: 30 });
      const listed = (await as('street', 'GET', '/applications')).json().items.find((c: { id: number }) => c.id === id);
      expect(listed).toMatchObject({ acceptedOn: '2026-03-09', dueOn: '2026-04-21', workingDaysLeft: 30, overdue: false });
    } finally {
      t().deps.clock.advance(-7 * DAY);
    }
  });

  it('extends the limit to 45 working days, lists overdue cases for the county, and confirms in bulk', async () => {
    const a = await caseAtStreetReview();
    const b = await caseAtStreetReview();
    const extended = await as('county', 'POST', `/applications/${a.id}/extend`, { reason: '需补充核对不动产信息' });
    expect(extended.json().clock).toMatchObject({ dueOn: '2026-05-08' });
    expect((await as('county', 'POST', `/applications/${a.id}/extend`, { reason: '再次' })).statusCode).toBe(409);
    for (const c of [a, b]) await act('street', c.id, { action: 'street_approve' });
    t().deps.clock.advance(60 * DAY);
    try {
      const overdue = (await as('county', 'GET', '/applications?overdue=true')).json().items.map((c: { id: number }) => c.id);
      expect(overdue).toContain(b.id);
      expect(overdue).not.toContain(a.id);
      for (const c of [a, b]) await act('community', c.id, { action: 'close_notice' });
      const bulk = await as('county', 'POST', '/applications/bulk-transitions', { ids: [a.id, b.id, 999999], action: 'confirm', category: 'B' });
      expect(bulk.json().results).toEqual([
        { id: a.id, ok: true, state: 'approved' },
        { id: b.id, ok: true, state: 'approved' },
        { id: 999999, ok: false, error: { code: 'application_not_found', message: '案件不存在' } },
      ]);
    } finally {
      t().deps.clock.advance(-60 * DAY);
    }
  });
});
