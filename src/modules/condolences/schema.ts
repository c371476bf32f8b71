import { z } from 'zod';
import { CASH_BASES, coverageSchema, OCCASIONS } from '../../domain/care/condolence.ts';
import { payrollSchema } from '../payments/schema.ts';

const areaCode = z.string().regex(/^\d{6,12}$/);
const fen = z.number().int().min(0).max(10_000_000_000);
const text = (max: number) => z.string().trim().min(1).max(max);

export const goodsInputSchema = z.strictObject({
  /** 米、面、油、棉被 … */
  name: text(40),
  unit: text(12),
  unitPrice: fen,
  /** how many each household receives */
  perHousehold: z.number().int().min(1).max(1000),
  /** what the drive has in stock: the lists may not ask for more */
  stock: z.number().int().min(0).max(100_000_000),
});

/** 新建慰问活动: the lists are built at once from the coverage rule, as the registry stands on `asOf`. */
export const newDriveSchema = z.strictObject({
  areaCode,
  name: text(100),
  occasion: z.enum(OCCASIONS),
  asOf: z.iso.date(),
  budget: fen,
  fundingSource: text(100),
  coverage: coverageSchema,
  cashBasis: z.enum(CASH_BASES),
  cashAmount: fen.max(100_000_000),
  goods: z.array(goodsInputSchema).max(20).default([]),
});
export type NewDrive = z.infer<typeof newDriveSchema>;

const totalsSchema = z.object({
  households: z.number().int(),
  persons: z.number().int(),
  personTimes: z.number().int(),
  cash: z.number().int(),
  goodsValue: z.number().int(),
  total: z.number().int(),
});

export const driveSchema = z.object({
  id: z.number().int(),
  areaCode: z.string(),
  areaName: z.string().nullable(),
  name: z.string(),
  occasion: z.enum(OCCASIONS),
  asOf: z.string(),
  budget: z.number().int(),
  fundingSource: z.string(),
  coverage: coverageSchema,
  cashBasis: z.enum(CASH_BASES),
  cashAmount: z.number().int(),
  goods: z.array(
    z.object({ id: z.number().int(), name: z.string(), unit: z.string(), unitPrice: z.number().int(), perHousehold: z.number().int(), stock: z.number().int(), planned: z.number().int(), issued: z.number().int() }),
  ),
  /** the lists (户/人/元 to hand out), within the reader's area */
  planned: totalsSchema,
  /** what was handed over and signed for, within the reader's area */
  delivered: totalsSchema,
  createdAt: z.string(),
  /**
   * 通过发放名册发放: the payroll the drive's cash went into, if any (then the drive's cash is paid
   * by bank, not in hand), with its lines and the households withheld for their account.
   */
  payroll: z
    .object({
      id: z.number().int(),
      lines: z.number().int(),
      cash: z.number().int(),
      /** lines whose cash had already been handed over when the payroll was made */
      handedOver: z.number().int(),
      withheld: z.number().int(),
      withheldCash: z.number().int(),
    })
    .nullable(),
});
export type DriveView = z.infer<typeof driveSchema>;

export const driveListSchema = z.object({ items: z.array(driveSchema), total: z.number().int() });

export const lineListQuery = z.strictObject({
  areaCode: areaCode.optional(),
  status: z.enum(['pending', 'delivered']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type LineListQuery = z.infer<typeof lineListQuery>;

export const lineSchema = z.object({
  id: z.number().int(),
  areaCode: z.string(),
  areaName: z.string().nullable(),
  householdId: z.number().int(),
  headName: z.string().nullable(),
  address: z.string(),
  persons: z.number().int(),
  cash: z.number().int(),
  goodsValue: z.number().int(),
  status: z.enum(['pending', 'delivered']),
  recipientName: z.string().nullable(),
  deliveredOn: z.string().nullable(),
  deliveredBy: z.string().nullable(),
  /** signed for (the signature itself stays on file, not in lists) */
  signed: z.boolean(),
  photoRef: z.string().nullable(),
  /**
   * How the cash is paid: null in hand at delivery; `payroll` by the drive's payroll;
   * `handed_over` in hand before the payroll; `no_account` / `holder_mismatch` withheld from the
   * payroll (no account on file, or its holder not identified among the members).
   */
  cashRoute: z.enum(['payroll', 'handed_over', 'no_account', 'holder_mismatch']).nullable(),
});
export type LineView = z.infer<typeof lineSchema>;
export const lineListSchema = z.object({ items: z.array(lineSchema), total: z.number().int() });

/** 签收: who received it, when, and the signature or photo (a reference to a stored image). */
export const deliverySchema = z.strictObject({
  recipientName: text(100),
  deliveredOn: z.iso.date().optional(),
  /** the signature drawn on the phone (a PNG data URL) or the reference of a scanned 签收表 */
  signatureRef: z.string().trim().max(300_000).refine((s) => s.length <= 200 || /^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(s), '签名应为 PNG 图片或不超过 200 字的编号').optional(),
  photoRef: z.string().trim().max(200).optional(),
});
export type DeliveryInput = z.infer<typeof deliverySchema>;

/** The drive's payroll as made (or found), and the households withheld from it. */
export const drivePayrollSchema = z.object({
  payroll: payrollSchema,
  created: z.boolean(),
  /** withheld for their account (the first 500), paid by hand or once corrected */
  withheld: z.array(lineSchema),
  withheldCount: z.number().int(),
});
export type DrivePayrollView = z.infer<typeof drivePayrollSchema>;
