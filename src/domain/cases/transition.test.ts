import { describe, expect, it } from 'vitest';
import type { Role } from '../roles.ts';
import { ROLES } from '../roles.ts';
import { CASE_STATES, stepsOf, type CaseProgram, type CaseState } from './states.ts';
import { availableActions, CASE_ACTIONS, transition, type CaseAction, type CaseContext } from './transition.ts';

function ctx(overrides: Partial<CaseContext> = {}): CaseContext {
  return {
    program: 'dibao',
    state: 'submitted',
    role: 'street_reviewer',
    actorInCaseArea: true,
    democraticReview: false,
    investigationStaffCounts: [2],
    hasVerificationReport: true,
    hasReviewMeeting: true,
    reviewPanelMinimum: 20,
    calculatedAmount: 52000,
    noticeClosesOn: '2026-03-08',
    noticeRound: 1,
    noticeRounds: 1,
    today: '2026-03-09',
    openObjections: 0,
    relativeFlagged: false,
    relativeReviewed: false,
    urgentCap: 100000,
    caseByCaseThreshold: 624000,
    yearlyGranted: 0,
    yearlyCap: 1248000,
    urgentPaid: false,
    input: { comment: '理由' },
    ...overrides,
  };
}

/** Walks a case along its happy path, each step by its owner. */
const HAPPY: Record<'full' | 'full_review' | 'short', [CaseState, CaseAction, Role, CaseState][]> = {
  full: [
    ['submitted', 'accept', 'street_reviewer', 'investigation'],
    ['investigation', 'complete_investigation', 'community_worker', 'verification'],
    ['verification', 'complete_verification', 'verifier', 'street_review'],
    ['street_review', 'street_approve', 'street_reviewer', 'public_notice'],
    ['public_notice', 'close_notice', 'community_worker', 'county_confirmation'],
    ['county_confirmation', 'confirm', 'county_approver', 'approved'],
  ],
  full_review: [
    ['verification', 'complete_verification', 'verifier', 'democratic_review'],
    ['democratic_review', 'complete_democratic_review', 'community_worker', 'street_review'],
  ],
  short: [
    ['submitted', 'accept', 'street_reviewer', 'street_review'],
    ['street_review', 'street_approve', 'street_reviewer', 'county_confirmation'],
    ['county_confirmation', 'confirm', 'county_approver', 'approved'],
  ],
};

