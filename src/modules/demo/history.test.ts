import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { todayInChina } from '../../clock.ts';
import { addMonths, monthOf } from '../../domain/calendar.ts';
import { countedMonths } from '../../domain/reports/enrolment-flows.ts';
import type { CalculatedProgram, ProgramResult } from '../../domain/programs/index.ts';
import { actorForUsername } from '../auth/service.ts';
import { calculateForHousehold } from '../calculations/service.ts';
import { fillDemoDistrict, type FillResult } from './bulk-fill.ts';
import { DEMO_PAYROLL_PROGRAMS, historyMonths, payDemoHistory } from './payroll-history.ts';

const HOUSEHOLDS = 2000;
const OPEN_STATES = ['submitted', 'investigation', 'verification', 'democratic_review', 'street_review', 'public_notice', 'county_confirmation'];

describe.each(dialects)('the demo history (%s)', (dialect) => {
  let t: TestApp & { close(): Promise<void> };
  let result: FillResult;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { now: '2026-11-16T02:00:00.000Z' });
    result = await fillDemoDistrict(t.deps, { households: HOUSEHOLDS, seed: 5 });
  }, 120_000);
  afterAll(async () => t?.close());

  const count = async (table: 'applications' | 'case_events' | 'enrolments' | 'enrolment_changes') =>
    Number((await t.deps.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('finds a plausible share eligible for dibao and enrols them, with tekun and the high-age allowance beside', async () => {
    const share = result.history.dibaoEligibleHouseholds / HOUSEHOLDS;
    expect(share).toBeGreaterThan(0.03);
    expect(share).toBeLessThan(0.055);
    expect(result.history.enrolments.dibao).toBeGreaterThan(0.6 * result.history.dibaoEligibleHouseholds - (result.history.enrolments.tekun ?? 0));
    expect(result.history.enrolments.tekun).toBeGreaterThan(0);
    expect(result.history.enrolments.elderly_allowance).toBeGreaterThan(0);
    const enrolled = Object.values(result.history.enrolments).reduce((a, b) => a + b, 0);
    expect(await count('enrolments')).toBe(enrolled);
    expect(await count('applications')).toBe(result.applications);
    expect(await count('case_events')).toBe(result.caseEvents);
    expect(await count('enrolment_changes')).toBe(result.enrolmentChanges);
    expect(result.history.stops).toBeGreaterThan(0);
    expect(result.history.amountChanges).toBeGreaterThan(0);
  });

  it('enrols only whom the calculation finds eligible, at the amount it calculated, and the registry shows why exits left', async () => {
    const county = await actorForUsername(t.deps, 'county');
    const today = todayInChina(t.deps.clock);
    const enrolments = await t.deps.db
      .selectFrom('enrolments as e')
      .innerJoin('applications as a', 'a.id', 'e.application_id')
      .select(['e.id', 'e.household_id', 'e.person_id', 'e.program', 'e.calculation', 'e.status', 'e.stop_reason', 'e.start_month', 'a.state', 'a.household_id as app_household', 'a.calculated_amount'])
      .execute();
    const starts = new Map(
      (await t.deps.db.selectFrom('enrolment_changes').select(['enrolment_id', 'monthly_amount', 'effective_month']).where('kind', '=', 'start').execute()).map((c) => [c.enrolment_id, c]),
    );
    let checked = 0;
    for (const e of enrolments) {
      expect(e.state).toBe('approved');
      expect(e.app_household).toBe(e.household_id);
      const frozen = JSON.parse(e.calculation) as ProgramResult;
      expect(frozen.eligible).toBe(true);
      expect(Number(starts.get(e.id)!.monthly_amount)).toBe(frozen.monthlyAmount);
      expect(Number(e.calculated_amount)).toBe(frozen.monthlyAmount);
      expect(starts.get(e.id)!.effective_month).toBe(e.start_month);
      // Recalculated from the registry today through the calculation service: still eligible,
      // unless the enrolment was stopped because income or assets rose — which the file now shows.
      const { result: now } = await calculateForHousehold(t.deps, county, e.household_id, {
        program: e.program as CalculatedProgram,
        asOf: today,
        subjectPersonId: e.person_id ?? undefined,
      });
      const leftForMeans = e.stop_reason === 'income_rise' || e.stop_reason === 'review_ineligible';
      expect({ id: e.id, program: e.program, eligible: now.eligible }).toEqual({ id: e.id, program: e.program, eligible: !leftForMeans });
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('refers only to rows that exist: the subject is a member of the household, the notice is that of the case', async () => {
    const subjects = await t.deps.db
      .selectFrom('enrolments as e')
      .innerJoin('applications as a', 'a.id', 'e.application_id')
      .leftJoin('persons as p', 'p.id', 'e.person_id')
      .leftJoin('public_notices as n', 'n.id', 'a.notice_id')
      .select(['e.id', 'e.program', 'e.person_id', 'e.household_id', 'p.household_id as person_household', 'a.subject_person_id', 'a.notice_id', 'n.application_id as notice_application', 'a.id as application_id'])
      .execute();
    for (const r of subjects) {
      if (r.program === 'dibao') expect(r.person_id).toBeNull();
      else expect(r.person_household).toBe(r.household_id);
      expect(r.subject_person_id).toBe(r.person_id);
      if (r.notice_id !== null) expect(r.notice_application).toBe(r.application_id);
    }
    expect(subjects.filter((r) => r.notice_id !== null).length).toBeGreaterThan(0);
  });

  it('dates every case step in order, by the demo users, and keeps each enrolment history consistent with its summary', async () => {
    const users = new Map((await t.deps.db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.id, u.username]));
    const apps = new Map((await t.deps.db.selectFrom('applications').select(['id', 'state', 'accepted_on']).execute()).map((a) => [a.id, a]));
    const events = await t.deps.db.selectFrom('case_events').selectAll().orderBy('application_id').orderBy('id').execute();
    const byApp = new Map<number, typeof events>();
    for (const e of events) byApp.set(e.application_id, [...(byApp.get(e.application_id) ?? []), e]);
    expect(byApp.size).toBe(apps.size);
    const now = t.deps.clock.now().toISOString();
    for (const [id, list] of byApp) {
      const app = apps.get(id)!;
      expect(list[0]!.action).toBe('submit');
      expect(list[0]!.at.slice(0, 10)).toBe(app.accepted_on);
      for (let i = 1; i < list.length; i++) {
        expect(list[i]!.at > list[i - 1]!.at).toBe(true);
        expect(list[i]!.from_state).toBe(list[i - 1]!.to_state);
      }
      expect(list.at(-1)!.to_state).toBe(app.state);
      expect(list.at(-1)!.at < now).toBe(true);
      for (const e of list) expect(users.get(e.actor_id!)).toBe(e.actor_username);
    }

    const enrolments = await t.deps.db.selectFrom('enrolments').selectAll().execute();
    const changes = await t.deps.db.selectFrom('enrolment_changes').selectAll().orderBy('enrolment_id').orderBy('id').execute();
    const currentMonth = monthOf(todayInChina(t.deps.clock));
    for (const e of enrolments) {
      const list = changes.filter((c) => c.enrolment_id === e.id);
      expect(list[0]!.kind).toBe('start');
      expect(list[0]!.application_id).toBe(e.application_id);
      for (let i = 1; i < list.length; i++) {
        expect(list[i]!.effective_month > list[i - 1]!.effective_month).toBe(true);
        expect(list[i]!.decided_on > list[i - 1]!.decided_on).toBe(true);
      }
      const last = list.at(-1)!;
      expect(e.status).toBe(last.kind === 'stop' ? 'stopped' : 'active');
      expect(e.end_month).toBe(last.kind === 'stop' ? addMonths(last.effective_month, -1) : null);
      expect(Number(e.monthly_amount)).toBe(Number([...list].reverse().find((c) => c.monthly_amount !== null)!.monthly_amount));
      // Started within the 12 months shown, or just before them (the caseload the year began with).
      expect(e.start_month >= addMonths(currentMonth, -18)).toBe(true);
      expect(e.start_month <= addMonths(currentMonth, 1)).toBe(true);
      if (last.kind === 'stop') expect(['income_rise', 'death', 'moved_away', 'voluntary', 'review_ineligible']).toContain(last.reason_code);
      // What the monthly report reads instead of the changes.
      const counted = countedMonths(list.map((c) => ({ kind: c.kind, effectiveMonth: c.effective_month, decidedOn: c.decided_on })));
      expect({ firstCounted: e.first_counted, startCounted: e.start_counted, stopCounted: e.stop_counted }).toEqual(counted);
    }
    expect(enrolments.some((e) => e.stop_counted !== null)).toBe(true);
  });

  it('pays 12 months of approved payrolls whose totals are the enrolments in force each month', async () => {
    const paid = await payDemoHistory(t.deps, { areaCode: '420102' });
    const months = historyMonths(todayInChina(t.deps.clock));
    expect(paid).toMatchObject({ payrolls: months.length * DEMO_PAYROLL_PROGRAMS.length, existing: 0 });
    const enrolments = await t.deps.db.selectFrom('enrolments').select(['id', 'program']).execute();
    const changes = await t.deps.db.selectFrom('enrolment_changes').selectAll().orderBy('id').execute();
    const payrolls = await t.deps.db.selectFrom('payrolls').selectAll().execute();
    expect(payrolls).toHaveLength(paid.payrolls);
    for (const p of payrolls) {
      expect(p.status).toBe('approved');
      // In force in a month: the latest change effective by then (ties: the later one); a stop pays nothing.
      let total = 0;
      let lines = 0;
      for (const e of enrolments.filter((x) => x.program === p.program)) {
        let inForce: (typeof changes)[number] | undefined;
        for (const c of changes) if (c.enrolment_id === e.id && c.effective_month <= p.month && (!inForce || c.effective_month >= inForce.effective_month)) inForce = c;
        if (inForce && inForce.kind !== 'stop' && inForce.kind !== 'suspend') {
          total += Number(inForce.monthly_amount);
          lines++;
        }
      }
      const counted = await t.deps.db.selectFrom('payroll_lines').select((eb) => eb.fn.countAll<number>().as('n')).where('payroll_id', '=', p.id).executeTakeFirstOrThrow();
      expect({ month: p.month, program: p.program, total: Number(p.total_amount), lines: Number(counted.n) }).toEqual({ month: p.month, program: p.program, total, lines });
      expect(lines).toBeGreaterThan(0);
    }
    // Every line goes to the bank: person-level benefits into the person's own account (or the
    // guardian's for a minor), household benefits to the household account's holder.
    const refused = await t.deps.db.selectFrom('payroll_lines').select(['payee_kind', 'refusal']).where('refusal', 'is not', null).limit(5).execute();
    expect(refused).toEqual([]);
    const kinds = await t.deps.db.selectFrom('payroll_lines').select('payee_kind').distinct().execute();
    expect(kinds.map((k) => k.payee_kind).sort()).toEqual(expect.arrayContaining(['household', 'self']));
    // A second run finds every payroll and pays nothing twice.
    expect(await payDemoHistory(t.deps, { areaCode: '420102' })).toMatchObject({ existing: paid.payrolls });
  });

  it('leaves cases open in several steps, some overdue, in the inboxes of the demo users', async () => {
    const open = await t.deps.db.selectFrom('applications').select(['state']).where('state', 'in', OPEN_STATES).execute();
    expect(new Set(open.map((a) => a.state)).size).toBeGreaterThanOrEqual(3);
    const county = await t.login('county');
    const overdue = await t.app.inject({ method: 'GET', url: '/api/v1/applications?overdue=true', headers: { cookie: county } });
    expect(overdue.statusCode).toBe(200);
    expect(overdue.json().items.length).toBeGreaterThan(0);
    const inbox = await t.app.inject({ method: 'GET', url: '/api/v1/inbox', headers: { cookie: county } });
    expect(inbox.json().items.length).toBeGreaterThan(0);
    const community = await t.login('community');
    const own = await t.app.inject({ method: 'GET', url: '/api/v1/applications', headers: { cookie: community } });
    expect(own.json().items.length).toBeGreaterThan(0);
    // A case page opens, with its timeline.
    const id = own.json().items[0].id as number;
    const page = await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}`, headers: { cookie: community } });
    expect(page.statusCode).toBe(200);
  });
});

describe.each(dialects)('the demo history for a seed (%s)', (dialect) => {
  it('is the same for the same seed and date', async () => {
    const fill = async () => {
      const t = await buildTestApp(dialect, { now: '2026-11-16T02:00:00.000Z' });
      try {
        await fillDemoDistrict(t.deps, { households: 300, seed: 9 });
        const rows = await t.deps.db
          .selectFrom('enrolment_changes as c')
          .innerJoin('enrolments as e', 'e.id', 'c.enrolment_id')
          .innerJoin('households as h', 'h.id', 'e.household_id')
          .innerJoin('persons as p', 'p.id', 'h.head_person_id')
          .select(['p.id_number', 'e.program', 'c.kind', 'c.effective_month', 'c.monthly_amount', 'c.decided_on', 'c.reason_code'])
          .orderBy('c.id')
          .execute();
        const events = await t.deps.db.selectFrom('case_events').select(['at', 'action']).orderBy('id').execute();
        return { rows, events };
      } finally {
        await t.close();
      }
    };
    const [a, b] = [await fill(), await fill()];
    expect(a.rows.length).toBeGreaterThan(10);
    expect(b).toEqual(a);
  }, 60_000);
});
