import { nowIso } from '../../clock.ts';
import type { DbOrTrx, Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { splitFunding } from '../../domain/payments/funding.ts';
import { periodMonths } from '../../domain/payments/period.ts';
import { citySharingOf, paymentPeriodOf, type PaymentPeriod } from '../../domain/policy.ts';
import { recoveryInstalment } from '../../domain/payments/schedule.ts';
import { findArea } from '../areas/service.ts';
import { recordAudit } from '../audit/service.ts';
import { refreshForApprovedPayroll } from '../reports/service.ts';
import { policyInForce } from '../policies/service.ts';
import { isLocalProgram, localProgramFor } from '../programs/service.ts';
import { ageOutAllowances } from '../children/service.ts';
import { isVeteranProgram, LUMP_SUM_ONLY_PROGRAMS, lumpSumAmountOf } from '../../domain/welfare/veterans.ts';
import { formatYuan } from '../../domain/money.ts';
import * as pq from './payroll-queries.ts';
import { getPayroll, payrollInScope, payrollView } from './payroll-view.ts';
import type { PayrollRow } from './queries.ts';
import type { LumpSumInput, PayrollView, PreparePayrollInput } from './schema.ts';

/** What a payroll line says it pays for, in the words of a bank statement. */
export const PROGRAM_LABELS: Record<string, string> = {
  dibao: '低保金',
  tekun: '特困供养金',
  temporary: '临时救助金',
  disability_living: '困难残疾人生活补贴',
  disability_care: '重度残疾人护理补贴',
  elderly_allowance: '高龄津贴',
  orphan: '孤儿基本生活费',
  de_facto_orphan: '事实无人抚养儿童基本生活费',
  veteran_survivor_pension: '定期抚恤金',
  veteran_disability_pension: '伤残抚恤金',
  veteran_demobilised_subsidy: '复员军人定期补助',
  veteran_ill_subsidy: '带病回乡定期补助',
  veteran_war_subsidy: '参战参试生活补助',
  veteran_militia_subsidy: '参战民兵民工补助',
  conscript_family_allowance: '义务兵家庭优待金',
  veteran_spring_festival: '春节慰问金',
  condolence: '慰问金',
};
const label = (program: string) => PROGRAM_LABELS[program] ?? program;

/** 发放清单 rather than 发放名册 when nothing goes to a bank (in-kind goods, vouchers). */
const LIST_TITLES: Record<string, string> = { cash: '发放名册', in_kind: '实物发放清单', voucher: '发放券清单' };

/**
 * The program a payroll is asked for, by code: a built-in one is known; a local one must exist
 * and reach the payroll's area (defined at it or above, or below it for a whole district).
 * In-kind and voucher programs get a payroll too — the frozen, signed-for issue list with the
 * goods' value per line, counted in the statistics like cash — but no bank file.
 */
async function programOf(db: DbOrTrx, program: string, areaCode: string, months: readonly string[]): Promise<{ label: string; kind: string }> {
  if (!isLocalProgram(program)) return { label: label(program), kind: 'cash' };
  const def = await localProgramFor(db, program, areaCode, { below: true });
  // A program that has ended pays no month after its last day (nor before its first).
  const outside = months.find((m) => m < def.effectiveFrom.slice(0, 7) || (def.effectiveTo !== null && m > def.effectiveTo.slice(0, 7)));
  if (outside) throw new DomainError('unprocessable', 'local_program_not_in_force', { field: 'month', params: { program: def.name, month: outside } });
  return { label: def.name, kind: def.kind };
}

export type PayrollPhase = 'lines' | 'adjustments' | 'totals' | 'committed';
export interface PrepareOptions {
  /**
   * Called as each phase ends, inside the transaction (the CLI's progress bar, the bench's
   * phases); 'committed' once the transaction has committed, before the view is read.
   */
  onPhase?: (phase: PayrollPhase, detail: { lines: number }) => void | Promise<void>;
}

/** Who may prepare payrolls: the county, a street for its own streets, the administrator. */
function assertMayPrepare(actor: Actor, areaCode: string): void {
  if (!['county_approver', 'street_reviewer', 'admin'].includes(actor.role)) throw new DomainError('forbidden', 'forbidden');
  assertAreaWritable(actor, areaCode);
}

async function assertAreaExists(db: DbOrTrx, areaCode: string) {
  const area = await findArea(db, areaCode);
  if (!area) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode } });
  return area;
}

