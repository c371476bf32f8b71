import type { DbOrTrx } from '../../db/types.ts';
import { areaAncestry } from '../../domain/area-code.ts';
import { addMonths } from '../../domain/calendar.ts';
import { legalLimitsOf, NATIONAL_LIMITS, type LegalLimits } from '../../domain/cases/legal-clock.ts';
import { PolicyIncompleteError, resolvePolicy, type PolicyRow } from '../../domain/policy.ts';
import { acceptedOnOf, clockRunningAtEnd, overdueAtMonthEnd } from '../../domain/reports/case-clock-history.ts';
import { policyRowsInSubtree } from '../policies/service.ts';
import { NUMERIC_COUNTERS, type StatCounters } from '../../domain/reports/counters.ts';
import { enrolmentFlows } from '../../domain/reports/enrolment-flows.ts';
import { shareInProportion } from '../../domain/reports/funds-share.ts';
import { monthWindow } from '../../domain/reports/month-window.ts';
import { rollUp, type LeafStat, type RolledUp } from '../../domain/reports/roll-up.ts';
import * as q from './queries.ts';

/** A computed month: the rolled-up rows, and the payrolls with their line totals for the checks. */
export interface ComputedMonth {
  month: string;
  rolled: RolledUp;
  /** The approved payrolls paid in the month (those paying for it from another month are not its money). */
  payrolls: Awaited<ReturnType<typeof q.payrollsOfMonth>>;
  lineTotals: Map<number, number>;
}

/**
 * One month of one area, computed from the sources: the community numbers (leaf stats), rolled
 * up the tree, with what the consistency checks compare them to. `today` bounds a month still
 * running: a case is overdue at "the month's end" only once that day has come. With `program`,
 * only that program's numbers (what a payroll's approval rebuilds).
 */
export async function computeMonth(db: DbOrTrx, scope: string, month: string, today: string, program?: string): Promise<ComputedMonth> {
  const w = monthWindow(month);
  const asOfDate = today < w.lastDay ? today : w.lastDay;
  const ancestors = areaAncestry(scope).filter((c) => c !== scope);
  const previousMonth = addMonths(month, -1);
  const [areas, related, summaries, exits, received, decided, cases, notices, objections] = await Promise.all([
    q.areasUnder(db, scope),
    q.payrollsOfMonth(db, scope, ancestors, month, program),
    q.enrolmentSummaries(db, scope, w, previousMonth, program),
    q.exitReasons(db, scope, month, program),
    q.applicationsReceived(db, scope, w, program),
    q.applicationsDecided(db, scope, w, program),
    q.casesAtMonthEnd(db, scope, w, program),
    q.noticesOpened(db, scope, w, program),
    q.objectionsRecorded(db, scope, w, program),
  ]);
  const groups = await q.lineGroups(db, related.map((p) => p.id), month);
  const payrolls = related.filter((p) => p.paidIn === month);
  const lineTotals = new Map<number, number>();
  for (const g of groups) lineTotals.set(g.payrollId, (lineTotals.get(g.payrollId) ?? 0) + g.amount);

  const stats: LeafStat[] = [];
  const add = (areaCode: string, program: string, counters: Partial<StatCounters>) => stats.push({ areaCode, program, counters });

  // Money: each payroll's lines per community, its city and district shares split in proportion.
  for (const p of payrolls) {
    const byArea = new Map<string, { key: string; amount: number; areaCode: string; program: string }>();
    for (const g of groups) {
      if (g.payrollId !== p.id) continue;
      const key = `${g.areaCode}|${g.program}`;
      const part = byArea.get(key) ?? { key, amount: 0, areaCode: g.areaCode, program: g.program };
      part.amount += g.amount;
      byArea.set(key, part);
    }
    const parts = [...byArea.values()];
    const city = shareInProportion(p.cityAmount, parts);
    const district = shareInProportion(p.districtAmount, parts);
    for (const part of parts) {
      if (!part.areaCode.startsWith(scope)) continue;
      add(part.areaCode, part.program, { amount: part.amount, cityAmount: city.get(part.key) ?? 0, districtAmount: district.get(part.key) ?? 0 });
    }
  }
  for (const g of groups) {
    if (g.covers && g.areaCode.startsWith(scope)) add(g.areaCode, g.program, { households: g.households, persons: g.persons, elderly: g.elderly, disabled: g.disabled, minors: g.minors });
  }
  for (const f of enrolmentFlows(summaries, month, previousMonth, exits)) add(f.areaCode, f.program, f.counters);
  for (const r of received) add(r.areaCode, r.program, { applicationsReceived: r.n });
  for (const d of decided) add(d.areaCode, d.program, d.state === 'approved' ? { applicationsApproved: d.n } : { applicationsRejected: d.n });
  const running = cases.filter(clockRunningAtEnd);
  const limitsOf = running.length > 0 ? limitsByArea(await policyRowsInSubtree(db, scope)) : () => NATIONAL_LIMITS;
  for (const c of running) if (overdueAtMonthEnd(c, asOfDate, limitsOf(c.areaCode, acceptedOnOf(c)!))) add(c.areaCode, c.program, { applicationsOverdue: 1 });
  for (const r of notices) add(r.areaCode, r.program, { noticesOpened: r.n });
  for (const r of objections) add(r.areaCode, r.program, { objections: r.n });

  return { month, rolled: rollUp(scope, areas, stats), payrolls, lineTotals };
}

