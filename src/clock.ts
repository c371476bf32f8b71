/**
 * Time is a dependency: deadlines, months and ages come from the clock so a test can
 * stand on any date (a Spring Festival deadline, a birthday on the 1st).
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(iso: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let t = new Date(iso).getTime();
  return {
    now: () => new Date(t),
    set: (s: string) => {
      t = new Date(s).getTime();
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}

export function nowIso(clock: Clock): string {
  return clock.now().toISOString();
}

/** Today's date in China (UTC+8, no DST): the civil-affairs day, whatever the server's zone. */
export function todayInChina(clock: Clock): string {
  return new Date(clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** An instant (ISO, UTC) as the calendar date in China: 2026-12-07T17:00Z → 2026-12-08. */
export function chinaDateOf(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);
}

/** An instant as exports print it, China time: 2026-12-07T17:05:09Z → 2026-12-08 01:05:09. */
export function chinaDateTimeOf(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}
