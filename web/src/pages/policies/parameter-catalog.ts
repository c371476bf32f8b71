import type { Policy, PolicyKey } from './api.ts';

/** How a parameter's value is read, shown and typed. */
export type ParameterKind =
  /** integer fen, shown and typed in yuan */
  | { type: 'money' }
  /** integer: months, homes, days, persons — within the server's bounds */
  | { type: 'count'; unit: CountUnit; min?: number; max?: number }
  /** a number per program code, e.g. 公示天数 { "temporary": 3 }; programs not listed take the general value */
  | { type: 'programNumbers'; unit: 'days' | 'rounds'; min: number; max: number }
  /** a city share per program code, e.g. { "tekun": "0.7" }; programs not listed take cityShare */
  | { type: 'programShares' }
  /** a payment period per program code, e.g. { "tekun": "quarterly" }; programs not listed are paid monthly */
  | { type: 'programPeriods' }
  /** decimal string as published: a share shown as %, a multiplier as × */
  | { type: 'rate'; display: 'percent' | 'times' }
  /** 分类施保: one rate per category, shown as % */
  | { type: 'rateGroup'; parts: readonly string[] }
  /** 照料护理费: one amount per self-care tier */
  | { type: 'moneyGroup'; parts: readonly string[] }
  | { type: 'incomeTypes' }
  /** 高龄津贴档次 [{minAge, amount}] */
  | { type: 'tiers' }
  /** 护理补贴残疾等级 [{grade, categories?}] */
  | { type: 'careGrades' };

export type CountUnit = 'months' | 'houses' | 'workingDays' | 'days' | 'persons' | 'years';

export interface ParameterDef {
  key: PolicyKey;
  kind: ParameterKind;
}

export interface ProgramGroup {
  /** the review intervals (reviews.*) are not on this page yet */
  program: Exclude<keyof Policy, 'reviews'>;
  parameters: ParameterDef[];
}

const money = { type: 'money' } as const;
const workingDays = { type: 'count', unit: 'workingDays', min: 1, max: 120 } as const;
const visitDays = { type: 'count', unit: 'days', min: 1, max: 366 } as const;

