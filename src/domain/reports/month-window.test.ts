import { describe, expect, it } from 'vitest';
import { chinaDateOf, isMonth, monthRange, monthWindow } from './month-window.ts';

describe('the statistical month in China time', () => {
  it.each([
    ['2026-03', '2026-02-28T16:00:00.000Z', '2026-03-31T16:00:00.000Z', '2026-03-31'],
    ['2026-02', '2026-01-31T16:00:00.000Z', '2026-02-28T16:00:00.000Z', '2026-02-28'],
    ['2024-02', '2024-01-31T16:00:00.000Z', '2024-02-29T16:00:00.000Z', '2024-02-29'],
    ['2025-12', '2025-11-30T16:00:00.000Z', '2025-12-31T16:00:00.000Z', '2025-12-31'],
    ['2026-01', '2025-12-31T16:00:00.000Z', '2026-01-31T16:00:00.000Z', '2026-01-31'],
  ])('%s runs from %s to %s (last day %s)', (month, start, end, last) => {
    expect(monthWindow(month)).toEqual({ month, startUtc: start, endUtc: end, firstDay: `${month}-01`, lastDay: last });
  });

  it('dates an instant in China: 16:00 UTC is already the next day', () => {
    expect(chinaDateOf('2026-03-31T15:59:59.999Z')).toBe('2026-03-31');
    expect(chinaDateOf('2026-03-31T16:00:00.000Z')).toBe('2026-04-01');
  });

  it('lists months across a year end and validates YYYY-MM', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-02', '2026-01')).toEqual([]);
    expect(['2026-01', '2026-12'].every(isMonth)).toBe(true);
    expect(['2026-13', '2026-00', '2026-1', '26-01', '2026-01-01', ''].some(isMonth)).toBe(false);
  });
});
