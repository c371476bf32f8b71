import { describe, expect, it } from 'vitest';
import { buildHousehold, buildPerson, uniqueIdNumber } from '../../../test/factories/household.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { createUser } from '../auth/service.ts';

/**
 * Issue 14, points 4–6: the legal limits and notice rules read from the area's policy, temporary
 * assistance capped by the household's own standard per grant and per year, and acceptance by
 * the street that owns the household.
 */
function poorHousehold(overrides: Parameters<typeof buildHousehold>[0] = {}) {
  const head = buildPerson({ name: '孙志强', employment: 'retired', idNumber: uniqueIdNumber({ birthDate: '1961-02-03' }) });
  const spouse = buildPerson({ name: '何美玲', relation: 'spouse', employment: 'unemployed', idNumber: uniqueIdNumber({ birthDate: '1963-08-09', sex: 'female' }) });
  return buildHousehold({ members: [head, spouse], incomes: [{ idNumber: head.idNumber, type: 'pension', monthly: 50000 }], deductions: [], assets: [], ...overrides });
}

const DAY = 86_400_000;
const STREET = '420102010';

describe.each(dialects)('case settings from the policy on %s', (dialect) => {
  // Monday 2026-03-02.
  const t = useTestApp(dialect, { now: '2026-03-02T02:00:00.000Z' });
  const as = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t().app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await t().login(user) }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const act = (user: string, id: number, body: object) => as(user, 'POST', `/applications/${id}/transitions`, body);
  const investigation = { kind: 'investigation', happenedOn: '2026-03-03', staff: ['张丽', '王芳'], findings: '两人居住，无其他收入' };
  const verification = { kind: 'verification', happenedOn: '2026-03-04', items: [{ source: '银行存款', declared: '无', found: '无', matches: true }], conclusion: '申报属实' };

  /** Sets a parameter on the street from 2026-01-01 for the test, and puts the national value back after. */
  async function withSetting(key: string, value: unknown, restore: unknown, run: () => Promise<void>) {
    const set = async (v: unknown) => expect((await as('county', 'POST', `/policies/${STREET}/parameters`, { key, effectiveFrom: '2026-01-01', value: v })).statusCode).toBe(201);
    await set(value);
    try {
      await run();
    } finally {
      await set(restore);
    }
  }

  async function advance(days: number, run: () => Promise<void>) {
    t().deps.clock.advance(days * DAY);
    try {
      await run();
    } finally {
      t().deps.clock.advance(-days * DAY);
    }
  }

  async function apply(body: object = {}, household = poorHousehold(), by = 'community') {
    const h = (await as('community', 'POST', '/households', household)).json();
    const res = await as(by, 'POST', '/applications', { householdId: h.id, program: 'dibao', ...body });
    expect(res.statusCode, res.body).toBe(201);
    return { id: res.json().id as number, householdId: h.id as number };
  }

  async function toStreetReview(id: number) {
    expect((await act('street', id, { action: 'accept' })).statusCode).toBe(200);
    await as('community', 'POST', `/applications/${id}/records`, investigation);
    expect((await act('community', id, { action: 'complete_investigation' })).statusCode).toBe(200);
    await as('verifier', 'POST', `/applications/${id}/records`, verification);
    expect((await act('verifier', id, { action: 'complete_verification' })).statusCode).toBe(200);
  }

  it('gives a case where the area sets a 20-working-day limit its due dates 20 working days out, and the national ones elsewhere', async () => {
    // The street sets shorter limits than the nation (as many cities do); the rest keep the national values.
    await withSetting('cases.decisionWorkingDays', 20, 30, () =>
      withSetting('cases.investigationStartWorkingDays', 2, 3, () =>
        withSetting('cases.decisionNoticeWorkingDays', 5, 3, async () => {
          const policy = (await as('county', 'GET', `/policies/${STREET}`)).json();
          expect(policy.policy.cases).toMatchObject({ decisionWorkingDays: 20, extendedWorkingDays: 45, investigationStartWorkingDays: 2 });
          expect(policy.sources['cases.decisionWorkingDays'].areaCode).toBe(STREET);

          const { id } = await apply();
          const accepted = (await act('street', id, { action: 'accept' })).json();
          // Monday 03-02 + 20 working days = Monday 03-30; the investigation starts by Wednesday 03-04.
          expect(accepted.clock).toMatchObject({ acceptedOn: '2026-03-02', dueOn: '2026-03-30', workingDaysLeft: 20 });
          expect(accepted.investigation).toEqual({ dueOn: '2026-03-04', startedOn: null, overdue: false, late: false });
          const listed = (await as('street', 'GET', '/applications')).json().items.find((c: { id: number }) => c.id === id);
          expect(listed).toMatchObject({ dueOn: '2026-03-30', investigationDueOn: '2026-03-04', investigationOverdue: false });
          // Nobody has been to the home by Thursday: the start is overdue, in the list and in the inbox.
          await advance(3, async () => {
            expect((await as('street', 'GET', '/applications')).json().items.find((c: { id: number }) => c.id === id)).toMatchObject({ investigationOverdue: true });
            expect((await as('community', 'GET', '/inbox')).json().items.find((c: { id: number }) => c.id === id)).toMatchObject({ investigationOverdue: true });
            expect((await as('community', 'GET', `/applications/${id}`)).json().investigation).toMatchObject({ overdue: true });
          });
          // Extended: the national 45 working days still apply (the area set only the ordinary limit).
          expect((await as('county', 'POST', `/applications/${id}/extend`, { reason: '需补充核对' })).json().clock.dueOn).toBe('2026-05-08');

          const other = await apply();
          await toStreetReview(other.id);
          // 不予确认通知书 within the area's 5 working days: Monday 03-02 → Monday 03-09.
          const refused = (await act('street', other.id, { action: 'reject', comment: '家庭人均收入超过标准' })).json();
          expect(refused.rejectionNotice).toEqual({ dueOn: '2026-03-09' });
        }),
      ),
    );
    // Back to the national 30 working days and 3 for the investigation.
    const { id } = await apply();
    expect((await act('street', id, { action: 'accept' })).json()).toMatchObject({ clock: { dueOn: '2026-04-14' }, investigation: { dueOn: '2026-03-05' } });
  });

  it('runs three rounds of notice for a program set to three (三榜公示), each its own notice, then moves on', async () => {
    await withSetting('cases.noticeRoundsByProgram', { dibao: 3 }, {}, async () => {
      await withSetting('cases.noticeDaysByProgram', { dibao: 5 }, {}, async () => {
        const { id } = await apply();
        await toStreetReview(id);
        const first = (await act('street', id, { action: 'street_approve' })).json();
        expect(first.notice).toMatchObject({ round: 1, rounds: 3, openedOn: '2026-03-02', closesOn: '2026-03-06' });
        const early = await act('community', id, { action: 'close_notice' });
        expect(early.statusCode).toBe(422);
        expect(early.json().error.message).toContain('2026-03-06');
        await advance(5, async () => {
          const second = (await act('community', id, { action: 'close_notice' })).json();
          expect(second).toMatchObject({ state: 'public_notice', notice: { round: 2, rounds: 3, openedOn: '2026-03-07', closesOn: '2026-03-11', monthlyAmount: first.notice.monthlyAmount } });
          expect(first.notice.monthlyAmount).toBeGreaterThan(0);
          const board = await t().app.inject({ url: '/public/notices/420102010001' });
          expect(board.body).toContain('第 2 榜（共 3 榜）');
          expect(board.body).toContain('2026-03-07 至 2026-03-11');
        });
        await advance(10, async () => {
          const third = (await act('community', id, { action: 'close_notice' })).json();
          expect(third).toMatchObject({ state: 'public_notice', notice: { round: 3, openedOn: '2026-03-12', closesOn: '2026-03-16' } });
        });
        await advance(15, async () => {
          const done = (await act('community', id, { action: 'close_notice' })).json();
          expect(done.state).toBe('county_confirmation');
          expect(done.notices.map((n: { round: number; openedOn: string }) => [n.round, n.openedOn])).toEqual([
            [1, '2026-03-02'],
            [2, '2026-03-07'],
            [3, '2026-03-12'],
          ]);
          expect(done.events.filter((e: { action: string }) => e.action === 'close_notice')).toHaveLength(3);
        });
      });
    });
    // Back to one round of the general length.
    const { id } = await apply();
    await toStreetReview(id);
    expect((await act('street', id, { action: 'street_approve' })).json().notice).toMatchObject({ round: 1, rounds: 1, closesOn: '2026-03-08' });
  });

  it('counts a 15-member panel where the minimum is 15, not where it is the national 20', async () => {
    const meeting = { kind: 'review_meeting', happenedOn: '2026-03-05', panelSize: 15, attendance: 12, votesFor: 11, votesAgainst: 1, minutes: '评议通过' };
    const { id } = await apply({ democraticReview: true });
    await toStreetReview(id);
    const c = (await as('community', 'GET', `/applications/${id}`)).json();
    expect(c).toMatchObject({ state: 'democratic_review', rules: { reviewPanelMinimum: 20, extendedWorkingDays: 45, notice: { days: 7, rounds: 1 } } });
    expect((await as('community', 'POST', `/applications/${id}/records`, meeting)).statusCode).toBe(200);
    const refused = await act('community', id, { action: 'complete_democratic_review' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'case_requires_review_meeting', field: 'action' });
    expect(refused.json().error.message).toContain('不少于 20 人');
    await withSetting('cases.reviewPanelMinimum', 15, 20, async () => {
      expect((await as('community', 'GET', `/applications/${id}`)).json().rules.reviewPanelMinimum).toBe(15);
      expect((await act('community', id, { action: 'complete_democratic_review' })).json().state).toBe('street_review');
    });
  });

  it('lets only the owning street accept: the community forwards, another street’s window forwards to it', async () => {
    const { id } = await apply();
    const waiting = (await as('community', 'GET', `/applications/${id}`)).json();
    expect(waiting).toMatchObject({ state: 'submitted', allowedActions: ['withdraw'], intake: { owningStreetCode: STREET, forwarded: false, awaitingStreet: true } });
    const byCommunity = await act('community', id, { action: 'accept' });
    expect(byCommunity.statusCode).toBe(403);
    expect(byCommunity.json().error.code).toBe('case_wrong_role');
    expect((await as('community', 'GET', '/inbox')).json().items.map((c: { id: number }) => c.id)).not.toContain(id);
    expect((await as('street', 'GET', '/inbox')).json().items.find((c: { id: number }) => c.id === id)).toMatchObject({ state: 'submitted', actions: expect.arrayContaining(['accept']) });

    // Another street of the district takes an application at its window for a household of 二七街道.
    const otherStreet = await t().deps.db.selectFrom('areas').select(['code', 'name']).where('code', 'like', '420102___').where('code', '<>', STREET).orderBy('code').executeTakeFirstOrThrow();
    const username = `window_${dialect}`;
    await createUser(t().deps, null, { username, displayName: '窗口', role: 'street_reviewer', areaCode: otherStreet.code, password: 'minzheng-demo' });
    const taken = await apply({}, poorHousehold(), username);
    const atWindow = (await as(username, 'GET', `/applications/${taken.id}`)).json();
    expect(atWindow).toMatchObject({ receivingStreetCode: otherStreet.code, allowedActions: [], intake: { forwarded: true, owningStreetCode: STREET, handledHere: false } });
    const wrongStreet = await act(username, taken.id, { action: 'accept' });
    expect(wrongStreet.statusCode).toBe(403);
    expect(wrongStreet.json().error.code).toBe('case_other_street');
    expect((await as(username, 'GET', '/inbox')).json().items.map((c: { id: number }) => c.id)).not.toContain(taken.id);
    const owner = (await as('street', 'GET', '/inbox')).json().items.find((c: { id: number }) => c.id === taken.id);
    expect(owner).toMatchObject({ actions: expect.arrayContaining(['accept']), forwarded: true });
    const accepted = (await act('street', taken.id, { action: 'accept' })).json();
    // After acceptance too, the window only views: no records, no extension.
    expect((await as(username, 'POST', `/applications/${taken.id}/records`, investigation)).json().error.code).toBe('case_other_street');
    expect((await as(username, 'POST', `/applications/${taken.id}/extend`, { reason: '需补充' })).statusCode).toBe(403);
    // Nor may it withdraw or reject it: it only forwarded the file (issue 15 point 6).
    expect((await act(username, taken.id, { action: 'withdraw', comment: '窗口撤回' })).json().error.code).toBe('case_other_street');
    expect(accepted).toMatchObject({ state: 'investigation', clock: { acceptedOn: '2026-03-02' } });
    expect(accepted.events.map((e: { action: string; actorUsername: string }) => [e.action, e.actorUsername])).toEqual([
      ['submit', username],
      ['accept', 'street'],
    ]);
  });

  it('records a temporary case’s type, event and sum, and refuses an incomplete or misplaced one', async () => {
    const temporary = { program: 'temporary', temporaryType: 'expenditure', temporaryEvent: 'education_expense', requestedAmount: 450000, eventDescription: '长子考入大学，学费无力承担' };
    const { id } = await apply(temporary);
    const c = (await as('street', 'GET', `/applications/${id}`)).json();
    expect(c.temporary).toEqual({ type: 'expenditure', event: 'education_expense', requestedAmount: 450000, eventDescription: '长子考入大学，学费无力承担' });
    const h = (await as('community', 'POST', '/households', poorHousehold())).json();
    const missing = await as('community', 'POST', '/applications', { householdId: h.id, program: 'temporary', temporaryType: 'emergency', temporaryEvent: 'fire' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'application_requestedAmount_required', field: 'requestedAmount' });
    const mismatch = await as('community', 'POST', '/applications', { householdId: h.id, program: 'temporary', temporaryType: 'emergency', temporaryEvent: 'education_expense', requestedAmount: 1000 });
    expect(mismatch.json().error).toMatchObject({ code: 'application_event_type_mismatch', field: 'temporaryEvent' });
    const misplaced = await as('community', 'POST', '/applications', { householdId: h.id, program: 'dibao', requestedAmount: 1000 });
    expect(misplaced.json().error).toMatchObject({ code: 'application_temporary_only', field: 'requestedAmount' });
    const unknown = await as('community', 'POST', '/applications', { householdId: h.id, program: 'temporary', temporaryType: 'emergency', temporaryEvent: 'meteor', requestedAmount: 1000 });
    expect(unknown.statusCode).toBe(400);
  });

  /** A temporary case through to county confirmation, proposing `grant` at street review. */
  async function temporaryAtCounty(householdId: number, grant: number) {
    const res = await as('community', 'POST', '/applications', { householdId, program: 'temporary', temporaryType: 'emergency', temporaryEvent: 'accident', requestedAmount: grant });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as number;
    await toStreetReview(id);
    expect((await act('street', id, { action: 'street_approve' })).json()).toMatchObject({ state: 'public_notice', calculatedAmount: grant });
    // The notice board shows a temporary grant as paid once, not per month.
    const board = (await t().app.inject({ url: '/public/notices/420102010001' })).body;
    expect(board).toContain(`${(grant / 100).toLocaleString('en', { minimumFractionDigits: 2 })} 一次性`);
    await advance(8, async () => {
      expect((await act('community', id, { action: 'close_notice' })).json().state).toBe('county_confirmation');
    });
    return id;
  }

  it('caps a rural household’s temporary grant by the rural standard', async () => {
    // Rural 850 yuan × 6 months = 5,100 yuan per grant (urban: 1,040 × 6 = 6,240).
    const rural = await apply({}, poorHousehold({ urbanRural: 'rural' }));
    await act('community', rural.id, { action: 'withdraw', comment: '改申请临时救助' });
    const id = await temporaryAtCounty(rural.householdId, 550000);
    const refused = await act('county', id, { action: 'confirm' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'case_requires_case_by_case_decision' });
    expect(refused.json().error.message).toContain('5,100.00');
    expect((await act('county', id, { action: 'confirm', caseByCaseDecision: true })).json().state).toBe('approved');

    const urban = await apply({}, poorHousehold());
    await act('community', urban.id, { action: 'withdraw', comment: '改申请临时救助' });
    expect((await act('county', await temporaryAtCounty(urban.householdId, 550000), { action: 'confirm' })).json().state).toBe('approved');
  });

  it('needs the county’s case-by-case decision for a second grant that takes the household above its yearly cap', async () => {
    // The area allows 10 months of the standard a year: urban 10 × 1,040 = 10,400 yuan. 6,000
    // confirmed, then 6,000 more (within the per-grant 6,240) → 12,000.
    const h = (await as('community', 'POST', '/households', poorHousehold())).json();
    await withSetting('temporary.yearlyMaxMonths', 10, 12, async () => {
      expect((await act('county', await temporaryAtCounty(h.id, 600000), { action: 'confirm' })).json().state).toBe('approved');
      const second = await temporaryAtCounty(h.id, 600000);
      const refused = await act('county', second, { action: 'confirm' });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.code).toBe('case_requires_yearly_cap_decision');
      expect(refused.json().error.message).toMatch(/6,000\.00[\s\S]*6,000\.00[\s\S]*10,400\.00/);
      expect((await act('county', second, { action: 'confirm', caseByCaseDecision: true })).json().state).toBe('approved');
    });
    // A third, small one the next year starts the count again.
    await advance(310, async () => {
      const third = await as('community', 'POST', '/applications', { householdId: h.id, program: 'temporary', temporaryType: 'expenditure', temporaryEvent: 'medical_expense', requestedAmount: 100000 });
      expect(third.statusCode).toBe(201);
    });
  });
});
