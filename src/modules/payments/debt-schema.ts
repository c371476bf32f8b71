import { z } from 'zod';

const areaCode = z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, '区划代码应为 6、9 或 12 位数字');
const date = z.iso.date('日期应为 YYYY-MM-DD');
const fen = z.number().int();

export const debtListQuery = z.strictObject({
  areaCode: areaCode.optional(),
  /** open (default) | settled | written_off | all */
  status: z.enum(['open', 'settled', 'written_off', 'all']).optional(),
  householdId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});
export type DebtListQuery = z.infer<typeof debtListQuery>;

export const debtDeductSchema = z.strictObject({
  /** another live enrolment of the same household */
  enrolmentId: z.number().int().positive(),
  /** at most this much per month (fen); absent: the whole sum at once */
  monthlyLimit: fen.min(1).max(100_000_000).optional(),
  reason: z.string().trim().min(1).max(500),
});
export type DebtDeductInput = z.infer<typeof debtDeductSchema>;

export const debtRepaySchema = z
  .strictObject({
    method: z.enum(['bank_transfer', 'cash']),
    amount: fen.min(1).max(1_000_000_000),
    paidOn: date,
    /** 收据号 (cash) or the transfer's reference */
    receiptNumber: z.string().trim().min(1).max(60).optional(),
    note: z.string().trim().min(1).max(500).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.method === 'cash' && !r.receiptNumber) ctx.addIssue({ code: 'custom', path: ['receiptNumber'], message: '现金退还须填写收据号' });
  });
export type DebtRepayInput = z.infer<typeof debtRepaySchema>;

export const debtWriteOffSchema = z.strictObject({ reason: z.string().trim().min(1).max(500) });
export type DebtWriteOffInput = z.infer<typeof debtWriteOffSchema>;

const entrySchema = z.object({
  id: z.number(),
  kind: z.enum(['deduction', 'bank_transfer', 'cash', 'write_off']),
  amount: z.number(),
  receiptNumber: z.string().nullable(),
  reason: z.string().nullable(),
  targetEnrolmentId: z.number().nullable(),
  targetAdjustmentId: z.number().nullable(),
  paidOn: z.string().nullable(),
  createdAt: z.string(),
});

export const debtSchema = z.object({
  id: z.number(),
  householdId: z.number(),
  headName: z.string().nullable(),
  enrolmentId: z.number(),
  adjustmentId: z.number(),
  areaCode: z.string(),
  areaName: z.string(),
  program: z.string(),
  totalAmount: z.number(),
  collectedAmount: z.number(),
  outstandingAmount: z.number(),
  reason: z.string(),
  status: z.enum(['open', 'settled', 'written_off']),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  ageDays: z.number(),
  entries: z.array(entrySchema),
});

export const debtListSchema = z.object({ total: z.number(), items: z.array(debtSchema) });
