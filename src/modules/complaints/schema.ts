import { z } from 'zod';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_OUTCOMES, COMPLAINT_STATUSES, CORRECTIVE_KINDS } from '../../domain/complaints/complaint.ts';

const areaCode = z.string().regex(/^\d{6,12}$/);
const text = (max: number) => z.string().trim().min(1).max(max);

/** 网上举报: what a resident sends through the public form (no login, no names asked). */
export const publicComplaintSchema = z.strictObject({
  areaCode,
  category: z.enum(COMPLAINT_CATEGORIES),
  content: text(2000),
  /** A phone number or address for the reply; left out, the complaint is anonymous. */
  contact: z.string().trim().max(100).optional(),
});
export type PublicComplaintInput = z.infer<typeof publicComplaintSchema>;

/** What the tracking code shows: status, dates and the reply — never a name. */
export const publicComplaintStatusSchema = z.object({
  trackingCode: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  receivedOn: z.string(),
  dueOn: z.string(),
  concludedOn: z.string().nullable(),
  reply: z.string().nullable(),
  repliedOn: z.string().nullable(),
});

/** 登记: a complaint received by staff (hotline, letter, visit, window, tip box, online). */
export const newComplaintSchema = z.strictObject({
  areaCode,
  channel: z.enum(COMPLAINT_CHANNELS).exclude(['notice_objection']),
  category: z.enum(COMPLAINT_CATEGORIES),
  content: text(5000),
  receivedOn: z.iso.date().optional(),
  anonymous: z.boolean().default(false),
  complainantName: z.string().trim().max(100).optional(),
  complainantContact: z.string().trim().max(100).optional(),
  subjectHouseholdId: z.number().int().positive().optional(),
  subjectPersonId: z.number().int().positive().optional(),
  subjectUserId: z.number().int().positive().optional(),
  subjectNote: z.string().trim().max(200).optional(),
});
export type NewComplaint = z.infer<typeof newComplaintSchema>;

export const complaintListQuery = z.strictObject({
  status: z.enum(COMPLAINT_STATUSES).optional(),
  channel: z.enum(COMPLAINT_CHANNELS).optional(),
  category: z.enum(COMPLAINT_CATEGORIES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ComplaintListQuery = z.infer<typeof complaintListQuery>;

/** 被反映对象: who the complaint is about, set or corrected while it is open. */
export const subjectSchema = z.strictObject({
  subjectHouseholdId: z.number().int().positive().nullable(),
  subjectPersonId: z.number().int().positive().nullable().default(null),
  subjectUserId: z.number().int().positive().nullable().default(null),
  subjectNote: z.string().trim().max(200).nullable().default(null),
});
export type SubjectInput = z.infer<typeof subjectSchema>;
export const assignSchema = z.strictObject({ assigneeId: z.number().int().positive() });
export const investigationSchema = z.strictObject({ happenedOn: z.iso.date(), content: text(5000) });
export const outcomeSchema = z.strictObject({ outcome: z.enum(COMPLAINT_OUTCOMES), finding: text(5000) });
export const correctiveActionSchema = z.strictObject({
  kind: z.enum(CORRECTIVE_KINDS),
  /** The enrolment change, recovery or case the action made; none for `other`. */
  refId: z.number().int().positive().optional(),
  description: text(2000),
});
export type CorrectiveActionInput = z.infer<typeof correctiveActionSchema>;
export const replySchema = z.strictObject({ reply: text(2000) });
export const channelsSchema = z.strictObject({ channels: z.array(text(120)).min(1).max(12) });

const listItem = z.object({
  id: z.number().int(),
  trackingCode: z.string(),
  areaCode: z.string(),
  areaName: z.string().nullable(),
  channel: z.enum(COMPLAINT_CHANNELS),
  category: z.enum(COMPLAINT_CATEGORIES),
  status: z.enum(COMPLAINT_STATUSES),
  outcome: z.enum(COMPLAINT_OUTCOMES).nullable(),
  receivedOn: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  assigneeId: z.number().int().nullable(),
  assigneeName: z.string().nullable(),
  summary: z.string(),
});
export const complaintListSchema = z.object({ items: z.array(listItem), total: z.number().int() });

export const complaintDetailSchema = listItem.extend({
  content: z.string(),
  anonymous: z.boolean(),
  complainantName: z.string().nullable(),
  complainantContact: z.string().nullable(),
  subjectHouseholdId: z.number().int().nullable(),
  subjectHouseholdName: z.string().nullable(),
  subjectPersonId: z.number().int().nullable(),
  subjectPersonName: z.string().nullable(),
  subjectUserId: z.number().int().nullable(),
  subjectUserName: z.string().nullable(),
  subjectNote: z.string().nullable(),
  applicationId: z.number().int().nullable(),
  objectionId: z.number().int().nullable(),
  finding: z.string().nullable(),
  concludedOn: z.string().nullable(),
  reply: z.string().nullable(),
  repliedOn: z.string().nullable(),
  events: z.array(z.object({ id: z.number().int(), action: z.string(), happenedOn: z.string(), content: z.string().nullable(), actorUsername: z.string().nullable(), at: z.string() })),
  actions: z.array(z.object({ id: z.number().int(), kind: z.enum(CORRECTIVE_KINDS), refId: z.number().int().nullable(), description: z.string(), createdAt: z.string() })),
  /** Records of the subject household a corrective action may name (its enrolment changes, recoveries, cases). */
  linkable: z.array(z.object({ kind: z.enum(CORRECTIVE_KINDS), id: z.number().int(), label: z.string() })),
  /** What the signed-in user may do next. */
  allowed: z.array(z.enum(['assign', 'investigate', 'conclude', 'correct', 'reply'])),
});
export type ComplaintDetail = z.infer<typeof complaintDetailSchema>;

export const subjectStaffQuery = z.strictObject({ q: z.string().trim().max(50).optional() });
export const assigneesSchema = z.object({ items: z.array(z.object({ id: z.number().int(), displayName: z.string(), role: z.string(), areaCode: z.string() })) });
export const channelsViewSchema = z.object({ areaCode: z.string(), channels: z.array(z.string()), inheritedFrom: z.string().nullable() });
