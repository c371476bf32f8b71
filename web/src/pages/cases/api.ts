import { get, post, qs } from '../../api/client.ts';

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

export type CaseAction =
  | 'accept'
  | 'complete_investigation'
  | 'complete_verification'
  | 'complete_democratic_review'
  | 'street_approve'
  | 'close_notice'
  | 'confirm'
  | 'reject'
  | 'return'
  | 'withdraw'
  | 'appeal'
  | 'decide_appeal'
  | 'pay_urgent';

export interface CaseEvent {
  at: string;
  actorUsername: string;
  /** The user's name (陈静), shown instead of the login. */
  actorName?: string | null;
  action: string;
  fromState: string | null;
  toState: string | null;
  comment: string | null;
  data: unknown;
}

export type RecordKind = 'investigation' | 'neighbour_interview' | 'verification' | 'review_meeting';

export interface CaseRecord {
  id: number;
  kind: RecordKind;
  happenedOn: string;
  staffCount: number;
  data: Record<string, unknown>;
  createdAt: string;
}

export interface Objection {
  id: number;
  raisedBy: string;
  receivedVia: string;
  content: string;
  status: 'open' | 'resolved';
  resolution: string | null;
  createdAt: string;
}

export interface CaseView {
  id: number;
  householdId: number;
  subjectPersonId: number | null;
  headName: string | null;
  subjectName: string | null;
  program: Program;
  path: 'full' | 'short';
  state: CaseState;
  areaCode: string;
  areaName: string;
  receivingStreetCode: string | null;
  /** 一门受理: the owning street accepts; a window of another street only took the file. */
  intake: { owningStreetCode: string; owningStreetName: string; receivingStreetName: string; forwarded: boolean; awaitingStreet: boolean; handledHere: boolean };
  democraticReview: boolean;
  checklist: string[];
  clock: { acceptedOn: string | null; dueOn: string | null; workingDaysLeft: number | null; overdue: boolean; scheduleKnown: boolean };
  /** 入户调查 starts by `dueOn` (the area's working days after acceptance). */
  investigation: { dueOn: string; startedOn: string | null; overdue: boolean; late: boolean } | null;
  /** 不予确认通知书 to be issued by `dueOn`. */
  rejectionNotice: { dueOn: string } | null;
  temporary: { type: TemporaryType; event: string; requestedAmount: number; eventDescription: string | null } | null;
  calculatedAmount: number | null;
  calculation: unknown;
  /** The label of the policy the amount was frozen under (`2025-01-01/b191a2b8`). */
  policyVersion: string | null;
  category: 'A' | 'B' | 'C' | null;
  relativeFlagged: boolean;
  relativeReview: string | null;
  urgentAmount: number | null;
  decisionText: string | null;
  version: number;
  allowedActions: CaseAction[];
  events: CaseEvent[];
  records: CaseRecord[];
  notice: { id: number; round: number; rounds: number; openedOn: string; closesOn: string; maskedName: string; maskedIdNumber: string; monthlyAmount: number | null; over: boolean } | null;
  notices: { id: number; round: number; rounds: number; openedOn: string; closesOn: string }[];
  /** The area's rules in force today (policy `cases.*`). */
  rules: { extendedWorkingDays: number; reviewPanelMinimum: number; notice: { days: number; rounds: number } };
  objections: Objection[];
}

export interface CaseListItem {
  id: number;
  program: Program;
  state: CaseState;
  areaCode: string;
  areaName: string;
  householdId: number;
  headName: string | null;
  relativeFlagged: boolean;
  acceptedOn: string | null;
  dueOn: string | null;
  workingDaysLeft: number | null;
  overdue: boolean;
  investigationDueOn: string | null;
  investigationOverdue: boolean;
  forwarded: boolean;
}

export interface InboxItem extends CaseListItem {
  actions: CaseAction[];
}

export interface NewApplication {
  householdId: number;
  /** a built-in program or a local one (local_…) */
  program: Program | `local_${string}`;
  subjectPersonId?: number;
  democraticReview?: boolean;
  checklist?: ChecklistItem[];
  temporaryType?: TemporaryType;
  temporaryEvent?: string;
  requestedAmount?: number;
  eventDescription?: string;
}

export interface TransitionInput {
  action: CaseAction;
  comment?: string;
  amount?: number;
  upheld?: boolean;
  caseByCaseDecision?: boolean;
  category?: 'A' | 'B' | 'C';
  relativeReview?: string;
}

export interface StaffRelative {
  id: number;
  staffName: string;
  staffPosition: string;
  relativeName: string;
  relativeIdNumberMasked: string;
  relation: string;
  areaCode: string;
  createdAt: string;
}

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
