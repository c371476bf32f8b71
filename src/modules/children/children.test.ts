import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { bankAccount } from '../../../test/helpers/enrolment.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import type { Deps } from '../../deps.ts';
import { actorForUsername } from '../auth/service.ts';
import { startEnrolment } from '../payments/service.ts';

/** The orphan allowance of a child, started the way a confirmed case starts it (a stub application row). */
async function enrolOrphan(deps: Deps, o: { householdId: number; personId: number; areaCode: string; amount: number; startMonth: string }) {
  const county = await actorForUsername(deps, 'county');
  return deps.db.transaction().execute(async (trx) => {
    const app = await trx
      .insertInto('applications')
      .values({
        household_id: o.householdId, subject_person_id: o.personId, program: 'orphan', state: 'approved', democratic_review: 0, area_code: o.areaCode,
        receiving_street_code: o.areaCode.slice(0, 9), accepted_on: '2025-01-02', due_on: '2025-02-20', extended: 0, extension_reason: null, checklist: '[]',
        consent_document_id: null, calculated_amount: o.amount, calculation: '{}', policy_version: 'test', category: null, relative_flagged: 0, relative_review: null,
        urgent_amount: null, notice_id: null, decision_text: null, version: 1, created_by: county.userId, created_at: '2025-01-02T00:00:00.000Z', updated_at: '2025-01-02T00:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return (await startEnrolment(trx, deps, county, {
      householdId: o.householdId, personId: o.personId, program: 'orphan', category: null, monthlyAmount: o.amount, calculation: '{}', policyVersion: 'test',
      startMonth: o.startMonth, applicationId: app.id, areaCode: o.areaCode,
    })).id;
  });
}

