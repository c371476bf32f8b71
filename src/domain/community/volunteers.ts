/**
 * 志愿服务积分 (issue 22): hours served earn points at the area's rate; points buy goods or
 * services (积分兑换). Pure: no I/O.
 */
import { rateFraction, type Rate } from '../policy.ts';

/**
 * Hours as tenths (2.5 h → 25): service hours are recorded to the tenth of an hour, and integers
 * keep every sum exact. Null when the figure has a finer part or is out of range (0 < h ≤ 24).
 */
export function hoursToTenths(hours: number): number | null {
  const tenths = Math.round(hours * 10);
  if (Math.abs(tenths - hours * 10) > 1e-9 || tenths <= 0 || tenths > 240) return null;
  return tenths;
}

export function tenthsToHours(tenths: number): number {
  return tenths / 10;
}

/**
 * 积分 = hours × points per hour (policy `community.pointsPerHour`), rounded down to a whole
 * point: a fraction of a point is never credited, so the sum of earnings never exceeds what
 * the hours are worth.
 */
export function pointsForHours(tenths: number, rate: Rate): { points: number; trace: string } {
  const { numerator, denominator } = rateFraction(rate);
  const points = Number((BigInt(tenths) * numerator) / (denominator * 10n));
  return { points, trace: `${tenthsToHours(tenths)} 小时 × ${rate} 分/小时（community.pointsPerHour）= ${points} 分` };
}

/** An exchange of `cost` points against a balance: what is left, or how many are missing. */
export function exchangePoints(balance: number, cost: number): { ok: true; left: number } | { ok: false; short: number } {
  if (!Number.isInteger(cost) || cost <= 0) throw new RangeError(`not a point cost: ${cost}`);
  return balance >= cost ? { ok: true, left: balance - cost } : { ok: false, short: cost - balance };
}

/** The ledger's balance: earnings minus exchanges, in entry order, never below zero on the way. */
export function ledgerBalance(entries: readonly { points: number }[]): { balance: number; everNegative: boolean } {
  let balance = 0;
  let everNegative = false;
  for (const e of entries) {
    balance += e.points;
    if (balance < 0) everNegative = true;
  }
  return { balance, everNegative };
}

/** 11-digit mainland mobile numbers keep the first 3 and last 4 (138****5678); others their last 4. */
export function maskPhone(phone: string): string {
  const digits = Array.from(phone.replace(/[\s-]+/g, ''));
  if (digits.length === 11) return `${digits.slice(0, 3).join('')}****${digits.slice(7).join('')}`;
  const shown = Math.min(4, Math.floor(digits.length / 2));
  return '*'.repeat(digits.length - shown) + digits.slice(digits.length - shown).join('');
}
