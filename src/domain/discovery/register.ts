/**
 * 低收入人口 (the low-income population register, issue 18 point 4; DOMAIN.md §10 counts 66
 * million people nationally): the persons the civil-affairs office monitors because their
 * household lives near or under the line. Each person is in one group, the first that applies
 * in this order (a tekun person whose household is also on dibao counts as tekun).
 */
export const LOW_INCOME_GROUPS = [
  'tekun', // 特困人员
  'dibao', // 低保对象
  'dibao_edge', // 低保边缘家庭成员
  'expenditure_hardship', // 支出型困难家庭成员: a 支出型 temporary grant, or large medical spending found
  'recent_exit', // 退出低保、特困不满 RECENT_EXIT_MONTHS 个月
  'monitored', // 主动发现、尚待核实或已申请的对象
] as const;
export type LowIncomeGroup = (typeof LOW_INCOME_GROUPS)[number];

export const LOW_INCOME_GROUP_NAMES: Record<LowIncomeGroup, string> = {
  tekun: '特困人员',
  dibao: '低保对象',
  dibao_edge: '低保边缘家庭成员',
  expenditure_hardship: '刚性支出困难家庭成员',
  recent_exit: '近期退出低保/特困人员',
  monitored: '主动发现监测对象',
};

/**
 * 退出后持续监测: a household that left dibao or tekun stays on the register this many months
 * (the 渐退 months and the months after, when a relapse is most likely).
 */
export const RECENT_EXIT_MONTHS = 12;
/** A 支出型 temporary grant keeps its household on the register this many months from the grant. */
export const EXPENDITURE_MONTHS = 12;

/** 'YYYY-MM' plus n months (n may be negative). */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
