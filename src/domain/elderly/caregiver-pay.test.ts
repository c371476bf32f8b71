import { describe, expect, it } from 'vitest';
import { assessmentPassed, daysInMonth, monthPay } from './caregiver-pay.ts';

const a = { caregiverId: 1, startsOn: '2025-01-01', endsOn: '2025-12-31', monthlyPay: 150000 };

describe('养护员报酬 for a month', () => {
  it.each([
    [59, false],
    [60, true],
    [100, true],
    [0, false],
  ])('score %i passes: %s', (score, passed) => expect(assessmentPassed(score)).toBe(passed));

  it.each([
    ['2025-02', 28],
    ['2024-02', 29],
    ['2025-04', 30],
    ['2025-12', 31],
  ])('%s has %i days', (m, d) => expect(daysInMonth(m)).toBe(d));

  it('pays the whole month to the caregiver when the assessment passed', () => {
    expect(monthPay(a, [], '2025-06', 60)).toEqual({ paid: true, days: 30, total: 150000, lines: [{ caregiverId: 1, role: 'caregiver', days: 30, amount: 150000 }] });
  });

  it('withholds a month not assessed or failed, and pays nothing outside the agreement', () => {
    expect(monthPay(a, [], '2025-06', null)).toEqual({ paid: false, reason: 'not_assessed' });
    expect(monthPay(a, [], '2025-06', 59)).toEqual({ paid: false, reason: 'assessment_failed' });
    expect(monthPay(a, [], '2026-01', 90)).toEqual({ paid: false, reason: 'not_in_force' });
    expect(monthPay({ ...a, startsOn: '2025-03-01' }, [], '2025-02', 90)).toEqual({ paid: false, reason: 'not_in_force' });
  });

  it('pays the days of a month the agreement starts or ends in, rounded down to the fen', () => {
    // starts on the 16th of a 30-day month: 15 days
    expect(monthPay({ ...a, startsOn: '2025-06-16' }, [], '2025-06', 80)).toMatchObject({ days: 15, total: 75000 });
    // ends on the 10th of a 31-day month: 10 days, 150000 × 10 / 31 = 48387.09…
    expect(monthPay({ ...a, endsOn: '2025-07-10' }, [], '2025-07', 80)).toMatchObject({ days: 10, total: 48387 });
    // one day: the first of the month
    expect(monthPay({ ...a, startsOn: '2025-07-31' }, [], '2025-07', 80)).toMatchObject({ days: 1, total: 4838 });
    // a leap February
    expect(monthPay({ ...a, startsOn: '2024-02-15', endsOn: '2024-12-31' }, [], '2024-02', 80)).toMatchObject({ days: 15, total: Math.floor((150000 * 15) / 29) });
  });

  it('pays the substitute the leave days and the caregiver the rest, adding up to the month', () => {
    const r = monthPay(a, [{ fromOn: '2025-07-05', toOn: '2025-07-07', substituteId: 2 }], '2025-07', 75);
    expect(r).toEqual({
      paid: true,
      days: 31,
      total: 150000,
      lines: [
        { caregiverId: 1, role: 'caregiver', days: 28, amount: 150000 - Math.floor((150000 * 3) / 31) },
        { caregiverId: 2, role: 'substitute', days: 3, amount: Math.floor((150000 * 3) / 31) },
      ],
    });
  });

  it('counts only the leave days inside the month, and a leave across the month end', () => {
    const r = monthPay(a, [{ fromOn: '2025-06-28', toOn: '2025-07-02', substituteId: 3 }], '2025-07', 75);
    expect(r.paid && r.lines.find((l) => l.role === 'substitute')).toEqual({ caregiverId: 3, role: 'substitute', days: 2, amount: Math.floor((150000 * 2) / 31) });
  });

  it('two substitutes, and overlapping leaves counted once (the first recorded)', () => {
    const r = monthPay(
      a,
      [
        { fromOn: '2025-07-01', toOn: '2025-07-10', substituteId: 2 },
        { fromOn: '2025-07-08', toOn: '2025-07-12', substituteId: 3 },
      ],
      '2025-07',
      75,
    );
    if (!r.paid) throw new Error('expected pay');
    expect(r.lines.map((l) => [l.caregiverId, l.role, l.days])).toEqual([
      [1, 'caregiver', 19],
      [2, 'substitute', 10],
      [3, 'substitute', 2],
    ]);
    expect(r.lines.reduce((s, l) => s + l.amount, 0)).toBe(r.total);
  });

  it('a whole month on leave: the substitute gets it all, remainder included', () => {
    const r = monthPay({ ...a, monthlyPay: 100000 }, [{ fromOn: '2025-07-01', toOn: '2025-07-31', substituteId: 2 }], '2025-07', 75);
    expect(r).toEqual({ paid: true, days: 31, total: 100000, lines: [{ caregiverId: 2, role: 'substitute', days: 31, amount: 100000 }] });
  });
});
