import { describe, expect, it } from 'vitest';
import { emptyCounters } from './counters.ts';
import { programsOf, rollUp, type TreeArea } from './roll-up.ts';

const areas: TreeArea[] = [
  { code: '420102', name: '江岸区', level: 'district', parentCode: '4201' },
  { code: '420102010', name: '二七街道', level: 'street', parentCode: '420102' },
  { code: '420102010001', name: '操场社区', level: 'community', parentCode: '420102010' },
  { code: '420102010002', name: '铁路社区', level: 'community', parentCode: '420102010' },
  { code: '420102011', name: '大智街道', level: 'street', parentCode: '420102' },
  { code: '420102011001', name: '大智社区', level: 'community', parentCode: '420102011' },
  { code: '420103', name: '江汉区', level: 'district', parentCode: '4201' },
  { code: '420103001', name: '民族街道', level: 'street', parentCode: '420103' },
];

const stat = (areaCode: string, program: string, households: number, amount: number, reasons: Record<string, number> = {}) => ({
  areaCode,
  program,
  counters: { households, persons: households * 2, amount, exits: Object.values(reasons).reduce((s, n) => s + n, 0), exitReasons: reasons },
});

describe('rolling community numbers up the area tree', () => {
  const stats = [
    stat('420102010001', 'dibao', 3, 300_00, { income_above_standard: 1 }),
    stat('420102010001', 'dibao', 1, 50_00, { deceased: 1 }), // a second row for the same key adds up
    stat('420102010002', 'dibao', 2, 200_00, { income_above_standard: 2 }),
    stat('420102010002', 'tekun', 1, 100_00),
    stat('420102011001', 'dibao', 5, 500_00),
    stat('420103001001', 'dibao', 99, 1), // another district: not ours
  ];

  it('gives the district, its streets and communities depth first, with totals per program and overall', () => {
    const { rows, unplaced } = rollUp('420102', areas, stats);
    expect(rows.map((r) => [r.areaCode, r.depth])).toEqual([
      ['420102', 0],
      ['420102010', 1],
      ['420102010001', 2],
      ['420102010002', 2],
      ['420102011', 1],
      ['420102011001', 2],
    ]);
    expect(unplaced).toEqual([]);
    const district = rows[0]!;
    expect(district.programs.dibao).toMatchObject({ households: 11, persons: 22, amount: 1050_00, exits: 4, exitReasons: { income_above_standard: 3, deceased: 1 } });
    expect(district.programs.tekun).toMatchObject({ households: 1, amount: 100_00 });
    expect(district.total).toMatchObject({ households: 12, amount: 1150_00 });
    const street = rows.find((r) => r.areaCode === '420102010')!;
    expect(street.programs.dibao).toMatchObject({ households: 6, amount: 550_00 });
    expect(street.parentCode).toBe('420102');
    expect(rows.find((r) => r.areaCode === '420102011')!.programs.tekun).toBeUndefined();
  });

  it('rolls up a street alone, and a community alone', () => {
    const street = rollUp('420102010', areas, stats);
    expect(street.rows.map((r) => r.areaCode)).toEqual(['420102010', '420102010001', '420102010002']);
    expect(street.rows[0]!.total.households).toBe(7);
    const community = rollUp('420102010002', areas, stats);
    expect(community.rows).toHaveLength(1);
    expect(community.rows[0]!.programs).toEqual({ dibao: expect.objectContaining({ households: 2 }), tekun: expect.objectContaining({ households: 1 }) });
  });

  it('lists numbers booked to a community not on file, and still counts them in its ancestors', () => {
    const { rows, unplaced } = rollUp('420102', areas, [...stats, stat('420102010099', 'dibao', 4, 400_00)]);
    expect(unplaced).toEqual([{ areaCode: '420102010099', program: 'dibao' }]);
    expect(rows[0]!.programs.dibao!.households).toBe(15);
    expect(rows.find((r) => r.areaCode === '420102010')!.programs.dibao!.households).toBe(10);
  });

  it('keeps empty areas as rows of zeros, and refuses a root that is not on file', () => {
    const { rows } = rollUp('420102', areas, []);
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => Object.keys(r.programs).length === 0)).toBe(true);
    expect(rows[0]!.total).toEqual(emptyCounters());
    expect(() => rollUp('420199', areas, [])).toThrow(RangeError);
  });

  it('orders programs as asked, unknown ones last', () => {
    const { rows } = rollUp('420102', areas, [...stats, stat('420102010001', 'zzz', 1, 1)]);
    expect(programsOf(rows, ['tekun', 'dibao'])).toEqual(['tekun', 'dibao', 'zzz']);
  });
});
