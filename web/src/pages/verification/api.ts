import { get, post, qs } from '../../api/client.ts';
import type { ApiResponse, ItemOf } from '../../api/contract.ts';
import type { JobView } from '../../api/types.ts';

export type DataSource = ItemOf<ApiResponse<'/api/v1/data-sources', 'get'>['items']>;
export type SourceImport = NonNullable<DataSource['lastImport']>;
/** The result of a finished source-import job (the job view's `result` is not typed by the contract). */
export type ImportOutcome = SourceImport & { added: number; errors: { row: number; column: string; message: string }[] };
export type SourceRecord = ItemOf<ApiResponse<'/api/v1/data-sources/{id}/records', 'get'>['items']>;
export type Alert = ItemOf<ApiResponse<'/api/v1/alerts', 'get'>['items']>;
export type MatchingRun = ApiResponse<'/api/v1/matching-runs/{id}', 'get'>;
export type Finding = ItemOf<ApiResponse<'/api/v1/applications/{id}/verification-findings', 'get'>['findings']>;
export type Consent = ItemOf<ApiResponse<'/api/v1/households/{id}/consents', 'get'>['items']>;

/** One typed function per endpoint of issue 18 (data sources, matching, alerts, case verification). */
export const verificationApi = {
  sources: () => get<{ items: DataSource[] }>('/data-sources'),
  records: (id: string, page: number, pageSize: number) => get<{ items: SourceRecord[]; total: number }>(`/data-sources/${id}/records${qs({ page, pageSize })}`),
  /** answered 202 with a job: poll `job` until it has succeeded; its result is the ImportOutcome */
  importFile: (id: string, form: FormData) => post<JobView<ImportOutcome>>(`/data-sources/${id}/imports`, form),
  job: (id: number) => get<JobView<ImportOutcome>>(`/jobs/${id}`),
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