describe('case workflow transitions', () => {
  it.each(HAPPY.full)('dibao/tekun/temporary: %s --%s (%s)--> %s', (state, action, role, next) => {
    for (const program of ['dibao', 'tekun', 'temporary'] as CaseProgram[]) {
      const r = transition(ctx({ program, state, role }), action);
      expect(r).toMatchObject({ ok: true, next });
    }
  });

  it.each(HAPPY.full_review)('with democratic review: %s --%s (%s)--> %s', (state, action, role, next) => {
    expect(transition(ctx({ state, role, democraticReview: true }), action)).toMatchObject({ ok: true, next });
  });

  it.each(HAPPY.short)('subsidies take the short path: %s --%s (%s)--> %s', (state, action, role, next) => {
    for (const program of ['disability_living', 'disability_care', 'elderly_allowance', 'de_facto_orphan'] as CaseProgram[]) {
      expect(transition(ctx({ program, state, role }), action)).toMatchObject({ ok: true, next });
    }
  });

  it('starts the legal clock on acceptance; freezes the amount and opens the notice at street review; enrols on confirmation; writes a notice on rejection', () => {
    expect(transition(ctx({ state: 'submitted', role: 'street_reviewer' }), 'accept')).toEqual({ ok: true, next: 'investigation', effects: [{ type: 'start_clock' }] });
    expect(transition(ctx({ state: 'street_review' }), 'street_approve')).toEqual({
      ok: true,
      next: 'public_notice',
      effects: [{ type: 'freeze_amount' }, { type: 'open_notice', round: 1 }],
    });
    expect(transition(ctx({ program: 'elderly_allowance', state: 'street_review' }), 'street_approve')).toEqual({
      ok: true,
      next: 'county_confirmation',
      effects: [{ type: 'freeze_amount' }],
    });
    expect(transition(ctx({ state: 'county_confirmation', role: 'county_approver' }), 'confirm')).toEqual({ ok: true, next: 'approved', effects: [{ type: 'enrol' }] });
    expect(transition(ctx({ state: 'county_confirmation', role: 'county_approver' }), 'reject')).toEqual({
      ok: true,
      next: 'rejected',
      effects: [{ type: 'rejection_notice' }],
    });
  });

  it('names the allowed actions for every illegal move, in every state', () => {
    for (const state of CASE_STATES) {
      const allowed = availableActions({ program: 'dibao', state, democraticReview: false, urgentPaid: false });
      for (const action of CASE_ACTIONS) {
        if (allowed.includes(action)) continue;
        const r = transition(ctx({ state, role: 'county_approver' }), action);
        expect(r).toEqual({ ok: false, problem: { code: 'illegal_transition', allowed } });
      }
    }
    expect(availableActions({ program: 'dibao', state: 'approved', democraticReview: false, urgentPaid: false })).toEqual([]);
    expect(availableActions({ program: 'dibao', state: 'withdrawn', democraticReview: false, urgentPaid: false })).toEqual([]);
  });

  it('lets only the owner of a step act on it', () => {
    for (const [state, action, owner] of HAPPY.full) {
      for (const role of ROLES) {
        const r = transition(ctx({ state, role }), action);
        // 受理 is the street's alone; the community (or the street) may close the notice.
        const mayAct = role === owner || (action === 'close_notice' && role === 'street_reviewer');
        expect(r.ok, `${role} ${action} at ${state}`).toBe(mayAct);
        if (!mayAct) expect(r).toMatchObject({ ok: false, problem: { code: 'wrong_role' } });
      }
    }
  });

  it.each<[string, Partial<CaseContext>, CaseAction, string]>([
    ['investigation by one person only', { state: 'investigation', role: 'community_worker', investigationStaffCounts: [1] }, 'complete_investigation', 'investigation_two_staff'],
    ['no investigation record', { state: 'investigation', role: 'community_worker', investigationStaffCounts: [] }, 'complete_investigation', 'investigation_two_staff'],
    ['no verification report', { state: 'verification', role: 'verifier', hasVerificationReport: false }, 'complete_verification', 'verification_report'],
    ['no calculated amount', { state: 'street_review', calculatedAmount: null }, 'street_approve', 'calculated_amount'],
    ['an objection unresolved', { state: 'public_notice', openObjections: 1 }, 'close_notice', 'open_objections'],
    ['a relative of staff not reviewed', { state: 'county_confirmation', role: 'county_approver', relativeFlagged: true }, 'confirm', 'relative_review'],
    ['rejection without reasons', { state: 'street_review', input: {} }, 'reject', 'comment_required'],
    ['return without a reason', { state: 'verification', role: 'verifier', input: { comment: '  ' } }, 'return', 'comment_required'],
    ['urgent sum above the small-sum cap', { program: 'temporary', input: { amount: 100001 } }, 'pay_urgent', 'urgent_amount'],
  ])('refuses when %s', (_, overrides, action, requirement) => {
    expect(transition(ctx(overrides), action)).toEqual({ ok: false, problem: { code: 'requirement', requirement } });
  });

  it('names the figures when a meeting does not count or a temporary grant is above a cap', () => {
    expect(transition(ctx({ state: 'democratic_review', role: 'community_worker', democraticReview: true, hasReviewMeeting: false, reviewPanelMinimum: 15 }), 'complete_democratic_review')).toEqual({
      ok: false,
      problem: { code: 'requirement', requirement: 'review_meeting', params: { minimum: 15 } },
    });
    const temporary = { program: 'temporary', state: 'county_confirmation', role: 'county_approver' } as const;
    expect(transition(ctx({ ...temporary, calculatedAmount: 700000 }), 'confirm')).toEqual({
      ok: false,
      problem: { code: 'requirement', requirement: 'case_by_case_decision', params: { cap: 624000 } },
    });
    // Within the per-grant cap, but a second grant in the year takes the household above its yearly cap.
    expect(transition(ctx({ ...temporary, calculatedAmount: 600000, yearlyGranted: 700000 }), 'confirm')).toEqual({
      ok: false,
      problem: { code: 'requirement', requirement: 'yearly_cap_decision', params: { cap: 1248000, granted: 700000, amount: 600000 } },
    });
    expect(transition(ctx({ ...temporary, calculatedAmount: 548000, yearlyGranted: 700000 }), 'confirm').ok).toBe(true);
    expect(transition(ctx({ ...temporary, calculatedAmount: 600000, yearlyGranted: 700000, input: { caseByCaseDecision: true } }), 'confirm').ok).toBe(true);
  });

  it('lets only the street whose household it is accept or handle a case another street’s window took', () => {
    expect(transition(ctx({ actorInCaseArea: false }), 'accept')).toEqual({ ok: false, problem: { code: 'wrong_area' } });
    expect(transition(ctx({ role: 'community_worker' }), 'accept')).toMatchObject({ ok: false, problem: { code: 'wrong_role', roles: ['street_reviewer'] } });
    expect(transition(ctx({ state: 'street_review', actorInCaseArea: false }), 'street_approve')).toEqual({ ok: false, problem: { code: 'wrong_area' } });
  });

  it('says until when a notice runs when it is closed on its last day', () => {
    expect(transition(ctx({ state: 'public_notice', today: '2026-03-08' }), 'close_notice')).toEqual({
      ok: false,
      problem: { code: 'requirement', requirement: 'notice_not_over', params: { closesOn: '2026-03-08' } },
    });
  });

  it('runs a notice of three rounds (三榜公示): closing one opens the next, the last moves the case on', () => {
    const notice = { state: 'public_notice', role: 'community_worker', noticeRounds: 3 } as const;
    expect(transition(ctx({ ...notice, noticeRound: 1 }), 'close_notice')).toEqual({ ok: true, next: 'public_notice', effects: [{ type: 'open_notice', round: 2 }] });
    expect(transition(ctx({ ...notice, noticeRound: 2 }), 'close_notice')).toEqual({ ok: true, next: 'public_notice', effects: [{ type: 'open_notice', round: 3 }] });
    expect(transition(ctx({ ...notice, noticeRound: 3 }), 'close_notice')).toEqual({ ok: true, next: 'county_confirmation', effects: [] });
    expect(transition(ctx({ ...notice, noticeRound: 2, openObjections: 1 }), 'close_notice')).toMatchObject({ ok: false, problem: { requirement: 'open_objections' } });
  });

  it('allows a reviewed relative, a case-by-case decision and the end of the notice period', () => {
    expect(transition(ctx({ state: 'county_confirmation', role: 'county_approver', relativeFlagged: true, relativeReviewed: true }), 'confirm').ok).toBe(true);
    expect(
      transition(ctx({ program: 'temporary', state: 'county_confirmation', role: 'county_approver', calculatedAmount: 700000, input: { caseByCaseDecision: true } }), 'confirm').ok,
    ).toBe(true);
    expect(transition(ctx({ state: 'public_notice', today: '2026-03-09' }), 'close_notice').ok).toBe(true);
  });

  it('sends a case back exactly one step', () => {
    const steps = stepsOf('full', true);
    for (const [i, state] of steps.entries()) {
      if (i < 2 || state === 'submitted') continue;
      const role = state === 'verification' ? 'verifier' : state === 'county_confirmation' ? 'county_approver' : state === 'democratic_review' ? 'community_worker' : 'street_reviewer';
      expect(transition(ctx({ state, role, democraticReview: true }), 'return')).toMatchObject({ ok: true, next: steps[i - 1] });
    }
  });

  it('handles withdrawal, appeal and the appeal decision', () => {
    expect(transition(ctx({ state: 'verification', role: 'community_worker' }), 'withdraw')).toMatchObject({ ok: true, next: 'withdrawn' });
    expect(transition(ctx({ state: 'rejected', role: 'community_worker' }), 'appeal')).toMatchObject({ ok: true, next: 'appealed' });
    expect(transition(ctx({ state: 'appealed', role: 'county_approver', input: { upheld: true } }), 'decide_appeal')).toMatchObject({ ok: true, next: 'rejected' });
    expect(transition(ctx({ state: 'appealed', role: 'county_approver', input: { upheld: false } }), 'decide_appeal')).toMatchObject({ ok: true, next: 'county_confirmation' });
  });

  it('pays a small urgent sum first for temporary assistance, once, without moving the case', () => {
    const r = transition(ctx({ program: 'temporary', state: 'investigation', input: { amount: 50000 } }), 'pay_urgent');
    expect(r).toEqual({ ok: true, next: 'investigation', effects: [{ type: 'urgent_payment', amount: 50000 }] });
    expect(transition(ctx({ program: 'temporary', state: 'investigation', urgentPaid: true, input: { amount: 50000 } }), 'pay_urgent')).toMatchObject({
      ok: false,
      problem: { code: 'illegal_transition' },
    });
    expect(transition(ctx({ program: 'dibao', state: 'investigation', input: { amount: 50000 } }), 'pay_urgent')).toMatchObject({
      ok: false,
      problem: { code: 'illegal_transition' },
    });
  });
});