type Created = { payroll: PayrollView; created: boolean };

/**
 * Claims the payroll's key, or finds the payroll that already holds it. Two racing requests:
 * PostgreSQL makes the second insert wait for the first transaction and then do nothing;
 * SQLite runs one transaction at a time. Either way one payroll, and the loser gets it.
 */
type NewPayroll = Pick<PayrollRow, 'payroll_key' | 'kind' | 'program' | 'area_code' | 'month' | 'months' | 'title' | 'lump_sum_per_person' | 'created_by' | 'created_at'> & { period?: PaymentPeriod };

async function claim(trx: Trx, row: NewPayroll): Promise<PayrollRow | null> {
  // Totals start at zero (column defaults) and are filled by `finish` in the same transaction.
  const inserted = await trx
    .insertInto('payrolls')
    .values({ ...row, status: 'prepared', funding: null, approved_by: null, approved_at: null, bank_result_at: null })
    .onConflict((oc) => oc.column('payroll_key').doNothing())
    .returningAll()
    .executeTakeFirst();
  return inserted ?? null;
}

async function finish(trx: Trx, deps: Deps, actor: Actor, p: PayrollRow, opts: PrepareOptions, lineCount: number): Promise<void> {
  if (lineCount > 10_000) await pq.refreshLineStatistics(trx, lineCount);
  // Lines refused for their payee stay (their month is settled) and are owed again, held.
  const held = await pq.holdRefusedLines(trx, { payrollId: p.id, month: p.month, actorId: actor.userId, now: nowIso(deps.clock) });
  const totals = await pq.payrollTotals(trx, p.id);
  await pq.writeLineTotals(trx, p.id);
  const { policy, version } = await policyInForce(trx, p.area_code, `${p.month}-01`);
  // 资金分担 per program (funding.programShares), else the area's general share.
  const { share: cityShare, source: shareKey } = citySharingOf(policy, p.program);
  const split = splitFunding(totals.total, cityShare);
  await trx
    .updateTable('payrolls')
    .set({
      households: totals.households,
      persons: totals.persons,
      total_amount: totals.total,
      city_amount: split.city,
      district_amount: split.district,
      funding: JSON.stringify({ cityShare, source: shareKey, policyVersion: version }),
    })
    .where('id', '=', p.id)
    .execute();
  await opts.onPhase?.('totals', { lines: lineCount });
  await recordAudit(trx, deps, actor, {
    action: `payroll.prepare`,
    entityType: 'payroll',
    entityId: p.id,
    areaCode: p.area_code,
    newValue: {
      key: p.payroll_key,
      months: p.months,
      lines: lineCount,
      households: totals.households,
      persons: totals.persons,
      total: totals.total,
      city: split.city,
      district: split.district,
      cityShare,
      shareSource: shareKey,
      refused: held,
    },
  });
}

