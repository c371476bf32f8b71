/**
 * Why a calculation found a person or household not eligible: stable codes, stored with the
 * decision and printed on the 不予确认通知书 through `reasonLabel`.
 */
import type { Lang } from './trace.ts';

const REASON_LABELS = {
  no_members: ['没有可计入的家庭成员', 'No household member can be counted'],
  no_subject: ['未指定计算对象', 'No person is marked as the subject'],
  in_prison: ['对象正在服刑或强制隔离戒毒', 'The person is in prison or compulsory isolation'],
  income_above_standard: ['家庭人均收入不低于低保标准', 'Per-capita income is not below the dibao standard'],
  income_below_standard: ['家庭人均收入低于低保标准，应申请低保', 'Per-capita income is below the standard: apply for dibao'],
  income_above_edge: ['家庭人均收入达到低保边缘家庭上限', 'Per-capita income reaches the low-income threshold'],
  financial_assets: ['人均金融资产超过规定', 'Financial assets per member exceed the limit'],
  vehicle: ['拥有非生活必需的机动车辆', 'Owns a vehicle that is not exempt'],
  housing: ['住房超过规定套数', 'Owns more houses than allowed'],
  labor_capacity: ['有劳动能力且年龄在16至59周岁', 'Has labour capacity and is aged 16–59'],
  income: ['本人收入不低于低保标准', "The person's income is not below the dibao standard"],
  has_able_obligor: ['有具备赡养、抚养、扶养能力的法定义务人', 'Has an obligor able to support'],
  age: ['不符合年龄条件', 'Does not meet the age condition'],
  not_disabled: ['未持有残疾人证', 'Not disabled'],
  not_dibao_eligible: ['家庭不符合低保条件', 'The household is not eligible for dibao'],
  on_tekun: ['已纳入特困人员救助供养', 'Already receives tekun support'],
  grade_not_covered: ['残疾类别和等级不在护理补贴范围内', 'Disability grade not covered by the care subsidy'],
  orphan_status: ['未登记为孤儿或事实无人抚养儿童', 'Not registered as an orphan or de facto orphan'],
  local_area: ['不在项目实施区域内', 'Outside the program area'],
  local_inactive: ['项目已停止实施', 'The program is not active'],
  local_not_in_force: ['不在项目执行期内', 'Outside the program dates'],
  local_sex: ['不符合性别条件', 'Does not meet the sex condition'],
  local_disability: ['不符合残疾类别、等级条件', 'Does not meet the disability condition'],
  local_flags: ['不属于规定的人员类别', 'Not in a required registry group'],
  local_urban_rural: ['不符合城乡条件', 'Does not meet the urban/rural condition'],
  local_required_program: ['未享受规定的救助项目', 'Not enrolled in a required program'],
  local_excluded_program: ['已享受不得同时享受的项目', 'Already enrolled in a program that excludes this one'],
  local_no_covered_person: ['家庭中无符合条件的成员', 'No member of the household qualifies'],
  gradual_exit: ['渐退期内继续享受', 'Kept during the gradual-exit period'],
} as const satisfies Record<string, readonly [string, string]>;

export type ReasonCode = keyof typeof REASON_LABELS;
export const REASON_CODES = Object.keys(REASON_LABELS) as ReasonCode[];

export function reasonLabel(code: ReasonCode, lang: Lang): string {
  const [zh, en] = REASON_LABELS[code];
  return lang === 'zh-CN' ? zh : en;
}
