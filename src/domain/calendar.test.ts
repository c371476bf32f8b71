import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addCalendarDays,
  addMonths,
  addWorkingDays,
  calendarDaysBetween,
  hasOfficialSchedule,
  isWorkingDay,
  monthOf,
  nextMonth,
  workingDaysBetween,
} from './calendar.ts';

/** Every date of a range, inclusive, built without the code under test. */
function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

describe('isWorkingDay: the 2025 and 2026 schedules (国办发明电〔2024〕12号, 2026 notice)', () => {
  it.each([
    // 2025 New Year's Day: Wednesday only, no make-up day.
    ['2024-12-31', true],
    ['2025-01-01', false],
    ['2025-01-02', true],
    // 2025 Spring Festival: 01-28 (除夕, Tue) .. 02-04, make-up Sun 01-26 and Sat 02-08.
    ['2025-01-25', false],
    ['2025-01-26', true],
    ['2025-01-27', true],
    ['2025-01-28', false],
    ['2025-01-31', false],
    ['2025-02-03', false],
    ['2025-02-04', false],
    ['2025-02-05', true],
    ['2025-02-08', true],
    ['2025-02-09', false],
    // 2025 Labour Day: 05-01 .. 05-05, make-up Sun 04-27.
    ['2025-04-27', true],
    ['2025-05-05', false],
    ['2025-05-06', true],
    // 2025 National Day + Mid-autumn: 10-01 .. 10-08, make-up Sun 09-28 and Sat 10-11.
    ['2025-09-27', false],
    ['2025-09-28', true],
    ['2025-09-30', true],
    ['2025-10-01', false],
    ['2025-10-06', false],
    ['2025-10-08', false],
    ['2025-10-09', true],
    ['2025-10-11', true],
    ['2025-10-12', false],
    // 2026 New Year's Day: 01-01 .. 01-03, make-up Sun 01-04.
    ['2026-01-02', false],
    ['2026-01-04', true],
    // 2026 Spring Festival: 02-15 .. 02-23, make-up Sat 02-14 and Sat 02-28.
    ['2026-02-13', true],
    ['2026-02-14', true],
    ['2026-02-15', false],
    ['2026-02-20', false],
    ['2026-02-23', false],
    ['2026-02-24', true],
    ['2026-02-28', true],
    ['2026-03-01', false],
    // 2026 Mid-autumn 09-25 .. 09-27; National Day 10-01 .. 10-07, make-up Sun 09-20, Sat 10-10.
    ['2026-09-19', false],
    ['2026-09-20', true],
    ['2026-09-25', false],
    ['2026-09-28', true],
    ['2026-10-01', false],
    ['2026-10-07', false],
    ['2026-10-08', true],
    ['2026-10-10', true],
    ['2026-10-11', false],
    // Ordinary weeks.
    ['2025-03-14', true],
    ['2025-03-15', false],
    ['2025-03-16', false],
  ])('%s working: %s', (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });

  it('counts 248 working days in 2025 and in 2026', () => {
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
    expect(datesFrom('2025-01-01', '2025-12-31').filter(isWorkingDay)).toHaveLength(248);
  });

  it('lists every working day of the 2025 National Day fortnight', () => {
    expect(datesFrom('2025-09-27', '2025-10-12').filter(isWorkingDay)).toEqual([
      '2025-09-28', '2025-09-29', '2025-09-30', '2025-10-09', '2025-10-10', '2025-10-11',
    ]);
  });

  it.each(['2025-02-29', '2025-13-01', '2025-1-1', '2025/01/01', ''])('rejects %j', (d) => {
    expect(() => isWorkingDay(d)).toThrow(RangeError);
  });
});

// chinese-days' own functions shift every date by one west of UTC; the module must not.
// (Run the whole file with TZ=America/Los_Angeles for the full check.)
describe('isWorkingDay does not depend on the server time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
    vi.resetModules();
  });

  it.each(['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'UTC'])('%s', async (tz) => {
    process.env.TZ = tz;
    vi.resetModules(); // evaluate the module afresh under this zone
    const fresh = await import('./calendar.ts');
    expect(fresh.isWorkingDay('2025-01-26')).toBe(true);
    expect(fresh.isWorkingDay('2025-01-25')).toBe(false);
    expect(fresh.isWorkingDay('2025-01-27')).toBe(true);
    expect(fresh.isWorkingDay('2025-10-08')).toBe(false);
    expect(fresh.isWorkingDay('2026-02-14')).toBe(true);
    expect(fresh.addWorkingDays('2025-01-24', 30)).toBe('2025-03-13');
  });
});

