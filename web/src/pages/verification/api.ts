import { get, post, qs } from '../../api/client.ts';
import type { JobView } from '../../api/types.ts';

export interface DataSource {
  id: string;
  name: string;
  department: string;
  mode: 'replace' | 'append';
  columns: { header: string; required: boolean }[];
  records: number;
  lastImport: SourceImport | null;
}
export interface SourceImport {
  id: number;
  sourceId: string;
  mode: 'replace' | 'append';
  fileName: string;
  importedOn: string;
  importedAt: string;
  rowCount: number;
  badRowCount: number;
}
export interface ImportOutcome extends SourceImport {
  added: number;
  errors: { row: number; column: string; message: string }[];
}
export interface SourceRecord {
  id: number;
  name: string;
  idNumber: string;
  kind: string;
  eventDate: string | null;
  endDate: string | null;
  amount: number | null;
  item: string | null;
  exempt: boolean;
}
export interface Alert {
  id: number;
  runId: number;
  rule: string;
  source: string;
  personId: number;
  personName: string;
  householdId: number;
  areaCode: string;
  declared: string;
  matched: string;
  status: 'open' | 'confirmed' | 'explained';
  dueDate: string;
  overdue: boolean;
  outcome: 'review' | 'stop' | null;
  reason: string | null;
}
export interface MatchingRun {
  id: number;
  areaCode: string;
  status: 'running' | 'done' | 'failed';
  counts: { households: number; householdsTotal: number | null; persons: number; findings: number; newAlerts: number };
}
export interface Finding {
  rule: string | null;
  breaksRule: boolean;
  source: string;
  sourceName: string;
  personId: number;
  personName: string;
  declared: string;
  matched: string;
}
export interface Consent {
  personId: number;
  name: string;
  adult: boolean;
  documentId: number | null;
}

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
