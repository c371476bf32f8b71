import { describe, expect, it } from 'vitest';
import { bankAmount, splitFunding } from './funding.ts';
import {
  inForce,
  monthsBetween,
  recoveryInstalment,
  recoverySchedule,
  retroactiveDifferences,
  settlementOf,
  type EnrolmentChange,
} from './schedule.ts';

let nextId = 1;
const c = (kind: EnrolmentChange['kind'], effectiveMonth: string, monthlyAmount: number | null = null, id = nextId++): EnrolmentChange => ({ id, kind, effectiveMonth, monthlyAmount });

describe('inForce', () => {
  const history = [c('start', '2025-03', 100000, 1), c('amount', '2025-06', 120000, 2), c('suspend', '2025-08', null, 3), c('resume', '2025-10', 110000, 4), c('stop', '2026-01', null, 5)];
  it.each([
    ['before the start', '2025-02', 0, null],
    ['the start month', '2025-03', 100000, 'start'],
    ['between changes', '2025-05', 100000, 'start'],
    ['the month an amount change acts', '2025-06', 120000, 'amount'],
    ['suspended', '2025-08', 0, 'suspend'],
    ['still suspended', '2025-09', 0, 'suspend'],
    ['resumed at a new amount', '2025-10', 110000, 'resume'],
    ['stopped', '2026-01', 0, 'stop'],
    ['long after the stop', '2030-12', 0, 'stop'],
  ])('%s (%s) pays %i', (_label, month, amount, kind) => {
    const r = inForce(history, month);
    expect(r.amount).toBe(amount);
    expect(r.change?.kind ?? null).toBe(kind);
  });

  it('breaks a tie in the same month by the later id, whatever the order given', () => {
    const corrected = [c('amount', '2025-06', 90000, 20), c('start', '2025-03', 100000, 10), c('amount', '2025-06', 95000, 21)];
    expect(inForce(corrected, '2025-06').amount).toBe(95000);
    expect(inForce([...corrected].reverse(), '2025-06').amount).toBe(95000);
  });

  it('a decision recorded later may act from an earlier month', () => {
    const h = [c('start', '2025-01', 50000, 1), c('amount', '2025-07', 60000, 2), c('amount', '2025-04', 70000, 3)];
    expect(inForce(h, '2025-05').amount).toBe(70000);
    expect(inForce(h, '2025-07').amount).toBe(60000);
  });

  it('a stop is final: a change dated after it does not revive the enrolment', () => {
    const h = [c('start', '2025-01', 50000, 1), c('amount', '2025-07', 60000, 2), c('stop', '2025-04', null, 3)];
    expect(inForce(h, '2025-03').amount).toBe(50000);
    expect(inForce(h, '2025-07')).toMatchObject({ amount: 0, change: { kind: 'stop' } });
  });

  it('is empty with no history and refuses a malformed month', () => {
    expect(inForce([], '2025-01')).toEqual({ change: null, amount: 0 });
    expect(() => inForce([], '2025-13')).toThrow(RangeError);
    expect(() => inForce([], '2025-1')).toThrow(RangeError);
  });
});

