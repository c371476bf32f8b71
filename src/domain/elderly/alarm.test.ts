import { describe, expect, it } from 'vitest';
import { isLate, RESPONSE_TARGET_MINUTES, responseMinutes, responseTimeProblem } from './alarm.ts';

describe('电子保姆: response time', () => {
  it.each([
    ['2025-09-10T00:00:00.000Z', '2025-09-10T00:00:00.000Z', 0],
    ['2025-09-10T00:00:00.000Z', '2025-09-10T00:00:01.000Z', 1],
    ['2025-09-10T00:00:00.000Z', '2025-09-10T00:01:00.000Z', 1],
    ['2025-09-10T00:00:00.000Z', '2025-09-10T00:01:01.000Z', 2],
    ['2025-09-10T23:50:00.000Z', '2025-09-11T00:05:00.000Z', 15],
    // offsets are instants: 08:00 in China is 00:00 UTC
    ['2025-09-10T08:00:00+08:00', '2025-09-10T00:12:00Z', 12],
  ])('%s → %s: %i min', (a, b, m) => expect(responseMinutes(a, b)).toBe(m));

  it('is late past the target, on time at it', () => {
    expect(RESPONSE_TARGET_MINUTES).toBe(15);
    expect(isLate('2025-09-10T00:00:00Z', '2025-09-10T00:15:00Z', '2025-09-10T01:00:00Z')).toBe(false);
    expect(isLate('2025-09-10T00:00:00Z', '2025-09-10T00:15:01Z', '2025-09-10T01:00:00Z')).toBe(true);
    // open: measured to now
    expect(isLate('2025-09-10T00:00:00Z', null, '2025-09-10T00:10:00Z')).toBe(false);
    expect(isLate('2025-09-10T00:00:00Z', null, '2025-09-10T00:20:00Z')).toBe(true);
  });

  it('refuses a response before the alarm or in the future', () => {
    const now = '2025-09-10T02:00:00Z';
    expect(responseTimeProblem('2025-09-10T01:00:00Z', '2025-09-10T00:59:59Z', now)).toBe('alarm_response_before_alarm');
    expect(responseTimeProblem('2025-09-10T01:00:00Z', '2025-09-10T01:00:00Z', now)).toBeNull();
    expect(responseTimeProblem('2025-09-10T01:00:00Z', '2025-09-10T02:00:59Z', now)).toBeNull();
    expect(responseTimeProblem('2025-09-10T01:00:00Z', '2025-09-10T02:05:00Z', now)).toBe('alarm_response_in_future');
  });
});
