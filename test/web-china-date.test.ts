import { describe, expect, it } from 'vitest';
import { calendarDaysUntil, chinaMonth, chinaToday, chinaTodayIso } from '../web/src/china-date.ts';

// The web's "today" must be the server's (China's), not the device's: a form defaulting to the
// device date was refused between 00:00 and 08:00 China time on a machine set to UTC.
describe("the web's today is China's", () => {
  it('turns over at midnight in China, not at midnight UTC', () => {
    expect(chinaTodayIso(new Date('2026-12-07T15:59:59Z'))).toBe('2026-12-07');
    expect(chinaTodayIso(new Date('2026-12-07T16:00:00Z'))).toBe('2026-12-08');
    expect(chinaToday(new Date('2026-12-07T16:06:00Z')).format('YYYY-MM-DD')).toBe('2026-12-08');
  });
  it('turns the month and the year over the same way', () => {
    expect(chinaMonth(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12');
    expect(chinaTodayIso(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });
  it('counts days left to a deadline from China today', () => {
    expect(calendarDaysUntil('2026-12-29', new Date('2026-12-07T16:06:00Z'))).toBe(21);
    expect(calendarDaysUntil('2026-12-29', new Date('2026-12-07T15:00:00Z'))).toBe(22);
  });
});
