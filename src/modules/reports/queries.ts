import { sql } from 'kysely';
import { dialectOf } from '../../db/database.ts';
import type { DbOrTrx, MonthlyStatTable, Trx } from '../../db/types.ts';
import type { CaseAtMonthEnd } from '../../domain/reports/case-clock-history.ts';
import type { EnrolmentSummary } from '../../domain/reports/enrolment-flows.ts';
import type { MonthWindow } from '../../domain/reports/month-window.ts';
import type { TreeArea } from '../../domain/reports/roll-up.ts';

/**
 * The monthly report's reads: set-based, grouped in the database, one query per source. Every
 * number comes from frozen payroll lines (approved payrolls only) or dated history (enrolment
 * changes, case events, notices, objections), never from today's registry.
 */

/** Area codes are digits, so a prefix match needs no escaping. */
const below = (areaCode: string) => `${areaCode}%`;
const n = (v: unknown) => Number(v ?? 0);

/** Every read below may be narrowed to one program (a payroll's approval rebuilds only its own). */
export type ProgramFilter = string | undefined;
const andProgram = (column: string, program: ProgramFilter) => (program ? sql`and ${sql.ref(column)} = ${program}` : sql``);

/**
 * PostgreSQL sorts a district's month of lines (count distinct) on disk with the default 4 MB;
 * a report's transaction gets room to do it in memory. SQLite needs nothing.
 */
export async function roomForSorting(trx: Trx): Promise<void> {
  if (dialectOf(trx) === 'postgres') await sql`set local work_mem = '256MB'`.execute(trx);
}

export async function areasUnder(db: DbOrTrx, root: string): Promise<TreeArea[]> {
  const rows = await db.selectFrom('areas').select(['code', 'name', 'level', 'parent_code']).where('code', 'like', below(root)).orderBy('code').execute();
  return rows.map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parent_code }));
}

/**
 * The approved payrolls that can pay into `scope` in or for the month: paid in it, or paying it
 * with another month (a two-month Spring Festival payroll paid in January pays February too);
 * of the area or below, or of an area above it (a district payroll pays into every street).
 */
export async function payrollsOfMonth(db: DbOrTrx, scope: string, ancestors: string[], month: string, program?: ProgramFilter) {
  const rows = await db
    .selectFrom('payrolls')
    .$if(program !== undefined, (qb) => qb.where('program', '=', program!))
    .select(['id', 'title', 'program', 'area_code', 'month', 'total_amount', 'city_amount', 'district_amount'])
    .where('status', '=', 'approved')
    .where((eb) => eb.or([eb('month', '=', month), eb('months', 'like', `%${month}%`)]))
    .where((eb) => eb.or([eb('area_code', 'like', below(scope)), ...(ancestors.length ? [eb('area_code', 'in', ancestors)] : [])]))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, program: r.program, areaCode: r.area_code, paidIn: r.month, totalAmount: n(r.total_amount), cityAmount: n(r.city_amount), districtAmount: n(r.district_amount) }));
}

const LINE_SUMS = ['amount', 'households', 'persons', 'elderly', 'disabled', 'minors'] as const;
export type LineGroup = { payrollId: number; areaCode: string; program: string; covers: boolean } & Record<(typeof LINE_SUMS)[number], number>;

/**
 * Those payrolls' line totals (payroll_line_totals, written when each payroll was prepared),
 * grouped by payroll, community and program, the regular lines paying for the month apart
 * (`covers`): the amounts per community (all of each payroll's communities: the fund shares
 * and the payroll totals need the whole), and the households, persons and groups the month's
 * regular lines cover. A covering group is one stored group (kind and month fixed), so its
 * households are counted distinct; the others' households are a plain sum and not used.
 */