/**
 * The legal limits a case's area had set on its acceptance day (an area may shorten the national
 * 30/45 working days), resolved from the rows read once for the whole scope; memoised per
 * community and day. An area without a complete policy keeps the national limits.
 */
function limitsByArea(rows: PolicyRow[]): (areaCode: string, acceptedOn: string) => LegalLimits {
  const memo = new Map<string, LegalLimits>();
  return (areaCode, acceptedOn) => {
    const key = `${areaCode}|${acceptedOn}`;
    let limits = memo.get(key);
    if (!limits) {
      try {
        limits = legalLimitsOf(resolvePolicy(rows, areaAncestry(areaCode).reverse(), acceptedOn).policy);
      } catch (e) {
        if (!(e instanceof PolicyIncompleteError)) throw e;
        limits = NATIONAL_LIMITS;
      }
      memo.set(key, limits);
    }
    return limits;
  };
}

/** The stored row of one area and program, and back. */
export function statRowOf(month: string, row: RolledUp['rows'][number], program: string, c: StatCounters, refreshedAt: string): q.MonthlyStatRow {
  return {
    month,
    area_code: row.areaCode,
    program,
    level: row.level,
    parent_code: row.parentCode,
    households: c.households,
    persons: c.persons,
    elderly: c.elderly,
    disabled: c.disabled,
    minors: c.minors,
    amount: c.amount,
    city_amount: c.cityAmount,
    district_amount: c.districtAmount,
    enrolled_before: c.enrolledBefore,
    enrolled: c.enrolled,
    new_enrolments: c.newEnrolments,
    exits: c.exits,
    exit_reasons: JSON.stringify(c.exitReasons),
    applications_received: c.applicationsReceived,
    applications_approved: c.applicationsApproved,
    applications_rejected: c.applicationsRejected,
    applications_overdue: c.applicationsOverdue,
    notices_opened: c.noticesOpened,
    objections: c.objections,
    refreshed_at: refreshedAt,
  };
}

export function countersOf(r: q.MonthlyStatRow): StatCounters {
  const c = {
    households: r.households,
    persons: r.persons,
    elderly: r.elderly,
    disabled: r.disabled,
    minors: r.minors,
    amount: r.amount,
    cityAmount: r.city_amount,
    districtAmount: r.district_amount,
    enrolledBefore: r.enrolled_before,
    enrolled: r.enrolled,
    newEnrolments: r.new_enrolments,
    exits: r.exits,
    applicationsReceived: r.applications_received,
    applicationsApproved: r.applications_approved,
    applicationsRejected: r.applications_rejected,
    applicationsOverdue: r.applications_overdue,
    noticesOpened: r.notices_opened,
    objections: r.objections,
  };
  for (const k of NUMERIC_COUNTERS) c[k] = Number(c[k]);
  return { ...c, exitReasons: JSON.parse(r.exit_reasons) as Record<string, number> };
}
