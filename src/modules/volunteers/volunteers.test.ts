import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

const COMMUNITY = '420102010001';

describe.each(dialects)('志愿服务: hours → points → exchange on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2026-03-20T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('registers a team and volunteers, credits points for hours at the policy rate, and never lets the balance below zero', async () => {
    const team = await as('community', 'POST', '/volunteers/teams', { areaCode: COMMUNITY, name: '红马甲志愿服务队', leader: '李红', phone: '13812345678', foundedOn: '2025-05-01' });
    expect(team.statusCode, team.body).toBe(201);
    expect(team.json()).toMatchObject({ name: '红马甲志愿服务队', phone: '138****5678', volunteers: 0 });
    expect((await as('community', 'POST', '/volunteers/teams', { areaCode: COMMUNITY, name: '红马甲志愿服务队', foundedOn: '2025-05-01' })).statusCode).toBe(409);
    const teamId = team.json().id;

    const resident = buildPerson({ name: '周建国', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1958-04-01' }) });
    const h = (await as('community', 'POST', '/households', buildHousehold({ members: [resident], incomes: [], deductions: [], assets: [] }))).json();
    const v1 = await as('community', 'POST', '/volunteers', { teamId, personId: h.members[0].id, joinedOn: '2025-06-01' });
    expect(v1.statusCode, v1.body).toBe(201);
    expect(v1.json()).toMatchObject({ name: '周建国', personId: h.members[0].id, points: 0, hours: 0, teamName: '红马甲志愿服务队' });
    expect((await as('community', 'POST', '/volunteers', { teamId, personId: h.members[0].id, joinedOn: '2025-06-01' })).statusCode).toBe(409);
    const noPhone = await as('community', 'POST', '/volunteers', { teamId, name: '王大学', joinedOn: '2025-06-01' });
    expect(noPhone.statusCode).toBe(400);
    expect(noPhone.json().error).toMatchObject({ code: 'volunteer_phone_required', field: 'phone' });
    const v2 = await as('community', 'POST', '/volunteers', { teamId, name: '王大学', phone: '13900001111', joinedOn: '2026-01-10' });
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json()).toMatchObject({ personId: null, phone: '139****1111' });
    const [id1, id2] = [v1.json().id, v2.json().id];

    // The demo policy credits 10 points per hour; the district sets 12 from March.
    expect((await as('county', 'POST', '/policies/420102/parameters', { key: 'community.pointsPerHour', effectiveFrom: '2026-03-01', value: '12', note: '积分办法' })).statusCode).toBe(201);
    const badHours = await as('community', 'POST', '/volunteers/activities', { teamId, title: '助老', heldOn: '2026-02-10', participants: [{ volunteerId: id1, hours: 1.25 }] });
    expect(badHours.statusCode).toBe(400);
    expect(badHours.json().error).toMatchObject({ code: 'volunteer_hours_invalid', field: 'participants.0.hours' });
    const early = await as('community', 'POST', '/volunteers/activities', { teamId, title: '助老', heldOn: '2025-12-10', participants: [{ volunteerId: id2, hours: 2 }] });
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ code: 'volunteer_not_active', field: 'participants.0.volunteerId' });
    const feb = await as('community', 'POST', '/volunteers/activities', { teamId, title: '春节助老送餐', heldOn: '2026-02-10', place: '社区食堂', participants: [{ volunteerId: id1, hours: 2.5 }, { volunteerId: id2, hours: 3 }] });
    expect(feb.statusCode, feb.body).toBe(201);
    expect(feb.json()).toMatchObject({ rate: '10', participants: 2, hours: 5.5, points: 55 });
    const mar = await as('community', 'POST', '/volunteers/activities', { teamId, title: '环境整治', heldOn: '2026-03-05', participants: [{ volunteerId: id1, hours: 1.5 }] });
    expect(mar.json()).toMatchObject({ rate: '12', points: 18 });

    const points = (await as('community', 'GET', `/volunteers/${id1}/points`)).json();
    expect(points.volunteer).toMatchObject({ points: 43, hours: 4 });
    expect(points.entries.map((e: { kind: string; points: number }) => [e.kind, e.points])).toEqual([['earn', 18], ['earn', 25]]);

    const short = await as('community', 'POST', `/volunteers/${id1}/exchanges`, { item: '大米 10 斤', points: 44, exchangedOn: '2026-03-10' });
    expect(short.statusCode).toBe(409);
    expect(short.json().error).toMatchObject({ code: 'volunteer_points_short', field: 'points' });
    expect(short.json().error.message).toContain('差 1 分');
    const ok = await as('community', 'POST', `/volunteers/${id1}/exchanges`, { item: '大米 10 斤', points: 43, exchangedOn: '2026-03-10' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().volunteer.points).toBe(0);
    expect((await as('community', 'POST', `/volunteers/${id1}/exchanges`, { item: '毛巾', points: 1, exchangedOn: '2026-03-10' })).statusCode).toBe(409);

    // Two exchanges at once against 30 points, each of 20: one passes, the balance stays ≥ 0.
    const both = await Promise.all([
      as('community', 'POST', `/volunteers/${id2}/exchanges`, { item: '食用油', points: 20, exchangedOn: '2026-03-10' }),
      as('community', 'POST', `/volunteers/${id2}/exchanges`, { item: '洗衣液', points: 20, exchangedOn: '2026-03-10' }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect((await as('community', 'GET', `/volunteers/${id2}/points`)).json().volunteer.points).toBe(10);
    // The CHECK constraint: a write past the guard is refused by the database itself.
    await expect(t().deps.db.updateTable('volunteers').set({ points: -1 }).where('id', '=', id2).execute()).rejects.toThrow();

    const list = (await as('community', 'GET', `/volunteers?teamId=${teamId}`)).json();
    expect(list.total).toBe(2);
    const teams = (await as('community', 'GET', '/volunteers/teams')).json();
    expect(teams.items.find((x: { id: number }) => x.id === teamId)).toMatchObject({ volunteers: 2, hours: 7 });
    expect((await as('community', 'GET', '/volunteers/activities')).json().total).toBe(2);

    // Another district's users see none of it; an auditor reads but cannot write.
    expect((await as('verifier', 'POST', `/volunteers/${id2}/exchanges`, { item: 'x', points: 1, exchangedOn: '2026-03-10' })).statusCode).toBe(403);
    expect((await as('auditor', 'GET', `/volunteers/${id2}/points`)).statusCode).toBe(200);

    const march = (await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2026-03')).json();
    expect(march.community.volunteers).toMatchObject({ teams: 1, volunteers: 2, activities: 1, serviceTimes: 1, hours: 1.5, pointsEarned: 18, exchanges: 2, pointsExchanged: 63 });
    const audit = await t().deps.db.selectFrom('audit_log').select('action').where('action', 'like', 'volunteer%').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['volunteer.exchange', 'volunteer.exchange', 'volunteer.register', 'volunteer.register', 'volunteer_activity.record', 'volunteer_activity.record', 'volunteer_team.create']);
  });
});
