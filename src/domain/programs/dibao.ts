/**
 * 最低生活保障 dibao: the household top-up (补差) to the standard, plus classified increments
 * (分类施保) for members who need more, with a floor (保底). DOMAIN.md §4 and issue 4 fix
 * every step; the order of roundings below is part of the rule.
 */
import { multiplyRate, roundHalfUpToYuan } from '../money.ts';
import { rateFraction, type Policy, type Rate } from '../policy.ts';
import { assetReasons, dibaoStandard, householdIncome } from './means-test.ts';
import type { ReasonCode } from './reasons.ts';
import { eligibleResult, ineligibleResult, recordVerdict } from './result.ts';
import type { Scenario, ScenarioMember } from './scenario.ts';
import type { ProgramResult, TraceStep } from './trace.ts';

export type IncrementRule = keyof Policy['dibao']['increments'];

/** The increment rules a member meets, in the policy's order. */
export function incrementRules(member: ScenarioMember, age: number): IncrementRule[] {
  const rules: IncrementRule[] = [];
  // 重度残疾: disability grades 1 and 2.
  if (member.disability !== null && member.disability.grade <= 2) rules.push('severeDisability');
  if (member.seriousIllness) rules.push('seriousIllness');
  if (age >= 70) rules.push('age70');
  if (age < 18 || member.student) rules.push('minorOrStudent');
  return rules;
}

function rateGreater(a: Rate, b: Rate): boolean {
  const x = rateFraction(a);
  const y = rateFraction(b);
  return x.numerator * y.denominator > y.numerator * x.denominator;
}

/**
 * The increments are not cumulative: a member who is both over 70 and severely disabled gets
 * the higher of the two rates. Each member's increment is rounded half up to the fen; only
 * the household total is rounded to the yuan.
 */
function memberIncrement(
  member: ScenarioMember,
  index: number,
  age: number,
  standard: number,
  policy: Policy,
  trace: TraceStep[],
): number {
  const rules = incrementRules(member, age);
  const rates = policy.dibao.increments;
  const [first, ...rest] = rules;
  if (first === undefined) return 0;
  const rule = rest.reduce((best, r) => (rateGreater(rates[r], rates[best]) ? r : best), first);
  const increment = multiplyRate(standard, rates[rule]);
  trace.push({
    step: 'increment',
    value: increment,
    memberIndex: index,
    param: 'dibao.increments',
    detail: { rule, rate: rates[rule], standard, applicable: rules },
  });
  return increment;
}

export function calculateDibao(scenario: Scenario, policy: Policy, policyVersion: string): ProgramResult {
  const trace: TraceStep[] = [{ step: 'as_of', value: scenario.asOf }];
  const standard = dibaoStandard(scenario, policy, trace);
  const income = householdIncome(scenario, policy, trace);
  const { perCapitaIncome } = income;
  const outcome = { program: 'dibao' as const, trace, policyVersion, perCapitaIncome };
  if (perCapitaIncome === null) {
    recordVerdict(trace, ['no_members']);
    return ineligibleResult(outcome, ['no_members']);
  }
  const members = income.counted.length;

  const reasons: ReasonCode[] = [];
  // Strictly below: a household exactly at the standard already has the guaranteed minimum.
  const incomeOk = perCapitaIncome < standard;
  trace.push({ step: 'income_test', value: incomeOk, detail: { perCapitaIncome, standard } });
  if (!incomeOk) reasons.push('income_above_standard');
  reasons.push(...assetReasons(scenario, policy, standard, members, trace));
  if (!recordVerdict(trace, reasons)) return ineligibleResult(outcome, reasons);

  const base = (standard - perCapitaIncome) * members;
  trace.push({ step: 'base', value: base, detail: { standard, perCapitaIncome, members } });

  let increments = 0;
  for (const index of income.counted) {
    const member = scenario.household.members[index]!;
    increments += memberIncrement(member, index, income.ages.get(index)!, standard, policy, trace);
  }
  trace.push({ step: 'increments', value: increments, param: 'dibao.increments' });

  const rounded = roundHalfUpToYuan(base + increments);
  trace.push({ step: 'rounding', value: rounded, detail: { before: base + increments } });

  const minimum = policy.dibao.minimumPerPerson * members;
  const applied = minimum > rounded;
  trace.push({
    step: 'minimum',
    value: minimum,
    param: 'dibao.minimumPerPerson',
    detail: { perPerson: policy.dibao.minimumPerPerson, members, applied },
  });
  return eligibleResult(outcome, applied ? minimum : rounded);
}
