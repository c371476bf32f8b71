import { z } from 'zod';
import { RISK_RULES } from '../../domain/risk/rules.ts';

export const riskRuleSchema = z.enum(RISK_RULES);
export const findingStatusSchema = z.enum(['open', 'confirmed', 'dismissed']);

export const startRunSchema = z.strictObject({
  /** the area to check (district, street or community); the user's own area when left out */
  areaCode: z.string().regex(/^(\d{6}|\d{9}|\d{12})$/).optional(),
});

export const runParams = z.strictObject({ id: z.coerce.number().int().positive() });

const ruleSummarySchema = z.object({ found: z.number().int(), created: z.number().int(), ms: z.number().int() });

export const riskRunSchema = z.object({
  id: z.number().int(),
  areaCode: z.string(),
  jobId: z.number().int().nullable(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().int().nullable(),
  progress: z.object({ done: z.number().int(), total: z.number().int().nullable(), phase: z.string().nullable() }),
  error: z.string().nullable(),
  /** per rule: findings seen, new ones opened, milliseconds */
  summary: z.record(z.string(), ruleSummarySchema).nullable(),
});
export type RiskRunView = z.infer<typeof riskRunSchema>;

export const findingListQuery = z.strictObject({
  runId: z.coerce.number().int().positive().optional(),
  rule: riskRuleSchema.optional(),
  status: findingStatusSchema.optional(),
  areaCode: z.string().regex(/^\d{2,12}$/).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type FindingListQuery = z.infer<typeof findingListQuery>;

export const riskFindingSchema = z.object({
  id: z.number().int(),
  rule: riskRuleSchema,
  areaCode: z.string(),
  householdIds: z.array(z.number().int()),
  personIds: z.array(z.number().int()),
  /** the values the rule found (a bank account masked) */
  evidence: z.record(z.string(), z.unknown()),
  status: findingStatusSchema,
  firstRunId: z.number().int(),
  lastRunId: z.number().int(),
  createdAt: z.string(),
  outcome: z.object({ note: z.string(), by: z.string().nullable(), at: z.string() }).nullable(),
  version: z.number().int(),
});
export type RiskFindingView = z.infer<typeof riskFindingSchema>;

export const riskFindingDetailSchema = riskFindingSchema.extend({
  households: z.array(z.object({ id: z.number().int(), areaCode: z.string(), areaName: z.string().nullable(), address: z.string(), headName: z.string().nullable() })),
  persons: z.array(z.object({ id: z.number().int(), name: z.string(), idNumberMasked: z.string(), householdId: z.number().int().nullable() })),
});

export const findingOutcomeSchema = z.strictObject({
  status: z.enum(['confirmed', 'dismissed']),
  note: z.string().trim().min(1).max(2000),
});

export const riskStatsSchema = z.object({
  areaCode: z.string(),
  byRule: z.array(z.object({ rule: riskRuleSchema, open: z.number().int(), confirmed: z.number().int(), dismissed: z.number().int() })),
  total: z.object({ open: z.number().int(), confirmed: z.number().int(), dismissed: z.number().int() }),
});
export type RiskStats = z.infer<typeof riskStatsSchema>;
