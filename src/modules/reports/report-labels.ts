import type { CheckCode } from '../../domain/reports/consistency.ts';
import type { NumericCounter } from '../../domain/reports/counters.ts';

/** The report's words, as the printed 月报表 and the Excel headers read them. */
export const PROGRAM_ORDER = ['dibao', 'tekun', 'temporary', 'disability_living', 'disability_care', 'elderly_allowance', 'orphan', 'de_facto_orphan'] as const;

export { PROGRAM_NAMES, programName } from '../../domain/programs/names.ts';

export const COUNTER_NAMES: Record<NumericCounter, string> = {
  households: '保障户数',
  persons: '保障人数',
  elderly: '老年人',
  disabled: '残疾人',
  minors: '未成年人',
  amount: '发放金额（元）',
  cityAmount: '市级资金（元）',
  districtAmount: '区级资金（元）',
  enrolledBefore: '上月末在册',
  enrolled: '本月末在册',
  newEnrolments: '新增',
  exits: '退出',
  applicationsReceived: '受理申请',
  applicationsApproved: '批准',
  applicationsRejected: '不予批准',
  applicationsOverdue: '超期未办结',
  noticesOpened: '公示',
  objections: '异议',
};

/** Counters in fen, shown in yuan. */
export const MONEY_COUNTERS: readonly NumericCounter[] = ['amount', 'cityAmount', 'districtAmount'];

export const EXIT_REASON_NAMES: Record<string, string> = {
  income_rise: '收入增加超过标准',
  death: '死亡',
  moved_away: '迁出',
  voluntary: '本人申请退出',
  review_ineligible: '复核不符合条件',
  one_off: '一次性救助结束',
  other: '其他',
  unspecified: '未注明',
};

export const exitReasonName = (code: string) => EXIT_REASON_NAMES[code] ?? code;

export const CHECK_NAMES: Record<CheckCode, string> = {
  households_vs_lines: '保障户数 = 发放名册明细户数',
  persons_vs_lines: '保障人数 = 发放名册明细人数之和',
  amount_vs_lines: '发放金额 = 发放名册明细金额之和',
  payroll_total_vs_lines: '发放名册合计 = 其明细之和',
  funds_vs_payrolls: '资金分担 = 发放名册的分担金额',
  enrolment_flow: '新增 − 退出 = 在册户数的变化',
  roll_up: '上级数 = 下级数之和',
  unplaced_area: '明细的区划均在区划表中',
  pre_aggregation: '首页预汇总数 = 报表数（需刷新统计）',
};

/** Whether a check compares amounts (fen, shown in yuan) rather than counts. */
export function isMoneyCheck(c: { code: CheckCode; subject: string | null }): boolean {
  return ['amount_vs_lines', 'payroll_total_vs_lines', 'funds_vs_payrolls'].includes(c.code) || MONEY_COUNTERS.includes(c.subject as NumericCounter);
}
