import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

describe.each(dialects)('registry on %s', (dialect) => {
  const t = useTestApp(dialect);
  const api = async (user: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) => {
    const cookie = await t().login(user);
    return t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload === undefined ? {} : { payload: payload as object }) });
  };

  it('creates a household with its members, shows the file with masked numbers, and finds it by pinyin, name and digits', async () => {
    const input = buildHousehold();
    input.members[0]!.name = '欧阳振华';
    const created = await api('community', 'POST', '/households', input);
    expect(created.statusCode).toBe(201);
    const file = created.json();
    expect(file).toMatchObject({ areaCode: '420102010001', areaName: '操场社区', version: 1, urbanRural: 'urban' });
    expect(file.members).toHaveLength(2);
    expect(file.members[0]).toMatchObject({ name: '欧阳振华', relation: 'head' });
    const headId = input.members[0]!.idNumber;
    expect(file.members[0].idNumberMasked).toBe(`${headId.slice(0, 4)}**********${headId.slice(-4)}`);
    expect(JSON.stringify(file)).not.toContain(headId);
    expect(file.incomes).toEqual([{ personId: file.members[0].id, memberName: '欧阳振华', type: 'wage', monthly: 180000, note: null }]);
    expect(file.headPersonId).toBe(file.members[0].id);

    const byInitials = (await api('community', 'GET', '/persons?q=oyzh')).json().items;
    expect(byInitials.map((p: { name: string }) => p.name)).toContain('欧阳振华');
    const byName = (await api('community', 'GET', `/persons?q=${encodeURIComponent('欧阳振')}`)).json().items;
    expect(byName.some((p: { householdId: number }) => p.householdId === file.id)).toBe(true);
    const bySuffix = (await api('community', 'GET', `/persons?q=${headId.slice(-6)}`)).json().items;
    expect(bySuffix.map((p: { id: number }) => p.id)).toContain(file.members[0].id);
    const byFull = (await api('community', 'GET', `/persons?q=${headId.toLowerCase()}`)).json().items;
    expect(byFull).toHaveLength(1);

    const listed = (await api('community', 'GET', `/households?q=oyzh`)).json();
    expect(listed.items[0]).toMatchObject({ id: file.id, headName: '欧阳振华', memberCount: 2, areaName: '操场社区' });
    expect(listed.items[0].headIdNumberMasked).toMatch(/^4201\*{10}\d{3}[\dX]$/);
  });

  it('rejects invalid ID numbers, mismatches and compositions with the field at fault', async () => {
    const bad = buildHousehold();
    const good = bad.members[1]!.idNumber;
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    bad.members[1]!.idNumber = wrongCheck;
    const res = await api('community', 'POST', '/households', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'id_number_check_character', field: 'members.1.idNumber' });
    expect(res.json().error.message).toContain(`应为 ${good[17]}`);

    const sex = buildHousehold();
    sex.members[1] = { ...sex.members[1]!, sex: 'male' };
    const sexRes = await api('community', 'POST', '/households', sex);
    expect(sexRes.json().error).toMatchObject({ code: 'sex_mismatch', field: 'members.1.sex' });

    const heads = buildHousehold();
    heads.members[1]!.relation = 'head';
    const headsRes = await api('community', 'POST', '/households', heads);
    expect(headsRes.statusCode).toBe(422);
    expect(headsRes.json().error.code).toBe('household_several_heads');

    const badDate = buildHousehold();
    badDate.members[0]!.idNumber = '420102199902300012';
    expect((await api('community', 'POST', '/households', badDate)).json().error.code).toMatch(/^id_number_(date|check_character)$/);
    const count = (await api('community', 'GET', '/households?pageSize=200')).json().total;
    expect(count).toBe(1); // nothing half-written by the failures above
  });

  it('refuses an emoji in a name with a Chinese message, and keeps rare characters and the middle dot', async () => {
    for (const name of ['张三😊', '李四🇨🇳', '王👍🏻五']) {
      const h = buildHousehold();
      h.members[1]!.name = name;
      const res = await api('community', 'POST', '/households', h);
      expect(res.statusCode, name).toBe(400);
      expect(res.json().error.field).toBe('members.1.name');
      expect(res.json().error.message).toContain('表情符号');
    }
    const ok = buildHousehold();
    ok.members[1]!.name = '阿依古丽·买买提𠀾';
    expect((await api('community', 'POST', '/households', ok)).statusCode).toBe(201);
  });

  it('refuses a person already on another file, naming that household', async () => {
    const first = (await api('community', 'POST', '/households', buildHousehold())).json();
    const again = buildHousehold();
    const shared = (await api('street', 'GET', `/persons/${first.members[1].id}/id-number`)).json().idNumber;
    again.members[1]!.idNumber = shared;
    const res = await api('community', 'POST', '/households', again);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('person_in_other_household');
    expect(res.json().error.field).toBe('members.1.idNumber');
    expect(res.json().error.message).toContain(`户号 ${first.id}`);
  });

  it('keeps users to their own area: 403 on writes elsewhere, 404 on reads', async () => {
    const mine = (await api('community', 'POST', '/households', buildHousehold())).json();
    const elsewhere = await api('community', 'POST', '/households', buildHousehold({ areaCode: '420102010002' }));
    expect(elsewhere.statusCode).toBe(403);
    const theirs = (await api('street', 'POST', '/households', buildHousehold({ areaCode: '420102010002', address: '长建社区 5 号' }))).json();
    expect(theirs.id).toBeGreaterThan(0);

    expect((await api('community', 'GET', `/households/${theirs.id}`)).statusCode).toBe(404);
    const patch = await api('community', 'PATCH', `/households/${theirs.id}`, { version: 1, address: 'x' });
    expect(patch.statusCode).toBe(404);
    expect((await api('community', 'GET', `/households/${theirs.id}/history`)).statusCode).toBe(404);
    expect((await api('community', 'GET', `/persons/${theirs.members[0].id}/id-number`)).statusCode).toBe(404);
    const list = (await api('community', 'GET', '/households?pageSize=200')).json();
    expect(list.items.every((h: { areaCode: string }) => h.areaCode === '420102010001')).toBe(true);
    expect((await api('community', 'GET', '/households?areaCode=420102010002')).statusCode).toBe(404);
    const search = (await api('community', 'GET', `/persons?q=${encodeURIComponent('长建')}`)).json();
    expect(search.items).toEqual([]);

    expect((await api('street', 'GET', `/households/${mine.id}`)).statusCode).toBe(200);
    expect((await api('county', 'GET', `/households/${theirs.id}`)).statusCode).toBe(200);
    expect((await api('auditor', 'PATCH', `/households/${mine.id}`, { version: mine.version, address: 'x' })).statusCode).toBe(403);
  });

  it('applies a PATCH with the current version, refuses a stale one with 409, and keeps the history', async () => {
    const h = (await api('community', 'POST', '/households', buildHousehold())).json();
    const spouse = h.members[1];
    const ok = await api('community', 'PATCH', `/households/${h.id}`, {
      version: 1,
      address: '江岸区二七路 20 号',
      members: [{ personId: spouse.id, employment: 'employed', disability: { category: 'physical', grade: 2, certificate: '42010219700101002X42' } }],
      incomes: [
        { personId: h.members[0].id, type: 'wage', monthly: 150000 },
        { personId: spouse.id, type: 'pension', monthly: 90000 },
      ],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, address: '江岸区二七路 20 号' });
    expect(ok.json().members[1].disability).toMatchObject({ category: 'physical', grade: 2 });
    expect(ok.json().incomes).toHaveLength(2);

    const stale = await api('community', 'PATCH', `/households/${h.id}`, { version: 1, address: '别人的地址' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'stale_version', field: 'version' });
    const after = (await api('community', 'GET', `/households/${h.id}`)).json();
    expect(after).toMatchObject({ version: 2, address: '江岸区二七路 20 号' });

    const history = (await api('community', 'GET', `/households/${h.id}/history`)).json().items;
    expect(history.map((e: { action: string }) => e.action)).toEqual(['household.update', 'household.create']);
    expect(history[0].actorUsername).toBe('community');
    expect(history[0].oldValue.household).toEqual({ address: '江岸区二七路 18 号 3 栋 201' });
    expect(history[0].newValue.household).toEqual({ address: '江岸区二七路 20 号' });
    expect(history[0].newValue.incomes).toHaveLength(2);
  });

  it('adds, removes, re-heads, splits, merges and moves households, each audited', async () => {
    const h = (await api('community', 'POST', '/households', buildHousehold())).json();
    const child = buildPerson({ name: '张小明', relation: 'child', idNumber: uniqueIdNumber({ birthDate: '2012-06-01' }), student: true, employment: 'not_applicable' });
    const added = await api('community', 'POST', `/households/${h.id}/members`, { version: 1, person: child });
    expect(added.statusCode).toBe(200);
    expect(added.json().members).toHaveLength(3);
    const childId = added.json().members.find((m: { name: string }) => m.name === '张小明').id;

    const removeHead = await api('community', 'POST', `/households/${h.id}/members/${h.members[0].id}/remove`, { version: 2, reason: '死亡' });
    expect(removeHead.statusCode).toBe(422);
    expect(removeHead.json().error.code).toBe('remove_head');

    const reheaded = await api('community', 'POST', `/households/${h.id}/head`, { version: 2, personId: h.members[1].id, relations: { [h.members[0].id]: 'spouse' } });
    expect(reheaded.statusCode).toBe(200);
    expect(reheaded.json().members[0]).toMatchObject({ id: h.members[1].id, relation: 'head' });
    expect(reheaded.json().headPersonId).toBe(h.members[1].id);

    const split = await api('community', 'POST', `/households/${h.id}/split`, { version: 3, personIds: [childId], headPersonId: childId, address: '二七路 22 号' });
    expect(split.statusCode).toBe(200);
    const created = split.json().created;
    expect(created.members.map((m: { name: string; relation: string }) => [m.name, m.relation])).toEqual([['张小明', 'head']]);
    expect(split.json().original.members).toHaveLength(2);

    const merged = await api('community', 'POST', `/households/${h.id}/merge`, { version: 4, otherHouseholdId: created.id, otherVersion: 1 });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().members).toHaveLength(3);
    expect((await api('community', 'GET', `/households/${created.id}`)).json().status).toBe('merged');

    const moveOut = await api('community', 'POST', `/households/${h.id}/move`, { version: 5, areaCode: '420102010002' });
    expect(moveOut.statusCode).toBe(403);
    const moved = await api('street', 'POST', `/households/${h.id}/move`, { version: 5, areaCode: '420102010002', address: '长建社区 9 号' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ areaCode: '420102010002', version: 6 });
    expect((await api('community', 'GET', `/households/${h.id}`)).statusCode).toBe(404);

    const removed = await api('street', 'POST', `/households/${h.id}/members/${childId}/remove`, { version: 6, reason: '迁出本市' });
    expect(removed.json().members).toHaveLength(2);
    const actions = (await api('street', 'GET', `/households/${h.id}/history`)).json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['member.remove', 'household.move', 'household.merge', 'household.split', 'household.change_head', 'member.add', 'household.create']);
  });

  it('reveals a full ID number only to roles that need it, and audits each reveal and view', async () => {
    const input = buildHousehold();
    const h = (await api('community', 'POST', '/households', input)).json();
    const reveal = await api('community', 'GET', `/persons/${h.members[0].id}/id-number`);
    expect(reveal.json()).toEqual({ idNumber: input.members[0]!.idNumber });
    expect((await api('admin', 'GET', `/persons/${h.members[0].id}/id-number`)).statusCode).toBe(403);
    const audit = (await api('auditor', 'GET', `/audit?entityType=household&entityId=${h.id}&pageSize=50`)).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toContain('person.reveal_id');
    await api('county', 'GET', `/households/${h.id}`);
    const audit2 = (await api('auditor', 'GET', `/audit?entityType=household&entityId=${h.id}&pageSize=50`)).json().items;
    expect(audit2.some((e: { action: string; actorUsername: string }) => e.action === 'household.view' && e.actorUsername === 'county')).toBe(true);
  });

  it('hides diagnoses from the verification centre', async () => {
    const input = buildHousehold();
    input.members[0] = { ...input.members[0]!, health: 'serious', diagnosis: '尿毒症' };
    const h = (await api('community', 'POST', '/households', input)).json();
    expect(h.members[0]).toMatchObject({ health: 'serious', diagnosis: '尿毒症' });
    const seen = (await api('verifier', 'GET', `/households/${h.id}`)).json();
    expect(seen.members[0]).toMatchObject({ health: null, diagnosis: null });
  });
});
