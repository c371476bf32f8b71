import { nowIso, todayInChina, type Clock } from '../../clock.ts';
import { disabilityMonthCounts, disabilityWelfareCounts } from '../disability/service.ts';
import { childMonthCounts, childWelfareCounts } from '../children/service.ts';
import { veteranMonthCounts, veteranWelfareCounts } from '../veterans/service.ts';
import { rollUpWelfare, type WelfareRow } from '../../domain/reports/welfare-summary.ts';
import type { CommunityCounts } from '../../domain/reports/community-summary.ts';
import { volunteerMonthCounts } from '../volunteers/service.ts';
import { listMonthCounts } from '../community-lists/service.ts';
import { charityMonthCounts } from '../charity/service.ts';
import type { DbOrTrx, Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { addMonths, monthOf } from '../../domain/calendar.ts';
import { checkConsistency, type ConsistencyCheck } from '../../domain/reports/consistency.ts';
import { counterDifferences, emptyCounters, isEmpty, sumCounters, type NumericCounter, type StatCounters } from '../../domain/reports/counters.ts';
import { monthRange } from '../../domain/reports/month-window.ts';
import { orderPrograms, programsOf, type AreaReportRow } from '../../domain/reports/roll-up.ts';
import { DomainError } from '../../domain/errors.ts';
import { findArea } from '../areas/service.ts';
import { recordRead } from '../audit/service.ts';
import { programNames } from '../programs/service.ts';
import { computeMonth, countersOf, statRowOf } from './monthly-stats.ts';
import * as q from './queries.ts';
import { complaintStats } from '../complaints/service.ts';
import type { ComplaintSummary } from '../../domain/reports/complaint-summary.ts';
import { monthWindow } from '../../domain/reports/month-window.ts';
import { PROGRAM_ORDER } from './report-labels.ts';
import { reviewAlert, reviewMonthCounts, type ReviewMonthCounts } from '../reviews/service.ts';
import { mayReadRiskFindings } from '../../domain/risk/access.ts';
import { riskFindingStats } from '../risk/service.ts';
import type { RiskStats } from '../risk/schema.ts';
import { alertStats, mayReadAlerts } from '../verification/service.ts';
import type { AlertSummary } from '../../domain/reports/alert-summary.ts';
import { mayReadCare } from '../../domain/care/access.ts';
import { careDashboard, careReportSection, type CareReportSection } from '../care-statistics/service.ts';

export { PROGRAM_ORDER } from './report-labels.ts';

export interface MonthlyReport {
  area: { code: string; name: string; level: string };
  month: string;
  generatedAt: string;
  programs: string[];
  /** each program's name as printed, local programs (地方项目) included */
  programNames: Record<string, string>;
  rows: AreaReportRow[];
  totals: { programs: Record<string, StatCounters>; total: StatCounters };
  consistency: { ok: boolean; checks: ConsistencyCheck[] };
  /** 复核 decided in the month (src/modules/reviews/statistics.ts) */
  reviews: ReviewMonthCounts;
  /** 举报投诉 received in the month under the area (issue 17): by channel and type, found true, corrected. */
  complaints: ComplaintSummary;
  /** 风险核查 findings raised in the month, by rule and outcome (to the roles that read findings) */
  risk?: RiskStats;
  /** 残疾人、儿童、优抚 (issue 22): each register counted for the month */
  welfare: Awaited<ReturnType<typeof welfareCounts>>;
  /** 志愿服务、三张清单、慈善 (issue 22): each register counted for the month */
  community: Awaited<ReturnType<typeof communityCounts>>;
  /** 核对预警 raised in the month (issue 18), for the roles that read alerts */
  alerts?: AlertSummary;
  /** 走访慰问、探访关爱、居家养老 (issue 21) in the month, per area row, for the roles that read care */
  care?: CareReportSection;
}

/**
 * The monthly report for a download (Excel or PDF): a file that leaves the system, audited as a
 * read with the area, month, format and the number of area rows it carries.
 */
export async function monthlyReportExport(deps: Deps, actor: Actor, input: { areaCode: string; month: string }, format: 'xlsx' | 'pdf'): Promise<ExportedReport> {
  const report: ExportedReport = { ...(await monthlyReport(deps, actor, input)), welfareRows: new Map<string, WelfareRow>(), communityRows: [] };
  report.welfareRows = await welfareByArea(deps, report.rows.map((r) => r.areaCode), report.area.code, report.month);
  // 志愿服务、三张清单、慈善 per street (or community) directly below the area, each its subtree.
  const children = report.rows.filter((r) => r.depth === 1);
  report.communityRows = await Promise.all(children.map(async (r) => ({ areaCode: r.areaCode, name: r.name, counts: await communityCounts(deps, r.areaCode, report.month) })));
  await recordRead(deps, actor, {
    action: 'read.report_export',
    entityType: 'report',
    entityId: `monthly:${report.area.code}:${report.month}`,
    areaCode: report.area.code,
    detail: { report: 'monthly', month: report.month, format, rows: report.rows.length },
  });
  return report;
}

/** Counters the pre-aggregated table must agree on with the report: those only an approval moves. */
const PAYROLL_COUNTERS: readonly NumericCounter[] = ['households', 'persons', 'amount', 'cityAmount', 'districtAmount'];

async function reportArea(deps: Deps, actor: Actor, areaCode: string, month: string) {
  // A street user asking for another street is refused outright (403), not shown an empty report.
  assertAreaWritable(actor, areaCode);
  const area = await findArea(deps.db, areaCode);
  if (!area) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode } });
  const thisMonth = monthOf(todayInChina(deps.clock));
  if (month > thisMonth) throw new DomainError('unprocessable', 'report_month_future', { field: 'month', params: { month, thisMonth } });
  return area;
}

