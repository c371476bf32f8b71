import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { enrolHousehold } from '../../../test/helpers/enrolment.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

const COMMUNITY = '420102010001';
const OTHER_COMMUNITY = '420102010002';

describe.each(dialects)('care visits (探访关爱) on %s', (dialect) => {
  // Monday 2026-03-02 in China.
  const t = useTestApp(dialect, { now: '2026-03-02T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });

  async function person(areaCode: string, over: Parameters<typeof buildPerson>[0]) {
    const res = await as('county', 'POST', '/households', buildHousehold({ areaCode, members: [buildPerson({ employment: 'not_applicable', ...over })], incomes: [], deductions: [], assets: [] }));
    expect(res.statusCode, res.body).toBe(201);
    return res.json().headPersonId as number;
  }
  const visit = (user: string, personId: number, visitedOn: string) =>
    as(user, 'POST', '/visits', { personId, visitedOn, health: '血压偏高，按时服药', livingConditions: '居住安全，冬季取暖正常', needs: '希望有人帮助买菜', referrals: [{ kind: 'service', note: '转介助餐服务' }] });
  const due = async (user: string, query: string) => (await as(user, 'GET', `/visits/due?${query}`)).json() as { items: { personId: number; dueOn: string; status: string; policyKey: string; groups: string[] }[]; total: number; overdue: number };

  it('dates the next visit by the frequency of the person\'s care group and lists who is due and overdue', async () => {
    // The street visits scattered tekun persons weekly (policy careVisits.tekunScatteredDays).
    await t().deps.db
      .insertInto('policy_params')
      .values({ area_code: '420102010', key: 'careVisits.tekunScatteredDays', effective_from: '2025-01-01', value: '7', version: 1, note: null, created_by: null, created_at: '2025-01-01T00:00:00.000Z' })
      .execute();
    const emptyNest = await person(COMMUNITY, { name: '空巢老人', idNumber: uniqueIdNumber({ birthDate: '1954-01-01' }), flags: ['empty_nest'] });
    const child = await person(COMMUNITY, { name: '留守儿童', idNumber: uniqueIdNumber({ birthDate: '2016-01-01' }), flags: ['left_behind'], relation: 'head' });
    const tekun = (await enrolHousehold(t(), { areaCode: COMMUNITY, amount: 90000, startMonth: '2025-06', program: 'tekun', personBased: true })).headId;
    const nobody = await person(COMMUNITY, { name: '普通居民', idNumber: uniqueIdNumber({ birthDate: '1980-01-01' }) });
    const disabled = await person(OTHER_COMMUNITY, { name: '重度残疾', idNumber: uniqueIdNumber({ birthDate: '1970-01-01' }), disability: { category: 'physical', grade: 1, certificate: '42010219700101001X11' } });

    // Never visited: all due at once, never-visited first.
    const first = await due('community', 'areaCode=' + COMMUNITY);
    expect(first.items.map((i) => i.personId).sort()).toEqual([emptyNest, child, tekun].sort());
    expect(first.items.map((i) => i.personId)).not.toContain(nobody);

    const v = await visit('community', emptyNest, '2026-02-01');
    expect(v.statusCode, v.body).toBe(201);
    expect(v.json()).toMatchObject({ groups: ['elderly_alone'], visitor: '张丽', referrals: [{ kind: 'service', note: '转介助餐服务' }], nextVisit: { dueOn: '2026-03-03', intervalDays: 30, policyKey: 'careVisits.elderlyAloneDays' } });
    expect((await visit('community', child, '2026-01-31')).json().nextVisit).toMatchObject({ dueOn: '2026-03-02', group: 'children', policyKey: 'careVisits.childrenDays' });
    expect((await visit('community', tekun, '2026-02-20')).json().nextVisit).toMatchObject({ dueOn: '2026-02-27', intervalDays: 7, group: 'tekun_scattered', policyKey: 'careVisits.tekunScatteredDays' });

    const today = await due('community', '');
    // Ordered by the last visit, longest ago first.
    expect(today.items.map((i) => [i.personId, i.dueOn, i.status])).toEqual([
      [child, '2026-03-02', 'due'],
      [tekun, '2026-02-27', 'overdue'],
    ]);
    expect(today.total).toBe(2);
    expect(today.overdue).toBe(1);
    // A day later the empty-nest elderly person falls due too; a day earlier only the overdue one remains.
    expect((await due('community', 'before=2026-03-03')).items.map((i) => i.personId).sort()).toEqual([emptyNest, child, tekun].sort());
    expect((await due('community', 'before=2026-03-01')).items.map((i) => i.personId)).toEqual([tekun]);

    // The disabled person is the other community's: the street sees them, the community worker may not visit.
    expect((await due('street', 'areaCode=' + OTHER_COMMUNITY)).items.map((i) => [i.personId, i.groups])).toEqual([[disabled, ['severe_disability']]]);
    expect((await visit('community', disabled, '2026-03-01')).statusCode).toBe(404);
    expect((await visit('auditor', emptyNest, '2026-03-01')).statusCode).toBe(403);
    const future = await visit('community', emptyNest, '2026-03-03');
    expect(future.statusCode).toBe(400);
    expect(future.json().error.field).toBe('visitedOn');
    expect((await as('community', 'GET', '/visits/due?areaCode=420102011')).statusCode).toBe(404);

    const audit = await t().deps.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'care_visit').execute();
    expect(audit).toHaveLength(3);
  });
});
