import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { enrolHousehold } from '../../../test/helpers/enrolment.ts';

/** Today is 2025-09-10: outcomes apply from October. Each test works in its own community of street 420102010. */
describe.each(dialects)('reviews on %s', (dialect) => {
  const t = useTestApp(dialect, { now: '2025-09-10T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const enrolment = async (id: number) => (await as('county', 'GET', `/enrolments/${id}`)).json();
  const setDue = (id: number, date: string) => t().deps.db.updateTable('enrolments').set({ next_review_date: date }).where('id', '=', id).execute();

  /** Opens a review and takes it to the street's review, as the community worker does. */
  async function toStreetReview(enrolmentId: number, opener = 'community') {
    const opened = await as(opener, 'POST', '/reviews', { enrolmentId });
    expect(opened.statusCode, opened.body).toBe(201);
    const visit = await as(opener, 'POST', `/reviews/${opened.json().id}/visit`, { visitOn: '2025-09-09', notes: '入户核查：家庭情况无变化', verificationNeeded: false });
    expect(visit.statusCode, visit.body).toBe(200);
    expect(visit.json()).toMatchObject({ kind: 'review', program: 'dibao', state: 'street_review', amountInForce: 100000 });
    return visit.json() as { id: number; recalculatedAmount: number | null };
  }

  it('schedules the first review from the start and lists what is due and overdue, area-scoped', async () => {
    const area = '420102010002';
    const a = await enrolHousehold(t(), { areaCode: area, amount: 100000, startMonth: '2025-07' });
    // category A: twelve months after the start month
    expect((await enrolment(a.enrolmentId)).nextReviewDate).toBe('2026-07-01');
    const b = await enrolHousehold(t(), { areaCode: area, amount: 90000, startMonth: '2025-07' });
    const c = await enrolHousehold(t(), { areaCode: area, amount: 80000, startMonth: '2025-07' });
    await setDue(a.enrolmentId, '2025-09-01');
    await setDue(b.enrolmentId, '2025-09-22');

    const due = await as('street', 'GET', `/reviews/due?areaCode=${area}&before=2025-10-10`);
    expect(due.statusCode, due.body).toBe(200);
    const body = due.json();
    expect(body.total).toBe(2);
    expect(body.items.map((i: { enrolmentId: number }) => i.enrolmentId)).toEqual([a.enrolmentId, b.enrolmentId]);
    expect(body.items[0]).toMatchObject({ enrolmentId: a.enrolmentId, program: 'dibao', householdId: a.householdId, dueDate: '2025-09-01', overdue: true, openReviewId: null });
    expect(body.items[0].workingDaysLeft).toBeLessThan(0);
    expect(body.items[1]).toMatchObject({ dueDate: '2025-09-22', overdue: false, workingDaysLeft: 8 });
    expect(body.items.some((i: { enrolmentId: number }) => i.enrolmentId === c.enrolmentId)).toBe(false);
    // The street's list (counted over the street's own code range) holds them too, its total its items.
    const street = (await as('street', 'GET', '/reviews/due?areaCode=420102010&before=2025-10-10&pageSize=500')).json();
    expect(street.items.map((i: { enrolmentId: number }) => i.enrolmentId)).toEqual(expect.arrayContaining([a.enrolmentId, b.enrolmentId]));
    expect(street.items.some((i: { enrolmentId: number }) => i.enrolmentId === c.enrolmentId)).toBe(false);
    expect(street).toMatchObject({ total: street.items.length, capped: false });
    // Another community's worker sees nothing of this one.
    expect((await as('community', 'GET', `/reviews/due?areaCode=${area}`)).statusCode).toBe(404);
    // Opening the review shows on the due item.
    const opened = (await as('street', 'POST', '/reviews', { enrolmentId: a.enrolmentId })).json();
    const again = (await as('street', 'GET', `/reviews/due?areaCode=${area}&before=2025-10-10`)).json();
    expect(again.items[0].openReviewId).toBe(opened.id);
    expect((await as('street', 'POST', '/reviews', { enrolmentId: a.enrolmentId })).statusCode).toBe(409);
    // A missed date is an alert on the dashboard.
    const dash = await as('street', 'GET', `/reports/dashboard?areaCode=${area}`);
    expect(dash.statusCode, dash.body).toBe(200);
    expect(dash.json().reviews).toEqual({ overdue: 1, dueWithin30Days: 1, capped: false });
  });

  it('continue and raise are decided by the street and change the enrolment from the month decided', async () => {
    const area = '420102010001';
    const cont = await enrolHousehold(t(), { areaCode: area, amount: 100000, startMonth: '2025-07' });
    const r1 = await toStreetReview(cont.enrolmentId);
    const continued = await as('street', 'POST', `/reviews/${r1.id}/proposal`, { outcome: 'continue', effectiveMonth: '2025-10', reason: '家庭情况无变化' });
    expect(continued.statusCode, continued.body).toBe(200);
    expect(continued.json()).toMatchObject({ state: 'decided', decidedOn: '2025-09-10', monthlyDifference: 0 });
    const e1 = await enrolment(cont.enrolmentId);
    expect(e1.changes).toHaveLength(1);
    expect(e1).toMatchObject({ lastReviewDate: '2025-09-10', nextReviewDate: '2026-09-10', monthlyAmount: 100000 });

    const raise = await enrolHousehold(t(), { areaCode: area, amount: 100000, startMonth: '2025-07' });
    const r2 = await toStreetReview(raise.enrolmentId);
    const raised = await as('street', 'POST', `/reviews/${r2.id}/proposal`, { outcome: 'raise', monthlyAmount: 120000, effectiveMonth: '2025-10', reason: '家庭成员患重病' });
    expect(raised.statusCode, raised.body).toBe(200);
    expect(raised.json()).toMatchObject({ state: 'decided', monthlyDifference: 20000 });
    const e2 = await enrolment(raise.enrolmentId);
    expect(e2.changes.at(-1)).toMatchObject({ kind: 'amount', effectiveMonth: '2025-10', monthlyAmount: 120000, reasonCode: 'review' });
    // September is still paid at the old amount.
    expect(e2.monthlyAmount).toBe(100000);
    // A raise must be above the amount in force.
    const r3 = await toStreetReview((await enrolHousehold(t(), { areaCode: area, amount: 100000, startMonth: '2025-07' })).enrolmentId);
    expect((await as('street', 'POST', `/reviews/${r3.id}/proposal`, { outcome: 'raise', monthlyAmount: 90000, effectiveMonth: '2025-10', reason: 'x' })).statusCode).toBe(422);
  });

  it('lower, suspend and stop wait for the county; the street cannot stop alone; each outcome applies from its month', async () => {
    const area = '420102010003';
    const cases = [
      { outcome: 'lower', monthlyAmount: 60000, change: { kind: 'amount', monthlyAmount: 60000 }, difference: -40000 },
      { outcome: 'suspend', change: { kind: 'suspend' }, difference: -100000 },
      { outcome: 'stop', stopReason: 'moved_away', change: { kind: 'stop', reasonCode: 'moved_away' }, difference: -100000 },
    ] as const;
    for (const c of cases) {
      const e = await enrolHousehold(t(), { areaCode: area, amount: 100000, startMonth: '2025-07' });
      const r = await toStreetReview(e.enrolmentId, 'street');
      const { change, difference, ...proposal } = c;
      const proposed = await as('street', 'POST', `/reviews/${r.id}/proposal`, { ...proposal, effectiveMonth: '2025-11', reason: '复核发现情况变化' });
      expect(proposed.statusCode, proposed.body).toBe(200);
      expect(proposed.json()).toMatchObject({ state: 'county_confirmation', allowedActions: [] });
      // Nothing changes before the county confirms; the street cannot confirm itself.
      expect((await enrolment(e.enrolmentId)).changes).toHaveLength(1);
      const byStreet = await as('street', 'POST', `/reviews/${r.id}/confirmation`, { decision: 'confirm' });
      expect(byStreet.statusCode).toBe(403);
      expect(byStreet.json().error.message).toMatch(/区县|county/);
      const confirmed = await as('county', 'POST', `/reviews/${r.id}/confirmation`, { decision: 'confirm' });
      expect(confirmed.statusCode, confirmed.body).toBe(200);
      expect(confirmed.json()).toMatchObject({ state: 'decided', monthlyDifference: difference });
      const after = await enrolment(e.enrolmentId);
      expect(after.changes.at(-1)).toMatchObject({ ...change, effectiveMonth: '2025-11' });
      if (c.outcome === 'stop') expect(after).toMatchObject({ endMonth: '2025-10', nextReviewDate: null });
      // The household gets its notice.
      const pdf = await as('county', 'GET', `/reviews/${r.id}/notice.pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
      expect(decodeURIComponent(String(pdf.headers['content-disposition']))).toContain(c.outcome === 'stop' ? '停发通知书' : '变更通知书');
    }

    // The street can no longer stop a benefit through the enrolment change either.
    const e = await enrolHousehold(t(), { areaCode: area, amount: 100000, startMonth: '2025-07' });
    const direct = await as('street', 'POST', `/enrolments/${e.enrolmentId}/changes`, { kind: 'stop', effectiveMonth: '2025-10', reasonCode: 'moved_away', reason: '迁出' });
    expect(direct.statusCode).toBe(403);
    expect(direct.json().error).toMatchObject({ code: 'enrolment_stop_needs_county' });
    expect(direct.json().error.message).toContain('区县');
    expect((await enrolment(e.enrolmentId)).changes).toHaveLength(1);
    // A county's return sends the proposal back to the street.
    const r = await toStreetReview(e.enrolmentId, 'street');
    await as('street', 'POST', `/reviews/${r.id}/proposal`, { outcome: 'stop', stopReason: 'review_ineligible', effectiveMonth: '2025-10', reason: '不符合条件' });
    const returned = await as('county', 'POST', `/reviews/${r.id}/confirmation`, { decision: 'return', comment: '证据不足' });
    expect(returned.json()).toMatchObject({ state: 'street_review' });
    expect((await enrolment(e.enrolmentId)).changes).toHaveLength(1);
  });

  it('a gradual exit pays its amount for dibao.gradualExitMonths more months, then stops', async () => {
    const area = '420102010005';
    const e = await enrolHousehold(t(), { areaCode: area, amount: 100000, startMonth: '2025-07' });
    const r = await toStreetReview(e.enrolmentId, 'street');
    await as('street', 'POST', `/reviews/${r.id}/proposal`, { outcome: 'stop', stopReason: 'income_rise', memberFoundWork: true, effectiveMonth: '2025-10', reason: '儿子就业，人均收入超过标准' });
    const decided = (await as('county', 'POST', `/reviews/${r.id}/confirmation`, { decision: 'confirm' })).json();
    // The demo district's policy: six months of gradual exit, October to March.
    expect(decided).toMatchObject({ state: 'decided', gradualExitUntil: '2026-03' });
    const view = await enrolment(e.enrolmentId);
    expect(view).toMatchObject({ gradualExitUntil: '2026-03', endMonth: '2026-03', status: 'active', nextReviewDate: null });
    expect(view.changes.at(-1)).toMatchObject({ kind: 'stop', effectiveMonth: '2026-04', reasonCode: 'income_rise' });
    // Payrolls from October to April: six more months paid, none in April.
    const paid: string[] = [];
    for (const month of ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04']) {
      t().deps.clock.set(`${month}-10T02:00:00.000Z`);
      const p = await as('county', 'POST', '/payrolls', { program: 'dibao', areaCode: area, month });
      expect(p.statusCode, p.body).toBeLessThan(300);
      const lines = (await as('county', 'GET', `/payrolls/${p.json().id}/lines?pageSize=50`)).json();
      const line = lines.items.find((l: { enrolmentId: number }) => l.enrolmentId === e.enrolmentId);
      if (line) {
        expect(line.amount).toBe(100000);
        paid.push(month);
      }
    }
    t().deps.clock.set('2025-09-10T02:00:00.000Z');
    expect(paid).toEqual(['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    // The monthly report of September counts the review and the gradual exit apart.
    const report = await as('county', 'GET', `/reports/monthly?areaCode=${area}&month=2025-09`);
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json().reviews).toMatchObject({ done: 1, byOutcome: { stop: 1 }, exitsByReason: { income_rise: 1 }, gradualExits: 1 });
    // A campaign leaves an enrolment in its gradual exit alone.
    const c = (await as('county', 'POST', '/review-campaigns', { areaCode: area, program: 'dibao' })).json();
    expect(c.reviews).toBe(0);
  });

  it("a campaign creates one review per live enrolment and its summary equals its reviews' outcomes", async () => {
    const area = '420102010006';
    const es: { enrolmentId: number }[] = [];
    for (let i = 0; i < 5; i++) es.push(await enrolHousehold(t(), { areaCode: area, amount: 100000 + i * 1000, startMonth: '2025-07' }));
    await enrolHousehold(t(), { areaCode: area, amount: 50000, startMonth: '2025-07', program: 'tekun', personBased: true });
    expect((await as('street', 'POST', '/review-campaigns', { areaCode: area, program: 'dibao' })).statusCode).toBe(403);
    const created = await as('county', 'POST', '/review-campaigns', { areaCode: area, program: 'dibao' });
    expect(created.statusCode, created.body).toBe(201);
    const { id, reviews } = created.json();
    expect(reviews).toBe(5);
    const list = (await as('street', 'GET', `/reviews?campaignId=${id}&pageSize=50`)).json();
    expect(list.total).toBe(5);
    const reviewOf = (enrolmentId: number) => list.items.find((r: { enrolmentId: number }) => r.enrolmentId === enrolmentId).id as number;
    const visit = (rid: number) => as('street', 'POST', `/reviews/${rid}/visit`, { visitOn: '2025-09-09', notes: '专项核查入户', verificationNeeded: false });
    const decide = async (i: number, proposal: object, county = false) => {
      const rid = reviewOf(es[i]!.enrolmentId);
      expect((await visit(rid)).statusCode).toBe(200);
      const p = await as('street', 'POST', `/reviews/${rid}/proposal`, { effectiveMonth: '2025-10', reason: '专项核查', ...proposal });
      expect(p.statusCode, p.body).toBe(200);
      if (county) expect((await as('county', 'POST', `/reviews/${rid}/confirmation`, { decision: 'confirm' })).statusCode).toBe(200);
    };
    await decide(0, { outcome: 'continue' });
    await decide(1, { outcome: 'raise', monthlyAmount: 130000 });
    await decide(2, { outcome: 'stop', stopReason: 'income_rise' }, true);
    await decide(3, { outcome: 'lower', monthlyAmount: 50000 }, true);
    // es[4] is still at the home visit; a verification-needed visit goes to the verifier.
    const rid4 = reviewOf(es[4]!.enrolmentId);
    const v = await as('street', 'POST', `/reviews/${rid4}/visit`, { visitOn: '2025-09-09', notes: '疑有车辆', verificationNeeded: true });
    expect(v.json()).toMatchObject({ state: 'verification' });

    const view = await as('county', 'GET', `/review-campaigns/${id}`);
    expect(view.statusCode, view.body).toBe(200);
    const c = view.json();
    const decided = (await as('county', 'GET', `/reviews?campaignId=${id}&state=decided&pageSize=50`)).json().items as { proposal: { outcome: string }; monthlyDifference: number }[];
    expect(c.summary).toMatchObject({
      total: 5,
      rechecked: decided.length,
      continued: decided.filter((r) => r.proposal.outcome === 'continue').length,
      changed: decided.filter((r) => ['raise', 'lower', 'suspend'].includes(r.proposal.outcome)).length,
      exited: decided.filter((r) => r.proposal.outcome === 'stop').length,
      monthlyDifference: decided.reduce((s, r) => s + r.monthlyDifference, 0),
    });
    expect(c.summary).toMatchObject({ rechecked: 4, continued: 1, changed: 2, exited: 1, monthlyDifference: 29000 - 102000 - 53000 });
    expect(c.streets).toEqual([expect.objectContaining({ areaCode: '420102010', total: 5 })]);
    expect(c.communities).toEqual([expect.objectContaining({ areaCode: area, areaName: '江码社区', total: 5, byState: { decided: 4, verification: 1 } })]);
    // A second campaign: the open review is not doubled, the stopped enrolment is left out.
    const second = (await as('county', 'POST', '/review-campaigns', { areaCode: area, program: 'dibao' })).json();
    expect(second.reviews).toBe(3);
  });
});
