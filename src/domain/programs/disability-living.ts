/**
 * 困难残疾人生活补贴 living subsidy for disabled persons in dibao households (国发〔2015〕52号).
 * Tekun persons are excluded: their support already covers basic living (DOMAIN.md §3).
 */
import type { Policy } from '../policy.ts';
import { calculateDibao } from './dibao.ts';
import { eligibleResult, ineligibleResult, recordVerdict } from './result.ts';
import type { Scenario } from './scenario.ts';
import { findSubject } from './subject.ts';
import type { ProgramResult, TraceStep } from './trace.ts';

export function calculateDisabilityLiving(scenario: Scenario, policy: Policy, policyVersion: string): ProgramResult {
  const trace: TraceStep[] = [];
  const outcome = { program: 'disability_living' as const, trace, policyVersion };
  const subject = findSubject(scenario, trace);
  if (subject === null) {
    recordVerdict(trace, ['no_subject']);
    return ineligibleResult(outcome, ['no_subject']);
  }
  const { member, index } = subject;
  const reasons = [...subject.reasons];

  trace.push({
    step: 'disability_test',
    value: member.disability !== null,
    memberIndex: index,
    detail: { disability: member.disability },
  });
  if (member.disability === null) reasons.push('not_disabled');

  // The household's own dibao calculation decides, on the same date and policy; its trace is
  // a separate explanation the UI can show beside this one.
  const dibao = calculateDibao(scenario, policy, policyVersion);
  trace.push({
    step: 'dibao_test',
    value: dibao.eligible,
    detail: { perCapitaIncome: dibao.perCapitaIncome ?? null, reasons: dibao.reasons, dibaoAmount: dibao.monthlyAmount },
  });
  if (!dibao.eligible) reasons.push('not_dibao_eligible');

  const notTekun = member.onTekun !== true;
  trace.push({ step: 'tekun_test', value: notTekun, memberIndex: index });
  if (!notTekun) reasons.push('on_tekun');

  const withIncome = { ...outcome, perCapitaIncome: dibao.perCapitaIncome ?? null };
  if (!recordVerdict(trace, reasons)) return ineligibleResult(withIncome, reasons);
  return eligibleResult(withIncome, policy.disability.livingAmount, 'disability.livingAmount');
}