export async function lineGroups(db: DbOrTrx, payrollIds: number[], month: string) {
  if (payrollIds.length === 0) return [];
  const rows = await db
    .selectFrom('payroll_line_totals')
    .select(['payroll_id', 'area_code', 'program', 'kind', 'for_month', ...LINE_SUMS])
    .where('payroll_id', 'in', payrollIds)
    .execute();
  const groups = new Map<string, LineGroup>();
  for (const r of rows) {
    const covers = r.kind === 'regular' && r.for_month === month;
    const key = `${r.payroll_id}|${r.area_code}|${r.program}|${covers}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { payrollId: r.payroll_id, areaCode: r.area_code, program: r.program, covers, amount: 0, households: 0, persons: 0, elderly: 0, disabled: 0, minors: 0 }));
    for (const k of LINE_SUMS) g[k] += n(r[k]);
  }
  return [...groups.values()];
}

/**
 * The consistency check's side: the same facts summed straight from the raw payroll lines over
 * the scope, per program, without the kept totals, communities or payrolls — households
 * counted distinct over the area. The month's payrolls are found first and their lines read by
 * payroll id, one program at a time: PostgreSQL then estimates each from the id's statistics
 * (a join to payrolls made it guess a quarter of all lines and scan every one), and an
 * ungrouped aggregate needs no sort of a million lines by program.
 */
export async function lineSumsByProgram(db: DbOrTrx, scope: string, month: string) {
  const payrolls = await db
    .selectFrom('payrolls')
    .select(['id', 'program', 'month'])
    .where('status', '=', 'approved')
    .where((eb) => eb.or([eb('month', '=', month), eb('months', 'like', `%${month}%`)]))
    .execute();
  const programs = [...new Set(payrolls.map((p) => p.program))].sort();
  const covers = sql`kind = 'regular' and for_month = ${month}`;
  const sums = [];
  for (const program of programs) {
    const ids = payrolls.filter((p) => p.program === program).map((p) => p.id);
    const paidIn = payrolls.filter((p) => p.program === program && p.month === month).map((p) => p.id);
    const paid = paidIn.length ? sql`payroll_id in (${sql.join(paidIn)})` : sql`1 = 0`;
    const r = await sql<{ lines: number; households: number; persons: number | null; amount: number | null }>`
      select count(*) as lines, count(distinct case when ${covers} then household_id end) as households,
        sum(case when ${covers} then persons else 0 end) as persons,
        sum(case when ${paid} then amount else 0 end) as amount
      from payroll_lines
      where payroll_id in (${sql.join(ids)}) and area_code like ${below(scope)}`.execute(db);
    const x = r.rows[0];
    if (x && n(x.lines) > 0) sums.push({ program, households: n(x.households), persons: n(x.persons), amount: n(x.amount) });
  }
  return sums;
}

/** The month a change enters the statistics (domain/reports/enrolment-flows.ts: countingMonth), in SQL. */
const countedIn = (alias: string) =>
  sql.raw(`(case when substr(${alias}.decided_on, 1, 7) > ${alias}.effective_month then substr(${alias}.decided_on, 1, 7) else ${alias}.effective_month end)`);

/**
 * Every enrolment of the area reduced to the counting months of its first change, first start
 * and exiting stop as known at the month's end (the enrolment keeps them over its whole
 * history; a month after this one is not known yet), then grouped: months before the previous
 * month are all alike here, so they are folded into one ('0000-00'). Enrolments with nothing
 * counted by the month, or stopped before the previous month, count for nothing and are left out.
 */
export async function enrolmentSummaries(db: DbOrTrx, scope: string, w: MonthWindow, previousMonth: string, program?: ProgramFilter): Promise<EnrolmentSummary[]> {
  if (!/^\d{4}-\d{2}$/.test(w.month) || !/^\d{4}-\d{2}$/.test(previousMonth)) throw new RangeError(`not a month: ${w.month} / ${previousMonth}`);
  // Literals, not parameters: PostgreSQL matches a grouped expression to the selected one by its text.
  const asOf = (col: string) =>
    sql.raw(`(case when ${col} > '${w.month}' then null when ${col} < '${previousMonth}' then '0000-00' else ${col} end)`);
  const r = await sql<{ area_code: string; program: string; first_counted: string | null; start_counted: string | null; stop_counted: string | null; n: number }>`
    select area_code, program, ${asOf('first_counted')} as first_counted, ${asOf('start_counted')} as start_counted, ${asOf('stop_counted')} as stop_counted, count(*) as n
    from enrolments
    where area_code like ${below(scope)} ${andProgram('program', program)} and first_counted <= ${w.month} and (stop_counted is null or stop_counted >= ${previousMonth})
    group by area_code, program, ${asOf('first_counted')}, ${asOf('start_counted')}, ${asOf('stop_counted')}`.execute(db);
  return r.rows.map((x) => ({ areaCode: x.area_code, program: x.program, firstCounted: x.first_counted, startCounted: x.start_counted, stopCounted: x.stop_counted, count: n(x.n) }));
}

/** 退出原因: the month's exiting stops (each enrolment's first counted stop) by reason code. */
export async function exitReasons(db: DbOrTrx, scope: string, month: string, program?: ProgramFilter) {
  const cm = countedIn('c');
  const dm = countedIn('d');
  const r = await sql<{ area_code: string; program: string; reason_code: string | null; n: number }>`
    select e.area_code, e.program, c.reason_code, count(*) as n
    from enrolment_changes c inner join enrolments e on e.id = c.enrolment_id
    where e.area_code like ${below(scope)} ${andProgram('e.program', program)} and c.kind = 'stop' and ${cm} = ${month}
      and not exists (select 1 from enrolment_changes d where d.enrolment_id = c.enrolment_id and d.kind = 'stop' and (${dm} < ${month} or (${dm} = ${month} and d.id < c.id)))
    group by e.area_code, e.program, c.reason_code`.execute(db);
  return r.rows.map((x) => ({ areaCode: x.area_code, program: x.program, reasonCode: x.reason_code, count: n(x.n) }));
}

/** 受理: applications first accepted in the month (a re-acceptance after a return is not a new one). */
export async function applicationsReceived(db: DbOrTrx, scope: string, w: MonthWindow, program?: ProgramFilter) {
  const rows = await db
    .selectFrom('case_events as e')
    .innerJoin('applications as a', 'a.id', 'e.application_id')
    .select(['a.area_code', 'a.program', (eb) => eb.fn.count<number>('e.application_id').distinct().as('n')])
    .where('e.action', '=', 'accept')
    .where('e.at', '>=', w.startUtc)
    .where('e.at', '<', w.endUtc)
    .where('a.area_code', 'like', below(scope))
    .$if(program !== undefined, (qb) => qb.where('a.program', '=', program!))
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('case_events as f').select('f.id').whereRef('f.application_id', '=', 'e.application_id').where('f.action', '=', 'accept').where('f.at', '<', w.startUtc))),
    )
    .groupBy(['a.area_code', 'a.program'])
    .execute();
  return rows.map((r) => ({ areaCode: r.area_code, program: r.program, n: n(r.n) }));
}

/** 批准 / 不予批准: cases that reached the decision in the month. */
export async function applicationsDecided(db: DbOrTrx, scope: string, w: MonthWindow, program?: ProgramFilter) {
  const rows = await db
    .selectFrom('case_events as e')
    .innerJoin('applications as a', 'a.id', 'e.application_id')
    .select(['a.area_code', 'a.program', 'e.to_state', (eb) => eb.fn.count<number>('e.application_id').distinct().as('n')])
    .where('e.to_state', 'in', ['approved', 'rejected'])
    .where('e.at', '>=', w.startUtc)
    .where('e.at', '<', w.endUtc)
    .where('a.area_code', 'like', below(scope))
    .$if(program !== undefined, (qb) => qb.where('a.program', '=', program!))
    .groupBy(['a.area_code', 'a.program', 'e.to_state'])
    .execute();
  return rows.map((r) => ({ areaCode: r.area_code, program: r.program, state: r.to_state, n: n(r.n) }));
}

/**
 * The cases of the area that can be open at the month's end, as they stood then: the state the
 * last event before the end left, the last acceptance, whether an extension was recorded by
 * then. A case closed now and untouched since before the month began (its `updated_at` moves
 * with every transition) was closed all month and is not read.
 */
export async function casesAtMonthEnd(db: DbOrTrx, scope: string, w: MonthWindow, program?: ProgramFilter): Promise<(CaseAtMonthEnd & { areaCode: string; program: string })[]> {
  const end = w.endUtc;
  const rows = await db
    .selectFrom('applications as a')
    .select((eb) => [
      'a.area_code',
      'a.program',
      eb.selectFrom('case_events as e').select('e.to_state').whereRef('e.application_id', '=', 'a.id').where('e.at', '<', end).orderBy('e.id', 'desc').limit(1).as('state_at_end'),
      eb.selectFrom('case_events as e').select((x) => x.fn.max('e.at').as('at')).whereRef('e.application_id', '=', 'a.id').where('e.action', '=', 'accept').where('e.at', '<', end).as('accepted_at'),
      eb.selectFrom('case_events as e').select((x) => x.fn.countAll().as('n')).whereRef('e.application_id', '=', 'a.id').where('e.action', '=', 'extend').where('e.at', '<', end).as('extensions'),
    ])
    .where('a.area_code', 'like', below(scope))
    .$if(program !== undefined, (qb) => qb.where('a.program', '=', program!))
    .where((eb) => eb.or([eb('a.state', 'not in', ['approved', 'rejected', 'withdrawn']), eb('a.updated_at', '>=', w.startUtc)]))
    .execute();
  return rows
    .filter((r) => r.state_at_end !== null && !['approved', 'rejected', 'withdrawn', 'submitted'].includes(r.state_at_end))
    .map((r) => ({ areaCode: r.area_code, program: r.program, stateAtEnd: r.state_at_end, lastAcceptedAt: (r.accepted_at as string | null) ?? null, extended: n(r.extensions) > 0 }));
}

/** 公示 opened in the month. */
export async function noticesOpened(db: DbOrTrx, scope: string, w: MonthWindow, program?: ProgramFilter) {
  const rows = await db
    .selectFrom('public_notices')
    .select(['area_code', 'program', (eb) => eb.fn.countAll<number>().as('n')])
    .where('area_code', 'like', below(scope))
    .$if(program !== undefined, (qb) => qb.where('program', '=', program!))
    .where('opened_on', '>=', w.firstDay)
    .where('opened_on', '<=', w.lastDay)
    .groupBy(['area_code', 'program'])
    .execute();
  return rows.map((r) => ({ areaCode: r.area_code, program: r.program, n: n(r.n) }));
}

/** 异议 recorded in the month, by the case's area and program. */
export async function objectionsRecorded(db: DbOrTrx, scope: string, w: MonthWindow, program?: ProgramFilter) {
  const rows = await db
    .selectFrom('objections as o')
    .innerJoin('applications as a', 'a.id', 'o.application_id')
    .select(['a.area_code', 'a.program', (eb) => eb.fn.countAll<number>().as('n')])
    .where('a.area_code', 'like', below(scope))
    .$if(program !== undefined, (qb) => qb.where('a.program', '=', program!))
    .where('o.created_at', '>=', w.startUtc)
    .where('o.created_at', '<', w.endUtc)
    .groupBy(['a.area_code', 'a.program'])
    .execute();
  return rows.map((r) => ({ areaCode: r.area_code, program: r.program, n: n(r.n) }));
}

// ---- the pre-aggregated table ----

export type MonthlyStatRow = MonthlyStatTable;

export async function deleteStats(db: DbOrTrx, scope: string, month: string, program?: ProgramFilter): Promise<void> {
  await db
    .deleteFrom('monthly_stats')
    .where('month', '=', month)
    .where('area_code', 'like', below(scope))
    .$if(program !== undefined, (qb) => qb.where('program', '=', program!))
    .execute();
}

export async function insertStats(db: DbOrTrx, rows: MonthlyStatRow[]): Promise<void> {
  // Both engines cap bound parameters per statement: 25 columns × 200 rows stays well below.
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('monthly_stats').values(rows.slice(i, i + 200)).execute();
}

export async function statsOf(db: DbOrTrx, areaCode: string, months: string[]): Promise<MonthlyStatRow[]> {
  if (months.length === 0) return [];
  return db.selectFrom('monthly_stats').selectAll().where('area_code', '=', areaCode).where('month', 'in', months).orderBy('month').orderBy('program').execute();
}

export async function childStatsOf(db: DbOrTrx, parentCode: string, month: string): Promise<(MonthlyStatRow & { name: string | null })[]> {
  return db
    .selectFrom('monthly_stats as s')
    .leftJoin('areas as a', 'a.code', 's.area_code')
    .selectAll('s')
    .select('a.name')
    .where('s.parent_code', '=', parentCode)
    .where('s.month', '=', month)
    .orderBy('s.area_code')
    .execute();
}

/** The latest month on file for an area with money paid in it. */
export async function latestPaidMonth(db: DbOrTrx, areaCode: string, notAfter: string): Promise<string | undefined> {
  const r = await db
    .selectFrom('monthly_stats')
    .select((eb) => eb.fn.max('month').as('month'))
    .where('area_code', '=', areaCode)
    .where('month', '<=', notAfter)
    .where((eb) => eb.or([eb('amount', '<>', 0), eb('households', '<>', 0)]))
    .executeTakeFirst();
  return (r?.month as string | null | undefined) ?? undefined;
}

/**
 * The newest month the dashboard can show whole: it has numbers, and no monthly payroll of the
 * area — made for the area, below it or above it (a district payroll pays the communities) —
 * is still waiting for approval in it. A month half approved would read as a fall in coverage.
 */
export async function latestCompleteMonth(db: DbOrTrx, areaCode: string, notAfter: string): Promise<string | undefined> {
  const r = await db
    .selectFrom('monthly_stats')
    .select((eb) => eb.fn.max('month').as('month'))
    .where('area_code', '=', areaCode)
    .where('month', '<=', notAfter)
    .where((eb) => eb.or([eb('amount', '<>', 0), eb('households', '<>', 0)]))
    .where('month', 'not in', (eb) =>
      eb
        .selectFrom('payrolls as p')
        .select('p.month')
        .where('p.status', '=', 'prepared')
        .where('p.kind', '=', 'monthly')
        .where((w) => w.or([w('p.area_code', 'like', below(areaCode)), sql<boolean>`${areaCode} like p.area_code || '%'`])),
    )
    .executeTakeFirst();
  return (r?.month as string | null | undefined) ?? undefined;
}

/** Months that have anything to count, oldest first: the range `stats refresh --all` rebuilds. */
export async function firstActivityMonth(db: DbOrTrx): Promise<string | undefined> {
  const [p, c, a] = await Promise.all([
    db.selectFrom('payrolls').select((eb) => eb.fn.min('month').as('m')).executeTakeFirst(),
    db.selectFrom('enrolment_changes').select((eb) => eb.fn.min('effective_month').as('m')).executeTakeFirst(),
    db.selectFrom('applications').select((eb) => eb.fn.min('accepted_on').as('m')).executeTakeFirst(),
  ]);
  const months = [p?.m, c?.m, a?.m].filter((m): m is string => typeof m === 'string').map((m) => m.slice(0, 7));
  return months.sort()[0];
}

export async function districtsOnFile(db: DbOrTrx): Promise<string[]> {
  const rows = await db.selectFrom('areas').select('code').where('level', '=', 'district').orderBy('code').execute();
  return rows.map((r) => r.code);
}

// ---- live case counts for the dashboard ----

/** Open cases of the area by state, with those past their due date (the inbox's rule). */
export async function openCasesByState(db: DbOrTrx, scope: string, today: string) {
  const rows = await db
    .selectFrom('applications')
    .select([
      'state',
      (eb) => eb.fn.countAll<number>().as('n'),
      sql<number>`sum(case when state <> 'submitted' and due_on < ${today} then 1 else 0 end)`.as('overdue'),
    ])
    .where('area_code', 'like', below(scope))
    .where('state', 'not in', ['approved', 'rejected', 'withdrawn'])
    .groupBy('state')
    .execute();
  return rows.map((r) => ({ state: r.state, count: n(r.n), overdue: n(r.overdue) }));
}
