import { get, post, put, qs } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';

/** The complaint register's API (src/modules/complaints/routes.ts), one typed function per endpoint. */

export const COMPLAINT_CHANNELS = ['hotline', 'letter', 'visit', 'window', 'tip_box', 'online', 'notice_objection'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
/** Channels staff register by hand (a notice objection is registered on its case). */
export const STAFF_CHANNELS = COMPLAINT_CHANNELS.filter((c) => c !== 'notice_objection');
export const COMPLAINT_CATEGORIES = ['hidden_income', 'staff_relative', 'wrong_amount', 'staff_conduct', 'slow_service', 'other'] as const;
export const COMPLAINT_STATUSES = ['received', 'assigned', 'investigating', 'concluded', 'replied'] as const;
export const COMPLAINT_OUTCOMES = ['true', 'partly_true', 'not_true'] as const;
export const CORRECTIVE_KINDS = ['enrolment_change', 'recovery', 'application', 'other'] as const;
export type ComplaintStep = 'assign' | 'investigate' | 'conclude' | 'correct' | 'reply';

export interface ComplaintListItem {
  id: number;
  trackingCode: string;
  areaCode: string;
  areaName: string | null;
  channel: ComplaintChannel;
  category: string;
  status: string;
  outcome: string | null;
  receivedOn: string;
  dueOn: string;
  overdue: boolean;
  assigneeId: number | null;
  assigneeName: string | null;
  summary: string;
}

export interface ComplaintDetail extends ComplaintListItem {
  content: string;
  anonymous: boolean;
  complainantName: string | null;
  complainantContact: string | null;
  subjectHouseholdId: number | null;
  subjectHouseholdName: string | null;
  subjectPersonId: number | null;
  subjectPersonName: string | null;
  subjectUserId: number | null;
  subjectUserName: string | null;
  subjectNote: string | null;
  applicationId: number | null;
  objectionId: number | null;
  finding: string | null;
  concludedOn: string | null;
  reply: string | null;
  repliedOn: string | null;
  events: { id: number; action: string; happenedOn: string; content: string | null; actorUsername: string | null; at: string }[];
  actions: { id: number; kind: string; refId: number | null; description: string; createdAt: string }[];
  linkable: { kind: string; id: number; label: string }[];
  allowed: ComplaintStep[];
}

export interface ComplaintStats {
  received: number;
  byChannel: Record<string, number>;
  byCategory: Record<string, number>;
  foundTrue: number;
  partlyTrue: number;
  notTrue: number;
  corrected: number;
}

export const complaintsApi = {
  list: (p: { status?: string; channel?: string; category?: string; overdue?: string; page: number; pageSize: number }) => get<Page<ComplaintListItem>>(`/complaints${qs(p)}`),
  get: (id: number) => get<ComplaintDetail>(`/complaints/${id}`),
  create: (body: Record<string, unknown>) => post<ComplaintDetail>('/complaints', body),
  assignees: () => get<{ items: { id: number; displayName: string; role: string; areaCode: string }[] }>('/complaints/assignees'),
  assign: (id: number, assigneeId: number) => post<ComplaintDetail>(`/complaints/${id}/assign`, { assigneeId }),
  subject: (id: number, body: { subjectHouseholdId: number | null; subjectPersonId?: number | null; subjectUserId?: number | null; subjectNote?: string | null }) => put<ComplaintDetail>(`/complaints/${id}/subject`, body),
  subjectStaff: (q: string) => get<{ items: { id: number; displayName: string; role: string; areaCode: string }[] }>(`/complaints/subject-staff${qs({ q })}`),
  investigate: (id: number, body: { happenedOn: string; content: string }) => post<ComplaintDetail>(`/complaints/${id}/investigations`, body),
  conclude: (id: number, body: { outcome: string; finding: string }) => post<ComplaintDetail>(`/complaints/${id}/outcome`, body),
  correct: (id: number, body: { kind: string; refId?: number; description: string }) => post<ComplaintDetail>(`/complaints/${id}/actions`, body),
  reply: (id: number, reply: string) => post<ComplaintDetail>(`/complaints/${id}/reply`, { reply }),
  stats: (from: string, to: string) => get<ComplaintStats>(`/complaints/stats${qs({ from, to })}`),
  channels: (areaCode: string) => get<{ areaCode: string; channels: string[]; inheritedFrom: string | null }>(`/areas/${areaCode}/complaint-channels`),
  setChannels: (areaCode: string, channels: string[]) => put<{ areaCode: string; channels: string[]; inheritedFrom: string | null }>(`/areas/${areaCode}/complaint-channels`, { channels }),
};
