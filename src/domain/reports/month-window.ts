import { addMonths } from '../calendar.ts';

/**
 * A statistical month is a civil month in China (UTC+8). Instants are stored as UTC ISO
 * strings, so the month is the half-open range [start, end) of UTC instants, comparable as
 * strings; dates (YYYY-MM-DD) are compared by their first seven characters.
 */
export interface MonthWindow {
  month: string;
  /** First instant of the month, UTC ISO. */
  startUtc: string;
  /** First instant of the next month, UTC ISO. */
  endUtc: string;
  firstDay: string;
  lastDay: string;
}

const CHINA_OFFSET_MS = 8 * 3600_000;

function chinaMidnightUtc(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1) - CHINA_OFFSET_MS).toISOString();
}

export function monthWindow(month: string): MonthWindow {
  const next = addMonths(month, 1);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return {
    month,
    startUtc: chinaMidnightUtc(month),
    endUtc: chinaMidnightUtc(next),
    firstDay: `${month}-01`,
    lastDay: `${month}-${String(days).padStart(2, '0')}`,
  };
}

/** The date in China of a stored UTC instant. */
export function chinaDateOf(instant: string): string {
  return new Date(Date.parse(instant) + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The months from `from` to `to`, both included, oldest first. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

export function isMonth(s: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  return Boolean(m) && Number(m![2]) >= 1 && Number(m![2]) <= 12 && Number(m![1]) >= 1900;
}
