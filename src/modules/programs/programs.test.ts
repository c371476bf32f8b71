import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { DEMO_PASSWORD } from '../demo/service.ts';
import { importDistrict } from '../areas/service.ts';
import { actorForUsername, createUser } from '../auth/service.ts';
import { startEnrolment } from '../payments/service.ts';

const DAY = 86_400_000;
let seq = 0;
const code = (slug: string) => `local_${slug}_${(seq += 1)}`;

/** 尊老金: 100.00 a month for persons 80 and over, not for tekun persons (the stacking rule). */
const zunlao = (c: string, over: object = {}) => ({
  code: c,
  name: '尊老金',
  areaCode: '420102',
  subject: 'person',
  amountBasis: 'per_person',
  amount: 10000,
  kind: 'cash',
  paymentPeriod: 'monthly',
  effectiveFrom: '2026-01-01',
  rules: { ageMin: 80, excludedPrograms: ['tekun'] },
  ...over,
});

describe.each(dialects)('local programs (地方项目) on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2026-03-02T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const act = (user: string, id: number, body: object) => as(user, 'POST', `/applications/${id}/transitions`, body);

  async function elderHousehold(birthDate = '1944-05-05') {
    const head = buildPerson({ name: '周德福', employment: 'retired', idNumber: uniqueIdNumber({ birthDate }) });
    const spouse = buildPerson({ name: '陈桂兰', relation: 'spouse', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1950-01-01', sex: 'female' }) });
    const h = (await as('community', 'POST', '/households', buildHousehold({ members: [head, spouse], incomes: [], deductions: [], assets: [] }))).json();
    const file = (await as('community', 'GET', `/households/${h.id}`)).json();
    return { id: h.id as number, headId: file.members.find((m: { name: string }) => m.name === '周德福').id as number, spouseId: file.members.find((m: { name: string }) => m.name === '陈桂兰').id as number };
  }

  /** 申请 → 受理 (street) → 街道审核 → 区县确认 */
  async function walk(householdId: number, program: string, subjectPersonId?: number) {
    const submitted = await as('community', 'POST', '/applications', { householdId, program, ...(subjectPersonId ? { subjectPersonId } : {}), checklist: ['application_form', 'id_cards'] });
    expect(submitted.statusCode).toBe(201);
    const id = submitted.json().id as number;
    expect(submitted.json()).toMatchObject({ program, path: 'short', state: 'submitted' });
    expect((await act('street', id, { action: 'accept' })).json().state).toBe('street_review');
    return { id, reviewed: await act('street', id, { action: 'street_approve', comment: '符合条件' }) };
  }

  it('is defined by the administrator only, inside their area, validated field by field, audited', async () => {
    const c = code('zunlao');
    const created = await as('admin', 'POST', '/programs/local', zunlao(c));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: c, name: '尊老金', areaCode: '420102', areaName: '江岸区', version: 1, active: true, rules: { ageMin: 80, ageMax: null, excludedPrograms: ['tekun'] } });
    const audit = await t().deps.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'local_program').where('entity_id', '=', String(created.json().id)).execute();
    expect(audit.map((a) => a.action)).toEqual(['local_program.create']);

    // Another district, or the city above the administrator's district: 403.
    for (const areaCode of ['420103', '4201']) {
      const outside = await as('admin', 'POST', '/programs/local', zunlao(code('out'), { areaCode }));
      expect(outside.statusCode).toBe(403);
      expect(outside.json().error).toMatchObject({ code: 'area_out_of_scope', field: 'areaCode' });
    }
    expect((await as('county', 'POST', '/programs/local', zunlao(code('county')))).statusCode).toBe(403);
    const taken = await as('admin', 'POST', '/programs/local', zunlao(c));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'local_program_code_taken', field: 'code' });

    const bad = await t().app.inject({ method: 'POST', url: '/api/v1/programs/local', headers: { cookie: await t().login('admin'), 'accept-language': 'en' }, payload: zunlao('zunlao', { amountBasis: 'per_household' }) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('code');
    const basis = await as('admin', 'POST', '/programs/local', zunlao(code('basis'), { amountBasis: 'per_household' }));
    expect(basis.statusCode).toBe(400);
    expect(basis.json().error).toMatchObject({ field: 'amountBasis' });
    const ages = await as('admin', 'POST', '/programs/local', zunlao(code('ages'), { rules: { ageMin: 90, ageMax: 80 } }));
    expect(ages.json().error).toMatchObject({ field: 'rules.ageMax' });

    const edited = await as('admin', 'PUT', `/programs/local/${created.json().id}`, { ...zunlao(c), code: undefined, amount: 12000, version: 1 });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ amount: 12000, version: 2 });
    const stale = await as('admin', 'PUT', `/programs/local/${created.json().id}`, { ...zunlao(c), code: undefined, amount: 13000, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('local_program_changed_meanwhile');

    const listed = (await as('community', 'GET', '/programs/local?appliesTo=420102010001')).json().items;
    expect(listed.map((p: { code: string }) => p.code)).toContain(c);
  });

  it('is applied for, confirmed, enrolled, paid and reported like a built-in program', async () => {
    const c = code('zunlao');
    expect((await as('admin', 'POST', '/programs/local', zunlao(c))).statusCode).toBe(201);
    const h = await elderHousehold();
    const { id, reviewed } = await walk(h.id, c, h.headId);
    expect(reviewed.statusCode).toBe(200);
    expect(reviewed.json()).toMatchObject({ state: 'county_confirmation', calculatedAmount: 10000, policyVersion: `local:${c}@v1` });
    const steps = reviewed.json().calculation.trace.map((s: { step: string }) => s.step);
    expect(steps).toEqual(expect.arrayContaining(['local_program', 'local_area_test', 'age_test', 'excluded_program_test', 'amount']));

    const confirmed = (await act('county', id, { action: 'confirm' })).json();
    expect(confirmed.state).toBe('approved');
    expect(confirmed.decisionText).toContain('尊老金');
    const enrolment = await t().deps.db.selectFrom('enrolments').selectAll().where('application_id', '=', id).executeTakeFirstOrThrow();
    expect(enrolment).toMatchObject({ program: c, person_id: h.headId, start_month: '2026-04', covered_persons: 1 });

    const payroll = await as('county', 'POST', '/payrolls', { program: c, areaCode: '420102', month: '2026-04' });
    expect(payroll.statusCode).toBe(201);
    expect(payroll.json()).toMatchObject({ program: c, title: `江岸区尊老金发放名册（2026-04）`, households: 1, persons: 1, totalAmount: 10000 });
    const lines = (await as('county', 'GET', `/payrolls/${payroll.json().id}/lines`)).json().items;
    expect(lines).toEqual([expect.objectContaining({ amount: 10000, payeeName: '周德福', reason: '2026-04 尊老金' })]);
    expect((await as('clerk', 'POST', `/payrolls/${payroll.json().id}/approve`)).statusCode).toBe(200);

    // A lump sum for the local program too (e.g. 重阳节 100.00 per person).
    const lump = await as('county', 'POST', '/payrolls/lump-sums', { title: '重阳节尊老慰问金', program: c, areaCode: '420102', month: '2026-04', amountPerPerson: 10000 });
    expect(lump.statusCode).toBe(201);
    expect(lump.json()).toMatchObject({ kind: 'lump_sum', totalAmount: 10000 });

    t().deps.clock.advance(35 * DAY);
    try {
      const report = (await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2026-04')).json();
      expect(report.programs).toContain(c);
      expect(report.programNames[c]).toBe('尊老金');
      expect(report.totals.programs[c]).toMatchObject({ households: 1, persons: 1, amount: 10000 });
    } finally {
      t().deps.clock.advance(-35 * DAY);
    }
  });

  it('applies the stacking rule: a tekun person is refused, with the reason traced', async () => {
    const c = code('zunlao');
    await as('admin', 'POST', '/programs/local', zunlao(c));
    const h = await elderHousehold();
    const county = await actorForUsername(t().deps, 'county');
    await t().deps.db.transaction().execute(async (trx) => {
      const app = await trx
        .insertInto('applications')
        .values({
          household_id: h.id, subject_person_id: h.headId, program: 'tekun', state: 'approved', democratic_review: 0, area_code: '420102010001',
          receiving_street_code: '420102010', accepted_on: '2026-01-05', due_on: '2026-02-20', extended: 0, extension_reason: null, checklist: '[]',
          consent_document_id: null, calculated_amount: 150000, calculation: '{}', policy_version: 'test', category: null, relative_flagged: 0,
          relative_review: null, urgent_amount: null, notice_id: null, decision_text: null, version: 1, created_by: county.userId,
          created_at: '2026-01-05T00:00:00.000Z', updated_at: '2026-01-05T00:00:00.000Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await startEnrolment(trx, t().deps, county, {
        householdId: h.id, personId: h.headId, program: 'tekun', category: null, monthlyAmount: 150000, calculation: '{}', policyVersion: 'test',
        startMonth: '2026-02', applicationId: app.id, areaCode: '420102010001',
      });
    });
    const evaluated = (await as('community', 'POST', `/programs/local/${c}/evaluate`, { householdId: h.id, subjectPersonId: h.headId })).json();
    expect(evaluated).toMatchObject({ eligible: false, monthlyAmount: 0, reasons: ['local_excluded_program'] });
    expect(evaluated.trace.find((s: { step: string }) => s.step === 'excluded_program_test')).toMatchObject({ value: false, detail: { clash: ['tekun'] } });
    expect(evaluated.explanation.lines).toContainEqual(expect.objectContaining({ label: '未享受不得同时享受的项目（叠加规则）', value: '不符合' }));
    expect(evaluated.explanation.reasons).toEqual(['已享受不得同时享受的项目']);
    const { reviewed } = await walk(h.id, c, h.headId);
    expect(reviewed.statusCode).toBe(422);
    // The spouse (76) is too young; a spouse of 80 not on tekun would qualify.
    expect((await as('community', 'POST', `/programs/local/${c}/evaluate`, { householdId: h.id, subjectPersonId: h.spouseId })).json().reasons).toEqual(['age']);
  });

  it('pays a household in-kind program per covered person as an issue list with no bank file', async () => {
    const c = code('liangyou');
    const def = { code: c, name: '粮油卡', areaCode: '420102', subject: 'household', amountBasis: 'per_covered_person', amount: 5000, kind: 'in_kind', effectiveFrom: '2026-01-01', rules: { ageMin: 60 } };
    expect((await as('admin', 'POST', '/programs/local', def)).statusCode).toBe(201);
    const h = await elderHousehold();
    const { id, reviewed } = await walk(h.id, c);
    expect(reviewed.json()).toMatchObject({ calculatedAmount: 10000, subjectPersonId: null });
    await act('county', id, { action: 'confirm' });
    const enrolment = await t().deps.db.selectFrom('enrolments').selectAll().where('application_id', '=', id).executeTakeFirstOrThrow();
    expect(enrolment).toMatchObject({ person_id: null, covered_persons: 2 });
    const payroll = (await as('county', 'POST', '/payrolls', { program: c, areaCode: '420102', month: '2026-04' })).json();
    expect(payroll).toMatchObject({ title: '江岸区粮油卡实物发放清单（2026-04）', totalAmount: 10000, persons: 2 });
    await as('clerk', 'POST', `/payrolls/${payroll.id}/approve`);
    const bank = await as('county', 'GET', `/payrolls/${payroll.id}/bank-file?format=csv`);
    expect(bank.statusCode).toBe(409);
    expect(bank.json().error.code).toBe('payroll_not_cash');
  });

  it('pays a program defined as quarterly by one payroll per quarter, unless the area sets another period', async () => {
    const c = code('jiankang');
    expect((await as('admin', 'POST', '/programs/local', zunlao(c, { name: '健康补助金', paymentPeriod: 'quarterly' }))).statusCode).toBe(201);
    const h = await elderHousehold();
    const { id } = await walk(h.id, c, h.headId);
    await act('county', id, { action: 'confirm' }); // paid from April
    const q2 = (await as('county', 'POST', '/payrolls', { program: c, areaCode: '420102', month: '2026-05' })).json();
    expect(q2).toMatchObject({ month: '2026-04', months: ['2026-04', '2026-05', '2026-06'], totalAmount: 30000 });
    expect((await as('county', 'POST', '/payrolls', { program: c, areaCode: '420102', month: '2026-06' })).json().id).toBe(q2.id);
    // The district pays it monthly after all: its own setting wins over the definition.
    expect((await as('county', 'POST', '/policies/420102/parameters', { key: 'payments.periods', effectiveFrom: '2026-07-01', value: { [c]: 'monthly' } })).statusCode).toBe(201);
    expect((await as('county', 'POST', '/payrolls', { program: c, areaCode: '420102', month: '2026-07' })).json()).toMatchObject({ months: ['2026-07'], totalAmount: 10000 });
  });

  it('refuses a program that does not reach the household, an inactive one, an unknown one, and a payroll of an unknown one', async () => {
    const c = code('zunlao');
    await as('admin', 'POST', '/programs/local', zunlao(c));
    // A household of the next district, taken by that district's community.
    await importDistrict(t().deps, null, '420103');
    const other = (await t().deps.db.selectFrom('areas').select('code').where('code', 'like', '420103%').where('level', '=', 'community').orderBy('code').executeTakeFirstOrThrow()).code;
    const username = `c103_${dialect}_${seq}`;
    await createUser(t().deps, null, { username, displayName: '江汉社区专干', role: 'community_worker', areaCode: other, password: DEMO_PASSWORD });
    const head = buildPerson({ name: '吴长寿', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1940-01-01' }) });
    const h = (await as(username, 'POST', '/households', buildHousehold({ areaCode: other, members: [head], incomes: [], deductions: [], assets: [] }))).json();
    const file = (await as(username, 'GET', `/households/${h.id}`)).json();
    const outside = await as(username, 'POST', '/applications', { householdId: h.id, program: c, subjectPersonId: file.members[0].id });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error).toMatchObject({ code: 'local_program_not_applicable', field: 'program' });

    const mine = await elderHousehold();
    const created = (await as('admin', 'GET', '/programs/local')).json().items.find((p: { code: string }) => p.code === c);
    await as('admin', 'PUT', `/programs/local/${created.id}`, { ...zunlao(c), code: undefined, active: false, version: created.version });
    const inactive = await as('community', 'POST', '/applications', { householdId: mine.id, program: c, subjectPersonId: mine.headId });
    expect(inactive.statusCode).toBe(422);
    const unknown = await as('community', 'POST', '/applications', { householdId: mine.id, program: 'local_nothing_here', subjectPersonId: mine.headId });
    expect(unknown.statusCode).toBe(422);
    expect((await as('community', 'POST', '/applications', { householdId: mine.id, program: 'not_a_program' })).statusCode).toBe(400);
    const payroll = await as('county', 'POST', '/payrolls', { program: 'local_nothing_here', areaCode: '420102', month: '2026-04' });
    expect(payroll.statusCode).toBe(422);
    expect(payroll.json().error.field).toBe('program');
    // Ended programs pay no later month.
    const ended = code('ended');
    await as('admin', 'POST', '/programs/local', zunlao(ended, { effectiveTo: '2026-03-31' }));
    const late = await as('county', 'POST', '/payrolls', { program: ended, areaCode: '420102', month: '2026-04' });
    expect(late.statusCode).toBe(422);
    expect(late.json().error).toMatchObject({ code: 'local_program_not_in_force', field: 'month' });
    expect((await as('county', 'POST', '/payrolls', { program: ended, areaCode: '420102', month: '2026-03' })).statusCode).toBe(201);
    // A street window asks what applies in another street of its district.
    expect((await as('street', 'GET', '/programs/local?appliesTo=420102011001')).statusCode).toBe(200);
  });
});
