import { z } from 'zod';
import { containsEmoji } from '../../domain/household.ts';
import { caseProgramSchema as caseOnlyProgramSchema } from '../../domain/cases/states.ts';
import { VETERAN_PROGRAMS } from '../../domain/welfare/veterans.ts';

/** What enrolments and payrolls carry: a case program (built-in or local) or a 优抚 line (issue 22). */
const caseProgramSchema = z.union([caseOnlyProgramSchema, z.enum(VETERAN_PROGRAMS)]);
import { PAYMENT_PERIODS } from '../../domain/policy.ts';

const NO_EMOJI = '姓名不能包含表情符号（emoji），请按户口簿填写';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 YYYY-MM，如 2025-07');
const areaCode = z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, '区划代码应为 6、9 或 12 位数字');
const fen = z.number().int();
const page = { page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(500).default(20) };

/** 代领人 kinds; `self` and `household` are what a line says when no agent is on file. */
export const AGENT_KINDS = ['guardian', 'relative', 'institution', 'other'] as const;
export const PAYEE_KINDS = ['self', 'household', ...AGENT_KINDS] as const;
const accountNumber = z.string().trim().regex(/^\d{8,30}$/, '银行账号应为 8–30 位数字');

export const STOP_REASONS = ['income_rise', 'death', 'moved_away', 'voluntary', 'review_ineligible', 'other', 'imprisoned'] as const;
export const AMOUNT_REASONS = ['review', 'policy_change', 'household_change', 'correction', 'member_died'] as const;
export const SUSPEND_REASONS = ['review_pending', 'unreachable', 'in_prison', 'other'] as const;
export const RESUME_REASONS = ['review_passed', 'reachable', 'released', 'other'] as const;

export const changeSchema = z
  .strictObject({
    kind: z.enum(['amount', 'suspend', 'resume', 'stop']),
    effectiveMonth: month,
    monthlyAmount: fen.min(1).max(100_000_000).optional(),
    reasonCode: z.string().trim().min(1).max(32),
    reason: z.string().trim().min(1).max(500),
    /** 追回 at most this much per month (fen); absent: the whole sum at once */
    recoveryMonthlyLimit: fen.min(1).max(100_000_000).optional(),
  })
  .superRefine((c, ctx) => {
    const allowed: Record<string, readonly string[]> = { stop: STOP_REASONS, amount: AMOUNT_REASONS, suspend: SUSPEND_REASONS, resume: RESUME_REASONS };
    if (!allowed[c.kind]!.includes(c.reasonCode)) {
      ctx.addIssue({ code: 'custom', path: ['reasonCode'], message: `原因代码应为：${allowed[c.kind]!.join('、')}` });
    }
    if (c.kind === 'amount' && c.monthlyAmount === undefined) ctx.addIssue({ code: 'custom', path: ['monthlyAmount'], message: '调整金额须填写新的月保障金额（分）' });
    if ((c.kind === 'suspend' || c.kind === 'stop') && c.monthlyAmount !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['monthlyAmount'], message: '暂停或终止不填写金额' });
    }
  });
export type ChangeInput = z.infer<typeof changeSchema>;

export const enrolmentListQuery = z.strictObject({
  areaCode: areaCode.optional(),
  program: caseProgramSchema.optional(),
  status: z.enum(['active', 'suspended', 'stopped']).optional(),
  q: z.string().trim().max(50).optional(),
  ...page,
});
export type EnrolmentListQuery = z.infer<typeof enrolmentListQuery>;

export const preparePayrollSchema = z
  .strictObject({
    program: caseProgramSchema,
    areaCode,
    month,
    /** 春节前两月合发: the months paid together, e.g. ['2026-01', '2026-02'] (default [month]) */
    months: z.array(month).min(1).max(12).optional(),
  })
  .superRefine((p, ctx) => {
    const months = p.months ?? [p.month];
    if (new Set(months).size !== months.length) ctx.addIssue({ code: 'custom', path: ['months'], message: '月份重复' });
    if (!months.includes(p.month)) ctx.addIssue({ code: 'custom', path: ['months'], message: '合并发放的月份须包含发放月份' });
  });
export type PreparePayrollInput = z.infer<typeof preparePayrollSchema>;