/** Back pay in full; recoveries by instalment, never more than the enrolment is paid here. */
async function settleAdjustments(trx: Trx, deps: Deps, p: PayrollRow): Promise<number> {
  const open = await pq.openAdjustments(trx, { program: p.program, areaCode: p.area_code, month: p.month, postgres: deps.dialect === 'postgres' });
  if (open.length === 0) return 0;
  const enrolmentIds = [...new Set(open.map((a) => a.enrolment_id))];
  const payable = await pq.payableByEnrolment(trx, p.id, enrolmentIds);
  const payees = await pq.currentPayees(trx, enrolmentIds);
  let count = 0;
  for (const a of open) {
    // Nothing is paid to, or taken from, a payee a line would be refused for: it waits for the correction.
    const payee = payees.get(a.enrolment_id);
    if (!payee || payee.refusal !== null) continue;
    const remaining = Number(a.total_amount) - Number(a.settled ?? 0);
    if (remaining <= 0) {
      await trx.updateTable('payment_adjustments').set({ status: 'settled' }).where('id', '=', a.id).execute();
      continue;
    }
    let amount: number;
    if (a.kind === 'back_pay') {
      // A failed transfer waits until the payee's account has been corrected.
      if (a.source === 'bank_failure' && (!payee.account || payee.account === a.held_account)) continue;
      amount = remaining;
    } else {
      const paid = Math.max(0, payable.get(a.enrolment_id) ?? 0);
      amount = recoveryInstalment(remaining, a.monthly_limit === null ? null : Number(a.monthly_limit), paid);
      if (amount === 0) continue;
      payable.set(a.enrolment_id, paid - amount);
    }
    await pq.insertAdjustmentLine(trx, {
      payrollId: p.id,
      month: p.month,
      enrolmentId: a.enrolment_id,
      adjustmentId: a.id,
      kind: a.kind,
      amount: a.kind === 'back_pay' ? amount : -amount,
      reason: a.reason.slice(0, 500),
    });
    count += 1;
    if (amount === remaining) await trx.updateTable('payment_adjustments').set({ status: 'settled' }).where('id', '=', a.id).execute();
  }
  return count;
}

const PERIOD_TITLES: Record<PaymentPeriod, string> = { monthly: '', quarterly: '按季：', half_yearly: '按半年：', yearly: '按年：' };

/**
 * 发放周期 (payments.periods): a program an area pays quarterly, half-yearly or yearly is paid
 * by one payroll per period, whichever of its months is asked for — its key names the period's
 * first month, so asking for February returns the first quarter's payroll. Monthly programs keep
 * the month asked for, or the months paid together (春节前两月合发).
 */
export async function payrollPeriod(db: DbOrTrx, input: PreparePayrollInput): Promise<{ period: PaymentPeriod; months: string[]; month: string; key: string }> {
  const { policy } = await policyInForce(db, input.areaCode, `${input.month}-01`);
  // An area's own setting first; else a local program pays as its definition says; else monthly.
  const period =
    policy.payments.periods[input.program] === undefined && isLocalProgram(input.program)
      ? ((await localProgramFor(db, input.program, input.areaCode, { below: true })).paymentPeriod as PaymentPeriod)
      : paymentPeriodOf(policy, input.program);
  if (period === 'monthly') {
    return { period, months: [...(input.months ?? [input.month])].sort(), month: input.month, key: `monthly:${input.program}:${input.areaCode}:${input.month}` };
  }
  const months = periodMonths(period, input.month);
  if (input.months && input.months.some((m) => !months.includes(m))) {
    throw new DomainError('validation', 'payroll_months_outside_period', { field: 'months', params: { period, months: months.join('、') } });
  }
  return { period, months, month: months[0]!, key: `${period}:${input.program}:${input.areaCode}:${months[0]}` };
}

/**
 * 发放名册: the frozen payroll of a program, area and month (or months paid together), built in
 * ONE transaction — the payroll row, its regular lines set-based, back pay and recoveries, the
 * totals and the fund split — so a crash leaves nothing and a re-run finds the same payroll.
 */
