import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

describe.each(dialects)('优抚 care registers: liaisons, visits, forums, 光荣牌 on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2025-09-10T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });

  async function recipients(n: number, area = '420102010001') {
    const out: { entitledId: number; householdId: number }[] = [];
    for (let i = 0; i < n; i++) {
      const person = buildPerson({ name: `优抚${i}`, employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1955-03-03' }) });
      const h = (await as('county', 'POST', '/households', buildHousehold({ areaCode: area, members: [person], incomes: [], deductions: [], assets: [] }))).json();
      const r = await as('county', 'POST', '/veterans/entitled', { personId: h.members[0].id, group: 'demobilised', documentKind: 'demobilisation_card', documentNumber: `复员 ${i}`, registeredOn: '2015-01-01' });
      out.push({ entitledId: r.json().id, householdId: h.id });
    }
    return out;
  }

  it('a liaison per 15–25 recipients, warned outside the range, one liaison each; visits, forums and one plaque per household', async () => {
    const rs = await recipients(18);
    const few = await as('community', 'POST', '/veterans/liaisons', { areaCode: '420102010001', zone: '操场一片', name: '王联络', phone: '13800000001', appointedOn: '2025-03-01', entitledPersonIds: rs.slice(0, 3).map((r) => r.entitledId) });
    expect(few.statusCode, few.body).toBe(201);
    expect(few.json()).toMatchObject({ recipients: 3, load: 'below', untilOn: '2026-02-28' });
    expect(few.json().warning).toContain('15–25');
    const again = await as('community', 'POST', '/veterans/liaisons', { areaCode: '420102010001', zone: '操场二片', name: '李联络', appointedOn: '2025-03-01', entitledPersonIds: [rs[3]!.entitledId, rs[0]!.entitledId] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'veteran_liaison_taken', field: 'entitledPersonIds.1' });
    const full = await as('community', 'POST', '/veterans/liaisons', { areaCode: '420102010001', zone: '操场二片', name: '李联络', appointedOn: '2025-03-01', entitledPersonIds: rs.slice(3).map((r) => r.entitledId) });
    expect(full.json()).toMatchObject({ recipients: 15, load: 'within', warning: null });
    const list = (await as('street', 'GET', '/veterans/liaisons')).json();
    expect(list.items.map((l: { zone: string; recipients: number }) => [l.zone, l.recipients])).toEqual([['操场一片', 3], ['操场二片', 15]]);
    // Another street's recipient is not this zone's.
    const [other] = await recipients(1, '420102011002');
    expect((await as('county', 'POST', '/veterans/liaisons', { areaCode: '420102010001', zone: 'x', name: 'x', appointedOn: '2025-03-01', entitledPersonIds: [other!.entitledId] })).statusCode).toBe(404);

    const visit = await as('community', 'POST', '/veterans/visits', { entitledPersonId: rs[0]!.entitledId, visitedOn: '2025-09-01', visitor: '王联络', content: '走访了解身体和生活情况', problems: '屋顶漏雨' });
    expect(visit.statusCode, visit.body).toBe(201);
    expect(visit.json()).toMatchObject({ personName: '优抚0', problems: '屋顶漏雨' });
    expect((await as('community', 'POST', '/veterans/visits', { entitledPersonId: other!.entitledId, visitedOn: '2025-09-01', visitor: 'x', content: 'x' })).statusCode).toBe(404);
    expect((await as('community', 'GET', '/veterans/visits')).json().total).toBe(1);

    await as('street', 'POST', '/veterans/forums', { areaCode: '420102010', heldOn: '2025-08-01', occasion: 'army_day', topic: '八一座谈会', attendees: 23 });
    const forums = (await as('street', 'GET', '/veterans/forums')).json();
    expect(forums).toMatchObject({ total: 1, thisYear: { year: 2025, held: 1, required: 3 } });
    expect((await as('street', 'POST', '/veterans/forums', { areaCode: '420102010', heldOn: '2025-10-01', occasion: 'army_day', topic: 'x', attendees: 1 })).statusCode).toBe(400);

    const plaque = await as('community', 'POST', '/veterans/plaques', { entitledPersonId: rs[1]!.entitledId, hungOn: '2025-07-30' });
    expect(plaque.statusCode, plaque.body).toBe(201);
    expect(plaque.json()).toMatchObject({ householdId: rs[1]!.householdId, hungOn: '2025-07-30' });
    expect((await as('community', 'POST', '/veterans/plaques', { entitledPersonId: rs[1]!.entitledId, hungOn: '2025-07-31' })).json().error.code).toBe('veteran_plaque_exists');
    expect((await as('verifier', 'POST', '/veterans/plaques', { entitledPersonId: rs[2]!.entitledId, hungOn: '2025-07-31' })).statusCode).toBe(403);
    expect((await as('community', 'GET', '/veterans/plaques')).json().items).toHaveLength(1);

    const audit = await t().deps.db.selectFrom('audit_log').select('action').where('action', 'in', ['veteran.liaison', 'veteran.visit', 'veteran.forum', 'veteran.plaque']).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['veteran.forum', 'veteran.liaison', 'veteran.liaison', 'veteran.plaque', 'veteran.visit']);
  });
});
