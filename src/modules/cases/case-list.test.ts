import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

/** Issue 19 point 6: the case list puts open cases first and finds a case by a member's name. */
describe.each(dialects)('the case list on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2026-03-02T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });

  async function application(head: string, spouse: string) {
    const headPerson = buildPerson({ name: head, employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1961-04-04' }) });
    const spousePerson = buildPerson({ name: spouse, relation: 'spouse', employment: 'unemployed', idNumber: uniqueIdNumber({ birthDate: '1963-08-08', sex: 'female' }) });
    const h = (await as('community', 'POST', '/households', buildHousehold({ members: [headPerson, spousePerson], incomes: [], deductions: [], assets: [] }))).json();
    const res = await as('community', 'POST', '/applications', { householdId: h.id, program: 'dibao' });
    expect(res.statusCode).toBe(201);
    return res.json().id as number;
  }

  it('lists open cases before closed ones, and keeps the cases whose household has a member of that name (or pinyin, or initials)', async () => {
    const closed = await application('司徒振华', '令狐秀云');
    expect((await as('community', 'POST', `/applications/${closed}/transitions`, { action: 'withdraw', comment: '申请人撤回' })).json().state).toBe('withdrawn');
    const open = await application('端木建新', '皇甫玉珍');

    const all = (await as('street', 'GET', '/applications')).json().items as { id: number; state: string }[];
    const firstClosed = all.findIndex((c) => ['approved', 'rejected', 'withdrawn'].includes(c.state));
    const lastOpen = all.map((c) => !['approved', 'rejected', 'withdrawn'].includes(c.state)).lastIndexOf(true);
    expect(firstClosed).toBeGreaterThan(-1);
    expect(lastOpen).toBeLessThan(firstClosed);
    expect(all.findIndex((c) => c.id === open)).toBeLessThan(all.findIndex((c) => c.id === closed));

    const ids = async (name: string) => ((await as('street', 'GET', `/applications?name=${encodeURIComponent(name)}`)).json().items as { id: number }[]).map((c) => c.id);
    expect(await ids('端木')).toEqual([open]);
    // The spouse's name finds the household's case too, whatever its state.
    expect(await ids('令狐秀云')).toEqual([closed]);
    expect(await ids('huangfu')).toEqual([open]);
    expect(await ids('dmjx')).toEqual([open]);
    expect(await ids('不存在的人')).toEqual([]);
    // A LIKE wildcard typed in is not a wildcard.
    expect(await ids('%')).toEqual([]);
  });
});