describe('addWorkingDays: the legal clock', () => {
  it.each([
    // Accepted Friday before Spring Festival 2025: the make-up Sunday counts, the 8 holidays do not.
    ['2025-01-24', 1, '2025-01-26'],
    ['2025-01-24', 2, '2025-01-27'],
    ['2025-01-24', 3, '2025-02-05'],
    ['2025-01-24', 6, '2025-02-08'],
    ['2025-01-24', 30, '2025-03-13'], // Monday–Friday alone would give 03-07
    ['2025-01-24', 45, '2025-04-03'], // the day before Qingming
    ['2025-01-27', 3, '2025-02-07'],
    // Accepted Friday before Spring Festival 2026.
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-13', 2, '2026-02-24'],
    ['2026-02-13', 6, '2026-02-28'],
    ['2026-02-13', 30, '2026-04-02'],
    // National Day 2025 and 2026.
    ['2025-09-26', 1, '2025-09-28'],
    ['2025-09-26', 3, '2025-09-30'],
    ['2025-09-26', 4, '2025-10-09'],
    ['2025-09-30', 3, '2025-10-11'],
    ['2026-09-24', 3, '2026-09-30'],
    ['2026-09-24', 4, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'],
    // Accepted on a holiday or a weekend: the start day never counts.
    ['2025-10-01', 1, '2025-10-09'],
    ['2025-03-15', 1, '2025-03-17'],
    ['2025-03-14', 1, '2025-03-17'],
    // Across the year end.
    ['2025-12-31', 1, '2026-01-04'], // 01-01..03 holiday; Sunday 01-04 is a make-up day
    ['2025-12-31', 2, '2026-01-05'],
    // n = 0 and counting back.
    ['2025-10-01', 0, '2025-10-01'],
    ['2025-10-09', -1, '2025-09-30'],
    ['2025-10-09', -4, '2025-09-26'],
    ['2025-02-05', -1, '2025-01-27'],
    ['2025-02-05', -2, '2025-01-26'],
    ['2025-02-05', -3, '2025-01-24'],
  ])('%s + %i working days → %s', (start, n, expected) => {
    expect(addWorkingDays(start, n)).toBe(expected);
  });

  it('lands on a working day that is exactly n working days later, for every start in 2025–2026', () => {
    for (const start of datesFrom('2025-01-01', '2026-10-31')) {
      for (const n of [1, 3, 7, 20, 25, 30, 45]) {
        const end = addWorkingDays(start, n);
        expect(end > start).toBe(true);
        expect(isWorkingDay(end)).toBe(true);
        expect(workingDaysBetween(start, end)).toBe(n);
        expect(workingDaysBetween(start, addCalendarDays(end, -1))).toBe(n - 1);
        if (isWorkingDay(start)) expect(addWorkingDays(end, -n)).toBe(start);
      }
    }
  });

  it.each([1.5, Number.NaN])('rejects n = %d', (n) => {
    expect(() => addWorkingDays('2025-01-24', n)).toThrow(RangeError);
  });

  it('rejects an invalid start', () => {
    expect(() => addWorkingDays('2025-02-30', 1)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2025-01-24', '2025-03-13', 30],
    ['2025-03-13', '2025-01-24', -30],
    ['2025-01-24', '2025-01-24', 0],
    ['2025-09-30', '2025-10-08', 0],
    ['2025-09-27', '2025-09-28', 1],
    ['2025-09-28', '2025-09-27', -1],
    ['2025-09-30', '2025-10-31', 18],
    ['2026-02-13', '2026-02-28', 6],
    ['2025-10-01', '2025-10-09', 1],
    ['2025-10-09', '2025-10-01', -1],
  ])('%s → %s: %i', (from, to, n) => {
    expect(workingDaysBetween(from, to)).toBe(n);
  });

  it('is antisymmetric', () => {
    const days = datesFrom('2025-09-20', '2025-10-20');
    for (const a of days) {
      for (const b of days) expect(workingDaysBetween(a, b)).toBe(0 - workingDaysBetween(b, a));
    }
  });
});

describe('hasOfficialSchedule', () => {
  it.each([
    [2004, true],
    [2020, true],
    [2025, true],
    [2026, true],
    [2003, false],
    [2101, false],
  ])('%i: %s', (year, known) => {
    expect(hasOfficialSchedule(year)).toBe(known);
  });

  it('rejects a fractional year', () => {
    expect(() => hasOfficialSchedule(2025.5)).toThrow(RangeError);
  });
});

describe('calendar days and months', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2025-01-24', 0, '2025-01-24'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['1900-02-28', 1, '1900-03-01'],
    ['0050-03-01', -1, '0050-02-28'],
  ])('%s + %i days → %s', (date, n, expected) => {
    expect(addCalendarDays(date, n)).toBe(expected);
    expect(calendarDaysBetween(date, expected)).toBe(n);
  });

  it.each([
    ['2025-01-24', '2025-01'],
    ['2024-02-29', '2024-02'],
    ['2025-12-31', '2025-12'],
  ])('monthOf(%s) = %s', (date, month) => {
    expect(monthOf(date)).toBe(month);
  });

  it.each([
    ['2025-01', 1, '2025-02'],
    ['2025-12', 1, '2026-01'],
    ['2025-01', -1, '2024-12'],
    ['2025-01', -13, '2023-12'],
    ['2025-05', 0, '2025-05'],
    ['2025-05', 24, '2027-05'],
    ['2025-11', 14, '2027-01'],
    ['0001-01', -12, '0000-01'],
  ])('addMonths(%s, %i) = %s', (month, n, expected) => {
    expect(addMonths(month, n)).toBe(expected);
  });

  it.each([
    ['2025-01', '2025-02'],
    ['2025-12', '2026-01'],
    ['2024-02', '2024-03'],
  ])('nextMonth(%s) = %s', (month, expected) => {
    expect(nextMonth(month)).toBe(expected);
  });

  it('rejects malformed input', () => {
    expect(() => monthOf('2025-02-30')).toThrow(RangeError);
    expect(() => addMonths('2025-13', 1)).toThrow(RangeError);
    expect(() => addMonths('2025-00', 1)).toThrow(RangeError);
    expect(() => addMonths('2025-1', 1)).toThrow(RangeError);
    expect(() => addMonths('2025-01', 0.5)).toThrow(RangeError);
    expect(() => nextMonth('9999-12')).toThrow(RangeError);
    expect(() => addCalendarDays('2025-01-01', 0.5)).toThrow(RangeError);
    expect(() => addCalendarDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => calendarDaysBetween('2025-01-01', '2025-1-2')).toThrow(RangeError);
  });
});
