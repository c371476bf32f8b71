import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { importDistrict } from '../areas/service.ts';
import { createHousehold } from './service.ts';

/** Search through the indexes of migration 0013: what each kind of query finds, in scope only, and kept in sync. */
describe.each(dialects)('person and household search on %s', (dialect) => {
  const t = useTestApp(dialect);
  const get = async (user: string, url: string) => {
    const res = await t().app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: await t().login(user) } });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const names = async (user: string, q: string) => ((await get(user, `/persons?q=${encodeURIComponent(q)}&limit=100`)).items as { name: string }[]).map((p) => p.name);
  const households = async (user: string, q: string) => (await get(user, `/households?q=${encodeURIComponent(q)}&pageSize=200`)) as { total: number; totalCapped: boolean; items: { id: number }[] };

  // 操场社区 (the community user's), 长建社区 of the same street, and a household in another county (江汉区).
  const head = uniqueIdNumber({ birthDate: '1961-04-23' });
  let mine: { id: number; members: { id: number; name: string }[] };
  let neighbour: { id: number };
  let foreign: { id: number };
  const foreignId = uniqueIdNumber({ areaCode: '420103', birthDate: '1961-04-23' });
  beforeAll(async () => {
    const post = async (user: string, body: unknown) => {
      const res = await t().app.inject({ method: 'POST', url: '/api/v1/households', headers: { cookie: await t().login(user) }, payload: body as object });
      expect(res.statusCode).toBe(201);
      return res.json();
    };
    const h = buildHousehold({ address: '江岸区幸福大道 88 号 2 栋 301' });
    h.members[0] = buildPerson({ name: '欧阳振华', idNumber: head });
    h.incomes = [];
    h.deductions = [];
    mine = await post('community', h);
    neighbour = await post('street', buildHousehold({ areaCode: '420102010002', address: '江岸区幸福大道 90 号' }));
    const admin = await t().deps.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();
    await importDistrict(t().deps, { userId: admin.id, username: 'admin' }, '420103');
    const community = await t().deps.db.selectFrom('areas').select('code').where('code', 'like', '420103%').where(sql`length(code)`, '=', 12).orderBy('code').executeTakeFirstOrThrow();
    const f = buildHousehold({ areaCode: community.code, address: '江汉区幸福大道 88 号 2 栋 301' });
    f.members[0] = buildPerson({ name: '欧阳振华', idNumber: foreignId });
    f.incomes = [];
    f.deductions = [];
    foreign = await createHousehold(t().deps, { userId: admin.id, username: 'jianghan', role: 'community_worker', areaCode: community.code }, f);
  });

  it('finds names of one, two and three or more characters: prefixes, then names containing the text', async () => {
    expect(await names('community', '欧')).toContain('欧阳振华');
    expect(await names('community', '欧阳')).toContain('欧阳振华');
    expect(await names('community', '欧阳振')).toContain('欧阳振华');
    // Three characters in the middle of a name: only a trigram index finds them.
    expect(await names('community', '阳振华')).toContain('欧阳振华');
    // Two characters in the middle: a prefix search only, so not found (and no scan).
    expect(await names('community', '振华')).not.toContain('欧阳振华');
  });

  it('finds pinyin initials and full pinyin, anywhere in the name', async () => {
    expect(await names('community', 'oyzh')).toContain('欧阳振华');
    expect(await names('community', 'ouyangzhenhua')).toContain('欧阳振华');
    expect(await names('community', 'zhenhua')).toContain('欧阳振华');
    expect(await names('community', 'ZhenHua')).toContain('欧阳振华');
  });

  it('finds ID numbers in full, by their last digits, and by digits anywhere (a birth date)', async () => {
    const ids = async (q: string) => ((await get('community', `/persons?q=${q}&limit=100`)).items as { id: number }[]).map((p) => p.id);
    const id = mine.members[0]!.id;
    expect(await ids(head)).toEqual([id]);
    expect(await ids(head.slice(-4))).toContain(id);
    expect(await ids(head.slice(0, 10))).toContain(id);
    expect(await ids('19610423')).toContain(id);
  });

  it('finds households and persons by their address', async () => {
    expect((await households('community', '幸福大道88')).items.map((h) => h.id)).toEqual([mine.id]);
    expect((await households('street', '幸福大道')).items.map((h) => h.id).sort()).toEqual([mine.id, neighbour.id].sort());
    expect(await names('community', '幸福大道88号')).toEqual(expect.arrayContaining(['欧阳振华', '李秀英']));
  });

  it('keeps every search to the user’s area: another community’s or county’s rows never come back', async () => {
    for (const q of ['欧阳振华', '欧阳', 'oyzh', 'zhenhua', foreignId.slice(-6), foreignId, '幸福大道']) {
      const persons = (await get('county', `/persons?q=${encodeURIComponent(q)}&limit=100`)).items as { areaCode: string }[];
      expect(persons.every((p) => p.areaCode.startsWith('420102'))).toBe(true);
      const list = await households('county', q);
      expect(list.items.map((h) => h.id)).not.toContain(foreign.id);
    }
    expect((await households('community', '幸福大道')).items.map((h) => h.id)).toEqual([mine.id]);
    expect((await get('county', `/persons?q=${foreignId}`)).items).toEqual([]);
  });

  it('keeps the index in step with inserts, updates and deletes of persons and households', async () => {
    const cookie = await t().login('community');
    const patch = async (body: object) => {
      const file = (await t().app.inject({ method: 'GET', url: `/api/v1/households/${mine.id}`, headers: { cookie } })).json();
      const res = await t().app.inject({ method: 'PATCH', url: `/api/v1/households/${mine.id}`, headers: { cookie }, payload: { version: file.version, ...body } });
      expect(res.statusCode).toBe(200);
      return res.json();
    };
    // Insert: a new member is found at once.
    const file = (await t().app.inject({ method: 'GET', url: `/api/v1/households/${mine.id}`, headers: { cookie } })).json();
    const added = await t().app.inject({
      method: 'POST',
      url: `/api/v1/households/${mine.id}/members`,
      headers: { cookie },
      payload: { version: file.version, person: buildPerson({ name: '司马相如', relation: 'child', idNumber: uniqueIdNumber({ birthDate: '1990-01-01' }) }) },
    });
    expect(added.statusCode).toBe(200);
    const son = (added.json().members as { id: number; name: string }[]).find((m) => m.name === '司马相如')!;
    expect(await names('community', '马相如')).toContain('司马相如');
    expect(await names('community', 'xiangru')).toContain('司马相如');

    // Update: the new name is found, the old one no longer.
    await patch({ members: [{ personId: son.id, name: '司马光明' }] });
    expect(await names('community', '马光明')).toContain('司马光明');
    expect(await names('community', 'guangming')).toContain('司马光明');
    expect(await names('community', '马相如')).not.toContain('司马相如');
    expect(await names('community', 'xiangru')).not.toContain('司马相如');

    // Household update: the address is searched as it is now.
    await patch({ address: '江岸区胜利街 7 号' });
    expect((await households('community', '胜利街7号')).items.map((h) => h.id)).toEqual([mine.id]);
    expect((await households('community', '幸福大道88')).items).toEqual([]);

    // Delete: a person taken off the database is no longer found.
    await t().deps.db.deleteFrom('persons').where('id', '=', son.id).execute();
    expect(await names('community', '马光明')).not.toContain('司马光明');
  });

  it('pages the household list with a capped total', async () => {
    const all = await get('county', '/households?pageSize=1');
    expect(all).toMatchObject({ totalCapped: false });
    expect(all.total).toBeGreaterThanOrEqual(2);
    // Past the counted pages the list is empty rather than a walk through the whole district.
    expect((await get('county', '/households?page=501&pageSize=20')).items).toEqual([]);
    const none = await households('county', '没有这个人');
    expect(none).toEqual({ total: 0, totalCapped: false, items: [] });
  });
});
