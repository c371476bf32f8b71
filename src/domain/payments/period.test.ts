import { describe, expect, it } from 'vitest';
import { periodMonths } from './period.ts';

describe('periodMonths', () => {
  it.each([
    ['monthly', '2026-02', ['2026-02']],
    ['quarterly', '2026-01', ['2026-01', '2026-02', '2026-03']],
    ['quarterly', '2026-02', ['2026-01', '2026-02', '2026-03']],
    ['quarterly', '2026-03', ['2026-01', '2026-02', '2026-03']],
    ['quarterly', '2026-04', ['2026-04', '2026-05', '2026-06']],
    ['quarterly', '2026-12', ['2026-10', '2026-11', '2026-12']],
    ['half_yearly', '2026-06', ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']],
    ['half_yearly', '2026-07', ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']],
    ['yearly', '2026-09', Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)],
  ] as const)('%s containing %s', (period, month, months) => {
    expect(periodMonths(period, month)).toEqual(months);
  });
});