/**
 * 月报表: one area's month, rolled up its tree, with the consistency checks. Built from the
 * approved payrolls' frozen lines and the dated history only, so a past month reads the same
 * on any later day (until a payroll of that month is approved, which is then in it). Read in
 * one transaction: every number of the report comes from the same snapshot.
 */
export async function monthlyReport(deps: Deps, actor: Actor, input: { areaCode: string; month: string }): Promise<MonthlyReport> {
  const area = await reportArea(deps, actor, input.areaCode, input.month);
  const today = todayInChina(deps.clock);
  const [computed, lineSums, stored] = await deps.db.transaction().setAccessMode('read only').execute(async (trx) => {
    await q.roomForSorting(trx);
    return Promise.all([computeMonth(trx, area.code, input.month, today), q.lineSumsByProgram(trx, area.code, input.month), q.statsOf(trx, area.code, [input.month])]);
  });
  const { rolled, payrolls, lineTotals } = computed;
  const result = checkConsistency({
    rolled,
    lineSums,
    payrolls: payrolls.map((p) => ({
      id: p.id,
      title: p.title,
      program: p.program,
      headerAmount: p.totalAmount,
      lineAmount: lineTotals.get(p.id) ?? 0,
      cityAmount: p.cityAmount,
      districtAmount: p.districtAmount,
      withinScope: p.areaCode.startsWith(area.code),
    })),
  });
  const root = rolled.rows[0]!;
  const checks = [...result.checks, ...preAggregationChecks(root, stored)];
  const programs = programsOf(rolled.rows, PROGRAM_ORDER);
  return {
    area: { code: area.code, name: area.name, level: area.level },
    month: input.month,
    generatedAt: nowIso(deps.clock),
    programs,
    programNames: await programNames(deps.db, [...programs, ...checks.flatMap((c) => ('program' in c && c.program ? [c.program] : []))]),
    rows: rolled.rows,
    totals: { programs: root.programs, total: root.total },
    consistency: { ok: checks.every((c) => c.ok), checks },
    reviews: await reviewMonthCounts(deps.db, area.code, input.month),
    complaints: await complaintStats(deps.db, area.code, monthWindow(input.month).firstDay, monthWindow(input.month).lastDay),
    welfare: await welfareCounts(deps, area.code, input.month),
    community: await communityCounts(deps, area.code, input.month),
    ...(mayReadRiskFindings(actor.role) ? { risk: await riskFindingStats(deps, area.code, chinaMonthInstants(input.month)) } : {}),
    ...(mayReadAlerts(actor.role) ? { alerts: await alertStats(deps, area.code, chinaMonthInstants(input.month)) } : {}),
    ...(mayReadCare(actor.role) ? { care: await careReportSection(deps.db, area.code, rolled.rows, monthWindow(input.month).firstDay, monthWindow(input.month).lastDay) } : {}),
  };
}

/** The monthly report as the Excel and PDF carry it: the registers' counts also per area row. */
export type ExportedReport = MonthlyReport & { welfareRows: Map<string, WelfareRow>; communityRows: { areaCode: string; name: string; counts: CommunityCounts }[] };

