import { get, post, qs } from '../../api/client.ts';
import type { ApiBody, ApiResponse, ItemOf } from '../../api/contract.ts';

/** The case workflow's API (src/modules/cases/routes.ts), one typed function per endpoint. */

export const PROGRAMS = ['dibao', 'tekun', 'temporary', 'disability_living', 'disability_care', 'elderly_allowance', 'orphan', 'de_facto_orphan'] as const;
export type Program = (typeof PROGRAMS)[number];
/** Programs granted to one person: the application names its subject. */
export const PERSON_PROGRAMS: readonly Program[] = ['tekun', 'disability_living', 'disability_care', 'elderly_allowance', 'orphan', 'de_facto_orphan'];

export const CASE_STATES = ['submitted', 'investigation', 'verification', 'democratic_review', 'street_review', 'public_notice', 'county_confirmation', 'approved', 'rejected', 'appealed', 'withdrawn'] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CHECKLIST_ITEMS = ['application_form', 'id_cards', 'household_register', 'income_proof', 'consent', 'disability_certificate', 'medical_records', 'other'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/** 临时救助: 急难型 / 支出型 and the events each covers (src/domain/cases/temporary.ts). */
export const TEMPORARY_TYPES = ['emergency', 'expenditure'] as const;
export type TemporaryType = (typeof TEMPORARY_TYPES)[number];
export const TEMPORARY_EVENTS: Record<string, readonly TemporaryType[]> = {
  fire: ['emergency'],
  natural_disaster: ['emergency'],
  accident: ['emergency'],
  serious_illness: ['emergency', 'expenditure'],
  breadwinner_death: ['emergency'],
  medical_expense: ['expenditure'],
  education_expense: ['expenditure'],
  living_expense: ['expenditure'],
  other: ['emergency', 'expenditure'],
};

export const OBJECTION_CHANNELS = ['phone', 'window', 'letter', 'online', 'notice_board'] as const;

export type CaseView = Omit<ApiResponse<'/api/v1/applications/{id}', 'get'>, 'program' | 'state' | 'records'> & { program: Program; state: CaseState; records: CaseRecord[] };
export type CaseAction = ItemOf<CaseView['allowedActions']>;
export type CaseEvent = ItemOf<CaseView['events']>;
export type RecordKind = ApiBody<'/api/v1/applications/{id}/records', 'post'>['kind'];
export type CaseRecord = Omit<ItemOf<ApiResponse<'/api/v1/applications/{id}', 'get'>['records']>, 'kind' | 'data'> & { kind: RecordKind; data: Record<string, unknown> };
export type Objection = ItemOf<CaseView['objections']>;

type ListItem = ItemOf<ApiResponse<'/api/v1/applications', 'get'>['items']>;
export type CaseListItem = Omit<ListItem, 'program' | 'state'> & { program: Program; state: CaseState };
export type InboxItem = CaseListItem & Pick<ItemOf<ApiResponse<'/api/v1/inbox', 'get'>['items']>, 'actions'>;

export type NewApplication = ApiBody<'/api/v1/applications', 'post'>;
export type TransitionInput = ApiBody<'/api/v1/applications/{id}/transitions', 'post'>;
export type StaffRelative = ItemOf<ApiResponse<'/api/v1/staff-relatives', 'get'>['items']>;

export const casesApi = {
  apply: (body: NewApplication) => post<CaseView>('/applications', body),
  get: (id: number) => get<CaseView>(`/applications/${id}`),
  list: (filter: { state?: string; overdue?: boolean }) => get<{ items: CaseListItem[] }>(`/applications${qs({ state: filter.state, overdue: filter.overdue || undefined })}`),
  inbox: () => get<{ items: InboxItem[] }>('/inbox'),
  transition: (id: number, body: TransitionInput) => post<CaseView>(`/applications/${id}/transitions`, body),
  bulkConfirm: (ids: number[], category?: 'A' | 'B' | 'C') =>
    post<{ results: { id: number; ok: boolean; state?: string; error?: { code: string; message: string } | string }[] }>('/applications/bulk-transitions', { ids, action: 'confirm', category }),
  addRecord: (id: number, body: { kind: RecordKind } & Record<string, unknown>) => post<CaseView>(`/applications/${id}/records`, body),
  addObjection: (id: number, body: { raisedBy: string; receivedVia: string; content: string }) => post<CaseView>(`/applications/${id}/objections`, body),
  resolveObjection: (objectionId: number, resolution: string) => post<CaseView>(`/objections/${objectionId}/resolve`, { resolution }),
  extend: (id: number, reason: string) => post<CaseView>(`/applications/${id}/extend`, { reason }),
  relatives: () => get<{ items: StaffRelative[] }>('/staff-relatives'),
  addRelative: (body: { staffName: string; staffPosition: string; relativeName: string; relativeIdNumber: string; relation: string; areaCode: string }) => post<unknown>('/staff-relatives', body),
};

export const decisionPdfUrl = (id: number) => `/api/v1/applications/${id}/decision.pdf`;
export const noticePdfUrl = (communityCode: string) => `/api/v1/notices/${communityCode}/notice.pdf`;
export const publicNoticeUrl = (communityCode: string) => `/public/notices/${communityCode}`;
