import { describe, expect, it } from 'vitest';
import { complaintSummaryLines } from './complaint-summary.ts';

describe('complaint lines of the monthly report', () => {
  it('lists every channel and type (zeros included) and the findings, in a fixed order', () => {
    const lines = complaintSummaryLines({ received: 3, byChannel: { hotline: 2, online: 1 }, byCategory: { hidden_income: 3 }, foundTrue: 2, partlyTrue: 0, notTrue: 1, corrected: 2 });
    expect(lines[0]).toEqual({ label: '受理举报投诉（件）', value: 3, indent: 0 });
    expect(lines.find((l) => l.label === '渠道：12345 热线')?.value).toBe(2);
    expect(lines.find((l) => l.label === '渠道：来信')?.value).toBe(0);
    expect(lines.find((l) => l.label === '类型：隐瞒收入财产')?.value).toBe(3);
    expect(lines.slice(-4).map((l) => [l.label, l.value])).toEqual([['查实（属实）', 2], ['部分属实', 0], ['不属实', 1], ['已整改（有整改措施）', 2]]);
    expect(lines).toHaveLength(1 + 7 + 6 + 4);
  });
});
