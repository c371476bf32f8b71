/**
 * 家庭经济状况 the means test shared by dibao, the low-income (edge) status and tekun
 * (DOMAIN.md §2, §4): who counts as a member, what counts as income, and the asset limits.
 */
import { DomainError } from '../errors.ts';
import { ageOn, parseIdNumber } from '../id-number.ts';
import { multiplyRate } from '../money.ts';
import type { Policy, PolicyKey } from '../policy.ts';
import type { ReasonCode } from './reasons.ts';
import type { Scenario, ScenarioMember } from './scenario.ts';
import type { TraceStep } from './trace.ts';

/** Completed years on `asOf`, from the birth date in the ID number (never typed separately). */
export function memberAge(member: ScenarioMember, index: number, asOf: string): { birthDate: string; age: number } {
  const parsed = parseIdNumber(member.idNumber, asOf);
  if (!parsed.ok) {
    throw new DomainError('validation', 'id_number_invalid', {
      field: `household.members.${index}.idNumber`,
      params: { problem: parsed.problem },
    });
  }
  return { birthDate: parsed.value.birthDate, age: ageOn(parsed.value.birthDate, asOf) };
}

/** The urban or rural standard by the household's registration (城市/农村). */
export function dibaoStandard(scenario: Scenario, policy: Policy, trace: TraceStep[]): number {
  const { urban } = scenario.household;
  const param: PolicyKey = urban ? 'dibao.urbanStandard' : 'dibao.ruralStandard';
  const standard = urban ? policy.dibao.urbanStandard : policy.dibao.ruralStandard;
  trace.push({ step: 'household_type', value: urban ? 'urban' : 'rural' });
  trace.push({ step: 'standard', value: standard, param });
  return standard;
}

export interface MemberIncome {
  counted: number;
  socialInsurance: number;
  workCost: number;
}

/**
 * One member's monthly income as the means test counts it. Assistance payments themselves
 * and rewards are not income (policy `excludedIncomeTypes`). Employed members keep a share of
 * their wage as the cost of working (就业成本扣减), capped, so taking a job never leaves a
 * household worse off than staying on dibao; the share is rounded half up to the fen.
 */
export function memberIncome(member: ScenarioMember, index: number, policy: Policy, trace: TraceStep[]): MemberIncome {
  const excluded = new Set<string>(policy.dibao.excludedIncomeTypes);
  let counted = 0;
  let wage = 0;
  for (const income of member.incomes) {
    if (excluded.has(income.type)) {
      trace.push({
        step: 'income_excluded',
        value: income.monthly,
        memberIndex: index,
        param: 'dibao.excludedIncomeTypes',
        detail: { type: income.type },
      });
      continue;
    }
    counted += income.monthly;
    if (income.type === 'wage') wage += income.monthly;
    trace.push({ step: 'income', value: income.monthly, memberIndex: index, detail: { type: income.type } });
  }
  if (member.socialInsurance > 0) {
    trace.push({ step: 'social_insurance', value: member.socialInsurance, memberIndex: index });
  }
  let workCost = 0;
  if (wage > 0) {
    const { workCostShare: share, workCostCap: cap } = policy.dibao;
    const byShare = multiplyRate(wage, share);
    workCost = Math.min(byShare, cap);
    trace.push({
      step: 'work_cost',
      value: workCost,
      memberIndex: index,
      param: 'dibao.workCostShare',
      detail: { wage, share, byShare, cap, capParam: 'dibao.workCostCap', capped: byShare > cap },
    });
  }
  return { counted, socialInsurance: member.socialInsurance, workCost };
}

/** Deductions larger than income leave nothing to count, never a negative income. */
export function countableOf(incomes: readonly MemberIncome[]): {
  countable: number;
  detail: { counted: number; socialInsurance: number; workCost: number; floorAtZero: boolean };
} {
  const counted = incomes.reduce((s, i) => s + i.counted, 0);
  const socialInsurance = incomes.reduce((s, i) => s + i.socialInsurance, 0);
  const workCost = incomes.reduce((s, i) => s + i.workCost, 0);
  const raw = counted - socialInsurance - workCost;
  return { countable: Math.max(0, raw), detail: { counted, socialInsurance, workCost, floorAtZero: raw < 0 } };
}

export interface HouseholdIncome {
  /** indices into `household.members` of the members counted */
  counted: number[];
  ages: Map<number, number>;
  countableIncome: number;
  /** null when no member can be counted */
  perCapitaIncome: number | null;
}

/**
 * Members and per-capita income. Persons serving a sentence or in compulsory isolation are not
 * members for the means test (《最低生活保障审核确认办法》, 民发〔2021〕57号), and so
 * neither is their income.
 */
export function householdIncome(scenario: Scenario, policy: Policy, trace: TraceStep[]): HouseholdIncome {
  const counted: number[] = [];
  const ages = new Map<number, number>();
  const incomes: MemberIncome[] = [];
  scenario.household.members.forEach((member, index) => {
    const { birthDate, age } = memberAge(member, index, scenario.asOf);
    ages.set(index, age);
    trace.push({
      step: 'member',
      value: age,
      memberIndex: index,
      detail: { relation: member.relation, birthDate, counted: !member.inPrison },
    });
    if (member.inPrison) {
      trace.push({ step: 'member_in_prison', value: true, memberIndex: index });
      return;
    }
    counted.push(index);
    incomes.push(memberIncome(member, index, policy, trace));
  });
  trace.push({ step: 'members', value: counted.length });

  const { countable, detail } = countableOf(incomes);
  trace.push({ step: 'countable_income', value: countable, detail });
  if (counted.length === 0) return { counted, ages, countableIncome: countable, perCapitaIncome: null };

  const perCapitaIncome = Math.floor(countable / counted.length);
  trace.push({
    step: 'per_capita_income',
    value: perCapitaIncome,
    detail: { countableIncome: countable, members: counted.length, rounding: 'floor' },
  });
  return { counted, ages, countableIncome: countable, perCapitaIncome };
}

/**
 * Asset limits: financial assets per member at most `assetMonths` months of the standard
 * (compared as financial ≤ months × standard × members, so no division rounds the limit),
 * no vehicle unless exempt (disabled mobility, a living), houses within the local limit.
 */
export function assetReasons(
  scenario: Scenario,
  policy: Policy,
  standard: number,
  members: number,
  trace: TraceStep[],
): ReasonCode[] {
  const { financial, vehicles, houses } = scenario.household.assets;
  const reasons: ReasonCode[] = [];

  const limit = BigInt(policy.dibao.assetMonths) * BigInt(standard) * BigInt(members);
  const financialOk = BigInt(financial) <= limit;
  trace.push({
    step: 'financial_assets_test',
    value: financialOk,
    param: 'dibao.assetMonths',
    detail: { financial, members, months: policy.dibao.assetMonths, standard, limit: Number(limit) },
  });
  if (!financialOk) reasons.push('financial_assets');

  const nonExempt = vehicles.filter((v) => !v.exempt).length;
  trace.push({ step: 'vehicle_test', value: nonExempt === 0, detail: { vehicles: vehicles.length, nonExempt } });
  if (nonExempt > 0) reasons.push('vehicle');

  const housingOk = houses <= policy.dibao.maxHouses;
  trace.push({
    step: 'housing_test',
    value: housingOk,
    param: 'dibao.maxHouses',
    detail: { houses, maxHouses: policy.dibao.maxHouses },
  });
  if (!housingOk) reasons.push('housing');
  return reasons;
}
