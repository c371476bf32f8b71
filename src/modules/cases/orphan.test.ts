import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import type { Deps } from '../../deps.ts';
import { actorForUsername } from '../auth/service.ts';
import { startEnrolment } from '../payments/service.ts';

/** An enrolment as a confirmed case leaves it (the case itself a stub row): the benefit the child already receives. */
async function enrolStub(deps: Deps, e: { householdId: number; personId: number | null; program: string; amount: number; covered: number; startMonth: string }) {
  const county = await actorForUsername(deps, 'county');
  const calculation = JSON.stringify({ trace: [{ step: 'members', value: e.covered }] });
  return deps.db.transaction().execute(async (trx) => {
    const app = await trx
      .insertInto('applications')
      .values({
        household_id: e.householdId, subject_person_id: e.personId, program: e.program, state: 'approved', democratic_review: 0,
        area_code: '420102010001', receiving_street_code: '420102010', accepted_on: '2026-01-05', due_on: '2026-02-20', extended: 0,
        extension_reason: null, checklist: '[]', consent_document_id: null, calculated_amount: e.amount, calculation, policy_version: 'test',
        category: null, relative_flagged: 0, relative_review: null, urgent_amount: null, notice_id: null, decision_text: null, version: 1,
        created_by: county.userId, created_at: '2026-01-05T00:00:00.000Z', updated_at: '2026-01-05T00:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return startEnrolment(trx, deps, county, {
      householdId: e.householdId, personId: e.personId, program: e.program, category: null, monthlyAmount: e.amount, calculation,
      policyVersion: 'test', startMonth: e.startMonth, applicationId: app.id, areaCode: '420102010001',
    });
  });
}

describe.each(dialects)('the orphan allowance from application to payroll on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2026-03-02T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const act = (user: string, id: number, body: object) => as(user, 'POST', `/applications/${id}/transitions`, body);

  async function household(childFlags: ('orphan' | 'de_facto_orphan')[]) {
    const grandma = buildPerson({ name: '孙桂英', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1956-02-02', sex: 'female' }) });
    const child = buildPerson({ name: '孙小雨', relation: 'grandchild', employment: 'not_applicable', student: true, flags: childFlags, idNumber: uniqueIdNumber({ birthDate: '2016-09-09' }) });
    const h = (await as('community', 'POST', '/households', buildHousehold({ members: [grandma, child], incomes: [], deductions: [], assets: [] }))).json();
    const file = (await as('community', 'GET', `/households/${h.id}`)).json();
    const childId = file.members.find((m: { name: string }) => m.name === '孙小雨').id as number;
    return { id: h.id as number, childId };
  }

  it('applies on the registry status, tops up the household dibao share (补差), enrols and pays the difference', async () => {
    const h = await household(['orphan']);
    // The household already receives dibao, 1,500.00 for its 2 members: the child's share is 750.00.
    await enrolStub(t().deps, { householdId: h.id, personId: null, program: 'dibao', amount: 150000, covered: 2, startMonth: '2026-02' });

    const submitted = await as('community', 'POST', '/applications', { householdId: h.id, program: 'orphan', subjectPersonId: h.childId, checklist: ['application_form'] });
    expect(submitted.statusCode).toBe(201);
    const id = submitted.json().id;
    expect(submitted.json()).toMatchObject({ program: 'orphan', path: 'short' });
    expect((await act('street', id, { action: 'accept' })).json().state).toBe('street_review');
    const reviewed = (await act('street', id, { action: 'street_approve', comment: '同意' })).json();
    // 1,600.00 − 750.00 = 850.00, each deduction a trace line naming its enrolment.
    expect(reviewed).toMatchObject({ state: 'county_confirmation', calculatedAmount: 85000 });
    const deductions = reviewed.calculation.trace.filter((s: { step: string }) => s.step === 'other_benefit');
    expect(deductions).toEqual([expect.objectContaining({ value: 75000, detail: expect.objectContaining({ program: 'dibao', source: 'enrolment', householdAmount: 150000, householdPersons: 2 }) })]);

    const confirmed = (await act('county', id, { action: 'confirm' })).json();
    expect(confirmed).toMatchObject({ state: 'approved' });
    expect(confirmed.decisionText).toContain('孤儿基本生活费');
    const enrolment = await t().deps.db.selectFrom('enrolments').selectAll().where('application_id', '=', id).executeTakeFirstOrThrow();
    expect(enrolment).toMatchObject({ program: 'orphan', person_id: h.childId, start_month: '2026-04' });
    expect(Number(enrolment.monthly_amount)).toBe(85000);

    const payroll = await as('county', 'POST', '/payrolls', { program: 'orphan', areaCode: '420102', month: '2026-04' });
    expect(payroll.statusCode).toBe(201);
    expect(payroll.json().title).toContain('孤儿基本生活费');
    const lines = (await as('county', 'GET', `/payrolls/${payroll.json().id}/lines?pageSize=500`)).json().items;
    expect(lines.filter((l: { enrolmentId: number }) => l.enrolmentId === enrolment.id)).toEqual([expect.objectContaining({ amount: 85000, payeeName: '孙小雨', kind: 'regular' })]);
  });

  it('refuses a child without the registry status, with the reason on the decision', async () => {
    const h = await household([]);
    const id = (await as('community', 'POST', '/applications', { householdId: h.id, program: 'orphan', subjectPersonId: h.childId })).json().id;
    await act('street', id, { action: 'accept' });
    const reviewed = await act('street', id, { action: 'street_approve', comment: '同意' });
    expect(reviewed.statusCode).toBe(422);
    expect(reviewed.json().error.code).toBe('case_requires_calculated_amount');
    const rejected = (await act('street', id, { action: 'reject', comment: '未登记为孤儿' })).json();
    expect(rejected.state).toBe('rejected');
  });

  it('deducts the own disability subsidy of a de facto orphan in full', async () => {
    const h = await household(['de_facto_orphan']);
    await enrolStub(t().deps, { householdId: h.id, personId: h.childId, program: 'disability_living', amount: 12000, covered: 1, startMonth: '2026-01' });
    const calc = await as('community', 'POST', `/households/${h.id}/calculations`, { program: 'de_facto_orphan', asOf: '2026-03-02', subjectPersonId: h.childId });
    expect(calc.statusCode).toBe(200);
    expect(calc.json()).toMatchObject({ eligible: true, monthlyAmount: 148000 });
  });
});
