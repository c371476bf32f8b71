import { describe, expect, it } from 'vitest';
import { chinaDateOf, chinaDateTimeOf, fixedClock, todayInChina } from './clock.ts';

describe('China time in exports', () => {
  it('prints the date and time in China (UTC+8), whatever the server zone', () => {
    expect(chinaDateOf('2026-12-07T16:30:00.000Z')).toBe('2026-12-08');
    expect(chinaDateOf('2026-12-07T15:59:59.999Z')).toBe('2026-12-07');
    expect(chinaDateTimeOf('2026-12-31T17:05:09.123Z')).toBe('2027-01-01 01:05:09');
    expect(todayInChina(fixedClock('2026-12-07T16:30:00Z'))).toBe('2026-12-08');
  });
});