/** 残疾人、儿童、优抚 per report row, each row its whole subtree (the root row is the JSON `welfare`). */
async function welfareByArea(deps: Deps, areaCodes: string[], root: string, month: string): Promise<Map<string, WelfareRow>> {
  const { firstDay, lastDay } = monthWindow(month);
  const counts = await Promise.all([disabilityWelfareCounts(deps.db, root, firstDay, lastDay), childWelfareCounts(deps.db, root, firstDay, lastDay), veteranWelfareCounts(deps.db, root, firstDay, lastDay)]);
  return rollUpWelfare(areaCodes, counts.flat());
}

/** 残疾人、儿童、优抚 (issue 22): each register counted for the month. */
async function welfareCounts(deps: Deps, areaCode: string, month: string) {
  const { firstDay, lastDay } = monthWindow(month);
  const [disability, children, veterans] = await Promise.all([
    disabilityMonthCounts(deps.db, areaCode, firstDay, lastDay),
    childMonthCounts(deps.db, areaCode, firstDay, lastDay),
    veteranMonthCounts(deps.db, areaCode, firstDay, lastDay),
  ]);
  return { disability, children, veterans };
}

/** 志愿服务、三张清单、慈善 (issue 22): each register counted for the month. */
async function communityCounts(deps: Deps, areaCode: string, month: string) {
  const { firstDay, lastDay } = monthWindow(month);
  const [volunteers, lists, charity] = await Promise.all([
    volunteerMonthCounts(deps.db, areaCode, firstDay, lastDay),
    listMonthCounts(deps.db, areaCode, firstDay, lastDay),
    charityMonthCounts(deps.db, areaCode, firstDay, lastDay),
  ]);
  return { volunteers, lists, charity };
}

/** The month in China (UTC+8) as the instants that bound it, for timestamps stored in UTC. */
function chinaMonthInstants(month: string): { from: string; to: string } {
  return { from: new Date(`${month}-01T00:00:00+08:00`).toISOString(), to: new Date(`${addMonths(month, 1)}-01T00:00:00+08:00`).toISOString() };
}

/** The dashboard's table against the report: a difference means a refresh was missed. */
function preAggregationChecks(root: AreaReportRow, stored: q.MonthlyStatRow[]): ConsistencyCheck[] {
  const out: ConsistencyCheck[] = [];
  const programs = new Set([...Object.keys(root.programs), ...stored.map((s) => s.program)]);
  for (const program of [...programs].sort()) {
    const live = root.programs[program] ?? emptyCounters();
    const row = stored.find((s) => s.program === program);
    const kept = row ? countersOf(row) : emptyCounters();
    for (const d of counterDifferences(live, kept)) {
      if (!PAYROLL_COUNTERS.includes(d.counter as NumericCounter)) continue;
      out.push({ code: 'pre_aggregation', ok: false, program, areaCode: root.areaCode, subject: d.counter, actual: d.b, expected: d.a });
    }
  }
  return out;
}

/** The area whose whole tree a refresh rebuilds: the district (or the area itself above it). */
function refreshScope(areaCode: string): string {
  return areaCode.length > 6 ? areaCode.slice(0, 6) : areaCode;
}

/**
 * Rebuilds the pre-aggregated rows of the months for the district of `areaCode` (every level
 * of its tree), all programs or only `program`. Called by the payments service when a payroll
 * is approved, inside its transaction, and by `minzheng stats refresh`.
 */
export async function refreshMonthlyStats(ctx: { db: DbOrTrx; clock: Clock }, months: string | readonly string[], areaCode: string, program?: string): Promise<{ month: string; rows: number }[]> {
  const list = [...new Set(typeof months === 'string' ? [months] : months)].sort();
  const scope = refreshScope(areaCode);
  const run = async (db: Trx) => {
    await q.roomForSorting(db);
    const out: { month: string; rows: number }[] = [];
    for (const month of list) {
      const { rolled } = await computeMonth(db, scope, month, todayInChina(ctx.clock), program);
      const at = nowIso(ctx.clock);
      const rows = rolled.rows.flatMap((r) => Object.entries(r.programs).filter(([, c]) => !isEmpty(c)).map(([program, c]) => statRowOf(month, r, program, c, at)));
      await q.deleteStats(db, scope, month, program);
      await q.insertStats(db, rows);
      out.push({ month, rows: rows.length });
    }
    return out;
  };
  return ctx.db.isTransaction ? run(ctx.db as Trx) : ctx.db.transaction().execute(run);
}

/**
 * After a payroll's approval: its program's months it pays in and for, and the month before,
 * whose late decisions (a stop recorded on its last days, a case closed) are then all on file.
 */
