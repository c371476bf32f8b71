import { describe, expect, it } from 'vitest';
import {
  ceilToYuan,
  formatYuan,
  multiplyRate,
  roundHalfUpFen,
  roundHalfUpToYuan,
  yuanToFen,
} from './money.ts';

const MAX = Number.MAX_SAFE_INTEGER; // 9007199254740991

describe('yuanToFen', () => {
  it.each<[string | number, number]>([
    ['810.5', 81050],
    ['810.50', 81050],
    ['810', 81000],
    ['0.01', 1],
    ['0.1', 10],
    ['0', 0],
    ['0.00', 0],
    ['-0.00', 0],
    ['-12.34', -1234],
    ['-0.01', -1],
    ['  66.6 ', 6660],
    ['007.5', 750],
    ['1,234.50', 123450],
    ['1,234,567', 123456700],
    ['-1,000.01', -100001],
    ['90071992547409.91', MAX],
    [810.5, 81050],
    [0.01, 1],
    [0.29, 29],
    [1.15, 115], // 1.15 * 100 is 114.99999999999999 in floating point
    [4.35, 435], // 4.35 * 100 is 434.99999999999994
    [-0, 0],
    [-7.1, -710],
    [123456789.12, 12345678912],
  ])('%j → %i', (input, fen) => {
    expect(yuanToFen(input)).toBe(fen);
    expect(Object.is(yuanToFen(input), -0)).toBe(false);
  });

  it.each<[string | number]>([
    ['0.001'],
    ['1.234'],
    ['810.505'],
    [''],
    ['  '],
    ['abc'],
    ['12a'],
    ['1e3'],
    ['.5'],
    ['5.'],
    ['+5'],
    ['--5'],
    ['1 000'],
    ['1,23'],
    ['12,345,67'],
    [',123'],
    ['１２'],
    ['90071992547409.92'],
    [0.1 + 0.2],
    [0.001],
    [1e-7],
    [1e21],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
  ])('rejects %j', (input) => {
    expect(() => yuanToFen(input)).toThrow(RangeError);
  });
});

describe('formatYuan', () => {
  it.each([
    [0, '0.00', '0.00'],
    [-0, '0.00', '0.00'],
    [1, '0.01', '0.01'],
    [10, '0.10', '0.10'],
    [81050, '810.50', '810.50'],
    [100000, '1000.00', '1,000.00'],
    [123450, '1234.50', '1,234.50'],
    [99999, '999.99', '999.99'],
    [123456789, '1234567.89', '1,234,567.89'],
    [-5, '-0.05', '-0.05'],
    [-123450, '-1234.50', '-1,234.50'],
    [MAX, '90071992547409.91', '90,071,992,547,409.91'],
    [-MAX, '-90071992547409.91', '-90,071,992,547,409.91'],
  ])('%i → %s / %s', (fen, plain, grouped) => {
    expect(formatYuan(fen)).toBe(plain);
    expect(formatYuan(fen, { grouping: false })).toBe(plain);
    expect(formatYuan(fen, { grouping: true })).toBe(grouped);
  });

  it('round-trips through yuanToFen', () => {
    for (const fen of [0, 1, 99, 100, 101, 81050, -81050, 123456789, -1, MAX, -MAX]) {
      expect(yuanToFen(formatYuan(fen))).toBe(fen);
      expect(yuanToFen(formatYuan(fen, { grouping: true }))).toBe(fen);
    }
  });

  it.each([[1.5], [Number.NaN], [MAX + 1]])('rejects %d', (fen) => {
    expect(() => formatYuan(fen)).toThrow(RangeError);
  });
});

describe('roundHalfUpFen', () => {
  it.each([
    [10, 4, 3], // 2.5 → 3
    [9, 4, 2], // 2.25 → 2
    [11, 4, 3], // 2.75 → 3
    [-10, 4, -3], // -2.5 → -3: half away from zero
    [10, -4, -3],
    [-10, -4, 3],
    [-9, 4, -2],
    [-11, 4, -3],
    [1, 2, 1],
    [-1, 2, -1],
    [1, 3, 0],
    [2, 3, 1],
    [0, 7, 0],
    [0, -7, 0],
    [12, 12, 1],
    [1_000_000, 12, 83333], // 83333.33
    [1_000_002, 12, 83334], // 83333.5
    [1_000_001, 12, 83333], // 83333.4166
    [MAX, 1, MAX],
    [MAX, 2, 4503599627370496], // …495.5 → …496, needs more than 53 bits internally
    [-MAX, 2, -4503599627370496],
    [MAX, MAX, 1],
    [MAX - 1, MAX, 1],
    [1, MAX, 0],
  ])('%i / %i → %i', (n, d, q) => {
    const r = roundHalfUpFen(n, d);
    expect(r).toBe(q);
    expect(Object.is(r, -0)).toBe(false);
  });

  it('agrees with a brute-force reference on small integers', () => {
    for (let n = -60; n <= 60; n++) {
      for (let d = -13; d <= 13; d++) {
        if (d === 0) continue;
        const exact = n / d;
        const expected = Math.sign(exact) * Math.floor(Math.abs(exact) + 0.5);
        expect(roundHalfUpFen(n, d)).toBe(expected + 0);
      }
    }
  });

  it.each([
    [1, 0],
    [1.5, 2],
    [2, 0.5],
    [MAX + 1, 1],
    [Number.NaN, 1],
  ])('rejects %d / %d', (n, d) => {
    expect(() => roundHalfUpFen(n, d)).toThrow(RangeError);
  });
});

