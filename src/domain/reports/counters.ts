/**
 * 民政月报表 (DOMAIN.md §9): the numbers of one area, one program, one month. Every counter is
 * additive, so an area's row is the sum of its communities' rows (exit reasons key by key).
 */
export interface StatCounters {
  /** 保障户数: households with a regular payroll line for the month. */
  households: number;
  /** 保障人数 and the groups among them, as frozen on those lines. */
  persons: number;
  elderly: number;
  disabled: number;
  minors: number;
  /** 发放金额 (fen): every line of the month's approved payrolls, back pay and recoveries included. */
  amount: number;
  /** 资金分担 (fen): the city's and the district's shares of that amount. */
  cityAmount: number;
  districtAmount: number;
  /** 在册: enrolments in force at the end of the previous month and of this month. */
  enrolledBefore: number;
  enrolled: number;
  /** 新增 / 退出 in the month, and the exits by reason code. */
  newEnrolments: number;
  exits: number;
  exitReasons: Record<string, number>;
  /** Case history: 受理, 批准, 不予批准, 超期 (open at month end, past the limit). */
  applicationsReceived: number;
  applicationsApproved: number;
  applicationsRejected: number;
  applicationsOverdue: number;
  /** 公示 opened and 异议 recorded in the month. */
  noticesOpened: number;
  objections: number;
}

export type NumericCounter = Exclude<keyof StatCounters, 'exitReasons'>;

export const NUMERIC_COUNTERS: readonly NumericCounter[] = [
  'households',
  'persons',
  'elderly',
  'disabled',
  'minors',
  'amount',
  'cityAmount',
  'districtAmount',
  'enrolledBefore',
  'enrolled',
  'newEnrolments',
  'exits',
  'applicationsReceived',
  'applicationsApproved',
  'applicationsRejected',
  'applicationsOverdue',
  'noticesOpened',
  'objections',
];

export function emptyCounters(): StatCounters {
  const c = Object.fromEntries(NUMERIC_COUNTERS.map((k) => [k, 0])) as Record<NumericCounter, number>;
  return { ...c, exitReasons: {} };
}

/** Adds `b` into `a` (mutating `a`, which is returned). */
export function addInto(a: StatCounters, b: Partial<StatCounters>): StatCounters {
  for (const k of NUMERIC_COUNTERS) a[k] += b[k] ?? 0;
  for (const [reason, n] of Object.entries(b.exitReasons ?? {})) a.exitReasons[reason] = (a.exitReasons[reason] ?? 0) + n;
  return a;
}

export function sumCounters(list: readonly Partial<StatCounters>[]): StatCounters {
  return list.reduce<StatCounters>((acc, c) => addInto(acc, c), emptyCounters());
}

/** True when every counter and every exit reason is zero: such rows are not stored. */
export function isEmpty(c: StatCounters): boolean {
  return NUMERIC_COUNTERS.every((k) => c[k] === 0) && Object.values(c.exitReasons).every((n) => n === 0);
}

/** The counters in which `a` and `b` differ (exit reasons as `exitReasons.<code>`). */
export function counterDifferences(a: StatCounters, b: StatCounters): { counter: string; a: number; b: number }[] {
  const out: { counter: string; a: number; b: number }[] = [];
  for (const k of NUMERIC_COUNTERS) if (a[k] !== b[k]) out.push({ counter: k, a: a[k], b: b[k] });
  for (const reason of [...new Set([...Object.keys(a.exitReasons), ...Object.keys(b.exitReasons)])].sort()) {
    const x = a.exitReasons[reason] ?? 0;
    const y = b.exitReasons[reason] ?? 0;
    if (x !== y) out.push({ counter: `exitReasons.${reason}`, a: x, b: y });
  }
  return out;
}
