import { get, post, qs } from '../../api/client.ts';

/** 风险核查 (src/modules/risk/routes.ts), one typed function per endpoint. */
export const RISK_RULES = ['shared_bank_account', 'payee_not_holder', 'program_stacking', 'two_areas', 'partial_household', 'staff_relative_unreviewed', 'fast_decision', 'rotation', 'worker_share'] as const;
export type RiskRule = (typeof RISK_RULES)[number];
export type FindingStatus = 'open' | 'confirmed' | 'dismissed';

export interface RiskRun {
  id: number;
  areaCode: string;
  jobId: number | null;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  createdBy: string | null;
  createdAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  progress: { done: number; total: number | null; phase: string | null };
  error: string | null;
  summary: Record<string, { found: number; created: number; ms: number }> | null;
}

export interface RiskFinding {
  id: number;
  rule: RiskRule;
  areaCode: string;
  householdIds: number[];
  personIds: number[];
  evidence: Record<string, unknown>;
  status: FindingStatus;
  firstRunId: number;
  lastRunId: number;
  createdAt: string;
  outcome: { note: string; by: string | null; at: string } | null;
  version: number;
}

export interface RiskFindingDetail extends RiskFinding {
  households: { id: number; areaCode: string; areaName: string | null; address: string; headName: string | null }[];
  persons: { id: number; name: string; idNumberMasked: string; householdId: number | null }[];
}

export const riskApi = {
  start: (areaCode?: string) => post<{ id: number; jobId: number }>('/risk-checks/runs', areaCode ? { areaCode } : {}),
  runs: () => get<{ items: RiskRun[] }>('/risk-checks/runs'),
  run: (id: number) => get<RiskRun>(`/risk-checks/runs/${id}`),
  findings: (p: { runId?: number; rule?: RiskRule; status?: FindingStatus; page: number; pageSize: number }) => get<{ items: RiskFinding[]; total: number }>(`/risk-findings${qs(p)}`),
  finding: (id: number) => get<RiskFindingDetail>(`/risk-findings/${id}`),
  outcome: (id: number, body: { status: 'confirmed' | 'dismissed'; note: string }) => post<RiskFinding>(`/risk-findings/${id}/outcome`, body),
};
