import { get, post, put, qs } from '../../api/client.ts';
import type { ApiResponse, ItemOf } from '../../api/contract';
import type { Page } from '../../api/types.ts';

/** 残疾人 (src/modules/disability/routes.ts), shapes from the generated contract. */
export type Certificate = ItemOf<ApiResponse<'/api/v1/disability/certificates', 'get'>['items']>;
export type DisabilityService = ItemOf<ApiResponse<'/api/v1/disability/services', 'get'>['items']>;
export type EmploymentBase = ItemOf<ApiResponse<'/api/v1/disability/employment-bases', 'get'>['items']>;
export type BaseEvaluation = ApiResponse<'/api/v1/disability/employment-bases/{id}/evaluation', 'post'>;

export const disabilityApi = {
  certificates: (p: { category?: string; reviewDue?: string; page: number; pageSize: number }) => get<Page<Certificate>>(`/disability/certificates${qs(p)}`),
  saveCertificate: (body: Record<string, unknown>) => post<Certificate>('/disability/certificates', body),
  services: (p: { kind?: string; page: number; pageSize: number }) => get<Page<DisabilityService>>(`/disability/services${qs(p)}`),
  addService: (body: Record<string, unknown>) => post<DisabilityService>('/disability/services', body),
  bases: (p: { year?: number; page: number; pageSize: number }) => get<Page<EmploymentBase>>(`/disability/employment-bases${qs(p)}`),
  addBase: (body: Record<string, unknown>) => post<EmploymentBase>('/disability/employment-bases', body),
  updateBase: (id: number, body: Record<string, unknown>) => put<EmploymentBase>(`/disability/employment-bases/${id}`, body),
  evaluate: (id: number) => post<BaseEvaluation>(`/disability/employment-bases/${id}/evaluation`),
};