export async function preparePayroll(deps: Deps, actor: Actor, input: PreparePayrollInput, opts: PrepareOptions = {}): Promise<Created> {
  assertMayPrepare(actor, input.areaCode);
  // 义务兵家庭优待金 and the Spring Festival one-off pay no monthly amount: lump sums only.
  if ((LUMP_SUM_ONLY_PROGRAMS as readonly string[]).includes(input.program)) {
    throw new DomainError('unprocessable', 'program_lump_sum_only', { field: 'program', params: { program: label(input.program) } });
  }
  const area = await assertAreaExists(deps.db, input.areaCode);
  const { period, months, month, key } = await payrollPeriod(deps.db, input);
  const program = await programOf(deps.db, input.program, input.areaCode, months);
  const existing = await pq.findPayrollByKey(deps.db, key);
  if (existing) return { payroll: await payrollView(deps.db, existing), created: false };
  const title = `${area.name}${program.label}${LIST_TITLES[program.kind] ?? '发放名册'}（${PERIOD_TITLES[period]}${months.join('、')}）`;
  const result = await deps.db.transaction().execute(async (trx) => {
    const p = await claim(trx, {
      payroll_key: key,
      kind: 'monthly',
      program: input.program,
      area_code: input.areaCode,
      month,
      months: months.join(','),
      period,
      title,
      lump_sum_per_person: null,
      created_by: actor.userId,
      created_at: nowIso(deps.clock),
    });
    if (!p) return null;
    // 年满18周岁: the orphan allowances stop by themselves before the lines are written.
    await ageOutAllowances(trx, deps, actor, { program: p.program, areaCode: p.area_code, month: months[months.length - 1]! });
    let lineCount = 0;
    for (const month of months) {
      lineCount += await pq.insertLines(trx, { payrollId: p.id, program: p.program, areaCode: p.area_code, month, kind: 'regular', reason: `${month} ${program.label}`, code: 'R' });
    }
    await opts.onPhase?.('lines', { lines: lineCount });
    lineCount += await settleAdjustments(trx, deps, p);
    await opts.onPhase?.('adjustments', { lines: lineCount });
    await finish(trx, deps, actor, p, opts, lineCount);
    return { id: p.id, lines: lineCount };
  });
  if (result) await opts.onPhase?.('committed', { lines: result.lines });
  const row = result === null ? await pq.findPayrollByKey(deps.db, key) : await pq.findPayroll(deps.db, result.id);
  if (!row) throw new DomainError('conflict', 'payroll_changed_meanwhile');
  return { payroll: await payrollView(deps.db, row, result ?? undefined), created: result !== null };
}

/**
 * 一次性补助 (e.g. 春节补助): one line per enrolment paying that month, amount per covered person.
 * Its key includes the title, so each distinct lump sum is made once.
 */
export async function prepareLumpSum(deps: Deps, actor: Actor, input: LumpSumInput, opts: PrepareOptions = {}): Promise<Created> {
  assertMayPrepare(actor, input.areaCode);
  await assertAreaExists(deps.db, input.areaCode);
  await programOf(deps.db, input.program, input.areaCode, [input.month]);
  if (isVeteranProgram(input.program)) {
    // 义务兵家庭优待金 and 春节慰问金 pay the policy's amount (veterans.*), not one typed here.
    const expected = lumpSumAmountOf(input.program, (await policyInForce(deps.db, input.areaCode, `${input.month}-01`)).policy.veterans);
    if (expected !== null && expected !== input.amountPerPerson) {
      throw new DomainError('unprocessable', 'veteran_lump_sum_amount', { field: 'amountPerPerson', params: { amount: formatYuan(expected, { grouping: true }) } });
    }
  }
  const key = `lump_sum:${input.program}:${input.areaCode}:${input.month}:${input.title}`;
  const existing = await pq.findPayrollByKey(deps.db, key);
  if (existing) return { payroll: await payrollView(deps.db, existing), created: false };
  const result = await deps.db.transaction().execute(async (trx) => {
    const p = await claim(trx, {
      payroll_key: key,
      kind: 'lump_sum',
      program: input.program,
      area_code: input.areaCode,
      month: input.month,
      months: input.month,
      title: input.title,
      lump_sum_per_person: input.amountPerPerson,
      created_by: actor.userId,
      created_at: nowIso(deps.clock),
    });
    if (!p) return null;
    const lineCount = await pq.insertLines(trx, {
      payrollId: p.id,
      program: p.program,
      areaCode: p.area_code,
      month: input.month,
      kind: 'lump_sum',
      perPerson: input.amountPerPerson,
      reason: input.title,
      code: 'L',
    });
    await opts.onPhase?.('lines', { lines: lineCount });
    await finish(trx, deps, actor, p, opts, lineCount);
    return { id: p.id, lines: lineCount };
  });
  if (result) await opts.onPhase?.('committed', { lines: result.lines });
  const row = result === null ? await pq.findPayrollByKey(deps.db, key) : await pq.findPayroll(deps.db, result.id);
  if (!row) throw new DomainError('conflict', 'payroll_changed_meanwhile');
  return { payroll: await payrollView(deps.db, row, result ?? undefined), created: result !== null };
}

