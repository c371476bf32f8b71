import { calendarDaysBetween } from '../calendar.ts';
import { FAST_DECISION_MIN_CASES, FAST_DECISION_RATIO, WORKER_SHARE_MIN_ENROLMENTS, WORKER_SHARE_MIN_PEERS, WORKER_SHARE_RATIO } from './rules.ts';

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface DecidedCase {
  applicationId: number;
  householdId: number;
  personId: number | null;
  areaCode: string;
  program: string;
  acceptedOn: string;
  decidedOn: string;
}

export interface FastDecision extends DecidedCase {
  days: number;
  medianDays: number;
  groupCases: number;
}

/**
 * 审批远快于中位数: per district and program, the median of calendar days from acceptance to
 * the county's decision; a case decided in under FAST_DECISION_RATIO of it is flagged. Without
 * enough cases there is no median to speak of, and a median of 0 days flags nothing.
 */
export function fastDecisions(cases: DecidedCase[]): FastDecision[] {
  const groups = new Map<string, (DecidedCase & { days: number })[]>();
  for (const c of cases) {
    const key = `${c.areaCode.slice(0, 6)}|${c.program}`;
    const list = groups.get(key) ?? [];
    list.push({ ...c, days: Math.max(0, calendarDaysBetween(c.acceptedOn, c.decidedOn)) });
    groups.set(key, list);
  }
  const out: FastDecision[] = [];
  for (const list of groups.values()) {
    if (list.length < FAST_DECISION_MIN_CASES) continue;
    const m = median(list.map((c) => c.days));
    if (m <= 0) continue;
    for (const c of list) if (c.days < m * FAST_DECISION_RATIO) out.push({ ...c, medianDays: m, groupCases: list.length });
  }
  return out;
}

export interface WorkerCount {
  userId: number;
  username: string;
  /** the street the enrolments lie in: workers are compared with those of the same street */
  streetCode: string;
  enrolments: number;
}

export interface WorkerOutlier extends WorkerCount {
  peersMedian: number;
  peers: number;
  streetTotal: number;
}

/**
 * 经手纳入占比异常: a worker whose enrolments in a street exceed WORKER_SHARE_RATIO times the
 * median of the other workers there (and at least WORKER_SHARE_MIN_ENROLMENTS).
 */
export function workerOutliers(counts: WorkerCount[]): WorkerOutlier[] {
  const byStreet = new Map<string, WorkerCount[]>();
  for (const c of counts) byStreet.set(c.streetCode, [...(byStreet.get(c.streetCode) ?? []), c]);
  const out: WorkerOutlier[] = [];
  for (const list of byStreet.values()) {
    const total = list.reduce((s, c) => s + c.enrolments, 0);
    for (const c of list) {
      const others = list.filter((o) => o.userId !== c.userId);
      if (others.length < WORKER_SHARE_MIN_PEERS) continue;
      const m = median(others.map((o) => o.enrolments));
      if (c.enrolments >= WORKER_SHARE_MIN_ENROLMENTS && c.enrolments > m * WORKER_SHARE_RATIO) {
        out.push({ ...c, peersMedian: m, peers: others.length, streetTotal: total });
      }
    }
  }
  return out;
}

/** Month 'YYYY-MM' as a running month number, so ±1 month is plain arithmetic. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}
