import { get, post, qs } from '../../api/client.ts';
import type { ApiResponse, ItemOf } from '../../api/contract.ts';

export type Lead = ItemOf<ApiResponse<'/api/v1/discovery-leads', 'get'>['items']>;
export type DiscoveryRun = ApiResponse<'/api/v1/discovery-runs/{id}', 'get'>;
export type RegisterPage = ApiResponse<'/api/v1/low-income-register', 'get'>;
export type RegisterPerson = ItemOf<RegisterPage['items']>;
export type RegisterMonthly = ApiResponse<'/api/v1/low-income-register/monthly', 'get'>;
export type LeadOutcome = 'applied' | 'not_eligible' | 'declined';

/** One typed function per endpoint of 主动发现 and the 低收入人口 register (issue 18 point 4). */
export const discoveryApi = {
  startRun: (areaCode: string) => post<{ id: number; jobId: number }>('/discovery-runs', { areaCode }),
  run: (id: number) => get<DiscoveryRun>(`/discovery-runs/${id}`),
  leads: (f: { status?: string | undefined; rule?: string | undefined }, page: number, pageSize: number) =>
    get<{ items: Lead[]; total: number; counts: { byRule: Record<string, number> } }>(`/discovery-leads${qs({ ...f, page, pageSize })}`),
  recordOutcome: (id: number, body: { outcome: LeadOutcome; visitedOn: string; note?: string }) => post<{ id: number; status: string }>(`/discovery-leads/${id}/outcome`, body),
  register: (f: { group?: string | undefined; month?: string | undefined }, page: number, pageSize: number) => get<RegisterPage>(`/low-income-register${qs({ ...f, page, pageSize })}`),
  monthly: (months = 12) => get<RegisterMonthly>(`/low-income-register/monthly${qs({ months })}`),
};
