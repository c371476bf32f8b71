/**
 * 特困人员救助供养: persons who cannot work (no labour capacity, or aged 60+, or under 16),
 * have no income source to speak of and no obligor able to support them (三无,
 * 《社会救助暂行办法》 ch. 3). Basic living is a multiple of the dibao standard, plus a care
 * subsidy by self-care tier.
 */
import { ceilToYuan } from '../money.ts';
import type { Policy } from '../policy.ts';
import { countableOf, dibaoStandard, memberIncome } from './means-test.ts';
import { ceilFen, exactFen, rateProduct } from './rate-product.ts';
import { eligibleResult, ineligibleResult, recordVerdict } from './result.ts';
import type { Scenario } from './scenario.ts';
import { findSubject } from './subject.ts';
import type { ProgramResult, TraceStep } from './trace.ts';

/** Ages at which a person is treated as unable to work whatever their labour capacity. */
const ELDERLY_AGE = 60;
const MINOR_AGE = 16;

export function calculateTekun(scenario: Scenario, policy: Policy, policyVersion: string): ProgramResult {
  const trace: TraceStep[] = [];
  const outcome = { program: 'tekun' as const, trace, policyVersion };
  const subject = findSubject(scenario, trace);
  if (subject === null) {
    recordVerdict(trace, ['no_subject']);
    return ineligibleResult(outcome, ['no_subject']);
  }
  const { member, index, age } = subject;
  const standard = dibaoStandard(scenario, policy, trace);
  const reasons = [...subject.reasons];

  const rule =
    member.laborCapacity === 'none' ? 'no_labor_capacity'
    : age >= ELDERLY_AGE ? 'elderly'
    : age < MINOR_AGE ? 'minor'
    : null;
  trace.push({
    step: 'labor_capacity_test',
    value: rule !== null,
    memberIndex: index,
    detail: { laborCapacity: member.laborCapacity, age, rule },
  });
  if (rule === null) reasons.push('labor_capacity');

  // The person's own income only: tekun is a personal status even inside a household.
  const own = countableOf([memberIncome(member, index, policy, trace)]);
  trace.push({ step: 'subject_income', value: own.countable, memberIndex: index, detail: own.detail });
  const incomeOk = own.countable < standard;
  trace.push({ step: 'subject_income_test', value: incomeOk, detail: { income: own.countable, standard } });
  if (!incomeOk) reasons.push('income');

  const obligorOk = member.hasAbleObligor !== true;
  trace.push({ step: 'obligor_test', value: obligorOk, memberIndex: index });
  if (!obligorOk) reasons.push('has_able_obligor');

  if (!recordVerdict(trace, reasons)) return ineligibleResult(outcome, reasons);

  // Rounded up, in the person's favour: rounding the exact product up to the fen and then to
  // the yuan equals rounding the exact product up to the yuan.
  const product = rateProduct(standard, policy.tekun.multiplier);
  const basicLiving = ceilToYuan(ceilFen(product));
  trace.push({
    step: 'basic_living',
    value: basicLiving,
    param: 'tekun.multiplier',
    detail: { standard, multiplier: policy.tekun.multiplier, exact: exactFen(product) },
  });

  // Not yet assessed counts as able to care for oneself (the lowest tier) until the
  // six-activity assessment is recorded; the trace says so.
  const tier = member.selfCare ?? 'self';
  const care = policy.tekun.care[tier];
  trace.push({
    step: 'care',
    value: care,
    param: 'tekun.care',
    memberIndex: index,
    detail: { selfCare: tier, assessed: member.selfCare !== null },
  });
  return eligibleResult(outcome, basicLiving + care);
}
