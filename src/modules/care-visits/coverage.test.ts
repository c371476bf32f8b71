import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

const COMMUNITY = '420102010001';
const OTHER_COMMUNITY = '420102010002';

describe.each(dialects)('care visit coverage per community (探访覆盖) on %s', (dialect) => {
  // Monday 2026-03-02 in China.
  const t = useTestApp(dialect, { now: '2026-03-02T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });

  async function person(areaCode: string, over: Parameters<typeof buildPerson>[0]) {
    const res = await as('county', 'POST', '/households', buildHousehold({ areaCode, members: [buildPerson({ employment: 'not_applicable', ...over })], incomes: [], deductions: [], assets: [] }));
    expect(res.statusCode, res.body).toBe(201);
    return res.json().headPersonId as number;
  }
  const visit = async (user: string, personId: number, visitedOn: string) =>
    expect((await as(user, 'POST', '/visits', { personId, visitedOn, health: '身体尚可', livingConditions: '居住安全' })).statusCode).toBe(201);

  it('counts per community the persons in care visited on time, due today and overdue, as the due lists do', async () => {
    const emptyNest = await person(COMMUNITY, { name: '空巢老人', idNumber: uniqueIdNumber({ birthDate: '1954-01-01' }), flags: ['empty_nest'] });
    const child = await person(COMMUNITY, { name: '留守儿童', idNumber: uniqueIdNumber({ birthDate: '2016-01-01' }), flags: ['left_behind'], relation: 'head' });
    await person(COMMUNITY, { name: '独居老人', idNumber: uniqueIdNumber({ birthDate: '1944-01-01' }), flags: ['solitary_elderly'] }); // never visited
    await person(COMMUNITY, { name: '普通居民', idNumber: uniqueIdNumber({ birthDate: '1980-01-01' }) }); // in no care group
    const disabled = await person(OTHER_COMMUNITY, { name: '重度残疾', idNumber: uniqueIdNumber({ birthDate: '1970-01-01' }), disability: { category: 'physical', grade: 1, certificate: '42010219700101001X11' } });
    const alone = await person(OTHER_COMMUNITY, { name: '独居老人乙', idNumber: uniqueIdNumber({ birthDate: '1948-01-01' }), flags: ['solitary_elderly'] });

    await visit('community', emptyNest, '2026-02-20'); // next 03-22: on time
    await visit('community', child, '2026-01-31'); // next 03-02: due today
    await visit('street', disabled, '2026-01-15'); // next 02-14: overdue
    await visit('street', alone, '2026-02-25'); // on time

    const street = await as('street', 'GET', '/visits/coverage');
    expect(street.statusCode, street.body).toBe(200);
    const s = street.json() as { areaCode: string; asOf: string; total: object; items: { areaCode: string; persons: number; onTime: number; due: number; overdue: number }[] };
    expect(s).toMatchObject({ areaCode: '420102010', asOf: '2026-03-02', total: { persons: 5, onTime: 2, due: 1, overdue: 2 } });
    const of = (code: string) => s.items.find((i) => i.areaCode === code);
    expect(of(COMMUNITY)).toMatchObject({ areaName: expect.any(String), persons: 3, onTime: 1, due: 1, overdue: 1 });
    expect(of(OTHER_COMMUNITY)).toMatchObject({ persons: 2, onTime: 1, due: 0, overdue: 1 });
    // Every community of the street is listed, the empty ones with zeros.
    const communities = await t().deps.db.selectFrom('areas').select('code').where('parent_code', '=', '420102010').orderBy('code').execute();
    expect(s.items.map((i) => i.areaCode)).toEqual(communities.map((c) => c.code));
    expect(s.items.filter((i) => i.areaCode !== COMMUNITY && i.areaCode !== OTHER_COMMUNITY).every((i) => i.persons === 0)).toBe(true);

    // The same counts as each community's due list (total = due + overdue).
    for (const code of [COMMUNITY, OTHER_COMMUNITY]) {
      const due = (await as('street', 'GET', `/visits/due?areaCode=${code}`)).json();
      expect([due.total, due.overdue]).toEqual([of(code)!.due + of(code)!.overdue, of(code)!.overdue]);
    }

    // The county sees the streets; the community its own; no one sees outside their area.
    const county = (await as('county', 'GET', '/visits/coverage')).json();
    expect(county.items.find((i: { areaCode: string }) => i.areaCode === '420102010')).toMatchObject({ persons: 5, onTime: 2, due: 1, overdue: 2 });
    expect(county.total).toEqual(s.total);
    const mine = (await as('community', 'GET', '/visits/coverage')).json();
    expect(mine.items).toEqual([{ areaCode: COMMUNITY, areaName: expect.any(String), persons: 3, onTime: 1, due: 1, overdue: 1 }]);
    expect((await as('community', 'GET', '/visits/coverage?areaCode=420102010')).statusCode).toBe(404);
    expect((await as('auditor', 'GET', '/visits/coverage')).statusCode).toBe(200);
  });
});
