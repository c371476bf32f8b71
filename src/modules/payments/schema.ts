import { z } from 'zod';
import { CASE_PROGRAMS } from '../../domain/cases/states.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 YYYY-MM，如 2025-07');
const areaCode = z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, '区划代码应为 6、9 或 12 位数字');
const fen = z.number().int();
const page = { page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(500).default(20) };

export const STOP_REASONS = ['income_rise', 'death', 'moved_away', 'voluntary', 'review_ineligible', 'other'] as const;
export const AMOUNT_REASONS = ['review', 'policy_change', 'household_change', 'correction'] as const;
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
  program: z.enum(CASE_PROGRAMS).optional(),
  status: z.enum(['active', 'suspended', 'stopped']).optional(),
  q: z.string().trim().max(50).optional(),
  ...page,
});
export type EnrolmentListQuery = z.infer<typeof enrolmentListQuery>;

export const preparePayrollSchema = z
  .strictObject({
    program: z.enum(CASE_PROGRAMS),
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
  program: z.enum(['dibao', 'tekun']),
  areaCode,
  month,
  amountPerPerson: fen.min(1).max(10_000_000),
});
export type LumpSumInput = z.infer<typeof lumpSumSchema>;

export const payrollListQuery = z.strictObject({
  month: month.optional(),
  program: z.enum(CASE_PROGRAMS).optional(),
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
});
export type PayrollView = z.infer<typeof payrollSchema>;

export const lineSchema = z.object({
  id: z.number().int(),
  enrolmentId: z.number().int(),
  householdId: z.number().int(),
  payeeName: z.string(),
  payeeIdNumber: z.string(),
  bankName: z.string().nullable(),
  bankAccount: z.string().nullable(),
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
});

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
});

export const adjustmentSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['back_pay', 'recovery']),
  totalAmount: z.number().int(),
  settledAmount: z.number().int(),
  monthlyLimit: z.number().int().nullable(),
  firstMonth: z.string(),
  reason: z.string(),
  source: z.enum(['retroactive_change', 'bank_failure', 'payee_refused', 'manual']),
  status: z.enum(['open', 'settled', 'cancelled']),
});

export const enrolmentDetailSchema = enrolmentItemSchema.extend({
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
