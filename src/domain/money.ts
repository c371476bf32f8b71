/**
 * Money is held as integer fen (分, 1/100 yuan) everywhere: amounts are summed over thousands
 * of households in a payroll and must reconcile to the fen with the bank file, so no binary
 * floating-point value ever carries an amount. Decimal inputs (strings typed by users, policy
 * rates such as "0.15") are turned into integers before any arithmetic; intermediate products
 * are computed in BigInt so a large amount times a rate never loses precision.
 *
 * Rounding is 四舍五入 half-up on the absolute value, the sign applied afterwards (as GB/T
 * 8170 does for negative numbers): -0.5 fen rounds to -1 fen, so a deduction and the matching
 * refund round to the same magnitude.
 */

/** Throws unless `fen` is a safe integer: a fractional or overflowing amount is a bug upstream. */
function assertFen(fen: number, what = 'fen'): void {
  if (!Number.isSafeInteger(fen)) {
    throw new RangeError(`${what} must be a safe integer, got ${fen}`);
  }
}

function toSafeNumber(value: bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`result ${value} is not a safe integer`);
  return n;
}

const GROUPED = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * Parse an amount in yuan to fen, exactly. Accepts "810.5", "0.01", "-12", "1,234.50"
 * (grouping as `formatYuan` writes it) and numbers whose shortest decimal form has at most two
 * decimals (810.5 yes; 0.1 + 0.2 no). More than two decimals is rejected, not rounded: an
 * amount with a third decimal is a typing or upstream calculation error.
 */
export function yuanToFen(input: string | number): number {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new RangeError(`not a finite amount: ${input}`);
    text = String(input);
  } else {
    text = input.trim();
  }
  const m = GROUPED.exec(text);
  if (!m) throw new RangeError(`not an amount in yuan with at most 2 decimals: ${JSON.stringify(input)}`);
  const [, sign, whole = '', decimals = ''] = m;
  const fen = BigInt(whole.replaceAll(',', '')) * 100n + BigInt(decimals.padEnd(2, '0'));
  return toSafeNumber(sign ? -fen : fen);
}

/**
 * "1234.50", or "1,234.50" with `{ grouping: true }` (notices, letters). Always two decimals,
 * because a notice showing 810.5 next to 810.50 reads as two different amounts.
 */
export function formatYuan(fen: number, options: { grouping?: boolean } = {}): string {
  assertFen(fen);
  const negative = fen < 0;
  const abs = Math.abs(fen);
  let whole = String(Math.floor(abs / 100));
  const cents = String(abs % 100).padStart(2, '0');
  if (options.grouping) whole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '-' : ''}${whole}.${cents}`;
}

/**
 * numerator / denominator rounded half-up (half away from zero), exact for any safe integers.
 * The building block for shares: a monthly average over 12 months, a per-capita amount,
 * a pro-rated first month.
 */
export function roundHalfUpFen(numerator: number, denominator: number): number {
  assertFen(numerator, 'numerator');
  assertFen(denominator, 'denominator');
  if (denominator === 0) throw new RangeError('division by zero');
  return toSafeNumber(divideHalfUp(BigInt(numerator), BigInt(denominator)));
}

function divideHalfUp(n: bigint, d: bigint): bigint {
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (2n * an + ad) / (2n * ad);
  return negative ? -q : q;
}

/** Round an amount to whole yuan, half-up (standards and subsidies are often set in yuan). */
export function roundHalfUpToYuan(fen: number): number {
  assertFen(fen);
  return toSafeNumber(divideHalfUp(BigInt(fen), 100n) * 100n);
}

/**
 * Round up to the next whole yuan (toward +∞). Some cities round the dibao top-up (补差) up to
 * the yuan in the recipient's favour; toward +∞ keeps that meaning for a negative adjustment
 * (a smaller clawback).
 */
export function ceilToYuan(fen: number): number {
  assertFen(fen);
  const remainder = fen % 100; // takes the sign of fen
  if (remainder === 0) return fen + 0; // + 0 turns -0 into 0
  const result = remainder > 0 ? fen - remainder + 100 : fen - remainder;
  assertFen(result);
  return result;
}

/** A decimal as an integer and a power-of-ten scale: "0.15" → 15 / 10^2; 1e-7 → 1 / 10^7. */
function parseDecimal(input: number | string): { units: bigint; scale: number } {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new RangeError(`not a finite rate: ${input}`);
    text = String(input);
  } else {
    text = input.trim();
  }
  const m = /^([+-])?(\d+)?(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m || (m[2] === undefined && m[3] === undefined)) {
    throw new RangeError(`not a decimal rate: ${JSON.stringify(input)}`);
  }
  const [, sign, whole = '', frac = '', exp = '0'] = m;
  let units = BigInt(`${whole}${frac}` || '0');
  let scale = frac.length - Number(exp);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: sign === '-' ? -units : units, scale };
}

/**
 * fen × rate rounded half-up, exact for decimal rates: `multiplyRate(81050, 0.3)` is 24315,
 * never 24314.999… . Numbers are read through their shortest decimal form, which is the literal
 * a policy author wrote; strings are exact for any number of decimals.
 */
export function multiplyRate(fen: number, rate: number | string): number {
  assertFen(fen);
  const { units, scale } = parseDecimal(rate);
  return toSafeNumber(divideHalfUp(BigInt(fen) * units, 10n ** BigInt(scale)));
}
