import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../factories/household.ts';
import { useTestApp } from '../helpers/test-app.ts';
import { dialects } from '../helpers/test-deps.ts';
import { DEMO_PASSWORD } from '../../src/domain/auth/password-policy.ts';
import { createUser } from '../../src/modules/auth/service.ts';
import { enrolHousehold } from '../helpers/enrolment.ts';

/**
 * Separation of duties (issue 17 point 3): the one who prepares a payroll does not approve it;
 * a staff member registered as a relative is recused from the household's case; the street
 * reviewer of a case does not confirm it at the county.
 */
describe.each(dialects)('separation of duties on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2026-03-02T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const act = (user: string, id: number, body: object) => as(user, 'POST', `/applications/${id}/transitions`, body);
  const investigation = { kind: 'investigation', happenedOn: '2026-03-03', staff: ['张丽', '王芳'], findings: '住房狭小，无其他收入来源' };
  const verification = { kind: 'verification', happenedOn: '2026-03-04', items: [{ source: '银行存款', declared: '无', found: '无', matches: true }], conclusion: '申报属实' };

  function poorHousehold() {
    const head = buildPerson({ name: '钱建国', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1962-05-05' }) });
    const spouse = buildPerson({ name: '吴秀兰', relation: 'spouse', employment: 'unemployed', idNumber: uniqueIdNumber({ birthDate: '1964-07-07', sex: 'female' }) });
    return buildHousehold({ members: [head, spouse], incomes: [{ idNumber: head.idNumber, type: 'pension', monthly: 50000 }], deductions: [], assets: [] });
  }

  async function submittedCase() {
    const household = poorHousehold();
    const h = (await as('community', 'POST', '/households', household)).json();
    const submitted = await as('community', 'POST', '/applications', { householdId: h.id, program: 'dibao', checklist: ['application_form', 'id_cards', 'consent'] });
    expect(submitted.statusCode).toBe(201);
    return { id: submitted.json().id as number, household };
  }

  it('refuses the approval of a payroll by the user who prepared it; another approver approves', async () => {
    const area = '420102002005';
    await enrolHousehold(t(), { areaCode: area, amount: 158000, startMonth: '2026-01' });
    const p = (await as('county', 'POST', '/payrolls', { program: 'dibao', areaCode: area, month: '2026-03' })).json();
    const own = await as('county', 'POST', `/payrolls/${p.id}/approve`);
    expect(own.statusCode).toBe(403);
    expect(own.json().error).toMatchObject({ code: 'payroll_prepared_by_self', message: expect.stringContaining('须由其他审批人员审批') });
    expect((await as('county', 'GET', `/payrolls/${p.id}`)).json().status).toBe('prepared');
    const other = await as('clerk', 'POST', `/payrolls/${p.id}/approve`);
    expect(other.statusCode).toBe(200);
    expect(other.json()).toMatchObject({ status: 'approved', createdBy: 'county', approvedBy: 'clerk' });
  });

  it('recuses a staff member registered as a relative: every step and record on the case is refused with a Chinese 403', async () => {
    const d = t().deps;
    const staff = await createUser(d, null, { username: 'cw-relative', displayName: '马秀英', role: 'community_worker', areaCode: '420102010001', password: DEMO_PASSWORD });
    const { id, household } = await submittedCase();
    const registered = await as('community', 'POST', '/staff-relatives', {
      staffName: '马秀英', staffPosition: '社区民政专干', relativeName: '吴秀兰', relativeIdNumber: household.members[1]!.idNumber, relation: '姐妹', areaCode: '420102010001', staffUserId: staff.id,
    });
    expect(registered.statusCode).toBe(201);
    expect((await act('street', id, { action: 'accept' })).json().state).toBe('investigation');
    // Not in the recused user's inbox; still in a colleague's.
    const inboxIds = async (user: string) => ((await as(user, 'GET', '/inbox')).json().items as { id: number }[]).map((c) => c.id);
    expect(await inboxIds('community')).toContain(id);
    expect(await inboxIds('cw-relative')).not.toContain(id);

    const record = await as('cw-relative', 'POST', `/applications/${id}/records`, investigation);
    expect(record.statusCode).toBe(403);
    expect(record.json().error).toMatchObject({ code: 'case_recused_relative', message: expect.stringMatching(/^回避：.*近亲属（姐妹）/) });
    const step = await act('cw-relative', id, { action: 'complete_investigation' });
    expect(step.statusCode).toBe(403);
    expect(step.json().error.code).toBe('case_recused_relative');
    expect((await as('cw-relative', 'POST', `/applications/${id}/extend`, { reason: '材料不全' })).statusCode).toBe(403);
    // Nothing happened on its behalf; a colleague works the case.
    expect((await as('community', 'POST', `/applications/${id}/records`, investigation)).statusCode).toBe(200);
    expect((await act('community', id, { action: 'complete_investigation' })).json().state).toBe('verification');
    const events = await d.db.selectFrom('case_events').select('actor_username').where('application_id', '=', id).execute();
    expect(events.map((e) => e.actor_username)).not.toContain('cw-relative');
  });

  it('links a relative entry to the one user of the district with the staff name, and then recuses them', async () => {
    const d = t().deps;
    const staff = await createUser(d, null, { username: 'sr-relative', displayName: '欧阳建华', role: 'street_reviewer', areaCode: '420102010', password: DEMO_PASSWORD });
    const { id, household } = await submittedCase();
    const r = await as('community', 'POST', '/staff-relatives', {
      staffName: '欧阳建华', staffPosition: '街道社会救助经办', relativeName: '钱建国', relativeIdNumber: household.members[0]!.idNumber, relation: '兄弟', areaCode: '420102010001',
    });
    const row = await d.db.selectFrom('staff_relatives').select('staff_user_id').where('id', '=', r.json().id).executeTakeFirstOrThrow();
    expect(row.staff_user_id).toBe(staff.id);
    const refused = await act('sr-relative', id, { action: 'accept' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('case_recused_relative');
    // An unknown or foreign staff account is refused at registration.
    const foreign = await as('community', 'POST', '/staff-relatives', {
      staffName: '某人', staffPosition: '干部', relativeName: '钱建国', relativeIdNumber: household.members[0]!.idNumber, relation: '兄弟', areaCode: '420102010001', staffUserId: 999_999,
    });
    expect(foreign.statusCode).toBe(422);
  });

  it('refuses the county confirmation by the user who reviewed the case at the street (after a role change)', async () => {
    const d = t().deps;
    const reviewer = await createUser(d, null, { username: 'sr-promoted', displayName: '黄晓东', role: 'street_reviewer', areaCode: '420102010', password: DEMO_PASSWORD });
    const { id } = await submittedCase();
    expect((await act('street', id, { action: 'accept' })).json().state).toBe('investigation');
    expect((await as('community', 'POST', `/applications/${id}/records`, investigation)).statusCode).toBe(200);
    expect((await act('community', id, { action: 'complete_investigation' })).json().state).toBe('verification');
    await as('verifier', 'POST', `/applications/${id}/records`, verification);
    expect((await act('verifier', id, { action: 'complete_verification' })).json().state).toBe('street_review');
    expect((await act('sr-promoted', id, { action: 'street_approve', comment: '同意' })).json().state).toBe('public_notice');
    d.clock.advance(7 * 86_400_000);
    expect((await act('street', id, { action: 'close_notice' })).json().state).toBe('county_confirmation');

    // The street reviewer moves to the county bureau.
    const moved = await as('admin', 'PATCH', `/users/${reviewer.id}`, { role: 'county_approver', areaCode: '420102' });
    expect(moved.statusCode).toBe(200);
    const own = await act('sr-promoted', id, { action: 'confirm', category: 'A' });
    expect(own.statusCode).toBe(403);
    expect(own.json().error).toMatchObject({ code: 'case_confirm_own_review', message: expect.stringContaining('不得再作区县审核确认') });
    const rejectOwn = await act('sr-promoted', id, { action: 'reject', comment: '不符合' });
    expect(rejectOwn.statusCode).toBe(403);
    expect((await act('county', id, { action: 'confirm', category: 'A' })).json().state).toBe('approved');
  });
});
