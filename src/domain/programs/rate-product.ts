/**
 * Exact products of an amount and a policy rate, for the comparisons and the rounding up that
 * `multiplyRate` (half-up to the fen) does not cover: the edge threshold 1.5 × standard is a
 * bound, not an amount, and tekun's 1.3 × standard is rounded up, never half-up.
 */
import { rateFraction, type Rate } from '../policy.ts';

/** fen × rate as the exact fraction scaled / denominator. */
export interface RateProduct {
  scaled: bigint;
  denominator: bigint;
}

export function rateProduct(fen: number, rate: Rate): RateProduct {
  const { numerator, denominator } = rateFraction(rate);
  return { scaled: numerator * BigInt(fen), denominator };
}

/** amount < product, exactly. */
export function isBelow(fen: number, product: RateProduct): boolean {
  return BigInt(fen) * product.denominator < product.scaled;
}

/** The product rounded up to the fen (amounts are never negative here). */
export function ceilFen(product: RateProduct): number {
  return Number((product.scaled + product.denominator - 1n) / product.denominator);
}

/** The product in fen for a trace: a number when whole, else an exact decimal ("156001.5"). */
export function exactFen(product: RateProduct): number | string {
  const { scaled, denominator } = product;
  if (scaled % denominator === 0n) return Number(scaled / denominator);
  const digits = denominator.toString().length - 1;
  const text = scaled.toString().padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`.replace(/0+$/, '');
}
