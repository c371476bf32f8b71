/** One typed function per endpoint the policy and simulation pages call. Money is integer fen. */
import { get, post, qs } from '../../api/client.ts';
import type { Area } from '../../api/types.ts';

/** A decimal string as published, e.g. "0.3" or "1.5": never a float. */
export type Rate = string;
export const PAYMENT_PERIODS = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type PaymentPeriod = (typeof PAYMENT_PERIODS)[number];

export interface Policy {
  dibao: {
    urbanStandard: number;
    ruralStandard: number;
    minimumPerPerson: number;
    assetMonths: number;
    maxHouses: number;
    workCostShare: Rate;
    workCostCap: number;
    increments: { severeDisability: Rate; seriousIllness: Rate; age70: Rate; minorOrStudent: Rate };
    edgeMultiplier: Rate;
    gradualExitMonths: number;
    excludedIncomeTypes: string[];
  };
  tekun: { multiplier: Rate; care: { self: number; partial: number; full: number } };
  elderly: { tiers: { minAge: number; amount: number }[] };
  disability: { livingAmount: number; careAmount: number; careGrades: { grade: number; categories?: string[] }[] };
  orphan: { standard: number };
  temporary: { maxMonths: number; urgentCap: number; yearlyMaxMonths: number };
  /** cityShare for programs without their own; programShares: program code → city share */
  funding: { cityShare: Rate; programShares: Record<string, Rate> };
  /** 发放周期: program code → monthly / quarterly / half_yearly / yearly (others monthly) */
  payments: { periods: Record<string, PaymentPeriod> };
  /** 时限与程序: the legal limits and notice rules (national defaults where no area sets them). */
  cases: {
    decisionWorkingDays: number;
    extendedWorkingDays: number;
    investigationStartWorkingDays: number;
    decisionNoticeWorkingDays: number;
    noticeDays: number;
    /** program code → calendar days */
    noticeDaysByProgram: Record<string, number>;
    /** program code → rounds (三榜公示: 1–3) */
    noticeRoundsByProgram: Record<string, number>;
    reviewPanelMinimum: number;
    alertWorkingDays: number;
  };
  /** 举报投诉: the handling limit in working days. */
  complaints: { handlingWorkingDays: number };
  /** 探访关爱: days between visits per care group. */
  careVisits: { elderlyAloneDays: number; severeDisabilityDays: number; childrenDays: number; tekunScatteredDays: number };
  /** 居家养老: monthly credits by self-care tier (city tier, district top-up), their validity and the minimum age. */
  homeCare: { minAge: number; cityCredit: { partial: number; full: number }; districtTopUp: { partial: number; full: number }; creditValidMonths: number };
}

type Groups = { [G in keyof Policy]: `${G}.${keyof Policy[G] & string}` };
/** A stored parameter: `dibao.urbanStandard`, `elderly.tiers`, … */
export type PolicyKey = Groups[keyof Groups];

/** Which area's row supplies a key: set locally or inherited from an ancestor. */
export interface PolicySource {
  areaCode: string;
  effectiveFrom: string;
  version: number;
}

export interface PolicyInForce {
  areaCode: string;
  asOf: string;
  policy: Policy;
  sources: Record<PolicyKey, PolicySource>;
  version: string;
}

export interface ParameterVersion {
  areaCode: string;
  key: PolicyKey;
  effectiveFrom: string;
  value: unknown;
  version: number;
  note: string | null;
  createdAt: string;
  createdBy: string | null;
}

export interface SimulationTally {
  households: number;
  eligibleHouseholds: number;
  eligiblePersons: number;
  monthlyAmount: number;
}

export interface SimulationAreaRow {
  areaCode: string;
  name: string;
  baseline: SimulationTally;
  simulated: SimulationTally;
  newlyEligible: number;
  noLongerEligible: number;
  monthlyChange: number;
}

export interface SimulationResult {
  areaCode: string;
  asOf: string;
  program: string;
  baselinePolicyVersion: string;
  baseline: SimulationTally;
  simulated: SimulationTally;
  newlyEligible: number;
  noLongerEligible: number;
  monthlyChange: number;
  yearlyChange: number;
  skipped: number;
  byStreet: SimulationAreaRow[];
  byCommunity: SimulationAreaRow[];
  elapsedMs: number;
}

export interface SimulationInput {
  areaCode: string;
  asOf: string;
  program: 'dibao';
  changes: { key: PolicyKey; value: unknown }[];
}

export const policiesApi = {
  inForce: (areaCode: string, asOf: string) => get<PolicyInForce>(`/policies/${encodeURIComponent(areaCode)}${qs({ asOf })}`),
  history: (areaCode: string, key: PolicyKey) => get<{ items: ParameterVersion[] }>(`/policies/${encodeURIComponent(areaCode)}/history${qs({ key })}`),
  setParameter: (areaCode: string, body: { key: PolicyKey; effectiveFrom: string; value: unknown; note?: string }) =>
    post<{ areaCode: string; key: PolicyKey; effectiveFrom: string; value: unknown; version: number }>(`/policies/${encodeURIComponent(areaCode)}/parameters`, body),
  simulate: (body: SimulationInput) => post<SimulationResult>('/simulations', body),
  /** An area and its children, for naming codes and offering the user's streets. */
  area: (code: string) => get<{ area: Area; children: Area[] }>(`/areas/${encodeURIComponent(code)}`),
};
