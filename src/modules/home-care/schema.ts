import { z } from 'zod';

const fen = z.number().int().min(0).max(100_000_000);
const text = (max: number) => z.string().trim().min(1).max(max);

export const newProviderSchema = z.strictObject({ areaCode: z.string().regex(/^\d{6,12}$/), name: text(100), phone: z.string().trim().max(32).optional() });
export const providerSchema = z.object({ id: z.number().int(), areaCode: z.string(), name: z.string(), phone: z.string().nullable() });

/** 服务项目: a priced item of the catalogue (助餐、助洁、助浴、助医 …). */
export const newServiceSchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,31}$/, '项目代码应为小写字母、数字和下划线'),
  name: text(60),
  unit: text(12),
  price: fen.min(1),
  providerId: z.number().int().positive(),
});
export const serviceSchema = z.object({ code: z.string(), name: z.string(), unit: z.string(), price: z.number().int(), providerId: z.number().int(), providerName: z.string() });
export const catalogueSchema = z.object({ items: z.array(serviceSchema) });

export const creditSchema = z.object({
  id: z.number().int(),
  month: z.string(),
  /** city_tier (市级补贴) or district_top_up (区级叠加) */
  source: z.string(),
  tier: z.string(),
  amount: z.number().int(),
  remaining: z.number().int(),
  expiresOn: z.string(),
  expired: z.boolean(),
});
export const spendSchema = z.object({ creditId: z.number().int(), source: z.string(), amount: z.number().int() });
export const orderSchema = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  orderedOn: z.string(),
  total: z.number().int(),
  items: z.array(z.object({ serviceCode: z.string(), name: z.string(), quantity: z.number().int(), unitPrice: z.number().int(), amount: z.number().int() })),
  /** the credits this order was paid from */
  spends: z.array(spendSchema),
});
export type OrderView = z.infer<typeof orderSchema>;

export const walletSchema = z.object({
  personId: z.number().int(),
  name: z.string(),
  /** what can still be spent today (unexpired credits) */
  balance: z.number().int(),
  credits: z.array(creditSchema),
  orders: z.array(orderSchema),
});

export const creditRunSchema = z.strictObject({ areaCode: z.string().regex(/^\d{6,12}$/), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });
export const creditRunResultSchema = z.object({ areaCode: z.string(), month: z.string(), credits: z.number().int(), persons: z.number().int(), amount: z.number().int(), expiresOn: z.string() });

export const newOrderSchema = z.strictObject({
  personId: z.number().int().positive(),
  items: z.array(z.strictObject({ serviceCode: z.string().min(1).max(32), quantity: z.number().int().min(1).max(1000) })).min(1).max(50),
});
export type NewOrder = z.infer<typeof newOrderSchema>;
