/**
 * The trace of a calculation: every input, rule and intermediate number, in order, so a
 * caseworker can explain a decision to a resident line by line (DOMAIN.md §4) and a printed
 * explanation on the household file reads 家庭人均收入 … 低保标准 … 补差 … 分类施保 ….
 * Step codes are stable; what the reader sees comes from `traceStepLabel`.
 */
import type { PolicyKey } from '../policy.ts';
import type { ReasonCode } from './reasons.ts';
import type { CalculatedProgram } from './scenario.ts';

export type Lang = 'zh-CN' | 'en';

const TRACE_STEP_LABELS = {
  as_of: ['计算基准日', 'Calculation date'],
  household_type: ['城乡类别', 'Urban or rural'],
  standard: ['低保标准', 'Dibao standard'],
  member: ['家庭成员', 'Household member'],
  member_in_prison: ['服刑或强制隔离戒毒人员，不计入家庭成员', 'In prison or compulsory isolation: not counted'],
  members: ['共同生活的家庭成员人数', 'Members counted'],
  income: ['收入', 'Income'],
  income_excluded: ['不计入家庭收入的款项', 'Income not counted'],
  social_insurance: ['个人缴纳的社会保险费（扣减）', 'Own social-insurance contributions (deducted)'],
  work_cost: ['就业成本扣减', 'Work-cost deduction'],
  countable_income: ['家庭可计算月收入', 'Countable household income'],
  per_capita_income: ['家庭人均月收入', 'Per-capita income'],
  income_test: ['人均收入低于低保标准', 'Per-capita income below the standard'],
  edge_threshold: ['低保边缘家庭收入上限', 'Low-income (edge) threshold'],
  edge_income_test: ['人均收入在低保标准与边缘上限之间', 'Per-capita income between the standard and the edge threshold'],
  financial_assets_test: ['人均金融资产未超过规定月数的低保标准', 'Financial assets per member within the limit'],
  vehicle_test: ['无非生活必需车辆', 'No non-exempt vehicle'],
  housing_test: ['住房套数未超过规定', 'Houses within the limit'],
  eligible: ['认定结果', 'Eligible'],
  base: ['补差金额（（低保标准 − 人均收入）× 人数）', 'Top-up ((standard − per-capita income) × members)'],
  increment: ['分类施保', 'Classified increment'],
  increments: ['分类施保合计', 'Increments total'],
  rounding: ['四舍五入到元', 'Rounded half up to the yuan'],
  minimum: ['保底金额（每人最低 × 人数）', 'Minimum (per person × members)'],
  amount: ['月发放金额', 'Monthly amount'],
  subject: ['计算对象', 'Person calculated for'],
  subject_in_prison_test: ['对象未在服刑', 'Person not in prison'],
  age_test: ['年龄条件', 'Age condition'],
  labor_capacity_test: ['无劳动能力、年满60周岁或未满16周岁', 'No labour capacity, aged 60+ or under 16'],
  subject_income: ['本人可计算月收入', "Person's countable income"],
  subject_income_test: ['本人收入低于低保标准', "Person's income below the standard"],
  obligor_test: ['无有能力的法定赡养、抚养、扶养义务人', 'No obligor able to support'],
  basic_living: ['基本生活费（低保标准 × 倍数，向上取整到元）', 'Basic living (standard × multiplier, rounded up to the yuan)'],
  care: ['照料护理费', 'Care subsidy'],
  elderly_tier: ['高龄津贴档次', 'High-age allowance tier'],
  disability_test: ['持有残疾人证', 'Disabled'],
  dibao_test: ['家庭符合低保条件', 'Household eligible for dibao'],
  tekun_test: ['非特困供养人员', 'Not on tekun'],
  care_grade_test: ['残疾等级在护理补贴范围内', 'Disability grade covered by the care subsidy'],
  orphan_status_test: ['登记为孤儿或事实无人抚养儿童', 'Registered as an orphan or de facto orphan'],
  orphan_standard: ['孤儿基本生活费标准', 'Orphan basic-living standard'],
  other_benefit: ['已享受的其他救助（补差扣减）', 'Other assistance received (deducted)'],
  other_benefits: ['已享受的其他救助合计', 'Other assistance total'],
  local_program: ['地方项目', 'Local program'],
  local_area_test: ['户籍所在地在项目实施区域内', 'Household within the program area'],
  local_active_test: ['项目正在实施', 'Program active'],
  local_in_force_test: ['在项目执行期内', 'Within the program dates'],
  sex_test: ['性别条件', 'Sex condition'],
  disability_rule_test: ['残疾类别、等级条件', 'Disability category and grade condition'],
  flag_test: ['人员类别条件（孤寡、留守、优抚等）', 'Registry flag condition'],
  urban_rural_test: ['城乡条件', 'Urban or rural condition'],
  required_program_test: ['已享受规定的救助项目', 'Enrolled in a required program'],
  excluded_program_test: ['未享受不得同时享受的项目（叠加规则）', 'Not enrolled in an excluded program (stacking rule)'],
  covered_persons: ['符合条件的人数', 'Persons covered'],
  local_amount: ['项目标准', 'Program amount'],
} as const satisfies Record<string, readonly [string, string]>;

export type TraceStepCode = keyof typeof TRACE_STEP_LABELS;
export const TRACE_STEP_CODES = Object.keys(TRACE_STEP_LABELS) as TraceStepCode[];

export interface TraceStep {
  step: TraceStepCode;
  value: number | string | boolean;
  /** the policy parameter the step used; its source version is in the resolved policy */
  param?: PolicyKey;
  /** index into `household.members` */
  memberIndex?: number;
  detail?: Record<string, unknown>;
}

export function traceStepLabel(step: TraceStepCode, lang: Lang): string {
  const [zh, en] = TRACE_STEP_LABELS[step];
  return lang === 'zh-CN' ? zh : en;
}

export interface ProgramResult {
  program: CalculatedProgram;
  eligible: boolean;
  /** fen; 0 when not eligible */
  monthlyAmount: number;
  perCapitaIncome?: number;
  /** why not eligible (empty when eligible) */
  reasons: ReasonCode[];
  trace: TraceStep[];
  policyVersion: string;
}
