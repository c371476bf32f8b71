import { get, post, put, qs } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import type { ApiResponse, ItemOf } from '../../api/contract.ts';

/** The complaint register's API (src/modules/complaints/routes.ts), one typed function per endpoint. */

export const COMPLAINT_CHANNELS = ['hotline', 'letter', 'visit', 'window', 'tip_box', 'online', 'notice_objection'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
/** Channels staff register by hand (a notice objection is registered on its case). */
export const STAFF_CHANNELS = COMPLAINT_CHANNELS.filter((c) => c !== 'notice_objection');
export const COMPLAINT_CATEGORIES = ['hidden_income', 'staff_relative', 'wrong_amount', 'staff_conduct', 'slow_service', 'other'] as const;
export const COMPLAINT_STATUSES = ['received', 'assigned', 'investigating', 'concluded', 'replied'] as const;
export const COMPLAINT_OUTCOMES = ['true', 'partly_true', 'not_true'] as const;
export const CORRECTIVE_KINDS = ['enrolment_change', 'recovery', 'application', 'other'] as const;

export type ComplaintListItem = ItemOf<ApiResponse<'/api/v1/complaints', 'get'>['items']>;
export type ComplaintDetail = ApiResponse<'/api/v1/complaints/{id}', 'get'>;
export type ComplaintStep = ItemOf<ComplaintDetail['allowed']>;
export type ComplaintStats = ApiResponse<'/api/v1/complaints/stats', 'get'>;

export const complaintsApi = {
  list: (p: { status?: string; channel?: string; category?: string; overdue?: string; page: number; pageSize: number }) => get<Page<ComplaintListItem>>(`/complaints${qs(p)}`),
  get: (id: number) => get<ComplaintDetail>(`/complaints/${id}`),
  create: (body: Record<string, unknown>) => post<ComplaintDetail>('/complaints', body),
  assignees: () => get<{ items: { id: number; displayName: string; role: string; areaCode: string }[] }>('/complaints/assignees'),
  assign: (id: number, assigneeId: number) => post<ComplaintDetail>(`/complaints/${id}/assign`, { assigneeId }),
  subject: (id: number, body: { subjectHouseholdId: number | null; subjectPersonId?: number | null; subjectUserId?: number | null; subjectNote?: string | null }) => put<ComplaintDetail>(`/complaints/${id}/subject`, body),
  subjectStaff: (q: string) => get<ApiResponse<'/api/v1/complaints/subject-staff', 'get'>>(`/complaints/subject-staff${qs({ q })}`),
  investigate: (id: number, body: { happenedOn: string; content: string }) => post<ComplaintDetail>(`/complaints/${id}/investigations`, body),
  conclude: (id: number, body: { outcome: string; finding: string }) => post<ComplaintDetail>(`/complaints/${id}/outcome`, body),
  correct: (id: number, body: { kind: string; refId?: number; description: string }) => post<ComplaintDetail>(`/complaints/${id}/actions`, body),
  reply: (id: number, reply: string) => post<ComplaintDetail>(`/complaints/${id}/reply`, { reply }),
  stats: (from: string, to: string) => get<ComplaintStats>(`/complaints/stats${qs({ from, to })}`),
  channels: (areaCode: string) => get<{ areaCode: string; channels: string[]; inheritedFrom: string | null }>(`/areas/${areaCode}/complaint-channels`),
  setChannels: (areaCode: string, channels: string[]) => put<{ areaCode: string; channels: string[]; inheritedFrom: string | null }>(`/areas/${areaCode}/complaint-channels`, { channels }),
};
