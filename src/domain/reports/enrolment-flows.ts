import type { StatCounters } from './counters.ts';

/**
 * 新增 / 退出 / 在册 from the dated enrolment history (enrolment_changes). A change enters the
 * statistics in its *counting month*: the month it takes effect, or the month it was decided
 * if that is later. A stop decided in May with effect from March (a retroactive stop) is thus an
 * exit of May: March's report, published at the end of March, stays what it was, and every
 * change is counted exactly once. "In force at the end of M" uses the same knowledge: the
 * changes counted by M. An enrolment exits once, by the stop counted first. New − exits equals
 * the change in force from one month to the next unless the history itself is odd (no start,
 * a stop counted before the start): that is what the consistency check is there to show.
 */
export interface EnrolmentFact {
  id: number;
  program: string;
  areaCode: string;
}

export interface EnrolmentChangeFact {
  id: number;
  enrolmentId: number;
  kind: string;
  effectiveMonth: string;
  /** YYYY-MM-DD */
  decidedOn: string;
  reasonCode: string | null;
}

/** The reason code of a stop recorded without one. */
export const UNSPECIFIED_REASON = 'unspecified';

export function countingMonth(c: Pick<EnrolmentChangeFact, 'effectiveMonth' | 'decidedOn'>): string {
  const decided = c.decidedOn.slice(0, 7);
  return decided > c.effectiveMonth ? decided : c.effectiveMonth;
}

/**
 * Whether an enrolment is in force at the end of `month`, as known then: some change is
 * counted by then and no stop is (a stop is final, as in payments: nothing revives it).
 */
export function inForceAt(changes: readonly EnrolmentChangeFact[], month: string): boolean {
  const known = changes.filter((c) => countingMonth(c) <= month);
  return known.length > 0 && !known.some((c) => c.kind === 'stop');
}

/** The stop an enrolment exits by: the one counted first (a later, earlier-dated stop does not exit it twice). */
export function exitingStop(changes: readonly EnrolmentChangeFact[]): EnrolmentChangeFact | undefined {
  let first: EnrolmentChangeFact | undefined;
  for (const c of changes) {
    if (c.kind !== 'stop') continue;
    if (!first || countingMonth(c) < countingMonth(first) || (countingMonth(c) === countingMonth(first) && c.id < first.id)) first = c;
  }
  return first;
}

export interface FlowRow {
  areaCode: string;
  program: string;
  counters: Pick<StatCounters, 'enrolledBefore' | 'enrolled' | 'newEnrolments' | 'exits' | 'exitReasons'>;
}

/**
 * One enrolment's history as the statistics see it: the counting months of its first change,
 * its first start and its exiting stop (null: none counted by the month's end). The database
 * reduces the history to these, grouped, so a district of 400,000 enrolments arrives as a few
 * hundred rows (`count` enrolments each).
 */
export interface EnrolmentSummary {
  areaCode: string;
  program: string;
  firstCounted: string | null;
  startCounted: string | null;
  stopCounted: string | null;
  count: number;
}

/** The counting months of an enrolment's first change, first start and exiting stop. */
export type CountedMonths = Pick<EnrolmentSummary, 'firstCounted' | 'startCounted' | 'stopCounted'>;

/**
 * Over the whole history. They do not depend on the month asked about — a change counted after
 * it is simply not known yet (`knownBy`) — so the enrolment row keeps them (enrolments.
 * first_counted, start_counted, stop_counted), updated with every change it records, and the
 * report reads one row per enrolment instead of grouping its changes.
 */
export function countedMonths(changes: readonly Pick<EnrolmentChangeFact, 'kind' | 'effectiveMonth' | 'decidedOn'>[]): CountedMonths {
  let firstCounted: string | null = null;
  let startCounted: string | null = null;
  let stopCounted: string | null = null;
  const earlier = (a: string | null, b: string) => (a === null || b < a ? b : a);
  for (const c of changes) {
    const m = countingMonth(c);
    firstCounted = earlier(firstCounted, m);
    if (c.kind === 'start') startCounted = earlier(startCounted, m);
    // The exiting stop is the one counted first (exitingStop): its month is the earliest.
    if (c.kind === 'stop') stopCounted = earlier(stopCounted, m);
  }
  return { firstCounted, startCounted, stopCounted };
}

/** What of them is known at the end of `month`. */
export function knownBy(counted: CountedMonths, month: string): CountedMonths {
  const known = (m: string | null) => (m !== null && m <= month ? m : null);
  return { firstCounted: known(counted.firstCounted), startCounted: known(counted.startCounted), stopCounted: known(counted.stopCounted) };
}

/** The summary of one enrolment's changes (what the database computes per enrolment). */
export function summarise(e: EnrolmentFact, changes: readonly EnrolmentChangeFact[], month: string): EnrolmentSummary {
  return { areaCode: e.areaCode, program: e.program, ...knownBy(countedMonths(changes), month), count: 1 };
}

/**
 * Per (area, program): in force at the end of the previous month and of this one, enrolments
 * first started and exited in it. `exitReasons` come separately (the exiting stops of the
 * month by reason code).
 */
export function enrolmentFlows(summaries: readonly EnrolmentSummary[], month: string, previousMonth: string, exitReasons: readonly { areaCode: string; program: string; reasonCode: string | null; count: number }[] = []): FlowRow[] {
  const rows = new Map<string, FlowRow>();
  const rowOf = (areaCode: string, program: string) => {
    const key = `${areaCode}|${program}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { areaCode, program, counters: { enrolledBefore: 0, enrolled: 0, newEnrolments: 0, exits: 0, exitReasons: {} } }));
    return r.counters;
  };
  const inForce = (s: EnrolmentSummary, m: string) => s.firstCounted !== null && s.firstCounted <= m && !(s.stopCounted !== null && s.stopCounted <= m);
  for (const s of summaries) {
    const before = inForce(s, previousMonth);
    const after = inForce(s, month);
    const started = s.startCounted === month;
    const stopped = s.stopCounted === month;
    if (!before && !after && !started && !stopped) continue;
    const r = rowOf(s.areaCode, s.program);
    if (before) r.enrolledBefore += s.count;
    if (after) r.enrolled += s.count;
    if (started) r.newEnrolments += s.count;
    if (stopped) r.exits += s.count;
  }
  for (const x of exitReasons) {
    const r = rowOf(x.areaCode, x.program);
    const reason = x.reasonCode ?? UNSPECIFIED_REASON;
    r.exitReasons[reason] = (r.exitReasons[reason] ?? 0) + x.count;
  }
  return [...rows.values()];
}
