/**
 * 居家养老服务补贴 wallets (DOMAIN.md §3 `elderly_care_subsidy`, §6, issue 21): monthly credits by
 * self-care tier, each keeping its source, and spends that take from credits first-to-expire
 * first, never below zero.
 */
import { addMonths } from '../calendar.ts';
import type { Policy } from '../policy.ts';

/** Where a credit's money comes from: the city's tier or the district's top-up. */
export const CREDIT_SOURCES = ['city_tier', 'district_top_up'] as const;
export type CreditSource = (typeof CREDIT_SOURCES)[number];
/** Only assessed dependence earns credits: 半失能 and 全失能 (DOMAIN.md §3). */
export const CREDIT_TIERS = ['partial', 'full'] as const;
export type CreditTier = (typeof CREDIT_TIERS)[number];
/** Households whose elderly qualify: dibao, tekun and edge (低收入) households. */
export const CREDIT_PROGRAMS = ['dibao', 'tekun', 'dibao_edge'] as const;

/** A month's credit amounts per tier and source (zero amounts are not credited). */
export function creditAmount(policy: Pick<Policy, 'homeCare'>, source: CreditSource, tier: CreditTier): number {
  return source === 'city_tier' ? policy.homeCare.cityCredit[tier] : policy.homeCare.districtTopUp[tier];
}

/** The policy key a credit's amount came from (kept for the trace). */
export function creditPolicyKey(source: CreditSource, tier: CreditTier): string {
  return `${source === 'city_tier' ? 'homeCare.cityCredit' : 'homeCare.districtTopUp'}.${tier}`;
}

/** A credit for `month` lapses at the end of the month `validMonths - 1` later (valid 12 months: Jan → 31 Dec). */
export function creditExpiresOn(month: string, validMonths: number): string {
  const last = addMonths(month, validMonths);
  // The day before the first of the month after the validity.
  const [y, m] = last.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1, 1) - 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** The person's age in whole years on `on` (a birthday on `on` counts). */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

export interface SpendableCredit {
  id: number;
  source: string;
  remaining: number;
  expiresOn: string;
}

export type SpendPlan = { ok: true; spends: { creditId: number; source: string; amount: number }[] } | { ok: false; balance: number; shortBy: number };

/**
 * Which credits pay `amount`: the ones expiring first go first (FIFO by expiry, then by id); an
 * expired credit (expiry before `today`) pays nothing. Short of money: nothing is spent.
 */
export function planSpend(credits: readonly SpendableCredit[], amount: number, today: string): SpendPlan {
  const usable = credits.filter((c) => c.remaining > 0 && c.expiresOn >= today).sort((a, b) => (a.expiresOn < b.expiresOn ? -1 : a.expiresOn > b.expiresOn ? 1 : a.id - b.id));
  const balance = usable.reduce((s, c) => s + c.remaining, 0);
  if (balance < amount) return { ok: false, balance, shortBy: amount - balance };
  const spends: { creditId: number; source: string; amount: number }[] = [];
  let left = amount;
  for (const c of usable) {
    if (left === 0) break;
    const take = Math.min(left, c.remaining);
    spends.push({ creditId: c.id, source: c.source, amount: take });
    left -= take;
  }
  return { ok: true, spends };
}
