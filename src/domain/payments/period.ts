import type { PaymentPeriod } from '../policy.ts';

const LENGTH: Record<PaymentPeriod, number> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };

/**
 * 发放周期: the period of `period` containing `month` — its months in order. A quarterly program
 * asked for February pays January to March; periods start with the calendar year (Q1 = 01–03,
 * H1 = 01–06), as the quarterly postal payments do.
 */
export function periodMonths(period: PaymentPeriod, month: string): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const length = LENGTH[period];
  const first = Math.floor((m - 1) / length) * length + 1;
  return Array.from({ length }, (_, i) => `${y}-${String(first + i).padStart(2, '0')}`);
}