/**
 * Issue 15 point 6, exhaustively: every program path × state × action × role × (in the case's
 * area or not), against the spec written out here on its own (DOMAIN.md §1, §5) rather than
 * read from the code under test.
 */
describe('who may take which step (the whole matrix)', () => {
  const SPEC: Record<CaseAction, (state: CaseState) => Role[]> = {
    accept: () => ['street_reviewer'],
    complete_investigation: () => ['community_worker'],
    complete_verification: () => ['verifier'],
    complete_democratic_review: () => ['community_worker'],
    street_approve: () => ['street_reviewer'],
    close_notice: () => ['community_worker', 'street_reviewer'],
    confirm: () => ['county_approver'],
    reject: (state) => (state === 'county_confirmation' ? ['county_approver'] : ['street_reviewer']),
    return: (state) =>
      ({ verification: ['verifier'], democratic_review: ['community_worker'], street_review: ['street_reviewer'], public_notice: ['street_reviewer'], county_confirmation: ['county_approver'] })[
        state as 'verification'
      ] as Role[],
    withdraw: () => ['community_worker', 'street_reviewer'],
    appeal: () => ['community_worker', 'street_reviewer'],
    decide_appeal: () => ['county_approver'],
    pay_urgent: () => ['street_reviewer'],
  };
  const cases: { program: CaseProgram; democraticReview: boolean }[] = [
    { program: 'dibao', democraticReview: false },
    { program: 'dibao', democraticReview: true },
    { program: 'tekun', democraticReview: false },
    { program: 'temporary', democraticReview: false },
    { program: 'elderly_allowance', democraticReview: false },
    { program: 'disability_care', democraticReview: false },
  ];

  it('allows exactly the spec’s roles, and only in the case’s own area', () => {
    let checked = 0;
    for (const { program, democraticReview } of cases) {
      for (const state of CASE_STATES) {
        const legal = availableActions({ program, state, democraticReview, urgentPaid: false });
        for (const action of CASE_ACTIONS) {
          for (const role of ROLES) {
            for (const actorInCaseArea of [true, false]) {
              const c = ctx({ program, state, role, democraticReview, actorInCaseArea, input: { comment: '理由', amount: 50000, upheld: true } });
              const r = transition(c, action);
              const where = `${program}${democraticReview ? '+review' : ''} ${state} ${action} by ${role}${actorInCaseArea ? '' : ' (other area)'}`;
              checked++;
              if (!legal.includes(action)) {
                expect(r, where).toMatchObject({ ok: false, problem: { code: 'illegal_transition' } });
              } else if (!SPEC[action](state).includes(role)) {
                expect(r, where).toMatchObject({ ok: false, problem: { code: 'wrong_role' } });
              } else if (!actorInCaseArea) {
                expect(r, where).toEqual({ ok: false, problem: { code: 'wrong_area' } });
              } else {
                expect(r.ok || (r.problem.code === 'requirement'), where).toBe(true);
              }
            }
          }
        }
      }
    }
    expect(checked).toBe(cases.length * CASE_STATES.length * CASE_ACTIONS.length * ROLES.length * 2);
  });

  it('never lets the verifier take the street’s review or any approval, nor the admin or auditor any step', () => {
    for (const { program, democraticReview } of cases) {
      for (const state of CASE_STATES) {
        for (const action of CASE_ACTIONS) {
          const base = { program, state, democraticReview, input: { comment: '理由', amount: 50000, upheld: true } };
          for (const role of ['admin', 'auditor'] as const) expect(transition(ctx({ ...base, role }), action).ok, `${role} ${action} at ${state}`).toBe(false);
          const byVerifier = transition(ctx({ ...base, role: 'verifier' }), action);
          if (byVerifier.ok) {
            expect(state).toBe('verification');
            expect(['complete_verification', 'return']).toContain(action);
          }
        }
      }
    }
  });
});
