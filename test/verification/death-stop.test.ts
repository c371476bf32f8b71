import { describe, expect, it } from 'vitest';
import { csvLine } from '../../src/domain/csv-cell.ts';
import { sourceDefinition } from '../../src/domain/verification/sources.ts';
import { DEMO_COMMUNITY } from '../../src/modules/demo/service.ts';
import { runJobsUntilIdle } from '../../src/modules/jobs/service.ts';
import { enrolHousehold, multipartFile } from '../helpers/enrolment.ts';
import { useTestApp } from '../helpers/test-app.ts';
import { dialects } from '../helpers/test-deps.ts';

/**
 * Issue 18: a death record from 公安 or 殡葬, matched and confirmed by the community, records the
 * death through the person-status service in the same transaction: the person's benefits stop
 * from the month after the death, the months already paid are recovered, the next payroll
 * leaves the person out.
 */
describe.each(dialects)('a confirmed death alert stops the payments on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2026-03-10T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: object | Buffer, headers: Record<string, string> = {}) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user), ...headers }, ...(payload === undefined ? {} : { payload }) });
  const prepare = async (program: string, month: string) => {
    const r = await as('county', 'POST', '/payrolls', { program, areaCode: DEMO_COMMUNITY, month });
    expect(r.statusCode, r.body).toBe(201);
    return r.json() as { id: number };
  };
  const linesOf = async (id: number) => (await as('county', 'GET', `/payrolls/${id}/lines?pageSize=500`)).json().items as { enrolmentId: number; kind: string; amount: number; persons: number }[];
  const headOf = async (householdId: number) =>
    t().deps.db.selectFrom('persons').select(['id', 'id_number', 'name']).where('household_id', '=', householdId).where('relation', '=', 'head').executeTakeFirstOrThrow();

  it('death record imported → match → alert confirmed → the next payroll leaves the person out and recovers the months paid after the death', async () => {
    const household = await enrolHousehold(t(), { areaCode: DEMO_COMMUNITY, amount: 90000, startMonth: '2026-01' });
    const single = await enrolHousehold(t(), { areaCode: DEMO_COMMUNITY, amount: 60000, startMonth: '2026-01', personBased: true });
    for (const m of ['2026-01', '2026-02', '2026-03']) await prepare('dibao', m);
    const [dead, deadSingle] = [await headOf(household.householdId), await headOf(single.householdId)];

    const file = (source: 'public_security' | 'funeral', rows: string[][]) =>
      multipartFile([sourceDefinition(source).columns.map((c) => c.header), ...rows].map((r) => csvLine(r)).join('\n'), `${source}.csv`);
    for (const [source, row] of [
      ['public_security', [dead.name, dead.id_number, '死亡', '2026-01-20', '']],
      ['funeral', [deadSingle.name, deadSingle.id_number, '2026-02-03', '武昌殡仪馆', '']],
    ] as const) {
      const m = file(source, [[...row]]);
      const imported = await as('verifier', 'POST', `/data-sources/${source}/imports`, m.payload, m.headers);
      expect(imported.statusCode, imported.body).toBeLessThan(300);
      await runJobsUntilIdle(t().deps);
    }
    const started = await as('verifier', 'POST', '/matching-runs', { areaCode: DEMO_COMMUNITY });
    expect(started.statusCode, started.body).toBe(202);
    await runJobsUntilIdle(t().deps);
    const alerts = (await as('community', 'GET', `/alerts?runId=${started.json().id}&pageSize=100`)).json().items as { id: number; rule: string; personId: number }[];
    const deathOf = (personId: number) => alerts.find((a) => a.rule === 'death' && a.personId === personId)!;
    expect(deathOf(dead.id)).toBeDefined();
    expect(deathOf(deadSingle.id)).toBeDefined();

    // The household's head died on 20 January: from February the household is paid for the grandchild only.
    const confirmed = await as('community', 'POST', `/alerts/${deathOf(dead.id).id}/outcome`, { outcome: 'confirmed', proposal: 'stop' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', outcome: 'stop' });
    expect(confirmed.json().enrolmentChanges).toEqual([
      expect.objectContaining({ enrolmentId: household.enrolmentId, kind: 'amount', effectiveMonth: '2026-02', monthlyAmount: 45000, recovery: expect.objectContaining({ totalAmount: 90000 }) }),
    ]);
    // The single person's benefit (cremated 3 February) stops from March; March was paid: recovered, as a debt.
    const second = await as('community', 'POST', `/alerts/${deathOf(deadSingle.id).id}/outcome`, { outcome: 'confirmed', proposal: 'stop' });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().enrolmentChanges).toEqual([
      expect.objectContaining({ enrolmentId: single.enrolmentId, kind: 'stop', effectiveMonth: '2026-03', recovery: expect.objectContaining({ totalAmount: 60000 }) }),
    ]);

    const persons = await t().deps.db.selectFrom('persons').select(['id', 'life_status', 'status_date']).where('id', 'in', [dead.id, deadSingle.id]).orderBy('id').execute();
    expect(persons.map((p) => [p.life_status, p.status_date])).toEqual([
      ['deceased', '2026-01-20'],
      ['deceased', '2026-02-03'],
    ]);
    const history = await t().deps.db.selectFrom('person_status_history').select(['person_id', 'source', 'note']).where('person_id', 'in', [dead.id, deadSingle.id]).orderBy('person_id').execute();
    expect(history.map((h) => h.source)).toEqual(['police', 'funeral']);
    expect(history[0]!.note).toContain('核对预警');

    // April: the household is paid for one person with the recovery taken off; the single person is not paid.
    const april = await prepare('dibao', '2026-04');
    const lines = await linesOf(april.id);
    expect(lines.filter((l) => l.enrolmentId === household.enrolmentId).map((l) => [l.kind, l.amount, l.persons]).sort()).toEqual([['recovery', -45000, 1], ['regular', 45000, 1]]);
    expect(lines.filter((l) => l.enrolmentId === single.enrolmentId)).toEqual([]);

    // Everything audited: the alert worked, the death recorded, the enrolment changed.
    const actions = (await t().deps.db.selectFrom('audit_log').select('action').execute()).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['alert.work', 'person.death_stop_proposed', 'person.status', 'enrolment.amount', 'enrolment.stop']));
  });

  it('a death already recorded by hand is only confirmed; nothing is stopped twice', async () => {
    const hh = await enrolHousehold(t(), { areaCode: DEMO_COMMUNITY, amount: 60000, startMonth: '2026-01', personBased: true });
    const head = await headOf(hh.householdId);
    const m = multipartFile([sourceDefinition('public_security').columns.map((c) => c.header), [head.name, head.id_number, '死亡', '2026-02-10', '']].map((r) => csvLine(r)).join('\n'), 'ps.csv');
    expect((await as('verifier', 'POST', '/data-sources/public_security/imports', m.payload, m.headers)).statusCode).toBeLessThan(300);
    await runJobsUntilIdle(t().deps);
    const run = await as('verifier', 'POST', '/matching-runs', { areaCode: DEMO_COMMUNITY });
    await runJobsUntilIdle(t().deps);
    const alert = ((await as('community', 'GET', `/alerts?runId=${run.json().id}&pageSize=100`)).json().items as { id: number; rule: string; personId: number }[]).find((a) => a.personId === head.id)!;
    expect((await as('county', 'POST', `/persons/${head.id}/status`, { status: 'deceased', date: '2026-02-10', source: 'family' })).statusCode).toBe(200);
    const confirmed = await as('community', 'POST', `/alerts/${alert.id}/outcome`, { outcome: 'confirmed', proposal: 'stop' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().enrolmentChanges).toEqual([]);
    const history = await t().deps.db.selectFrom('person_status_history').select('source').where('person_id', '=', head.id).execute();
    expect(history.map((h) => h.source)).toEqual(['family']);
  });
});
