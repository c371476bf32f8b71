import { z } from 'zod';
import { DOCUMENT_KINDS, ENTITLED_GROUPS, VETERAN_PROGRAMS } from '../../domain/welfare/veterans.ts';

const date = z.iso.date('日期应为 YYYY-MM-DD');

export const entitledInputSchema = z.strictObject({
  personId: z.number().int().positive(),
  group: z.enum(ENTITLED_GROUPS),
  documentKind: z.enum(DOCUMENT_KINDS),
  documentNumber: z.string().trim().min(1).max(40),
  /** 伤残等级 1–10, disabled servicemen only */
  disabilityLevel: z.number().int().min(1).max(10).nullish(),
  registeredOn: date,
  note: z.string().trim().min(1).max(500).nullish(),
});
export type EntitledInput = z.infer<typeof entitledInputSchema>;

export const entitledSchema = z.object({
  id: z.number(),
  personId: z.number(),
  personName: z.string(),
  householdId: z.number(),
  areaCode: z.string(),
  group: z.enum(ENTITLED_GROUPS),
  documentKind: z.string(),
  documentNumber: z.string(),
  disabilityLevel: z.number().nullable(),
  status: z.enum(['active', 'deceased', 'ended']),
  registeredOn: z.string(),
  endedOn: z.string().nullable(),
  /** 优先: first in dibao, tekun and temporary assistance while active */
  priority: z.boolean(),
  note: z.string().nullable(),
});

export const entitledListQuery = z.strictObject({
  areaCode: z.string().regex(/^\d{6,12}$/).optional(),
  group: z.enum(ENTITLED_GROUPS).optional(),
  status: z.enum(['active', 'deceased', 'ended']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type EntitledListQuery = z.infer<typeof entitledListQuery>;
export const entitledListSchema = z.object({ items: z.array(entitledSchema), total: z.number() });

export const taskSchema = z.object({
  id: z.number(),
  entitledPersonId: z.number(),
  personId: z.number(),
  personName: z.string(),
  householdId: z.number(),
  areaCode: z.string(),
  kind: z.enum(['condolence']),
  status: z.enum(['open', 'done']),
  reason: z.string(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  outcome: z.string().nullable(),
  overdue: z.boolean(),
});
export const taskListQuery = z.strictObject({
  areaCode: z.string().regex(/^\d{6,12}$/).optional(),
  status: z.enum(['open', 'done']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TaskListQuery = z.infer<typeof taskListQuery>;
export const taskListSchema = z.object({ items: z.array(taskSchema), total: z.number() });
export const taskDoneSchema = z.strictObject({ doneOn: date, outcome: z.string().trim().min(1).max(500) });
export type TaskDone = z.infer<typeof taskDoneSchema>;

export const benefitInputSchema = z.strictObject({
  /** the first month paid (YYYY-MM) */
  startMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 YYYY-MM，如 2025-07'),
});
export type BenefitInput = z.infer<typeof benefitInputSchema>;
export const benefitListSchema = z.object({
  items: z.array(
    z.object({
      program: z.enum(VETERAN_PROGRAMS),
      programName: z.string(),
      enrolmentId: z.number(),
      applicationId: z.number(),
      /** what a regular payroll pays per month (0: paid by lump sums only) */
      monthlyAmount: z.number(),
      /** the policy's amount: per month, per year (义务兵家庭优待金) or once (春节慰问金) */
      amount: z.number(),
      policyKey: z.string(),
    }),
  ),
});
