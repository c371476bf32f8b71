import { z } from 'zod';
import { NEED_CATEGORIES, NEED_STATUSES, RESOURCE_CATEGORIES } from '../../domain/community/lists.ts';

const date = z.iso.date('日期应为 YYYY-MM-DD');
const areaCode = z.string().regex(/^\d{6,12}$/, '区划代码应为 6–12 位数字');
const page = { page: z.coerce.number().int().min(1).max(100_000).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20) };

export const needInputSchema = z.strictObject({
  areaCode,
  title: z.string().trim().min(1).max(200),
  category: z.enum(NEED_CATEGORIES),
  /** who raised it: a resident, a group of residents, the residents' committee */
  raisedBy: z.string().trim().min(1).max(100),
  householdId: z.number().int().positive().nullish(),
  description: z.string().trim().min(1).max(1000).nullish(),
  raisedOn: date,
});
export type NeedInput = z.infer<typeof needInputSchema>;

const resourceRef = z.object({ id: z.number(), name: z.string(), provider: z.string() });
export const needSchema = z.object({
  id: z.number(),
  areaCode: z.string(),
  title: z.string(),
  category: z.enum(NEED_CATEGORIES),
  raisedBy: z.string(),
  householdId: z.number().nullable(),
  description: z.string().nullable(),
  raisedOn: z.string(),
  status: z.enum(NEED_STATUSES),
  matchedOn: z.string().nullable(),
  doneOn: z.string().nullable(),
  resources: z.array(resourceRef),
  projectId: z.number().nullable(),
});
export const needListQuery = z.strictObject({ areaCode: areaCode.optional(), status: z.enum(NEED_STATUSES).optional(), ...page });
export type NeedListQuery = z.infer<typeof needListQuery>;
export const needListSchema = z.object({ items: z.array(needSchema), total: z.number() });

export const matchInputSchema = z.strictObject({
  resourceIds: z.array(z.number().int().positive()).min(1, '请至少选择一项资源').max(20),
  matchedOn: date,
});
export type MatchInput = z.infer<typeof matchInputSchema>;

export const resourceInputSchema = z.strictObject({
  areaCode,
  name: z.string().trim().min(1).max(200),
  category: z.enum(RESOURCE_CATEGORIES),
  provider: z.string().trim().min(1).max(200),
  contact: z.string().trim().min(1).max(100).nullish(),
  description: z.string().trim().min(1).max(1000).nullish(),
});
export type ResourceInput = z.infer<typeof resourceInputSchema>;
export const resourceSchema = z.object({
  id: z.number(),
  areaCode: z.string(),
  name: z.string(),
  category: z.enum(RESOURCE_CATEGORIES),
  provider: z.string(),
  contact: z.string().nullable(),
  description: z.string().nullable(),
  status: z.enum(['available', 'retired']),
  /** needs it is matched to */
  needs: z.number().int(),
});
export const resourceListQuery = z.strictObject({ areaCode: areaCode.optional(), ...page });
export type ResourceListQuery = z.infer<typeof resourceListQuery>;
export const resourceListSchema = z.object({ items: z.array(resourceSchema), total: z.number() });

export const projectInputSchema = z.strictObject({
  needId: z.number().int().positive(),
  name: z.string().trim().min(1).max(200),
  lead: z.string().trim().min(1).max(100),
  /** fen */
  budget: z.number().int().min(0).max(10_000_000_000).nullish(),
  startOn: date,
});
export type ProjectInput = z.infer<typeof projectInputSchema>;
export const projectSchema = z.object({
  id: z.number(),
  areaCode: z.string(),
  needId: z.number(),
  needTitle: z.string(),
  name: z.string(),
  lead: z.string(),
  budget: z.number().nullable(),
  startOn: z.string(),
  doneOn: z.string().nullable(),
  outcome: z.string().nullable(),
  beneficiaries: z.number().nullable(),
  status: z.enum(['in_progress', 'done']),
});
export const projectListQuery = z.strictObject({ areaCode: areaCode.optional(), status: z.enum(['in_progress', 'done']).optional(), ...page });
export type ProjectListQuery = z.infer<typeof projectListQuery>;
export const projectListSchema = z.object({ items: z.array(projectSchema), total: z.number() });
export const projectDoneSchema = z.strictObject({ doneOn: date, outcome: z.string().trim().min(1).max(1000), beneficiaries: z.number().int().min(0).max(1_000_000) });
export type ProjectDone = z.infer<typeof projectDoneSchema>;

const statusCounts = z.object({ open: z.number().int(), matched: z.number().int(), in_progress: z.number().int(), done: z.number().int() });
export const totalsRowSchema = z.object({
  areaCode: z.string(),
  areaName: z.string(),
  needs: statusCounts,
  resources: z.number().int(),
  projects: z.object({ inProgress: z.number().int(), done: z.number().int(), budget: z.number().int(), beneficiaries: z.number().int() }),
});
export const totalsQuery = z.strictObject({ areaCode: areaCode.optional() });
export const totalsSchema = z.object({ rows: z.array(totalsRowSchema), total: totalsRowSchema.omit({ areaCode: true, areaName: true }) });