describe('roundHalfUpToYuan', () => {
  it.each([
    [0, 0],
    [49, 0],
    [50, 100],
    [149, 100],
    [150, 200],
    [81050, 81100],
    [81049, 81000],
    [81000, 81000],
    [-49, 0],
    [-50, -100],
    [-150, -200],
    [-149, -100],
    [MAX - 91, 9007199254740900], // ….00
    [9007199254740850, 9007199254740900],
  ])('%i → %i', (fen, out) => {
    const r = roundHalfUpToYuan(fen);
    expect(r).toBe(out);
    expect(Object.is(r, -0)).toBe(false);
  });

  it('rejects results beyond the safe range and non-integers', () => {
    expect(() => roundHalfUpToYuan(MAX)).toThrow(RangeError); // rounds up past MAX
    expect(() => roundHalfUpToYuan(0.5)).toThrow(RangeError);
  });
});

describe('ceilToYuan', () => {
  it.each([
    [0, 0],
    [1, 100],
    [99, 100],
    [100, 100],
    [101, 200],
    [81001, 81100],
    [81050, 81100],
    [-1, 0],
    [-99, 0],
    [-100, -100],
    [-101, -100],
    [-199, -100],
    [9007199254740900, 9007199254740900],
  ])('%i → %i', (fen, out) => {
    const r = ceilToYuan(fen);
    expect(r).toBe(out);
    expect(Object.is(r, -0)).toBe(false);
  });

  it('rejects results beyond the safe range and non-integers', () => {
    expect(() => ceilToYuan(MAX)).toThrow(RangeError);
    expect(() => ceilToYuan(1.1)).toThrow(RangeError);
  });
});

describe('multiplyRate', () => {
  it.each<[number, number | string, number]>([
    [81050, 0.3, 24315],
    [81050, '0.3', 24315],
    [100, 0.15, 15],
    [100, '0.15', 15],
    [1000, 0.015, 15],
    [10, 0.15, 2], // 1.5 → 2
    [10, 0.14, 1], // 1.4 → 1
    [-10, 0.15, -2], // -1.5 → -2
    [10, -0.15, -2],
    [333, '0.5', 167], // 166.5 → 167
    [333, 0.5, 167],
    [1, 0.5, 1],
    [1, 0.49999, 0],
    [1, '0.4999999999999999999999', 0],
    [1, '0.5000000000000000000001', 1],
    [81050, 1, 81050],
    [81050, '1.00', 81050],
    [81050, 0, 0],
    [-81050, 0, 0],
    [81050, 2.5, 202625],
    [81050, '2.5', 202625],
    [45, 0.7, 32], // 31.5 → 32; 45 * 0.7 is 31.499999999999996 in floating point
    [85, 0.7, 60], // 85 * 0.7 is 59.49999999999999
    [665, 0.7, 466], // 665 * 0.7 is 465.49999999999994
    [35, 0.3, 11], // 10.5 → 11
    [1005, 0.1, 101], // 100.5 → 101
    [245, 0.1, 25], // 24.5 → 25
    [1, 1e-7, 0],
    [10_000_000, 1e-7, 1],
    [5_000_000, '5e-7', 3], // 2.5 → 3
    [3, '1e2', 300],
    [MAX, '0.5', 4503599627370496],
    [MAX, 1, MAX],
    [12345, ' 0.3 ', 3704], // 3703.5 → 3704
    [12345, '.3', 3704],
  ])('%i × %j → %i', (fen, rate, out) => {
    const r = multiplyRate(fen, rate);
    expect(r).toBe(out);
    expect(Object.is(r, -0)).toBe(false);
  });

  it('is exact for every one- and two-decimal rate against integer arithmetic', () => {
    for (let hundredths = 0; hundredths <= 100; hundredths++) {
      const rate = hundredths / 100; // 0.07 etc., as a policy author writes them
      for (const fen of [1, 5, 50, 99, 150, 81050, 123457, 999999]) {
        const expected = Math.floor((fen * hundredths * 2 + 100) / 200);
        expect(multiplyRate(fen, rate)).toBe(expected);
        expect(multiplyRate(fen, String(rate))).toBe(expected);
      }
    }
  });

  it.each<[number, number | string]>([
    [100, 'abc'],
    [100, ''],
    [100, '.'],
    [100, '0.1.2'],
    [100, '1/3'],
    [100, Number.NaN],
    [100, Number.POSITIVE_INFINITY],
    [1.5, 0.3],
    [MAX, 2],
    [MAX + 1, 1],
  ])('rejects %d × %j', (fen, rate) => {
    expect(() => multiplyRate(fen, rate)).toThrow(RangeError);
  });
});
