import dayjs, { type Dayjs } from 'dayjs';

/**
 * Today's calendar date in China, whatever zone the device is set to. The server dates every
 * record by China time (src/clock.ts), so a form that defaulted to the device's own date would
 * be refused on a laptop or phone set to another zone — and, on a UTC machine, every night
 * between 00:00 and 08:00 China time.
 */
export function chinaTodayIso(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** China's today as a dayjs date (for form defaults and date pickers). */
export function chinaToday(now: Date = new Date()): Dayjs {
  return dayjs(chinaTodayIso(now));
}

/** The current month in China, YYYY-MM. */
export function chinaMonth(now: Date = new Date()): string {
  return chinaTodayIso(now).slice(0, 7);
}

/** Calendar days from China today to `dueOn`. */
export function calendarDaysUntil(dueOn: string, now = new Date()): number {
  const end = Date.UTC(Number(dueOn.slice(0, 4)), Number(dueOn.slice(5, 7)) - 1, Number(dueOn.slice(8, 10)));
  const today = chinaTodayIso(now);
  const start = Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)));
  return Math.round((end - start) / 86_400_000);
}
