/**
 * 资金分担 and the bank's view of money: how a payroll's total is shared between the city and
 * district funds, and how an amount is written in a disbursement file.
 */
import { formatYuan, multiplyRate } from '../money.ts';

export interface FundSplit {
  city: number;
  district: number;
}

/**
 * The city pays total × its share rounded half-up to the fen; the district pays the rest, so
 * the two always add up to the total exactly.
 */
export function splitFunding(total: number, cityShare: string): FundSplit {
  const rate = Number(cityShare);
  if (!/^\d+(\.\d+)?$/.test(cityShare) || rate > 1) throw new RangeError(`city share must be a rate between 0 and 1, got ${JSON.stringify(cityShare)}`);
  const city = multiplyRate(total, cityShare);
  return { city, district: total - city };
}

/** 金额(元) as banks read it: yuan with two decimals, no grouping: 123450 → "1234.50". */
export function bankAmount(fen: number): string {
  return formatYuan(fen);
}
