import { describe, expect, it } from 'vitest';
import { RISK_RULES } from '../risk/rules.ts';
import { riskSummaryRows } from './risk-summary.ts';

describe('the monthly report’s risk rows', () => {
  it('lists every rule in its fixed order, zeros included, and the total last', () => {
    const byRule = RISK_RULES.map((rule) => ({ rule, open: rule === 'rotation' ? 2 : 0, confirmed: rule === 'two_areas' ? 1 : 0, dismissed: 0 }));
    const rows = riskSummaryRows({ byRule, total: { open: 2, confirmed: 1, dismissed: 0 } });
    expect(rows).toHaveLength(RISK_RULES.length + 1);
    expect(rows.find((r) => r.label === '轮流享受')?.counts).toEqual([2, 0, 0, 2]);
    expect(rows.find((r) => r.label === '两地享受')?.counts).toEqual([0, 1, 0, 1]);
    expect(rows.at(-1)).toEqual({ label: '合计', counts: [2, 1, 0, 3], total: true });
    for (const r of rows) expect(r.label).toMatch(/[\u4e00-\u9fff]/);
  });
});
