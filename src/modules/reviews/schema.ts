import { z } from 'zod';
import { REVIEW_OUTCOMES, REVIEW_STATES, REVIEW_STOP_REASONS } from '../../domain/reviews/workflow.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 YYYY-MM，如 2025-07');
const areaCode = z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, '区划代码应为 6、9 或 12 位数字');
const page = { page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(500).default(20) };
const notes = z.string().trim().min(1).max(5000);

export const dueQuery = z.strictObject({ areaCode: areaCode.optional(), before: day.optional(), ...page });
export type DueQuery = z.infer<typeof dueQuery>;

export const reviewListQuery = z.strictObject({
  areaCode: areaCode.optional(),
  state: z.enum([...REVIEW_STATES, 'open']).optional(),
  campaignId: z.coerce.number().int().positive().optional(),
  ...page,
});
export type ReviewListQuery = z.infer<typeof reviewListQuery>;

export const openReviewSchema = z.strictObject({ enrolmentId: z.number().int().positive() });

export const visitSchema = z.strictObject({
  visitOn: day,
  notes,
  /** 需要核对: the visit found something the verifier must match against records */
  verificationNeeded: z.boolean().default(false),
});
export const verificationSchema = z.strictObject({ notes });

export const proposalSchema = z.strictObject({
  outcome: z.enum(REVIEW_OUTCOMES),
  /** the new monthly amount (fen) of a raise or a lowering */
  monthlyAmount: z.number().int().min(1).max(100_000_000).optional(),
  /** the month the outcome applies from */
  effectiveMonth: month,
  stopReason: z.enum(REVIEW_STOP_REASONS).optional(),
  /** 渐退: the income rose because a member found work */
  memberFoundWork: z.boolean().default(false),
  reason: z.string().trim().min(1).max(1000),
});
export type ProposalInput = z.infer<typeof proposalSchema>;

export const confirmationSchema = z.strictObject({ decision: z.enum(['confirm', 'return']), comment: z.string().trim().max(1000).optional() });

export const campaignSchema = z.strictObject({ areaCode, program: z.enum(['dibao', 'tekun']) });

export const dueItemSchema = z.object({
  enrolmentId: z.number().int(),
  program: z.string(),
  householdId: z.number().int(),
  headName: z.string().nullable(),
  category: z.string().nullable(),
  areaCode: z.string(),
  monthlyAmount: z.number().int(),
  dueDate: z.string(),
  overdue: z.boolean(),
  workingDaysLeft: z.number().int(),
  openReviewId: z.number().int().nullable(),
});

export const reviewViewSchema = z.object({
  id: z.number().int(),
  kind: z.literal('review'),
  program: z.string(),
  state: z.string(),
  enrolmentId: z.number().int(),
  householdId: z.number().int(),
  headName: z.string().nullable(),
  category: z.string().nullable(),
  areaCode: z.string(),
  campaignId: z.number().int().nullable(),
  dueDate: z.string(),
  amountInForce: z.number().int(),
  recalculatedAmount: z.number().int().nullable(),
  /** the means test behind the recalculated amount: eligible, per-capita income, reasons, policy version */
  recalculation: z.record(z.string(), z.unknown()).nullable(),
  visit: z.object({ on: z.string(), notes: z.string().nullable() }).nullable(),
  verificationNeeded: z.boolean(),
  verificationNotes: z.string().nullable(),
  proposal: z
    .object({
      outcome: z.string(),
      monthlyAmount: z.number().int().nullable(),
      effectiveMonth: z.string().nullable(),
      stopReason: z.string().nullable(),
      memberFoundWork: z.boolean(),
      reason: z.string().nullable(),
    })
    .nullable(),
  gradualExitUntil: z.string().nullable(),
  monthlyDifference: z.number().int().nullable(),
  decidedOn: z.string().nullable(),
  allowedActions: z.array(z.enum(['record_visit', 'complete_verification', 'propose', 'confirm', 'return'])),
  createdAt: z.string(),
});

const int = z.number().int();
/** 已复核 (decided) = continued + changed (raised, lowered, suspended) + exited; money per month in fen. */
export const tallySchema = z.object({
  total: int,
  rechecked: int,
  continued: int,
  changed: int,
  exited: int,
  gradualExits: int,
  monthlyDifference: int,
  byState: z.record(z.string(), int),
});
const areaTally = tallySchema.extend({ areaCode: z.string(), areaName: z.string() });

export const campaignViewSchema = z.object({
  id: int,
  areaCode: z.string(),
  areaName: z.string(),
  program: z.string(),
  reviews: int,
  createdAt: z.string(),
  summary: tallySchema,
  streets: z.array(areaTally),
  communities: z.array(areaTally),
});
