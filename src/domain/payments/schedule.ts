/**
 * What an enrolment pays month by month (DOMAIN.md §6). An enrolment's history is a list of
 * dated changes (start, amount, suspend, resume, stop); the change in force in a month is the
 * latest one whose effective month is on or before it (ties: the later id), so a decision
 * taken today can act from any month, earlier ones included.
 */
import { addMonths } from '../calendar.ts';

export const CHANGE_KINDS = ['start', 'amount', 'suspend', 'resume', 'stop'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
/** Kinds after which the enrolment is paid (suspend and stop pay nothing). */
export const PAYING_KINDS: readonly ChangeKind[] = ['start', 'amount', 'resume'];

export interface EnrolmentChange {
  id: number;
  kind: ChangeKind;
  /** YYYY-MM */
  effectiveMonth: string;
  /** fen; null for suspend and stop */
  monthlyAmount: number | null;
}

export interface InForce {
  change: EnrolmentChange | null;
  /** fen due for the month: 0 before the start, while suspended and after a stop */
  amount: number;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(s: string): boolean {
  return MONTH.test(s);
}

function assertMonth(s: string, name = 'month'): void {
  if (!MONTH.test(s)) throw new RangeError(`${name} must be YYYY-MM, got ${JSON.stringify(s)}`);
}

/** The change in force in `month` and the amount it pays. */
export function inForce(changes: readonly EnrolmentChange[], month: string): InForce {
  assertMonth(month);
  // A stop ends the enrolment: nothing dated after the first stop revives it.
  const stop = firstStop(changes);
  if (stop && stop.effectiveMonth <= month) return { change: stop, amount: 0 };
  let best: EnrolmentChange | null = null;
  for (const c of changes) {
    if (c.effectiveMonth > month) continue;
    if (!best || c.effectiveMonth > best.effectiveMonth || (c.effectiveMonth === best.effectiveMonth && c.id > best.id)) best = c;
  }
  if (!best || !PAYING_KINDS.includes(best.kind)) return { change: best, amount: 0 };
  return { change: best, amount: best.monthlyAmount ?? 0 };
}

/** The earliest stop of a history (by month, then id), if any. */
export function firstStop(changes: readonly EnrolmentChange[]): EnrolmentChange | null {
  let stop: EnrolmentChange | null = null;
  for (const c of changes) {
    if (c.kind !== 'stop') continue;
    if (!stop || c.effectiveMonth < stop.effectiveMonth || (c.effectiveMonth === stop.effectiveMonth && c.id < stop.id)) stop = c;
  }
  return stop;
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  assertMonth(from, 'from');
  assertMonth(to, 'to');
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

export interface MonthDifference {
  month: string;
  /** what the history said before the decision (and so what was paid, with earlier corrections) */
  before: number;
  /** what the history says now */
  after: number;
  /** after − before: positive is owed to the resident (补发), negative overpaid (追回) */
  difference: number;
}

/**
 * A decision that acts on months already settled: per month, what is due now against what was
 * due before it. Comparing the two histories (rather than the lines paid) keeps a chain of
 * retroactive decisions right: each one books only its own effect.
 */
export function retroactiveDifferences(
  before: readonly EnrolmentChange[],
  after: readonly EnrolmentChange[],
  settledMonths: readonly string[],
): MonthDifference[] {
  return [...new Set(settledMonths)]
    .sort()
    .map((month) => {
      const b = inForce(before, month).amount;
      const a = inForce(after, month).amount;
      return { month, before: b, after: a, difference: a - b };
    })
    .filter((d) => d.difference !== 0);
}

export type Settlement = { kind: 'back_pay' | 'recovery'; total: number } | null;

/** The net of the differences: one back pay or one recovery, or nothing when they cancel out. */
export function settlementOf(differences: readonly MonthDifference[]): Settlement {
  const net = differences.reduce((s, d) => s + d.difference, 0);
  if (net === 0) return null;
  return net > 0 ? { kind: 'back_pay', total: net } : { kind: 'recovery', total: -net };
}

/**
 * This month's recovery instalment (fen, positive): the rest still owed, at most the monthly
 * limit (none: all at once), and never more than is paid this month, so a payment never turns
 * into a demand on the resident's account.
 */
export function recoveryInstalment(remaining: number, monthlyLimit: number | null, paidThisMonth: number): number {
  for (const [name, v] of [['remaining', remaining], ['paidThisMonth', paidThisMonth]] as const) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${name} must be a non-negative integer of fen, got ${v}`);
  }
  if (monthlyLimit !== null && (!Number.isSafeInteger(monthlyLimit) || monthlyLimit <= 0)) throw new RangeError(`monthlyLimit must be positive, got ${monthlyLimit}`);
  return Math.min(remaining, monthlyLimit ?? remaining, paidThisMonth);
}

/** The months a recovery of `total` with a monthly limit takes if each month pays enough. */
export function recoverySchedule(total: number, monthlyLimit: number | null, firstMonth: string): { month: string; amount: number }[] {
  assertMonth(firstMonth, 'firstMonth');
  const out: { month: string; amount: number }[] = [];
  let rest = total;
  for (let m = firstMonth; rest > 0; m = addMonths(m, 1)) {
    const take = recoveryInstalment(rest, monthlyLimit, rest);
    out.push({ month: m, amount: take });
    rest -= take;
  }
  return out;
}
