import { z } from 'zod';
import { MOVEMENT_KINDS } from '../../domain/community/charity.ts';

const date = z.iso.date('日期应为 YYYY-MM-DD');
const areaCode = z.string().regex(/^\d{6,12}$/, '区划代码应为 6–12 位数字');
const fen = z.number().int().min(0).max(10_000_000_000);
const page = { page: z.coerce.number().int().min(1).max(100_000).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20) };
const goods = z.strictObject({
  name: z.string().trim().min(1).max(100),
  unit: z.string().trim().min(1).max(16),
  /** fen per unit; an item already in the store keeps its value */
  unitValue: fen,
});

/** 接收捐赠: money (fen) or goods (item, quantity) for the store of `areaCode`. */
export const donationInputSchema = z.strictObject({
  areaCode,
  kind: z.enum(['money', 'goods']),
  donor: z.string().trim().min(1).max(200),
  receivedOn: date,
  amount: fen.positive().nullish(),
  goods: goods.nullish(),
  quantity: z.number().int().positive().max(1_000_000).nullish(),
  note: z.string().trim().min(1).max(500).nullish(),
});
export type DonationInput = z.infer<typeof donationInputSchema>;

/** 采购: charity money spent on goods for the store (money out, goods in). */
export const purchaseInputSchema = z.strictObject({
  areaCode,
  goods,
  quantity: z.number().int().positive().max(1_000_000),
  amount: fen.positive(),
  purchasedOn: date,
  note: z.string().trim().min(1).max(500).nullish(),
});
export type PurchaseInput = z.infer<typeof purchaseInputSchema>;

/** 慈善超市发放: goods of the store to a household, within the monthly quota. */
export const issueInputSchema = z.strictObject({
  householdId: z.number().int().positive(),
  items: z.array(z.strictObject({ itemId: z.number().int().positive(), quantity: z.number().int().positive().max(10_000) })).min(1, '请至少选择一种物资').max(50),
  issuedOn: date,
  note: z.string().trim().min(1).max(500).nullish(),
});
export type IssueInput = z.infer<typeof issueInputSchema>;

export const movementSchema = z.object({
  id: z.number(),
  areaCode: z.string(),
  kind: z.enum(MOVEMENT_KINDS),
  occurredOn: z.string(),
  donor: z.string().nullable(),
  itemId: z.number().nullable(),
  itemName: z.string().nullable(),
  unit: z.string().nullable(),
  quantity: z.number().int(),
  money: z.number().int(),
  value: z.number().int(),
  householdId: z.number().nullable(),
  note: z.string().nullable(),
});
export const movementListQuery = z.strictObject({ areaCode: areaCode.optional(), kind: z.enum(MOVEMENT_KINDS).optional(), householdId: z.coerce.number().int().positive().optional(), ...page });
export type MovementListQuery = z.infer<typeof movementListQuery>;
export const movementListSchema = z.object({ items: z.array(movementSchema), total: z.number() });
export const movementsSchema = z.object({ items: z.array(movementSchema) });

export const itemSchema = z.object({ id: z.number(), areaCode: z.string(), name: z.string(), unit: z.string(), unitValue: z.number().int(), quantity: z.number().int() });
export const itemListQuery = z.strictObject({ areaCode: areaCode.optional() });
export const itemListSchema = z.object({ items: z.array(itemSchema), money: z.number().int() });

export const issueResultSchema = z.object({
  householdId: z.number(),
  issuedOn: z.string(),
  value: z.number().int(),
  /** the monthly quota (fen), used before this issue and what is left after it */
  quota: z.number().int(),
  usedBefore: z.number().int(),
  left: z.number().int(),
  movements: z.array(movementSchema),
});

export const quotaQuery = z.strictObject({ householdId: z.coerce.number().int().positive(), month: z.string().regex(/^\d{4}-\d{2}$/, '月份应为 YYYY-MM') });
export const quotaSchema = z.object({
  householdId: z.number(),
  month: z.string(),
  quota: z.number().int(),
  used: z.number().int(),
  left: z.number().int(),
  /** the household's 低收入人口 register group in the month (its first member's), null when on none: the store then refuses it */
  registerGroup: z.string().nullable(),
  registerGroupName: z.string().nullable(),
});

const itemLedger = z.object({ itemId: z.number(), name: z.string(), unit: z.string(), quantityIn: z.number().int(), quantityOut: z.number().int(), valueIn: z.number().int(), valueOut: z.number().int(), quantity: z.number().int(), value: z.number().int(), stock: z.number().int() });
export const ledgerQuery = z.strictObject({ areaCode: areaCode.optional() });
export const ledgerSchema = z.object({
  areaCode: z.string(),
  money: z.object({ in: z.number().int(), out: z.number().int(), balance: z.number().int(), held: z.number().int() }),
  goods: z.object({ valueIn: z.number().int(), valueOut: z.number().int(), value: z.number().int(), items: z.array(itemLedger) }),
  /** true when money in − out equals the fund and every item's in − out equals its stock */
  balanced: z.boolean(),
  differences: z.array(z.object({ subject: z.string(), ledger: z.number(), held: z.number() })),
});
