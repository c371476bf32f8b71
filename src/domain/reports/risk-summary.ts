import { RISK_RULE_NAMES, type RiskRule } from '../risk/rules.ts';

/**
 * 风险核查 in the monthly report (issue 17 point 5): the findings raised in the month, by rule and
 * by where their checking stands — open (待核实), found true (属实), not true (不属实).
 */
export interface RiskCounts {
  open: number;
  confirmed: number;
  dismissed: number;
}
export interface RiskSummary {
  byRule: ({ rule: RiskRule } & RiskCounts)[];
  total: RiskCounts;
}

export const RISK_OUTCOME_HEADERS = ['待核实', '属实', '不属实', '合计'] as const;

/** The report's rows: every rule, zeros included (so months compare), then the total. */
export function riskSummaryRows(s: RiskSummary): { label: string; counts: [number, number, number, number]; total: boolean }[] {
  const row = (label: string, c: RiskCounts, total: boolean) => ({ label, counts: [c.open, c.confirmed, c.dismissed, c.open + c.confirmed + c.dismissed] as [number, number, number, number], total });
  return [...s.byRule.map((r) => row(RISK_RULE_NAMES[r.rule], r, false)), row('合计', s.total, true)];
}
