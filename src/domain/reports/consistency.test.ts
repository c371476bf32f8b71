import { describe, expect, it } from 'vitest';
import { checkConsistency, type LineSums, type PayrollTotals } from './consistency.ts';
import { rollUp, type LeafStat, type TreeArea } from './roll-up.ts';

const areas: TreeArea[] = [
  { code: '420102', name: '江岸区', level: 'district', parentCode: '4201' },
  { code: '420102010', name: '二七街道', level: 'street', parentCode: '420102' },
  { code: '420102010001', name: '操场社区', level: 'community', parentCode: '420102010' },
  { code: '420102010002', name: '铁路社区', level: 'community', parentCode: '420102010' },
];

const leaf = (areaCode: string, c: LeafStat['counters'], program = 'dibao'): LeafStat => ({ areaCode, program, counters: c });

const good = [
  leaf('420102010001', { households: 2, persons: 5, amount: 3000_00, cityAmount: 1500_00, districtAmount: 1500_00, enrolledBefore: 2, enrolled: 2, newEnrolments: 1, exits: 1 }),
  leaf('420102010002', { households: 1, persons: 1, amount: 800_00, cityAmount: 400_00, districtAmount: 400_00, enrolledBefore: 0, enrolled: 1, newEnrolments: 1, exits: 0 }),
];
const lines: LineSums[] = [{ program: 'dibao', households: 3, persons: 6, amount: 3800_00 }];
const payrolls: PayrollTotals[] = [{ id: 1, title: '江岸区低保金发放名册（2026-03）', program: 'dibao', headerAmount: 3800_00, lineAmount: 3800_00, cityAmount: 1900_00, districtAmount: 1900_00, withinScope: true }];

describe('consistency checks of a monthly report', () => {
  it('passes a report that agrees with its payroll lines and its enrolment history, and shows the checks made', () => {
    const result = checkConsistency({ rolled: rollUp('420102', areas, good), lineSums: lines, payrolls });
    expect(result.ok).toBe(true);
    expect(result.checks.map((c) => `${c.code}:${c.subject ?? ''}`).sort()).toEqual(
      ['amount_vs_lines:', 'enrolment_flow:', 'funds_vs_payrolls:cityAmount', 'funds_vs_payrolls:districtAmount', 'households_vs_lines:', 'payroll_total_vs_lines:江岸区低保金发放名册（2026-03）', 'persons_vs_lines:'].sort(),
    );
    expect(result.checks.find((c) => c.code === 'enrolment_flow')).toMatchObject({ ok: true, actual: 1, expected: 1, areaCode: '420102', program: 'dibao' });
  });

  it('lists each mismatch with both numbers', () => {
    const result = checkConsistency({
      rolled: rollUp('420102', areas, good),
      lineSums: [{ program: 'dibao', households: 3, persons: 7, amount: 3800_01 }, { program: 'tekun', households: 1, persons: 1, amount: 500_00 }],
      payrolls: [{ ...payrolls[0]!, headerAmount: 3700_00 }],
    });
    expect(result.ok).toBe(false);
    const failed = result.checks.filter((c) => !c.ok).map(({ code, program, actual, expected }) => ({ code, program, actual, expected }));
    expect(failed).toEqual(
      expect.arrayContaining([
        { code: 'persons_vs_lines', program: 'dibao', actual: 6, expected: 7 },
        { code: 'amount_vs_lines', program: 'dibao', actual: 3800_00, expected: 3800_01 },
        { code: 'households_vs_lines', program: 'tekun', actual: 0, expected: 1 },
        { code: 'persons_vs_lines', program: 'tekun', actual: 0, expected: 1 },
        { code: 'amount_vs_lines', program: 'tekun', actual: 0, expected: 500_00 },
        { code: 'payroll_total_vs_lines', program: 'dibao', actual: 3700_00, expected: 3800_00 },
      ]),
    );
    expect(failed).toHaveLength(6);
  });

  it('finds new − exits that does not equal the change in enrolled, at the area where it happens', () => {
    const odd = [...good, leaf('420102010002', { enrolledBefore: 0, enrolled: 1 }, 'tekun')];
    const result = checkConsistency({ rolled: rollUp('420102', areas, odd), lineSums: lines, payrolls });
    const flows = result.checks.filter((c) => c.code === 'enrolment_flow' && !c.ok);
    expect(flows.map((c) => [c.areaCode, c.program, c.actual, c.expected])).toEqual([
      ['420102', 'tekun', 0, 1],
      ['420102010', 'tekun', 0, 1],
      ['420102010002', 'tekun', 0, 1],
    ]);
  });

  it('compares the funds only when every payroll lies inside the area', () => {
    const street = rollUp('420102010', areas, good);
    const result = checkConsistency({ rolled: street, lineSums: lines, payrolls: [{ ...payrolls[0]!, cityAmount: 1_00, withinScope: false }] });
    expect(result.checks.some((c) => c.code === 'funds_vs_payrolls')).toBe(false);
    const inside = checkConsistency({ rolled: rollUp('420102', areas, good), lineSums: lines, payrolls: [{ ...payrolls[0]!, cityAmount: 1_00 }] });
    expect(inside.checks.find((c) => c.code === 'funds_vs_payrolls' && c.subject === 'cityAmount')).toMatchObject({ ok: false, actual: 1900_00, expected: 1_00 });
  });

  it('flags numbers of a community not on file: unplaced, and a street that is not the sum of its communities', () => {
    const stray = [...good, leaf('420102010077', { households: 1, persons: 2, amount: 100_00 })];
    const result = checkConsistency({ rolled: rollUp('420102', areas, stray), lineSums: [{ program: 'dibao', households: 4, persons: 8, amount: 3900_00 }], payrolls: [] });
    const failed = result.checks.filter((c) => !c.ok);
    expect(failed.find((c) => c.code === 'unplaced_area')).toMatchObject({ areaCode: '420102010077', program: 'dibao' });
    expect(failed.filter((c) => c.code === 'roll_up').map((c) => [c.areaCode, c.subject, c.actual, c.expected])).toEqual([
      ['420102010', 'households', 3, 4],
      ['420102010', 'persons', 6, 8],
      ['420102010', 'amount', 3800_00, 3900_00],
    ]);
    expect(failed.filter((c) => c.code.endsWith('_vs_lines'))).toEqual([]);
  });
});
