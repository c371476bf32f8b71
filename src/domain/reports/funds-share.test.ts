import { describe, expect, it } from 'vitest';
import { shareInProportion } from './funds-share.ts';

const share = (total: number, amounts: number[]) => [...shareInProportion(total, amounts.map((amount, key) => ({ key, amount }))).values()];

describe('sharing a payroll’s city or district amount among its communities', () => {
  it.each([
    [100, [50, 50], [50, 50]],
    [100, [1, 1, 1], [34, 33, 33]],
    [2, [1, 1, 1], [1, 1, 0]],
    [0, [10, 20], [0, 0]],
    [70_000, [100_000], [70_000]],
    [999, [333, 333, 334], [333, 333, 333]],
    [60, [100, -20, 20], [60, -12, 12]],
    [-30, [10, 20], [-10, -20]],
    [10, [0, 0], [0, 0]],
  ])('total %d over %j → %j', (total, amounts, expected) => {
    const shares = share(total, amounts);
    expect(shares).toEqual(expected);
    if (amounts.some((a) => a !== 0)) expect(shares.reduce((s, x) => s + x, 0)).toBe(total);
  });

  it('stays exact where a double would not (amounts × amounts beyond 2^53)', () => {
    const shares = share(7_000_000_001, [9_000_000_000, 3_000_000_000, 1]);
    expect(shares.reduce((s, x) => s + x, 0)).toBe(7_000_000_001);
    expect(shares).toEqual([5_250_000_000, 1_750_000_000, 1]);
  });

  it('gives nothing to an empty list', () => {
    expect(shareInProportion(10, []).size).toBe(0);
  });
});
