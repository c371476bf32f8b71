import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';

/**
 * 超期 in the monthly report is judged by the limits the case's area set on the acceptance day
 * (policy `cases.*`), not the national 30 working days: a city with 10 days counts its case
 * overdue a fortnight in, the national rule three weeks later.
 */
const DAY = 86_400_000;
const STREET = '420102010';

describe.each(dialects)('overdue cases in the monthly report on %s', (dialect) => {
  // Monday 2026-03-02.
  const t = useTestApp(dialect, { now: '2026-03-02T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const setLimit = async (value: number) =>
    expect((await as('county', 'POST', `/policies/${STREET}/parameters`, { key: 'cases.decisionWorkingDays', effectiveFrom: '2026-01-01', value })).statusCode).toBe(201);
  const overdueInMarch = async () => (await as('county', 'GET', '/reports/monthly?areaCode=420102&month=2026-03')).json().totals.programs.dibao?.applicationsOverdue ?? 0;

  it('counts a case overdue by the area’s own decision limit', async () => {
    const head = buildPerson({ name: '孙志强', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1961-02-03' }) });
    const h = (await as('community', 'POST', '/households', buildHousehold({ members: [head], incomes: [], deductions: [], assets: [] }))).json();
    const app = (await as('community', 'POST', '/applications', { householdId: h.id, program: 'dibao' })).json();
    await setLimit(10);
    // Accepted Monday 03-02: due 03-16 with 10 working days, 04-13 with the national 30.
    expect((await as('street', 'POST', `/applications/${app.id}/transitions`, { action: 'accept' })).json().clock.dueOn).toBe('2026-03-16');
    t().deps.clock.advance(30 * DAY); // 2026-04-01: March is over, the case still waits at the investigation
    expect(await overdueInMarch()).toBe(1);
    await setLimit(30);
    expect(await overdueInMarch()).toBe(0);
  });
});
