import { z } from 'zod';
import { CASE_ACTIONS } from '../../domain/cases/transition.ts';
import { caseProgramSchema } from '../../domain/cases/states.ts';
import { TEMPORARY_EVENT_CODES, TEMPORARY_TYPES } from '../../domain/cases/temporary.ts';

/** 材料清单: what the applicant brought to the window. */
export const CHECKLIST_ITEMS = ['application_form', 'id_cards', 'household_register', 'income_proof', 'consent', 'disability_certificate', 'medical_records', 'other'] as const;

export const newApplicationSchema = z.strictObject({
  householdId: z.number().int().positive(),
  program: caseProgramSchema,
  subjectPersonId: z.number().int().positive().optional(),
  democraticReview: z.boolean().default(false),
  checklist: z.array(z.enum(CHECKLIST_ITEMS)).max(CHECKLIST_ITEMS.length).default([]),
  consentDocumentId: z.number().int().positive().optional(),
  /** 临时救助 only, and required there: 急难型 / 支出型, the event, the sum asked for (fen). */
  temporaryType: z.enum(TEMPORARY_TYPES).optional(),
  temporaryEvent: z.enum(TEMPORARY_EVENT_CODES as [string, ...string[]]).optional(),
  requestedAmount: z.number().int().positive().max(100_000_000).optional(),
  eventDescription: z.string().trim().max(500).optional(),
});
export type NewApplication = z.infer<typeof newApplicationSchema>;

export const transitionSchema = z.strictObject({
  action: z.enum(CASE_ACTIONS),
  comment: z.string().trim().max(2000).optional(),
  /** Temporary assistance: the grant (at street review) or the urgent small sum (fen). */
  amount: z.number().int().positive().max(100_000_000).optional(),
  upheld: z.boolean().optional(),
  caseByCaseDecision: z.boolean().optional(),
  category: z.enum(['A', 'B', 'C']).optional(),
  /** The separate review a case of a staff member's relative needs (近亲属备案审查). */
  relativeReview: z.string().trim().min(1).max(2000).optional(),
});
export type TransitionInput = z.infer<typeof transitionSchema>;

/**
 * 入户调查 / 邻里访问 evidence taken on the phone (issue 19): photos and the signatures drawn on
 * the screen are uploaded first as documents of the household (kind photo / signature); the
 * record names them. The time the record was written on the device and, when the worker
 * allowed it, where.
 */
const visitEvidence = {
  photoDocumentIds: z.array(z.number().int().positive()).max(20).default([]),
  recordedAt: z.iso.datetime({ offset: true }).optional(),
  location: z.strictObject({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180), accuracy: z.number().min(0).max(100_000).optional() }).optional(),
  signatures: z
    .array(z.strictObject({ role: z.enum(['staff', 'resident']), name: z.string().trim().min(1).max(50), documentId: z.number().int().positive() }))
    .max(12)
    .default([]),
};

/** Idempotency-Key: a phone names each record once and may send it more than once. */
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_.:-]{8,100}$/, 'Idempotency-Key 应为 8–100 位字母、数字或 -_.:');

export const recordSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('investigation'),
    happenedOn: z.iso.date(),
    staff: z.array(z.string().trim().min(1).max(50)).min(1).max(10),
    findings: z.string().trim().min(1).max(5000),
    ...visitEvidence,
  }),
  z.strictObject({
    kind: z.literal('neighbour_interview'),
    happenedOn: z.iso.date(),
    staff: z.array(z.string().trim().min(1).max(50)).min(1).max(10),
    interviewee: z.string().trim().min(1).max(100),
    statement: z.string().trim().min(1).max(5000),
    ...visitEvidence,
  }),
  z.strictObject({
    kind: z.literal('verification'),
    happenedOn: z.iso.date(),
    items: z
      .array(z.strictObject({ source: z.string().trim().min(1).max(50), declared: z.string().max(500), found: z.string().max(500), matches: z.boolean() }))
      .min(1)
      .max(30),
    conclusion: z.string().trim().min(1).max(2000),
  }),
  z.strictObject({
    kind: z.literal('review_meeting'),
    happenedOn: z.iso.date(),
    panelSize: z.number().int().min(1).max(500),
    attendance: z.number().int().min(0).max(500),
    votesFor: z.number().int().min(0).max(500),
    votesAgainst: z.number().int().min(0).max(500),
    minutes: z.string().trim().min(1).max(10000),
  }),
]);
export type CaseRecordInput = z.infer<typeof recordSchema>;

export const objectionSchema = z.strictObject({
  raisedBy: z.string().trim().min(1).max(100),
  receivedVia: z.enum(['phone', 'window', 'letter', 'online', 'notice_board']),
  content: z.string().trim().min(1).max(5000),
});

export const relativeSchema = z.strictObject({
  staffName: z.string().trim().min(1).max(50),
  staffPosition: z.string().trim().min(1).max(100),
  relativeName: z.string().trim().min(1).max(50),
  relativeIdNumber: z.string().trim().min(15).max(18),
  relation: z.string().trim().min(1).max(32),
  areaCode: z.string().regex(/^\d{6,12}$/),
  /** The staff member's user account, for recusal; when left out, the one active user of the district with that display name, if exactly one. */
  staffUserId: z.number().int().positive().optional(),
});
