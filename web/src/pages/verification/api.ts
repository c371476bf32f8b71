import { get, post, qs } from '../../api/client.ts';
import type { ApiResponse, ItemOf } from '../../api/contract.ts';

export type DataSource = ItemOf<ApiResponse<'/api/v1/data-sources', 'get'>['items']>;
export type ImportOutcome = ApiResponse<'/api/v1/data-sources/{id}/imports', 'post'>;
export type SourceImport = NonNullable<DataSource['lastImport']>;
export type SourceRecord = ItemOf<ApiResponse<'/api/v1/data-sources/{id}/records', 'get'>['items']>;
export type Alert = ItemOf<ApiResponse<'/api/v1/alerts', 'get'>['items']>;
export type MatchingRun = ApiResponse<'/api/v1/matching-runs/{id}', 'get'>;
export type Finding = ItemOf<ApiResponse<'/api/v1/applications/{id}/verification-findings', 'get'>['findings']>;
export type Consent = ItemOf<ApiResponse<'/api/v1/households/{id}/consents', 'get'>['items']>;

/** One typed function per endpoint of issue 18 (data sources, matching, alerts, case verification). */
export const verificationApi = {
  sources: () => get<{ items: DataSource[] }>('/data-sources'),
  records: (id: string, page: number, pageSize: number) => get<{ items: SourceRecord[]; total: number }>(`/data-sources/${id}/records${qs({ page, pageSize })}`),
  importFile: (id: string, form: FormData) => post<ImportOutcome>(`/data-sources/${id}/imports`, form),
  startRun: (areaCode: string) => post<{ id: number; jobId: number }>('/matching-runs', { areaCode }),
  run: (id: number) => get<MatchingRun>(`/matching-runs/${id}`),
  alerts: (f: { status?: string | undefined; runId?: number | undefined }, page: number, pageSize: number) =>
    get<{ items: Alert[]; total: number; counts: { bySource: Record<string, number> } }>(`/alerts${qs({ ...f, page, pageSize })}`),
  workAlert: (id: number, body: { outcome: 'confirmed'; proposal: 'review' | 'stop' } | { outcome: 'explained'; reason: string }) => post<{ id: number; status: string }>(`/alerts/${id}/outcome`, body),
  findings: (applicationId: number) => get<{ findings: Finding[]; limits: { assetLimit: number } | null }>(`/applications/${applicationId}/verification-findings`),
  generateReport: (applicationId: number, conclusion: string) => post<unknown>(`/applications/${applicationId}/verification-report`, { conclusion }),
  reportPdfUrl: (applicationId: number) => `/api/v1/applications/${applicationId}/verification-report.pdf`,
  consents: (householdId: number) => get<{ items: Consent[] }>(`/households/${householdId}/consents`),
  uploadConsent: (householdId: number, personId: number, form: FormData) => post<unknown>(`/households/${householdId}/members/${personId}/consent`, form),
};