/** Every stored parameter, grouped by program in the order a policy document lists them. */
export const PROGRAM_GROUPS: readonly ProgramGroup[] = [
  {
    program: 'dibao',
    parameters: [
      { key: 'dibao.urbanStandard', kind: money },
      { key: 'dibao.ruralStandard', kind: money },
      { key: 'dibao.minimumPerPerson', kind: money },
      { key: 'dibao.assetMonths', kind: { type: 'count', unit: 'months' } },
      { key: 'dibao.maxHouses', kind: { type: 'count', unit: 'houses' } },
      { key: 'dibao.workCostShare', kind: { type: 'rate', display: 'percent' } },
      { key: 'dibao.workCostCap', kind: money },
      { key: 'dibao.increments', kind: { type: 'rateGroup', parts: ['severeDisability', 'seriousIllness', 'age70', 'minorOrStudent'] } },
      { key: 'dibao.edgeMultiplier', kind: { type: 'rate', display: 'times' } },
      { key: 'dibao.gradualExitMonths', kind: { type: 'count', unit: 'months' } },
      { key: 'dibao.excludedIncomeTypes', kind: { type: 'incomeTypes' } },
    ],
  },
  {
    program: 'tekun',
    parameters: [
      { key: 'tekun.multiplier', kind: { type: 'rate', display: 'times' } },
      { key: 'tekun.care', kind: { type: 'moneyGroup', parts: ['self', 'partial', 'full'] } },
    ],
  },
  { program: 'elderly', parameters: [{ key: 'elderly.tiers', kind: { type: 'tiers' } }] },
  {
    program: 'disability',
    parameters: [
      { key: 'disability.livingAmount', kind: money },
      { key: 'disability.careAmount', kind: money },
      { key: 'disability.careGrades', kind: { type: 'careGrades' } },
    ],
  },
  { program: 'orphan', parameters: [{ key: 'orphan.standard', kind: money }] },
  {
    program: 'temporary',
    parameters: [
      { key: 'temporary.maxMonths', kind: { type: 'count', unit: 'months' } },
      { key: 'temporary.urgentCap', kind: money },
      { key: 'temporary.yearlyMaxMonths', kind: { type: 'count', unit: 'months', min: 0, max: 240 } },
    ],
  },
  {
    program: 'funding',
    parameters: [
      { key: 'funding.cityShare', kind: { type: 'rate', display: 'percent' } },
      { key: 'funding.programShares', kind: { type: 'programShares' } },
    ],
  },
  { program: 'payments', parameters: [{ key: 'payments.periods', kind: { type: 'programPeriods' } }] },
  {
    program: 'cases',
    parameters: [
      { key: 'cases.decisionWorkingDays', kind: workingDays },
      { key: 'cases.extendedWorkingDays', kind: workingDays },
      { key: 'cases.investigationStartWorkingDays', kind: workingDays },
      { key: 'cases.decisionNoticeWorkingDays', kind: workingDays },
      { key: 'cases.noticeDays', kind: { type: 'count', unit: 'days', min: 1, max: 60 } },
      { key: 'cases.noticeDaysByProgram', kind: { type: 'programNumbers', unit: 'days', min: 1, max: 60 } },
      { key: 'cases.noticeRoundsByProgram', kind: { type: 'programNumbers', unit: 'rounds', min: 1, max: 3 } },
      { key: 'cases.reviewPanelMinimum', kind: { type: 'count', unit: 'persons', min: 1, max: 200 } },
      { key: 'cases.alertWorkingDays', kind: workingDays },
    ],
  },
  { program: 'complaints', parameters: [{ key: 'complaints.handlingWorkingDays', kind: workingDays }] },
  {
    program: 'careVisits',
    parameters: [
      { key: 'careVisits.elderlyAloneDays', kind: visitDays },
      { key: 'careVisits.severeDisabilityDays', kind: visitDays },
      { key: 'careVisits.childrenDays', kind: visitDays },
      { key: 'careVisits.tekunScatteredDays', kind: visitDays },
    ],
  },
  {
    program: 'homeCare',
    parameters: [
      { key: 'homeCare.minAge', kind: { type: 'count', unit: 'years', min: 1, max: 150 } },
      { key: 'homeCare.cityCredit', kind: { type: 'moneyGroup', parts: ['partial', 'full'] } },
      { key: 'homeCare.districtTopUp', kind: { type: 'moneyGroup', parts: ['partial', 'full'] } },
      { key: 'homeCare.creditValidMonths', kind: { type: 'count', unit: 'months', min: 1, max: 60 } },
    ],
  },
  {
    program: 'community',
    parameters: [
      { key: 'community.pointsPerHour', kind: { type: 'rate', display: 'times' } },
      { key: 'community.charityMonthlyQuota', kind: money },
    ],
  },
  {
    program: 'seniorCards',
    parameters: [
      { key: 'seniorCards.minAge', kind: { type: 'count', unit: 'years', min: 1, max: 150 } },
      { key: 'seniorCards.preferentialMinAge', kind: { type: 'count', unit: 'years', min: 1, max: 150 } },
      { key: 'seniorCards.fee', kind: money },
    ],
  },
  {
    program: 'veterans',
    parameters: [
      {
        key: 'veterans.monthlyAmounts',
        kind: { type: 'moneyGroup', parts: ['disabled_serviceman', 'martyr_survivor', 'duty_death_survivor', 'illness_death_survivor', 'demobilised', 'ill_veteran', 'war_veteran', 'militia_war_veteran'] },
      },
      { key: 'veterans.conscriptFamilyYearly', kind: money },
      { key: 'veterans.springFestival', kind: money },
    ],
  },
];

export const PARAMETERS: readonly ParameterDef[] = PROGRAM_GROUPS.flatMap((g) => g.parameters);

export function parameterDef(key: PolicyKey): ParameterDef {
  const def = PARAMETERS.find((p) => p.key === key);
  if (!def) throw new Error(`unknown policy key ${key}`);
  return def;
}

export function valueOf(policy: Policy, key: PolicyKey): unknown {
  const [group, name] = key.split('.') as [keyof Policy, string];
  return (policy[group] as Record<string, unknown>)[name];
}

/** The message-key prefix of a group's parts: `dibao.increments` → `part.increments.`. */
export function partPrefix(key: PolicyKey): string {
  return `part.${key.split('.')[1]}.`;
}
