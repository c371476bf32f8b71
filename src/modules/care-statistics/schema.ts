import { z } from 'zod';

const int = z.number().int();

/** 走访慰问、探访关爱、居家养老 figures of one area and period (src/modules/care-statistics/service.ts CareFigures). */
export const careFiguresSchema = {
  /** 慰问: 户次, 人次, 元 (cash and goods value) handed over */
  condolences: z.object({ households: int, persons: int, cash: int, goodsValue: int, total: int }),
  /** 探访: visits (人次), distinct persons and households */
  visits: z.object({ visits: int, persons: int, households: int }),
  /** 居家养老: orders, persons served and money spent from wallets */
  services: z.object({ orders: int, persons: int, amount: int }),
  /** wallet credits granted for the months of the period */
  credits: z.object({ persons: int, amount: int }),
  /** 养护员报酬 of approved pay rolls for the months of the period: caregivers paid, money */
  caregivers: z.object({ payees: int, amount: int }),
};

/** 慰问物资 handed over: per name and unit, the quantity and its value at the drives' unit prices. */
export const careGoodsSchema = z.array(z.object({ name: z.string(), unit: z.string(), quantity: int, value: int }));
