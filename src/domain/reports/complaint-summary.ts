/**
 * 举报投诉 in the monthly report (issue 17 point 5): received by channel and by type, found true
 * or partly true, corrected — the figures every seed report counts ("受理 59 件，查实 48 件").
 */
export interface ComplaintSummary {
  received: number;
  byChannel: Record<string, number>;
  byCategory: Record<string, number>;
  foundTrue: number;
  partlyTrue: number;
  notTrue: number;
  corrected: number;
}

export const COMPLAINT_CHANNEL_NAMES: Record<string, string> = {
  hotline: '12345 热线',
  letter: '来信',
  visit: '来访',
  window: '窗口',
  tip_box: '举报箱',
  online: '网上',
  notice_objection: '公示异议',
};

export const COMPLAINT_CATEGORY_NAMES: Record<string, string> = {
  hidden_income: '隐瞒收入财产',
  staff_relative: '工作人员近亲属（人情保、关系保）',
  wrong_amount: '金额不对',
  staff_conduct: '工作人员作风',
  slow_service: '办理拖延',
  other: '其他',
};

/** The report's lines, in a fixed order (every channel and type listed, zeros included, so months compare). */
export function complaintSummaryLines(s: ComplaintSummary): { label: string; value: number; indent: number }[] {
  return [
    { label: '受理举报投诉（件）', value: s.received, indent: 0 },
    ...Object.entries(COMPLAINT_CHANNEL_NAMES).map(([code, name]) => ({ label: `渠道：${name}`, value: s.byChannel[code] ?? 0, indent: 1 })),
    ...Object.entries(COMPLAINT_CATEGORY_NAMES).map(([code, name]) => ({ label: `类型：${name}`, value: s.byCategory[code] ?? 0, indent: 1 })),
    { label: '查实（属实）', value: s.foundTrue, indent: 0 },
    { label: '部分属实', value: s.partlyTrue, indent: 0 },
    { label: '不属实', value: s.notTrue, indent: 0 },
    { label: '已整改（有整改措施）', value: s.corrected, indent: 0 },
  ];
}
