import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

describe.each(dialects)('残疾人: certificates, services, employment bases on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2025-09-10T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('the certificate is the source of the grade the care subsidy reads; revoking it ends the eligibility', async () => {
    const id = uniqueIdNumber({ birthDate: '1970-03-03' });
    const head = buildPerson({ name: '马志强', idNumber: id, laborCapacity: 'none', employment: 'unemployed' });
    const h = (await as('community', 'POST', '/households', buildHousehold({ members: [head], incomes: [], deductions: [], assets: [] }))).json();
    const personId = h.members[0].id;
    const calc = async () => (await as('community', 'POST', `/households/${h.id}/calculations`, { program: 'disability_care', asOf: '2025-09-10', subjectPersonId: personId })).json();
    expect((await calc()).eligible).toBe(false);

    const bad = await as('community', 'POST', '/disability/certificates', { personId, number: `${id}42`, category: 'physical', grade: 1, issuedOn: '2020-05-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'certificate_number_grade', field: 'number' });
    expect(bad.json().error.message).toContain('等级');

    const saved = await as('community', 'POST', '/disability/certificates', { personId, number: `${id}41`, category: 'physical', grade: 1, issuedOn: '2020-05-01', reviewOn: '2025-10-01' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ personName: '马志强', category: 'physical', grade: 1, status: 'valid', state: 'review_due' });
    // The number carries the full ID number: masked like it.
    expect(saved.json().number).not.toContain(id.slice(6, 14));
    expect(saved.json().number).toMatch(/41$/);
    const person = await t().deps.db.selectFrom('persons').select(['disability_category', 'disability_grade', 'disability_certificate']).where('id', '=', personId).executeTakeFirstOrThrow();
    expect(person).toEqual({ disability_category: 'physical', disability_grade: 1, disability_certificate: `${id}41` });
    expect(await calc()).toMatchObject({ eligible: true });

    // Re-graded to 3 (physical): not covered by the care subsidy.
    await as('community', 'POST', '/disability/certificates', { personId, number: `${id}43`, category: 'physical', grade: 3, issuedOn: '2025-06-01', reviewOn: '2030-06-01' });
    expect((await calc()).reasons).toContain('grade_not_covered');
    const revoked = await as('community', 'POST', '/disability/certificates', { personId, number: `${id}43`, category: 'physical', grade: 3, issuedOn: '2025-06-01', status: 'revoked' });
    expect(revoked.json().state).toBe('revoked');
    expect((await calc()).reasons).toContain('not_disabled');

    const service = await as('community', 'POST', '/disability/services', { personId, kind: 'assistive_device', serviceType: '轮椅', provider: '区残联辅具中心', startOn: '2025-09-01', amount: 120000 });
    expect(service.statusCode).toBe(422);
    expect(service.json().error.code).toBe('disability_certificate_required');
    await as('community', 'POST', '/disability/certificates', { personId, number: `${id}43`, category: 'physical', grade: 3, issuedOn: '2025-06-01' });
    const ok = await as('community', 'POST', '/disability/services', { personId, kind: 'rehabilitation', serviceType: '肢体康复训练', provider: '二七街道社区康复站', startOn: '2025-09-01', endOn: '2025-11-30' });
    expect(ok.statusCode, ok.body).toBe(201);
    const list = (await as('street', 'GET', '/disability/services?kind=rehabilitation')).json();
    expect(list.items.map((s: { personName: string }) => s.personName)).toContain('马志强');
    const certs = (await as('county', 'GET', '/disability/certificates?category=physical')).json();
    expect(certs.items.find((c: { personId: number }) => c.personId === personId)).toMatchObject({ grade: 3, state: 'valid' });

    // Another community: nothing; the verifier may not write; everything audited.
    const other = (await as('county', 'POST', '/households', buildHousehold({ areaCode: '420102011002' }))).json();
    expect((await as('community', 'POST', '/disability/certificates', { personId: other.members[0].id, number: `${id}43`, category: 'physical', grade: 3, issuedOn: '2025-06-01' })).statusCode).toBe(404);
    expect((await as('verifier', 'POST', '/disability/certificates', { personId, number: `${id}43`, category: 'physical', grade: 3, issuedOn: '2025-06-01' })).statusCode).toBe(403);
    const audit = await t().deps.db.selectFrom('audit_log').select('action').where('action', 'like', 'disability.%').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['disability.certificate', 'disability.certificate', 'disability.certificate', 'disability.certificate', 'disability.service']);
  });

  it('a registry edit cannot overwrite the certificate’s category, grade or number; repeating them or editing other fields passes', async () => {
    const id = uniqueIdNumber({ birthDate: '1968-04-04' });
    const h = (await as('community', 'POST', '/households', buildHousehold({ members: [buildPerson({ name: '秦立军', idNumber: id })], incomes: [], deductions: [], assets: [] }))).json();
    const personId = h.members[0].id;
    // Before any certificate the registry still records a disability (imports, old files).
    const before = await as('community', 'PATCH', `/households/${h.id}`, { version: h.version, members: [{ personId, disability: { category: 'physical', grade: 3, certificate: null } }] });
    expect(before.statusCode, before.body).toBe(200);
    await as('community', 'POST', '/disability/certificates', { personId, number: `${id}42`, category: 'physical', grade: 2, issuedOn: '2021-05-01' });
    const file = (await as('community', 'GET', `/households/${h.id}`)).json();
    expect(file.members[0].disability).toMatchObject({ category: 'physical', grade: 2, certificate: `${id}42` });

    const regrade = await as('community', 'PATCH', `/households/${h.id}`, { version: file.version, members: [{ personId, disability: { category: 'physical', grade: 4, certificate: `${id}42` } }] });
    expect(regrade.statusCode).toBe(409);
    expect(regrade.json().error).toMatchObject({ code: 'disability_from_certificate', field: 'members.0.disability' });
    expect(regrade.json().error.message).toContain('以残疾证为准');
    const cleared = await as('community', 'PATCH', `/households/${h.id}`, { version: file.version, members: [{ personId, disability: null }] });
    expect(cleared.json().error.code).toBe('disability_from_certificate');
    // The whole member sent back unchanged, with another field edited: accepted, grade untouched.
    const same = await as('community', 'PATCH', `/households/${h.id}`, { version: file.version, members: [{ personId, phone: '13907100001', disability: { category: 'physical', grade: 2, certificate: `${id}42` } }] });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json().members[0]).toMatchObject({ phone: '13907100001', disability: { category: 'physical', grade: 2 } });
    // A revoked certificate still governs: the registry cannot bring the grade back.
    await as('community', 'POST', '/disability/certificates', { personId, number: `${id}42`, category: 'physical', grade: 2, issuedOn: '2021-05-01', status: 'revoked' });
    const after = (await as('community', 'GET', `/households/${h.id}`)).json();
    expect(after.members[0].disability).toBeNull();
    expect((await as('community', 'PATCH', `/households/${h.id}`, { version: after.version, members: [{ personId, disability: { category: 'physical', grade: 2, certificate: null } }] })).statusCode).toBe(409);
    const person = await t().deps.db.selectFrom('persons').select(['disability_grade']).where('id', '=', personId).executeTakeFirstOrThrow();
    expect(person.disability_grade).toBeNull();
  });

  it('an employment base: every criterion met, then a near miss on each side of the thresholds', async () => {
    const base = {
      areaCode: '420102010001', name: '爱心手工编织基地', operator: '江岸区巧手编织合作社', year: 2025, appliedOn: '2025-04-30', inspectedOn: '2025-07-20',
      disabledEmployees: 9, householdsServed: 20, annualOutput: 10_000_000, perCapitaIncome: 1_000_000,
    };
    const created = await as('community', 'POST', '/disability/employment-bases', base);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().status).toBe('applied');
    const id = created.json().id;
    const evaluated = await as('community', 'POST', `/disability/employment-bases/${id}/evaluation`);
    expect(evaluated.statusCode, evaluated.body).toBe(200);
    expect(evaluated.json()).toMatchObject({ baseId: id, evaluatedOn: '2025-09-10', qualified: true });
    expect(evaluated.json().criteria.map((c: { code: string; met: boolean }) => [c.code, c.met])).toEqual([
      ['disabled_beneficiaries', true], ['annual_output', true], ['per_capita_income', true], ['applied_by_april', true], ['inspected_in_july', true],
    ]);

    // The inspection finds 19 households and output 1 fen short: two criteria missed.
    const updated = await as('community', 'PUT', `/disability/employment-bases/${id}`, { ...base, householdsServed: 19, annualOutput: 9_999_999 });
    expect(updated.json().status).toBe('applied');
    const again = (await as('community', 'POST', `/disability/employment-bases/${id}/evaluation`)).json();
    expect(again.qualified).toBe(false);
    expect(again.criteria.filter((c: { met: boolean }) => !c.met).map((c: { code: string; actual: unknown }) => [c.code, c.actual])).toEqual([
      ['disabled_beneficiaries', '9/19'], ['annual_output', 9_999_999],
    ]);
    const listed = (await as('street', 'GET', '/disability/employment-bases?year=2025')).json();
    expect(listed.items.find((b: { id: number }) => b.id === id)).toMatchObject({ status: 'not_qualified', evaluation: { qualified: false } });

    // Applied in May: late.
    const late = (await as('community', 'POST', '/disability/employment-bases', { ...base, disabledEmployees: 12, appliedOn: '2025-05-06' })).json();
    const lateEval = (await as('community', 'POST', `/disability/employment-bases/${late.id}/evaluation`)).json();
    expect(lateEval.criteria.filter((c: { met: boolean }) => !c.met).map((c: { code: string }) => c.code)).toEqual(['applied_by_april']);

    const elsewhere = (await as('county', 'POST', '/disability/employment-bases', { ...base, areaCode: '420102011002' })).json();
    expect((await as('community', 'POST', `/disability/employment-bases/${elsewhere.id}/evaluation`)).statusCode).toBe(404);
    expect((await as('community', 'POST', '/disability/employment-bases', { ...base, areaCode: '420102011002' })).statusCode).toBe(403);
    const audit = await t().deps.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'employment_base').where('entity_id', '=', String(id)).execute();
    expect(audit.map((a) => a.action)).toEqual(['employment_base.create', 'employment_base.evaluate', 'employment_base.update', 'employment_base.evaluate']);
  });
});
