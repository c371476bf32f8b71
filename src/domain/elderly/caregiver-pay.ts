/**
 * 养护员报酬 (issue 21, DOMAIN.md later releases): what one agreement pays for a month.
 *
 * - The month's pay is due only when the month's assessment passed (score ≥ PASS_SCORE); a
 *   failed or missing assessment withholds the whole month — the agreement's monthly pay is a
 *   fee for supervised work, and the assessment is the supervision.
 * - An agreement starting or ending inside the month pays its days: pay × days ÷ days in month,
 *   rounded down to the fen.
 * - Leave with a substitute: the substitute is paid for the leave days at the same daily rate,
 *   and the caregiver the rest, so the two add up to exactly what the agreement pays.
 */

export const PASS_SCORE = 60;

/** 考核: a score of 0–100 passes from PASS_SCORE. */
export function assessmentPassed(score: number): boolean {
  return score >= PASS_SCORE;
}

export interface PayAgreement {
  caregiverId: number;
  startsOn: string;
  endsOn: string;
  monthlyPay: number;
}
export interface PayLeave {
  fromOn: string;
  toOn: string;
  substituteId: number;
}
export interface PayLine {
  caregiverId: number;
  role: 'caregiver' | 'substitute';
  days: number;
  amount: number;
}
export type MonthPay = { paid: true; days: number; total: number; lines: PayLine[] } | { paid: false; reason: 'not_in_force' | 'not_assessed' | 'assessment_failed' };

export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dayOf(date: string): number {
  return Number(date.slice(8, 10));
}

/** The days of `month` that [from, to] covers, as day numbers (inclusive), or null. */
function overlap(month: string, from: string, to: string): { first: number; last: number } | null {
  const first = `${month}-01`;
  const last = `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
  if (to < first || from > last) return null;
  return { first: from <= first ? 1 : dayOf(from), last: to >= last ? daysInMonth(month) : dayOf(to) };
}

export function monthPay(a: PayAgreement, leaves: readonly PayLeave[], month: string, assessmentScore: number | null): MonthPay {
  const covered = overlap(month, a.startsOn, a.endsOn);
  if (!covered) return { paid: false, reason: 'not_in_force' };
  if (assessmentScore === null) return { paid: false, reason: 'not_assessed' };
  if (!assessmentPassed(assessmentScore)) return { paid: false, reason: 'assessment_failed' };
  const monthDays = daysInMonth(month);
  const days = covered.last - covered.first + 1;
  const total = Math.floor((a.monthlyPay * days) / monthDays);
  // Each covered day goes to whoever worked it: the substitute of the leave that covers it (the
  // first leave recorded wins if two overlap), else the caregiver.
  const bySubstitute = new Map<number, number>();
  for (let d = covered.first; d <= covered.last; d += 1) {
    const date = `${month}-${String(d).padStart(2, '0')}`;
    const leave = leaves.find((l) => l.fromOn <= date && date <= l.toOn);
    if (leave) bySubstitute.set(leave.substituteId, (bySubstitute.get(leave.substituteId) ?? 0) + 1);
  }
  const lines: PayLine[] = [];
  let substituted = 0;
  for (const [substituteId, n] of bySubstitute) {
    const amount = Math.floor((a.monthlyPay * n) / monthDays);
    lines.push({ caregiverId: substituteId, role: 'substitute', days: n, amount });
    substituted += amount;
  }
  const ownDays = days - [...bySubstitute.values()].reduce((s, n) => s + n, 0);
  if (ownDays > 0) lines.unshift({ caregiverId: a.caregiverId, role: 'caregiver', days: ownDays, amount: total - substituted });
  else if (lines.length > 0 && total !== substituted) lines[0]!.amount += total - substituted;
  return { paid: true, days, total, lines };
}
