import { describe, expect, it } from 'vitest';
import { complaintDueOn, isOverdue, mayAct, namesIn, nextStatus, normaliseTrackingCode, TRACKING_CODE, trackingCodeFrom } from './complaint.ts';

describe('complaint deadline (办结时限 in working days)', () => {
  it.each([
    // Received Monday 2026-03-02: 15 working days, no holiday → Monday 03-23.
    ['2026-03-02', 15, '2026-03-23'],
    // Crossing Spring Festival 2026 (02-15..02-23 off; Saturday 02-14 a make-up day):
    // 02-13, 02-14, 02-24, 02-25, 02-26.
    ['2026-02-12', 5, '2026-02-26'],
    // Received on National Day (10-01..10-07 off): the day of receipt never counts.
    ['2026-10-01', 1, '2026-10-08'],
    // Crossing Labour Day 2026 (05-01..05-05 off): 04-30, 05-06, 05-07.
    ['2026-04-29', 3, '2026-05-07'],
  ])('received %s + %i working days → due %s', (received, days, due) => {
    expect(complaintDueOn(received, days)).toBe(due);
  });

  it('is overdue only while open and after the due day', () => {
    expect(isOverdue({ status: 'investigating', dueOn: '2026-03-23' }, '2026-03-23')).toBe(false);
    expect(isOverdue({ status: 'investigating', dueOn: '2026-03-23' }, '2026-03-24')).toBe(true);
    expect(isOverdue({ status: 'replied', dueOn: '2026-03-23' }, '2026-04-24')).toBe(false);
  });
});

describe('complaint lifecycle', () => {
  const none = { investigations: 0, outcome: null };
  it('assigns, investigates, concludes only after an investigation record, corrects only what was found true, replies after the conclusion', () => {
    expect(nextStatus('received', 'assign', none)).toEqual({ ok: true, next: 'assigned' });
    expect(nextStatus('investigating', 'assign', none)).toEqual({ ok: true, next: 'investigating' });
    expect(nextStatus('assigned', 'investigate', none)).toEqual({ ok: true, next: 'investigating' });
    expect(nextStatus('investigating', 'conclude', none)).toEqual({ ok: false, reason: 'complaint_needs_investigation' });
    expect(nextStatus('investigating', 'conclude', { investigations: 1, outcome: null })).toEqual({ ok: true, next: 'concluded' });
    expect(nextStatus('investigating', 'reply', none)).toEqual({ ok: false, reason: 'complaint_wrong_status' });
    expect(nextStatus('concluded', 'correct', { investigations: 1, outcome: 'not_true' })).toEqual({ ok: false, reason: 'complaint_not_found_true' });
    expect(nextStatus('concluded', 'correct', { investigations: 1, outcome: 'partly_true' })).toEqual({ ok: true, next: 'concluded' });
    expect(nextStatus('investigating', 'correct', { investigations: 1, outcome: 'true' })).toEqual({ ok: false, reason: 'complaint_wrong_status' });
    expect(nextStatus('concluded', 'reply', none)).toEqual({ ok: true, next: 'replied' });
    expect(nextStatus('replied', 'correct', { investigations: 1, outcome: 'true' })).toEqual({ ok: true, next: 'replied' });
    expect(nextStatus('replied', 'investigate', none)).toEqual({ ok: false, reason: 'complaint_wrong_status' });
    expect(nextStatus('replied', 'reply', none)).toEqual({ ok: false, reason: 'complaint_wrong_status' });
  });

  it('lets the street and county decide; a community worker investigates only what is assigned to her', () => {
    expect(mayAct('street_reviewer', 'conclude', { isAssignee: false })).toBe(true);
    expect(mayAct('community_worker', 'conclude', { isAssignee: true })).toBe(false);
    expect(mayAct('community_worker', 'investigate', { isAssignee: true })).toBe(true);
    expect(mayAct('community_worker', 'investigate', { isAssignee: false })).toBe(false);
    expect(mayAct('auditor', 'investigate', { isAssignee: true })).toBe(false);
    expect(mayAct('verifier', 'reply', { isAssignee: false })).toBe(false);
  });
});

describe('tracking codes', () => {
  it('are 12 Crockford base32 characters from 8 random bytes, read back whatever the case or misreadable letters', () => {
    const code = trackingCodeFrom(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(code).toMatch(TRACKING_CODE);
    expect(trackingCodeFrom(new Uint8Array(8).fill(255))).toMatch(TRACKING_CODE);
    expect(trackingCodeFrom(new Uint8Array(8))).toBe('000000000000');
    expect(normaliseTrackingCode(' ab1o-il23 ')).toBe('AB10112 3'.replace(' ', ''));
    expect(() => trackingCodeFrom(new Uint8Array(4))).toThrow(RangeError);
  });

  it('finds names in a reply', () => {
    expect(namesIn('经核查，王建国家庭存在隐瞒收入情况', ['王建国', '李四', ''])).toEqual(['王建国']);
    expect(namesIn('经核查，反映情况属实，已停发待遇', ['王建国'])).toEqual([]);
  });
});
