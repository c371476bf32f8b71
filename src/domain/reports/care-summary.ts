/**
 * 走访慰问、探访关爱、居家养老 in the monthly report (issue 21 point 5): the columns both the
 * Excel sheet and the PDF print, one source for their headers and the money columns.
 */
export interface CareFigureRow {
  condolences: { households: number; persons: number; cash: number; goodsValue: number; total: number };
  visits: { visits: number; persons: number; households: number };
  services: { orders: number; persons: number; amount: number };
  credits: { persons: number; amount: number };
  caregivers: { payees: number; amount: number };
}

export interface CareColumn {
  group: string;
  header: string;
  /** the PDF's narrow column head */
  short: string;
  money: boolean;
  value: (f: CareFigureRow) => number;
}

export const CARE_COLUMNS: readonly CareColumn[] = [
  { group: '走访慰问', header: '户次', short: '慰问户次', money: false, value: (f) => f.condolences.households },
  { group: '走访慰问', header: '人次', short: '慰问人次', money: false, value: (f) => f.condolences.persons },
  { group: '走访慰问', header: '现金（元）', short: '慰问现金', money: true, value: (f) => f.condolences.cash },
  { group: '走访慰问', header: '物资折款（元）', short: '物资折款', money: true, value: (f) => f.condolences.goodsValue },
  { group: '走访慰问', header: '合计（元）', short: '慰问合计', money: true, value: (f) => f.condolences.total },
  { group: '探访关爱', header: '探访人次', short: '探访人次', money: false, value: (f) => f.visits.visits },
  { group: '探访关爱', header: '人数', short: '探访人数', money: false, value: (f) => f.visits.persons },
  { group: '探访关爱', header: '户数', short: '探访户数', money: false, value: (f) => f.visits.households },
  { group: '居家养老服务', header: '服务单数', short: '服务单数', money: false, value: (f) => f.services.orders },
  { group: '居家养老服务', header: '服务人数', short: '服务人数', money: false, value: (f) => f.services.persons },
  { group: '居家养老服务', header: '服务金额（元）', short: '服务金额', money: true, value: (f) => f.services.amount },
  { group: '服务钱包', header: '发放人数', short: '钱包人数', money: false, value: (f) => f.credits.persons },
  { group: '服务钱包', header: '发放金额（元）', short: '钱包金额', money: true, value: (f) => f.credits.amount },
  { group: '养护员报酬', header: '人数', short: '养护员数', money: false, value: (f) => f.caregivers.payees },
  { group: '养护员报酬', header: '金额（元）', short: '养护报酬', money: true, value: (f) => f.caregivers.amount },
];
