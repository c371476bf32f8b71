import { z } from 'zod';
import { DISABILITY_CATEGORIES } from '../../domain/household.ts';

const date = z.iso.date('日期应为 YYYY-MM-DD');
const areaCode = z.string().regex(/^\d{6,12}$/);
const page = { page: z.coerce.number().int().min(1).max(100_000).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20) };

/** 残疾证 for a person: recorded once, then corrected, re-graded or revoked by the same call. */
export const certificateInputSchema = z.strictObject({
  personId: z.number().int().positive(),
  /** 20 characters: the holder's ID number, the category digit and the grade digit */
  number: z.string().trim().min(1).max(20),
  category: z.enum(DISABILITY_CATEGORIES),
  grade: z.number().int().min(1).max(4),
  issuedOn: date,
  /** 复核 / 换证 date */
  reviewOn: date.nullish(),
  status: z.enum(['valid', 'revoked']).default('valid'),
  note: z.string().trim().min(1).max(500).nullish(),
});
export type CertificateInput = z.infer<typeof certificateInputSchema>;

export const certificateSchema = z.object({
  id: z.number(),
  personId: z.number(),
  personName: z.string(),
  householdId: z.number(),
  areaCode: z.string(),
  /** masked: the ID-number part as the registry masks ID numbers, then the category and grade digits */
  number: z.string(),
  category: z.string(),
  grade: z.number(),
  issuedOn: z.string(),
  reviewOn: z.string().nullable(),
  status: z.string(),
  /** valid | review_due | revoked, on today's date */
  state: z.enum(['valid', 'review_due', 'revoked']),
  note: z.string().nullable(),
});

export const certificateListQuery = z.strictObject({
  areaCode: areaCode.optional(),
  category: z.enum(DISABILITY_CATEGORIES).optional(),
  reviewDue: z.enum(['true', 'false']).optional(),
  ...page,
});
export type CertificateListQuery = z.infer<typeof certificateListQuery>;
export const certificateListSchema = z.object({ items: z.array(certificateSchema), total: z.number() });

/** 康复服务, 辅助器具, 无障碍改造 */
export const SERVICE_KINDS = ['rehabilitation', 'assistive_device', 'barrier_free'] as const;
export const serviceInputSchema = z
  .strictObject({
    personId: z.number().int().positive(),
    kind: z.enum(SERVICE_KINDS),
    /** e.g. 肢体康复训练, 轮椅, 卫生间扶手改造 */
    serviceType: z.string().trim().min(1).max(100),
    provider: z.string().trim().min(1).max(200),
    startOn: date,
    endOn: date.nullish(),
    /** fen, what it cost (paid by the programme) */
    amount: z.number().int().min(0).max(100_000_000).nullish(),
    note: z.string().trim().min(1).max(500).nullish(),
  })
  .refine((s) => !s.endOn || s.endOn >= s.startOn, { path: ['endOn'], message: '结束日期不能早于开始日期' });
export type ServiceInput = z.infer<typeof serviceInputSchema>;

export const serviceSchema = z.object({
  id: z.number(),
  personId: z.number(),
  personName: z.string(),
  areaCode: z.string(),
  kind: z.enum(SERVICE_KINDS),
  serviceType: z.string(),
  provider: z.string(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  amount: z.number().nullable(),
  note: z.string().nullable(),
});
export const serviceListQuery = z.strictObject({ areaCode: areaCode.optional(), kind: z.enum(SERVICE_KINDS).optional(), personId: z.coerce.number().int().positive().optional(), ...page });
export type ServiceListQuery = z.infer<typeof serviceListQuery>;
export const serviceListSchema = z.object({ items: z.array(serviceSchema), total: z.number() });

/** 就业扶贫基地: what the base declares for its year; money in fen. */
export const baseInputSchema = z.strictObject({
  areaCode,
  name: z.string().trim().min(1).max(200),
  operator: z.string().trim().min(1).max(200),
  year: z.number().int().min(2000).max(2100),
  appliedOn: date,
  inspectedOn: date.nullish(),
  disabledEmployees: z.number().int().min(0).max(100_000),
  householdsServed: z.number().int().min(0).max(100_000),
  annualOutput: z.number().int().min(0).max(1_000_000_000_000),
  perCapitaIncome: z.number().int().min(0).max(1_000_000_000),
});
export type BaseInput = z.infer<typeof baseInputSchema>;

const criterionSchema = z.object({
  code: z.enum(['disabled_beneficiaries', 'annual_output', 'per_capita_income', 'applied_by_april', 'inspected_in_july']),
  met: z.boolean(),
  actual: z.union([z.string(), z.number()]).nullable(),
  required: z.string(),
});
export const evaluationSchema = z.object({ baseId: z.number(), evaluatedOn: z.string(), qualified: z.boolean(), criteria: z.array(criterionSchema) });

export const baseSchema = z.object({
  id: z.number(),
  areaCode: z.string(),
  name: z.string(),
  operator: z.string(),
  year: z.number(),
  appliedOn: z.string(),
  inspectedOn: z.string().nullable(),
  disabledEmployees: z.number(),
  householdsServed: z.number(),
  annualOutput: z.number(),
  perCapitaIncome: z.number(),
  /** applied (not evaluated since the last change) | qualified | not_qualified */
  status: z.enum(['applied', 'qualified', 'not_qualified']),
  evaluation: evaluationSchema.nullable(),
});
export const baseListQuery = z.strictObject({ areaCode: areaCode.optional(), year: z.coerce.number().int().min(2000).max(2100).optional(), ...page });
export type BaseListQuery = z.infer<typeof baseListQuery>;
export const baseListSchema = z.object({ items: z.array(baseSchema), total: z.number() });