export const lumpSumSchema = z.strictObject({
  title: z.string().trim().min(1).max(60),
  /** any program, built-in or local (春节补助 for dibao and tekun, a local holiday top-up …) */
  program: caseProgramSchema,
  areaCode,
  month,
  amountPerPerson: fen.min(1).max(10_000_000),
});
export type LumpSumInput = z.infer<typeof lumpSumSchema>;

export const payrollListQuery = z.strictObject({
  month: month.optional(),
  program: caseProgramSchema.optional(),
  areaCode: areaCode.optional(),
  status: z.enum(['prepared', 'approved']).optional(),
  ...page,
});
export type PayrollListQuery = z.infer<typeof payrollListQuery>;

export const lineListQuery = z.strictObject({
  q: z.string().trim().max(50).optional(),
  kind: z.enum(['regular', 'back_pay', 'recovery', 'lump_sum']).optional(),
  change: z.enum(['new', 'changed', 'same']).optional(),
  bankStatus: z.enum(['pending', 'paid', 'failed']).optional(),
  /** 待更正: lines refused for their payee (any, or one reason) */
  refusal: z.enum(['any', 'no_account', 'holder_mismatch']).optional(),
  ...page,
});
export type LineListQuery = z.infer<typeof lineListQuery>;

export const payrollSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['monthly', 'lump_sum']),
  program: z.string(),
  areaCode: z.string(),
  areaName: z.string(),
  month: z.string(),
  months: z.array(z.string()),
  title: z.string(),
  status: z.enum(['prepared', 'approved']),
  households: z.number().int(),
  persons: z.number().int(),
  totalAmount: z.number().int(),
  cityAmount: z.number().int(),
  districtAmount: z.number().int(),
  lumpSumPerPerson: z.number().int().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  bankResultAt: z.string().nullable(),
  bankCounts: z.object({ pending: z.number().int(), paid: z.number().int(), failed: z.number().int() }),
  differences: z.object({ new: z.number().int(), changed: z.number().int(), stopped: z.number().int() }),
  /** 发放周期 */
  period: z.enum(PAYMENT_PERIODS),
  /** 资金分担: the city's share used and the policy key it came from */
  funding: z.object({ cityShare: z.string(), source: z.string() }).nullable(),
  /** lines refused for their payee (no account, not the holder): not sent, owed once corrected */
  refusedLines: z.number().int(),
  /** 集中供养: one transfer per institution, its residents listed */
  institutions: z.array(
    z.object({ institutionId: z.number().int(), name: z.string(), bankName: z.string(), bankAccount: z.string(), amount: z.number().int(), residents: z.array(z.string()) }),
  ),
});
export type PayrollView = z.infer<typeof payrollSchema>;

export const lineSchema = z.object({
  id: z.number().int(),
  enrolmentId: z.number().int(),
  householdId: z.number().int(),
  payeeName: z.string(),
  payeeIdNumber: z.string().describe('masked (4201**********1234); full value: POST /payrolls/{id}/lines/{lineId}/reveal'),
  bankName: z.string().nullable(),
  bankAccount: z.string().nullable().describe('masked (last 4 digits); full value: POST /payrolls/{id}/lines/{lineId}/reveal'),
  areaCode: z.string(),
  areaName: z.string(),
  forMonth: z.string(),
  kind: z.enum(['regular', 'back_pay', 'recovery', 'lump_sum']),
  amount: z.number().int(),
  reason: z.string(),
  persons: z.number().int(),
  category: z.string().nullable(),
  reference: z.string(),
  bankStatus: z.enum(['pending', 'paid', 'failed']),
  failureReason: z.string().nullable(),
  change: z.enum(['new', 'changed', 'same']).nullable(),
  previousAmount: z.number().int().nullable(),
  payeeKind: z.enum(PAYEE_KINDS).nullable(),
  refusal: z.enum(['no_account', 'holder_mismatch']).nullable(),
});

export const periodQuery = z.strictObject({ program: caseProgramSchema, areaCode, month });
export const periodSchema = z.object({ period: z.enum(PAYMENT_PERIODS), months: z.array(z.string()), month: z.string() });


