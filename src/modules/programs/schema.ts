import { z } from 'zod';
import { PAYMENT_PERIODS } from '../../domain/policy.ts';
import { LOCAL_AMOUNT_BASES, LOCAL_CODE_PATTERN, LOCAL_KINDS, LOCAL_SUBJECTS, localProgramRulesSchema } from '../../domain/programs/local.ts';

const date = z.iso.date();

/** 地方项目 as the administrator writes it; the code is fixed once created. */
const definitionFields = {
  name: z.string().trim().min(2, '项目名称至少 2 个字').max(30, '项目名称最多 30 个字'),
  /** defined at a city (4 digits) or district (6 digits), it applies to every area below */
  areaCode: z.string().regex(/^\d{4}(\d{2})?$/, '实施区域应为市（4 位）或区县（6 位）区划代码'),
  subject: z.enum(LOCAL_SUBJECTS),
  amountBasis: z.enum(LOCAL_AMOUNT_BASES),
  amount: z.number().int('金额应为整数（分）').min(0).max(100_000_000),
  kind: z.enum(LOCAL_KINDS),
  paymentPeriod: z.enum(PAYMENT_PERIODS).default('monthly'),
  effectiveFrom: date,
  effectiveTo: date.nullable().default(null),
  active: z.boolean().default(true),
  rules: localProgramRulesSchema.default(localProgramRulesSchema.parse({})),
  description: z.string().trim().max(500).nullable().default(null),
};

function checkDefinition(d: { subject: string; amountBasis: string; effectiveFrom: string; effectiveTo: string | null }, ctx: z.RefinementCtx) {
  if (d.subject === 'person' && d.amountBasis !== 'per_person') ctx.addIssue({ code: 'custom', path: ['amountBasis'], message: '按人实施的项目按人计发' });
  if (d.subject === 'household' && d.amountBasis === 'per_person') ctx.addIssue({ code: 'custom', path: ['amountBasis'], message: '按户实施的项目按户或按符合条件人数计发' });
  if (d.effectiveTo !== null && d.effectiveTo < d.effectiveFrom) ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: '截止日期不能早于开始日期' });
}

export const newLocalProgramSchema = z
  .strictObject({
    code: z.string().regex(LOCAL_CODE_PATTERN, '项目代码应为 local_ 加小写字母、数字或下划线（共不超过 32 位），如 local_zunlao'),
    ...definitionFields,
  })
  .superRefine(checkDefinition);
export type NewLocalProgram = z.infer<typeof newLocalProgramSchema>;

export const localProgramUpdateSchema = z.strictObject({ ...definitionFields, version: z.number().int().positive() }).superRefine(checkDefinition);
export type LocalProgramUpdate = z.infer<typeof localProgramUpdateSchema>;

export const localProgramListQuery = z.strictObject({
  /** only the programs that apply to this area (defined at it or above), e.g. a household's community */
  appliesTo: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/).optional(),
  activeOnly: z.enum(['true', 'false']).optional(),
});

export const localProgramSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  areaCode: z.string(),
  areaName: z.string().nullable(),
  subject: z.enum(LOCAL_SUBJECTS),
  amountBasis: z.enum(LOCAL_AMOUNT_BASES),
  amount: z.number().int(),
  kind: z.enum(LOCAL_KINDS),
  paymentPeriod: z.enum(PAYMENT_PERIODS),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  active: z.boolean(),
  rules: localProgramRulesSchema,
  description: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LocalProgramView = z.infer<typeof localProgramSchema>;