describe.each(dialects)('儿童关爱: records and the 18th birthday on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2025-09-10T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('registers orphans and left-behind children with their guardian or carer, and refuses what does not fit', async () => {
    const area = '420102010001';
    const grandma = buildPerson({ name: '刘桂兰', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1958-02-02', sex: 'female' }) });
    const kid = buildPerson({ name: '刘小雨', relation: 'grandchild', employment: 'not_applicable', student: true, idNumber: uniqueIdNumber({ birthDate: '2014-04-04', sex: 'female' }) });
    const h = (await as('community', 'POST', '/households', buildHousehold({ areaCode: area, members: [grandma, kid], incomes: [], deductions: [], assets: [] }))).json();
    const kidId = h.members.find((m: { name: string }) => m.name === '刘小雨').id;
    const wrongReason = await as('community', 'POST', '/children/records', { personId: kidId, kind: 'orphan', reason: 'both_parents_away', startedOn: '2024-01-01', guardianName: '刘桂兰' });
    expect(wrongReason.json().error).toMatchObject({ code: 'child_reason_kind', field: 'reason' });
    const noGuardian = await as('community', 'POST', '/children/records', { personId: kidId, kind: 'de_facto_orphan', reason: 'parents_imprisoned', startedOn: '2024-01-01' });
    expect(noGuardian.json().error).toMatchObject({ code: 'child_guardian_required', field: 'guardianName' });
    const ok = await as('community', 'POST', '/children/records', {
      personId: kidId, kind: 'de_facto_orphan', reason: 'parents_imprisoned', startedOn: '2024-01-01', guardianName: '刘桂兰', guardianRelation: '祖母', agreementSignedOn: '2024-01-05', agreementUntil: '2032-04-04',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ kind: 'de_facto_orphan', status: 'active', guardianName: '刘桂兰', allowanceEndsFrom: '2036-05' });
    const flags = (await t().deps.db.selectFrom('persons').select('flags').where('id', '=', kidId).executeTakeFirstOrThrow()).flags;
    expect(flags.split(',')).toContain('de_facto_orphan');
    expect((await as('community', 'POST', '/children/records', { personId: kidId, kind: 'de_facto_orphan', reason: 'parents_missing', startedOn: '2024-02-01', guardianName: '刘桂兰' })).statusCode).toBe(409);

    const leftBehind = await as('community', 'POST', '/children/records', { personId: kidId, kind: 'left_behind', reason: 'both_parents_away', startedOn: '2025-03-01', parentAway: '刘建军（父）', parentAwayPlace: '广东省东莞市', carerName: '刘桂兰', carerRelation: '祖母' });
    expect(leftBehind.statusCode, leftBehind.body).toBe(201);
    expect(leftBehind.json().allowanceEndsFrom).toBeNull();
    const updated = await as('community', 'PUT', `/children/records/${leftBehind.json().id}`, { parentAway: '刘建军（父）', parentAwayPlace: '浙江省义乌市', carerName: '刘桂兰', carerRelation: '祖母' });
    expect(updated.json().parentAwayPlace).toBe('浙江省义乌市');
    const grown = await as('community', 'POST', '/children/records', { personId: h.members.find((m: { name: string }) => m.name === '刘桂兰').id, kind: 'left_behind', reason: 'both_parents_away', startedOn: '2025-03-01', parentAway: 'x', carerName: 'y' });
    expect(grown.json().error.code).toBe('child_not_minor');

    const ended = await as('community', 'POST', `/children/records/${ok.json().id}/end`, { endedOn: '2025-09-01', reason: '父母刑满释放，恢复监护' });
    expect(ended.json()).toMatchObject({ status: 'ended', endedOn: '2025-09-01' });
    expect((await t().deps.db.selectFrom('persons').select('flags').where('id', '=', kidId).executeTakeFirstOrThrow()).flags.split(',')).not.toContain('de_facto_orphan');
    const list = (await as('street', 'GET', '/children/records?status=active')).json();
    expect(list.items.filter((c: { personId: number }) => c.personId === kidId).map((c: { kind: string }) => c.kind)).toEqual(['left_behind']);
    expect((await as('community', 'GET', '/children/records?areaCode=420102011')).statusCode).toBe(404);
    const audit = await t().deps.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'child_record').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['child.end', 'child.register', 'child.register', 'child.update']);
  });

  it('the 18th birthday: September (the birthday month) is paid, October’s payroll stops the allowance by itself; a student goes on', async () => {
    const area = '420102010002';
    const carer = buildPerson({ name: '周德福', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1955-01-01' }) });
    const turning = buildPerson({ name: '周晓明', relation: 'grandchild', employment: 'unemployed', student: false, idNumber: uniqueIdNumber({ birthDate: '2007-09-20' }) });
    const studying = buildPerson({ name: '周晓红', relation: 'grandchild', employment: 'not_applicable', student: true, idNumber: uniqueIdNumber({ birthDate: '2007-09-20', sex: 'female' }) });
    const h = (await as('county', 'POST', '/households', buildHousehold({ areaCode: area, members: [carer, turning, studying], incomes: [], deductions: [], assets: [], bankAccount: bankAccount('周德福') }))).json();
    const idOf = (name: string) => h.members.find((m: { name: string }) => m.name === name).id as number;
    const records: Record<string, number> = {};
    for (const name of ['周晓明', '周晓红']) {
      const r = await as('county', 'POST', '/children/records', { personId: idOf(name), kind: 'orphan', reason: 'both_parents_dead', startedOn: '2019-06-01', guardianName: '周德福', guardianRelation: '祖父' });
      expect(r.statusCode, r.body).toBe(201);
      records[name] = r.json().id;
    }
    const boy = await enrolOrphan(t().deps, { householdId: h.id, personId: idOf('周晓明'), areaCode: area, amount: 150000, startMonth: '2025-06' });
    const girl = await enrolOrphan(t().deps, { householdId: h.id, personId: idOf('周晓红'), areaCode: area, amount: 150000, startMonth: '2025-06' });
    const prepare = async (month: string) => {
      const r = await as('clerk', 'POST', '/payrolls', { program: 'orphan', areaCode: area, month });
      expect(r.statusCode, r.body).toBe(201);
      return ((await as('clerk', 'GET', `/payrolls/${r.json().id}/lines?pageSize=500`)).json().items as { enrolmentId: number; amount: number }[]).map((l) => l.enrolmentId).sort();
    };
    expect(await prepare('2025-09')).toEqual([boy, girl].sort());
    expect(await prepare('2025-10')).toEqual([girl]);

    const detail = (await as('county', 'GET', `/enrolments/${boy}`)).json();
    // Still active in September (today); it ends with the birthday month.
    expect(detail).toMatchObject({ status: 'active', endMonth: '2025-09', stopReason: 'age_out' });
    expect(detail.changes.at(-1)).toMatchObject({ kind: 'stop', effectiveMonth: '2025-10', reasonCode: 'age_out' });
    expect(detail.changes.at(-1).reason).toContain('年满18周岁');
    const records2 = (await as('county', 'GET', `/children/records?kind=orphan&areaCode=${area}`)).json().items;
    expect(records2.find((r: { id: number }) => r.id === records['周晓明'])).toMatchObject({ status: 'ended', endedOn: '2025-10-01', allowanceEndsFrom: null });
    expect(records2.find((r: { id: number }) => r.id === records['周晓红'])).toMatchObject({ status: 'active', allowanceEndsFrom: '2029-10' });
    const audit = await t().deps.db.selectFrom('audit_log').select(['action', 'entity_type', 'entity_id']).where((eb) => eb.or([eb('action', '=', 'child.age_out'), eb.and([eb('action', '=', 'enrolment.stop'), eb('entity_id', '=', String(boy))])])).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['child.age_out', 'enrolment.stop']);
    const report = (await as('county', 'GET', `/reports/monthly?areaCode=420102&month=2025-09`)).json();
    expect(report.welfare.children.active.orphan).toBeGreaterThanOrEqual(2);
    // The next payroll does not stop it twice.
    expect(await prepare('2025-11')).toEqual([girl]);
    expect((await t().deps.db.selectFrom('enrolment_changes').select('id').where('enrolment_id', '=', boy).where('kind', '=', 'stop').execute()).length).toBe(1);
  });
});