export const payeeInputSchema = z
  .strictObject({
    kind: z.enum(AGENT_KINDS),
    /** institutions: the register's id; the name and account come from it */
    institutionId: z.number().int().positive().optional(),
    name: z.string().trim().min(1).max(50).refine((v) => !containsEmoji(v), NO_EMOJI).optional(),
    idNumber: z.string().trim().min(1).max(20).optional(),
    bankName: z.string().trim().min(1).max(100).optional(),
    accountNumber: accountNumber.optional(),
    reason: z.string().trim().min(1).max(200),
  })
  .superRefine((p, ctx) => {
    if (p.kind === 'institution') {
      if (p.institutionId === undefined) ctx.addIssue({ code: 'custom', path: ['institutionId'], message: '请选择供养机构' });
      return;
    }
    for (const key of ['name', 'idNumber', 'bankName', 'accountNumber'] as const) {
      if (p[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: '代领人须填写姓名、身份证号、开户银行和账号' });
    }
  });
export type PayeeInput = z.infer<typeof payeeInputSchema>;

export const payeeSchema = z.object({
  kind: z.enum(PAYEE_KINDS),
  institutionId: z.number().int().nullable(),
  name: z.string(),
  idNumber: z.string().nullable().describe('masked; full value: POST /enrolments/{id}/payee/reveal'),
  bankName: z.string().nullable(),
  bankAccount: z.string().nullable().describe('masked; full value: POST /enrolments/{id}/payee/reveal'),
  reason: z.string().nullable(),
  /** why a payroll would refuse it now (null: it would be sent) */
  refusal: z.enum(['no_account', 'holder_mismatch']).nullable(),
});

export const INSTITUTION_KINDS = ['nursing_home', 'welfare_home', 'care_home', 'other'] as const;
export const institutionInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(50).refine((v) => !containsEmoji(v), NO_EMOJI),
  areaCode,
  kind: z.enum(INSTITUTION_KINDS),
  bankName: z.string().trim().min(1).max(100),
  accountNumber,
});
export type InstitutionInput = z.infer<typeof institutionInputSchema>;
export const institutionSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  areaCode: z.string(),
  kind: z.string(),
  bankName: z.string(),
  bankAccount: z.string().describe('masked; full value: POST /institutions/{id}/reveal'),
  createdAt: z.string(),
});
export const institutionListQuery = z.strictObject({ areaCode: areaCode.optional(), q: z.string().trim().max(50).optional() });

export const enrolmentItemSchema = z.object({
  id: z.number().int(),
  householdId: z.number().int(),
  personId: z.number().int().nullable(),
  payeeName: z.string(),
  program: z.string(),
  category: z.string().nullable(),
  monthlyAmount: z.number().int(),
  coveredPersons: z.number().int(),
  startMonth: z.string(),
  endMonth: z.string().nullable(),
  status: z.enum(['active', 'suspended', 'stopped']),
  stopReason: z.string().nullable(),
  areaCode: z.string(),
  areaName: z.string(),
  /** 复核: the next review's due date (null: not reviewed periodically, or stopped), the last review */
  nextReviewDate: z.string().nullable(),
  lastReviewDate: z.string().nullable(),
  /** 渐退: the last month a gradual exit pays */
  gradualExitUntil: z.string().nullable(),
});

export const adjustmentSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['back_pay', 'recovery']),
  totalAmount: z.number().int(),
  settledAmount: z.number().int(),
  monthlyLimit: z.number().int().nullable(),
  firstMonth: z.string(),
  reason: z.string(),
  source: z.enum(['retroactive_change', 'bank_failure', 'payee_refused', 'manual', 'debt_deduction']),
  status: z.enum(['open', 'settled', 'cancelled', 'debt']),
});

export const enrolmentDetailSchema = enrolmentItemSchema.extend({
  payee: payeeSchema,
  changes: z.array(
    z.object({
      id: z.number().int(),
      kind: z.enum(['start', 'amount', 'suspend', 'resume', 'stop']),
      effectiveMonth: z.string(),
      monthlyAmount: z.number().int().nullable(),
      reasonCode: z.string().nullable(),
      reason: z.string().nullable(),
      decidedOn: z.string(),
      actor: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  adjustments: z.array(adjustmentSchema),
  payments: z.array(z.object({ payrollId: z.number().int(), forMonth: z.string(), kind: z.string(), amount: z.number().int(), bankStatus: z.string() })),
});
