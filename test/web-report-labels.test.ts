import { describe, expect, it } from 'vitest';
import { MAIN_COLUMN_HEADS, PROGRAM_COLUMNS, TOTAL_GROUP_NAMES, TOTAL_GROUPS } from '../src/domain/reports/main-table.ts';
import { CHECK_NAMES, EXIT_REASON_NAMES } from '../src/modules/reports/report-labels.ts';
import { reportLabels } from '../web/src/pages/reports/code-labels.ts';

describe('the monthly report’s labels in one place', () => {
  it("the web's Chinese column heads, groups, checks and exit reasons are the server's own objects", () => {
    expect(reportLabels['zh-CN'].column).toBe(MAIN_COLUMN_HEADS);
    expect(reportLabels['zh-CN'].group).toBe(TOTAL_GROUP_NAMES);
    expect(reportLabels['zh-CN'].check).toBe(CHECK_NAMES);
    expect(reportLabels['zh-CN'].exitReason).toBe(EXIT_REASON_NAMES);
  });

  it('every column, group, check and exit reason has an English name', () => {
    for (const kind of ['column', 'group', 'check', 'exitReason'] as const) {
      expect(Object.keys(reportLabels.en[kind]).sort(), kind).toEqual(Object.keys(reportLabels['zh-CN'][kind]).sort());
      for (const name of Object.values(reportLabels.en[kind])) expect(name).toMatch(/^[A-Z][\x20-\x7e\u2019\u2212]+$/);
    }
  });

  it('the layout lays out each named column once, in groups that are named', () => {
    const laidOut: string[] = [...PROGRAM_COLUMNS, ...TOTAL_GROUPS.flatMap((g) => g.columns)];
    expect(new Set(laidOut).size).toBe(laidOut.length);
    expect(laidOut.sort()).toEqual(Object.keys(MAIN_COLUMN_HEADS).sort());
    expect(TOTAL_GROUPS.map((g) => g.group).sort()).toEqual(Object.keys(TOTAL_GROUP_NAMES).sort());
  });
});
