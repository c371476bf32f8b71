import { z } from 'zod';

export const JOB_KINDS = ['household_import', 'risk_check', 'matching_run', 'source_import', 'discovery_run'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const jobStatusSchema = z.enum(['queued', 'running', 'succeeded', 'failed']);

/** A job as its submitter (or someone whose area covers it) sees it. */
export const jobViewSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  status: jobStatusSchema,
  submittedBy: z.string(),
  areaCode: z.string(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  heartbeatAt: z.string().nullable(),
  attempts: z.number().int(),
  progress: z.object({ done: z.number().int(), total: z.number().int().nullable(), phase: z.string().nullable() }),
  /** The kind's result once succeeded (an import: the import result). */
  result: z.unknown().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type JobView = z.infer<typeof jobViewSchema>;

export const jobListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const jobParams = z.strictObject({ id: z.coerce.number().int().positive() });