export async function refreshForApprovedPayroll(ctx: { db: DbOrTrx; clock: Clock }, payroll: { month: string; months: string; areaCode: string; program: string }) {
  return refreshMonthlyStats(ctx, [addMonths(payroll.month, -1), payroll.month, ...payroll.months.split(',')], payroll.areaCode, payroll.program);
}

/** `stats refresh --all`: every district on file, every month from the first activity to this one. */
export async function refreshAllMonthlyStats(deps: Deps, onMonth?: (district: string, month: string, done: number, total: number) => void): Promise<{ districts: number; months: number; rows: number }> {
  const first = await q.firstActivityMonth(deps.db);
  const thisMonth = monthOf(todayInChina(deps.clock));
  const months = first ? monthRange(first < thisMonth ? first : thisMonth, thisMonth) : [];
  const districts = await q.districtsOnFile(deps.db);
  let rows = 0;
  let done = 0;
  for (const d of districts) {
    for (const m of months) {
      const [r] = await refreshMonthlyStats(deps, m, d);
      rows += r?.rows ?? 0;
      onMonth?.(d, m, ++done, districts.length * months.length);
    }
  }
  return { districts: districts.length, months: months.length, rows };
}

const TREND_COUNTERS = ['households', 'persons', 'amount', 'newEnrolments', 'exits', 'enrolled'] as const;

/**
 * 首页统计: twelve months of the area from the pre-aggregated table (never recomputed on a
 * view), the communities or streets below it, and the live count of open cases by step.
 */
export async function dashboard(deps: Deps, actor: Actor, input: { areaCode?: string | undefined }) {
  const areaCode = input.areaCode ?? actor.areaCode;
  assertAreaWritable(actor, areaCode);
  const area = await findArea(deps.db, areaCode);
  if (!area) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode } });
  const today = todayInChina(deps.clock);
  const thisMonth = monthOf(today);
  // The last complete month: one whose payrolls are half approved would show a false drop.
  const latest = (await q.latestCompleteMonth(deps.db, areaCode, thisMonth)) ?? (await q.latestPaidMonth(deps.db, areaCode, thisMonth)) ?? thisMonth;
  const months = monthRange(addMonths(latest, -11), latest);
  const [own, children, cases] = await Promise.all([q.statsOf(deps.db, areaCode, months), q.childStatsOf(deps.db, areaCode, latest), q.openCasesByState(deps.db, areaCode, today)]);
  const programs = orderPrograms(own.map((r) => r.program), PROGRAM_ORDER);
  const trend = programs.map((program) => ({
    program,
    months: months.map((month) => {
      const row = own.find((r) => r.month === month && r.program === program);
      const c = row ? countersOf(row) : emptyCounters();
      return Object.fromEntries([['month', month], ...TREND_COUNTERS.map((k) => [k, c[k]])]) as { month: string } & Record<(typeof TREND_COUNTERS)[number], number>;
    }),
  }));
  const latestRows = own.filter((r) => r.month === latest).map(countersOf);
  const byChild = new Map<string, { areaCode: string; name: string; programs: Record<string, { households: number; persons: number; amount: number }> }>();
  for (const r of children) {
    const entry = byChild.get(r.area_code) ?? { areaCode: r.area_code, name: r.name ?? r.area_code, programs: {} };
    entry.programs[r.program] = { households: Number(r.households), persons: Number(r.persons), amount: Number(r.amount) };
    byChild.set(r.area_code, entry);
  }
  const refreshedAt = own.reduce<string | null>((m, r) => (m === null || r.refreshed_at > m ? r.refreshed_at : m), null);
  return {
    area: { code: area.code, name: area.name, level: area.level },
    month: latest,
    months,
    programs,
    latest: sumCounters(latestRows),
    latestByProgram: Object.fromEntries(own.filter((r) => r.month === latest).map((r) => [r.program, countersOf(r)])),
    trend,
    children: [...byChild.values()],
    cases: { byState: cases, open: cases.reduce((s, c) => s + c.count, 0), overdue: cases.reduce((s, c) => s + c.overdue, 0) },
    refreshedAt,
    reviews: await reviewAlert(deps, areaCode),
    ...(mayReadRiskFindings(actor.role) ? { risk: await riskFindingStats(deps, areaCode) } : {}),
    ...(mayReadAlerts(actor.role) ? { alerts: await alertStats(deps, areaCode) } : {}),
    ...(mayReadCare(actor.role) ? { care: await careDashboard(deps.db, areaCode, today) } : {}),
  };
}
