import { get, post, qs } from '../../api/client.ts';
import type { ApiResponse, ItemOf } from '../../api/contract.ts';

/** 风险核查 (src/modules/risk/routes.ts), one typed function per endpoint. */
export const RISK_RULES = ['shared_bank_account', 'payee_not_holder', 'program_stacking', 'two_areas', 'partial_household', 'staff_relative_unreviewed', 'fast_decision', 'rotation', 'worker_share'] as const;
export type RiskRule = (typeof RISK_RULES)[number];
export type RiskRun = ApiResponse<'/api/v1/risk-checks/runs/{id}', 'get'>;
export type RiskFindingDetail = ApiResponse<'/api/v1/risk-findings/{id}', 'get'>;
export type RiskFinding = ItemOf<ApiResponse<'/api/v1/risk-findings', 'get'>['items']>;
export type FindingStatus = RiskFinding['status'];

export const riskApi = {
  start: (areaCode?: string) => post<{ id: number; jobId: number }>('/risk-checks/runs', areaCode ? { areaCode } : {}),
  runs: () => get<{ items: RiskRun[] }>('/risk-checks/runs'),
  run: (id: number) => get<RiskRun>(`/risk-checks/runs/${id}`),
  findings: (p: { runId?: number; rule?: RiskRule; status?: FindingStatus; page: number; pageSize: number }) => get<{ items: RiskFinding[]; total: number }>(`/risk-findings${qs(p)}`),
  finding: (id: number) => get<RiskFindingDetail>(`/risk-findings/${id}`),
  outcome: (id: number, body: { status: 'confirmed' | 'dismissed'; note: string }) => post<RiskFinding>(`/risk-findings/${id}/outcome`, body),
};