/**
 * 慰问金 through the payroll: a condolence drive's cash lines as a lump-sum payroll (program
 * `condolence`, title the drive's name), inside the caller's transaction so the drive records
 * the routes of its lines with it. Made once per drive (key `condolence:{drive}`): null when the
 * key is already taken (another request made it meanwhile). Totals, fund split and the audit
 * entry as for every payroll; approval, bank file and results are the payroll's own.
 */
export async function prepareDrivePayrollIn(
  trx: Trx,
  deps: Deps,
  actor: Actor,
  d: { driveId: number; name: string; areaCode: string; month: string; perPerson: number | null },
): Promise<{ id: number; lines: number } | null> {
  assertMayPrepare(actor, d.areaCode);
  const p = await claim(trx, {
    payroll_key: drivePayrollKey(d.driveId),
    kind: 'lump_sum',
    program: 'condolence',
    area_code: d.areaCode,
    month: d.month,
    months: d.month,
    title: d.name.slice(0, 200),
    lump_sum_per_person: d.perPerson,
    created_by: actor.userId,
    created_at: nowIso(deps.clock),
  });
  if (!p) return null;
  const lines = await pq.insertDriveLines(trx, { payrollId: p.id, driveId: d.driveId, month: d.month, reason: `${d.name}慰问金`.slice(0, 500) });
  await finish(trx, deps, actor, p, {}, lines);
  return { id: p.id, lines };
}

export const drivePayrollKey = (driveId: number) => `condolence:${driveId}`;

/** 审批: the county freezes the payroll; from then on only the bank's results change it. Another user than the one who prepared it approves. */
export async function approvePayroll(deps: Deps, actor: Actor, id: number): Promise<PayrollView> {
  const p = await payrollInScope(deps.db, actor, id);
  if (actor.role !== 'county_approver') throw new DomainError('forbidden', 'payroll_approve_role');
  assertAreaWritable(actor, p.area_code);
  // 不相容岗位分离: whoever prepared the roll may not approve it (DOMAIN.md §7, issue 17).
  if (p.created_by === actor.userId) throw new DomainError('forbidden', 'payroll_prepared_by_self');
  const now = nowIso(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('payrolls')
      .set({ status: 'approved', approved_by: actor.userId, approved_at: now })
      .where('id', '=', id)
      .where('status', '=', 'prepared')
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new DomainError('conflict', 'payroll_already_approved', { params: { id } });
    await recordAudit(trx, deps, actor, {
      action: 'payroll.approve',
      entityType: 'payroll',
      entityId: id,
      areaCode: p.area_code,
      oldValue: { status: 'prepared' },
      newValue: { status: 'approved', total: Number(p.total_amount), households: Number(p.households) },
    });
    // 民政统计: the months this payroll pays in and for (and the one before) rebuilt with the approval.
    await refreshForApprovedPayroll({ db: trx, clock: deps.clock }, { month: p.month, months: p.months, areaCode: p.area_code, program: p.program });
  });
  return getPayroll(deps, actor, id);
}
