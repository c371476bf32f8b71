/**
 * Dates and the Chinese working-day calendar. Statutory time limits in social assistance are
 * counted in working days (工作日): 30 working days from acceptance to confirmation (《社会救助
 * 审核确认办法》), 3 working days to start the home investigation or to issue a refusal.
 * Working days exclude weekends and public holidays and include the make-up working days
 * (调休上班) announced each year by the State Council; the `chinese-days` package ships
 * those announcements.
 *
 * We read the package's published JSON (its README offers it) rather than call its functions:
 * they build their tables and read weekdays with local-time Date getters, so on a server whose
 * time zone is west of UTC every answer shifts by one day (checked under America/Los_Angeles:
 * 2025-01-26, a make-up Sunday, comes out as a rest day). The JSON is plain date keys and
 * agrees with the functions, date for date, for 2004–2026 under Asia/Shanghai.
 *
 * Dates are ISO strings, `YYYY-MM-DD`; months are `YYYY-MM`. Arithmetic is done on UTC day
 * numbers so the server's time zone can never move a date.
 */
import schedule from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

const DAY_MS = 86_400_000;

function parts(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) return [y, mo, d];
  }
  throw new RangeError(`not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** Days since 1970-01-01 (UTC). `setUTCFullYear` avoids Date.UTC's 1900 offset for years < 100. */
function toDayNumber(date: string): number {
  const [y, m, d] = parts(date);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / DAY_MS);
}

function fromDayNumber(day: number): string {
  const t = new Date(day * DAY_MS);
  const y = t.getUTCFullYear();
  if (y < 0 || y > 9999) throw new RangeError(`date out of range: year ${y}`);
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${pad(y, 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

function assertInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be an integer, got ${n}`);
}

const holidays: Readonly<Record<string, string>> = schedule.holidays;
const makeUpWorkdays: Readonly<Record<string, string>> = schedule.workdays;

/** A working day: Monday–Friday that is not a public holiday, or a make-up working weekend day. */
export function isWorkingDay(date: string): boolean {
  const weekday = (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  if (Object.hasOwn(makeUpWorkdays, date)) return true;
  if (Object.hasOwn(holidays, date)) return false;
  return weekday >= 1 && weekday <= 5;
}

/**
 * Whether the State Council's holiday schedule for `year` is in the calendar data. It is
 * published each November or December for the next year; for a year without it, weekends
 * are still known but holidays are not, so a deadline falling there is provisional and
 * should be recomputed once the package is updated.
 */
export function hasOfficialSchedule(year: number): boolean {
  assertInteger(year, 'year');
  // New Year's Day (元旦) is a public holiday in every published schedule.
  return Object.hasOwn(holidays, `${String(year).padStart(4, '0')}-01-01`);
}

/**
 * The date `n` working days after `start`, the legal clock for "within n working days of
 * acceptance". The start day itself is not counted, whatever kind of day it is (民法典
 * art. 201: a period begins on the day after the event); the result is therefore always a
 * working day, which also settles art. 203 (a period may not end on a holiday).
 * A negative `n` counts back: the n-th working day before `start`. `n = 0` returns `start`.
 */
export function addWorkingDays(start: string, n: number): string {
  assertInteger(n, 'n');
  const step = n < 0 ? -1 : 1;
  let day = toDayNumber(start);
  let remaining = Math.abs(n);
  while (remaining > 0) {
    day += step;
    if (isWorkingDay(fromDayNumber(day))) remaining--;
  }
  return n === 0 ? start : fromDayNumber(day);
}

/**
 * Working days after `from` up to and including `to` — how many of a time limit have been
 * used, so `workingDaysBetween(s, addWorkingDays(s, n)) === n`. Antisymmetric: negative
 * when `to` is before `from`, which reads as "overdue by" when `to` is today.
 */
export function workingDaysBetween(from: string, to: string): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (b < a) return 0 - workingDaysBetween(to, from); // 0 - x, unlike -x, never yields -0
  let count = 0;
  for (let day = a + 1; day <= b; day++) {
    if (isWorkingDay(fromDayNumber(day))) count++;
  }
  return count;
}

export function addCalendarDays(date: string, n: number): string {
  assertInteger(n, 'n');
  return fromDayNumber(toDayNumber(date) + n);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The month (`YYYY-MM`) a date falls in: benefits are paid per calendar month. */
export function monthOf(date: string): string {
  parts(date);
  return date.slice(0, 7);
}

function monthIndex(month: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const mo = Number(m?.[2]);
  if (!m || mo < 1 || mo > 12) throw new RangeError(`not a month (YYYY-MM): ${JSON.stringify(month)}`);
  return Number(m[1]) * 12 + mo - 1;
}

export function addMonths(month: string, n: number): string {
  assertInteger(n, 'n');
  const index = monthIndex(month) + n;
  const year = Math.floor(index / 12);
  if (year < 0 || year > 9999) throw new RangeError(`month out of range: year ${year}`);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month after `month`: enrolment starts the month after approval. */
export function nextMonth(month: string): string {
  return addMonths(month, 1);
}