describe('monthsBetween', () => {
  it.each([
    ['2025-01', '2025-01', ['2025-01']],
    ['2025-11', '2026-02', ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['2025-03', '2025-02', []],
  ])('%s … %s', (from, to, expected) => {
    expect(monthsBetween(from, to)).toEqual(expected);
  });
  it('refuses a date', () => expect(() => monthsBetween('2025-01-01', '2025-02')).toThrow(RangeError));
});

describe('retroactive differences', () => {
  const before = [c('start', '2025-01', 100000, 1)];
  it('a raise from an earlier month is owed for each settled month from then on', () => {
    const after = [...before, c('amount', '2025-03', 130000, 2)];
    const d = retroactiveDifferences(before, after, ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05']);
    expect(d).toEqual([
      { month: '2025-03', before: 100000, after: 130000, difference: 30000 },
      { month: '2025-04', before: 100000, after: 130000, difference: 30000 },
      { month: '2025-05', before: 100000, after: 130000, difference: 30000 },
    ]);
    expect(settlementOf(d)).toEqual({ kind: 'back_pay', total: 90000 });
  });

  it('a cut, a suspension and a stop from an earlier month are overpayments', () => {
    const months = ['2025-04', '2025-05'];
    expect(settlementOf(retroactiveDifferences(before, [...before, c('amount', '2025-04', 80000)], months))).toEqual({ kind: 'recovery', total: 40000 });
    expect(settlementOf(retroactiveDifferences(before, [...before, c('suspend', '2025-05')], months))).toEqual({ kind: 'recovery', total: 100000 });
    expect(settlementOf(retroactiveDifferences(before, [...before, c('stop', '2025-04')], months))).toEqual({ kind: 'recovery', total: 200000 });
  });

  it('a resumption back-dated into months that paid nothing is owed', () => {
    const suspended = [...before, c('suspend', '2025-03', null, 5)];
    const resumed = [...suspended, c('resume', '2025-03', 100000, 6)];
    expect(settlementOf(retroactiveDifferences(suspended, resumed, ['2025-03', '2025-04']))).toEqual({ kind: 'back_pay', total: 200000 });
  });

  it('a chain of decisions books only each one’s own effect', () => {
    const first = [...before, c('amount', '2025-02', 120000, 2)];
    const second = [...first, c('amount', '2025-02', 110000, 3)];
    const months = ['2025-02', '2025-03'];
    expect(settlementOf(retroactiveDifferences(before, first, months))).toEqual({ kind: 'back_pay', total: 40000 });
    expect(settlementOf(retroactiveDifferences(first, second, months))).toEqual({ kind: 'recovery', total: 20000 });
  });

  it('a change after every settled month, or one that cancels out, settles nothing', () => {
    expect(retroactiveDifferences(before, [...before, c('amount', '2025-09', 1)], ['2025-07', '2025-08'])).toEqual([]);
    const up = [...before, c('amount', '2025-02', 120000, 2), c('amount', '2025-03', 80000, 3)];
    expect(settlementOf(retroactiveDifferences(before, up, ['2025-02', '2025-03']))).toBeNull();
  });

  it('counts a month listed twice once', () => {
    expect(retroactiveDifferences(before, [...before, c('stop', '2025-02')], ['2025-02', '2025-02'])).toHaveLength(1);
  });
});

describe('recovery instalments', () => {
  it.each([
    ['no limit: all at once', 90000, null, 100000, 90000],
    ['limited per month', 90000, 30000, 100000, 30000],
    ['the last, smaller instalment', 10000, 30000, 100000, 10000],
    ['never more than is paid this month', 90000, null, 25000, 25000],
    ['nothing paid: nothing recovered', 90000, 30000, 0, 0],
    ['nothing owed', 0, 30000, 100000, 0],
  ])('%s', (_label, remaining, limit, paid, expected) => {
    expect(recoveryInstalment(remaining, limit, paid)).toBe(expected);
  });
  it('refuses negative or fractional money and a zero limit', () => {
    expect(() => recoveryInstalment(-1, null, 0)).toThrow(RangeError);
    expect(() => recoveryInstalment(1.5, null, 0)).toThrow(RangeError);
    expect(() => recoveryInstalment(100, 0, 100)).toThrow(RangeError);
  });
  it('schedules a recovery over months within the limit', () => {
    expect(recoverySchedule(70000, 30000, '2025-11')).toEqual([
      { month: '2025-11', amount: 30000 },
      { month: '2025-12', amount: 30000 },
      { month: '2026-01', amount: 10000 },
    ]);
    expect(recoverySchedule(70000, null, '2025-11')).toEqual([{ month: '2025-11', amount: 70000 }]);
  });
});

describe('fund split', () => {
  it.each([
    [100000, '0.5', 50000, 50000],
    [100001, '0.5', 50001, 50000],
    [100003, '0.3', 30001, 70002],
    [100005, '0.3', 30002, 70003],
    [1, '0.5', 1, 0],
    [0, '0.6', 0, 0],
    [123456789, '1', 123456789, 0],
    [123456789, '0', 0, 123456789],
    [99999, '0.333333', 33333, 66666],
  ])('%i fen at %s: city %i, district %i', (total, share, city, district) => {
    const split = splitFunding(total, share);
    expect(split).toEqual({ city, district });
    expect(split.city + split.district).toBe(total);
  });
  it('refuses a share above 1 or not a rate', () => {
    expect(() => splitFunding(100, '1.5')).toThrow(RangeError);
    expect(() => splitFunding(100, 'half')).toThrow(RangeError);
    expect(() => splitFunding(100, '-0.5')).toThrow(RangeError);
  });
});

describe('bank amounts', () => {
  it.each([
    [123450, '1234.50'],
    [5, '0.05'],
    [0, '0.00'],
    [100, '1.00'],
    [123456789, '1234567.89'],
  ])('%i fen → %s', (fen, text) => expect(bankAmount(fen)).toBe(text));
});
