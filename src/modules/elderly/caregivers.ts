import { nowIso, todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { assessmentPassed, daysInMonth, monthPay } from '../../domain/elderly/caregiver-pay.ts';
import { DomainError } from '../../domain/errors.ts';
import { maskBankAccount, maskIdNumber } from '../../domain/masking.ts';
import { findArea } from '../areas/service.ts';
import { recordAudit } from '../audit/service.ts';
import { bankFile, type BankRow } from '../payments/service.ts';
import { personOnFile } from '../registry/service.ts';
import * as q from './caregiver-queries.ts';
import type { AgreementInput, AgreementListQuery, CaregiverAssessmentInput, CaregiverInput, CaregiverListQuery, CaregiverPayrollInput, CaregiverPayrollListQuery, LeaveInput, LogInput } from './schema.ts';
import { assertWorker, scopeOf } from './service.ts';

function caregiverView(r: q.CaregiverRow) {
  return { id: r.id, areaCode: r.area_code, name: r.name, idNumber: maskIdNumber(r.id_number), phone: r.phone, bankName: r.bank_name, bankAccount: maskBankAccount(r.bank_account) };
}

/** 养护员 with the account the monthly pay goes to (the payee of the pay roll). */
export async function registerCaregiver(deps: Deps, actor: Actor, input: CaregiverInput) {
  assertWorker(actor);
  assertAreaWritable(actor, input.areaCode);
  if (!(await findArea(deps.db, input.areaCode))) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: input.areaCode } });
  return deps.db.transaction().execute(async (trx) => {
    const clash = await q.caregiverByIdNumber(trx, input.idNumber);
    if (clash) throw new DomainError('conflict', 'caregiver_id_taken', { field: 'idNumber', params: { name: clash.name } });
    const row = await q.insertCaregiver(trx, {
      area_code: input.areaCode,
      name: input.name,
      id_number: input.idNumber,
      phone: input.phone || null,
      bank_name: input.bankName,
      bank_account: input.bankAccount,
      created_by: actor.userId,
      created_at: nowIso(deps.clock),
    });
    await recordAudit(trx, deps, actor, { action: 'caregiver.register', entityType: 'caregiver', entityId: row.id, areaCode: input.areaCode, newValue: { name: input.name, idNumber: maskIdNumber(input.idNumber), bankName: input.bankName, bankAccount: maskBankAccount(input.bankAccount) } });
    return caregiverView(row);
  });
}

export async function listCaregivers(deps: Deps, actor: Actor, query: CaregiverListQuery) {
  const { rows, total } = await q.listCaregivers(deps.db, { scope: scopeOf(actor, query.areaCode), offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map(caregiverView), total };
}

async function caregiverInScope(deps: Deps, actor: Actor, id: number, field: string) {
  const c = await q.findCaregiver(deps.db, id);
  if (!c) throw new DomainError('not_found', 'caregiver_not_found', { field, params: { id } });
  try {
    assertAreaReadable(actor, c.area_code);
  } catch {
    throw new DomainError('not_found', 'caregiver_not_found', { field, params: { id } });
  }
  return c;
}

function agreementView(r: q.AgreementListRow) {
  return {
    id: r.id,
    caregiverId: r.caregiver_id,
    caregiverName: r.caregiver_name,
    personId: r.person_id,
    personName: r.person_name,
    householdId: r.household_id,
    areaCode: r.area_code,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    monthlyPay: Number(r.monthly_pay),
    logs: Number(r.log_count ?? 0),
    lastAssessment: r.last_month && r.last_score !== null ? { month: r.last_month, score: Number(r.last_score), passed: assessmentPassed(Number(r.last_score)) } : null,
  };
}

/** 养护协议: a caregiver paired with an elderly person's household, for dates, at a monthly pay (fen). */
export async function createAgreement(deps: Deps, actor: Actor, input: AgreementInput) {
  assertWorker(actor);
  if (input.endsOn < input.startsOn) throw new DomainError('validation', 'caregiver_agreement_dates', { field: 'endsOn' });
  const caregiver = await caregiverInScope(deps, actor, input.caregiverId, 'caregiverId');
  const id = await deps.db.transaction().execute(async (trx) => {
    const person = await personOnFile(trx, actor, input.personId, { write: true });
    if (person.lifeStatus === 'deceased') throw new DomainError('conflict', 'person_deceased', { field: 'personId', params: { name: person.name } });
    const id = await q.insertAgreement(trx, {
      caregiver_id: caregiver.id,
      person_id: person.id,
      household_id: person.householdId,
      area_code: person.areaCode,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      monthly_pay: input.monthlyPay,
      created_by: actor.userId,
      created_at: nowIso(deps.clock),
    });
    await recordAudit(trx, deps, actor, {
      action: 'caregiver_agreement.create',
      entityType: 'caregiver_agreement',
      entityId: id,
      areaCode: person.areaCode,
      newValue: { caregiverId: caregiver.id, personId: person.id, householdId: person.householdId, startsOn: input.startsOn, endsOn: input.endsOn, monthlyPay: input.monthlyPay },
    });
    return id;
  });
  return agreementView((await q.findAgreement(deps.db, id))!);
}

export async function listAgreements(deps: Deps, actor: Actor, query: AgreementListQuery) {
  const { rows, total } = await q.listAgreements(deps.db, { scope: scopeOf(actor, query.areaCode), caregiverId: query.caregiverId, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map(agreementView), total };
}

async function agreementInScope(deps: Deps, actor: Actor, id: number, write: boolean) {
  const a = await q.findAgreement(deps.db, id);
  if (!a) throw new DomainError('not_found', 'caregiver_agreement_not_found', { params: { id } });
  try {
    assertAreaReadable(actor, a.area_code);
  } catch {
    throw new DomainError('not_found', 'caregiver_agreement_not_found', { params: { id } });
  }
  if (write) assertAreaWritable(actor, a.area_code);
  return a;
}

function assertWithin(a: q.AgreementListRow, date: string, field: string): void {
  if (date < a.starts_on || date > a.ends_on) throw new DomainError('validation', 'caregiver_outside_agreement', { field, params: { from: a.starts_on, to: a.ends_on } });
}

/** 护理日志: one per agreement and day, by whoever worked it (the substitute during a leave). */
export async function addLog(deps: Deps, actor: Actor, agreementId: number, input: LogInput) {
  assertWorker(actor);
  const a = await agreementInScope(deps, actor, agreementId, true);
  if (input.loggedOn > todayInChina(deps.clock)) throw new DomainError('validation', 'date_in_future', { field: 'loggedOn', params: { date: input.loggedOn } });
  assertWithin(a, input.loggedOn, 'loggedOn');
  return deps.db.transaction().execute(async (trx) => {
    if (await q.logOn(trx, a.id, input.loggedOn)) throw new DomainError('conflict', 'caregiver_log_exists', { field: 'loggedOn', params: { date: input.loggedOn } });
    const leave = (await q.leavesOf(trx, [a.id])).find((l) => l.from_on <= input.loggedOn && input.loggedOn <= l.to_on);
    const workerId = leave ? leave.substitute_id : a.caregiver_id;
    const row = await q.insertLog(trx, { agreement_id: a.id, caregiver_id: workerId, logged_on: input.loggedOn, hours: input.hours, content: input.content, created_by: actor.userId, created_at: nowIso(deps.clock) });
    await recordAudit(trx, deps, actor, { action: 'caregiver_agreement.log', entityType: 'caregiver_agreement', entityId: a.id, areaCode: a.area_code, newValue: { loggedOn: input.loggedOn, caregiverId: workerId, hours: input.hours } });
    const worker = await q.findCaregiver(trx, workerId);
    return { id: row.id, agreementId: a.id, caregiverId: workerId, caregiverName: worker?.name ?? '', loggedOn: row.logged_on, hours: row.hours, content: row.content };
  });
}

export async function listLogs(deps: Deps, actor: Actor, agreementId: number) {
  const a = await agreementInScope(deps, actor, agreementId, false);
  const rows = await q.logsOf(deps.db, a.id);
  return { items: rows.map((r) => ({ id: r.id, agreementId: r.agreement_id, caregiverId: r.caregiver_id, caregiverName: r.caregiver_name, loggedOn: r.logged_on, hours: r.hours, content: r.content })) };
}

/** 请假代班: the substitute works (and is paid for) the leave days. */
export async function addLeave(deps: Deps, actor: Actor, agreementId: number, input: LeaveInput) {
  assertWorker(actor);
  const a = await agreementInScope(deps, actor, agreementId, true);
  if (input.toOn < input.fromOn) throw new DomainError('validation', 'caregiver_leave_dates', { field: 'toOn' });
  assertWithin(a, input.fromOn, 'fromOn');
  assertWithin(a, input.toOn, 'toOn');
  if (input.substituteId === a.caregiver_id) throw new DomainError('validation', 'caregiver_substitute_self', { field: 'substituteId' });
  const substitute = await caregiverInScope(deps, actor, input.substituteId, 'substituteId');
  return deps.db.transaction().execute(async (trx) => {
    const row = await q.insertLeave(trx, { agreement_id: a.id, from_on: input.fromOn, to_on: input.toOn, reason: input.reason, substitute_id: substitute.id, created_by: actor.userId, created_at: nowIso(deps.clock) });
    await recordAudit(trx, deps, actor, { action: 'caregiver_agreement.leave', entityType: 'caregiver_agreement', entityId: a.id, areaCode: a.area_code, newValue: { fromOn: input.fromOn, toOn: input.toOn, reason: input.reason, substituteId: substitute.id } });
    return { id: row.id, agreementId: a.id, fromOn: row.from_on, toOn: row.to_on, reason: row.reason, substituteId: substitute.id, substituteName: substitute.name };
  });
}

/** 月度考核: a score of 0–100 for a month of the agreement; it passes from 60 and decides that month's pay. */
export async function assessCaregiver(deps: Deps, actor: Actor, agreementId: number, input: CaregiverAssessmentInput) {
  assertWorker(actor);
  const a = await agreementInScope(deps, actor, agreementId, true);
  const thisMonth = todayInChina(deps.clock).slice(0, 7);
  if (input.month > thisMonth || input.month < a.starts_on.slice(0, 7) || input.month > a.ends_on.slice(0, 7)) {
    throw new DomainError('validation', 'caregiver_assessment_month', { field: 'month' });
  }
  return deps.db.transaction().execute(async (trx) => {
    if (await q.assessmentFor(trx, a.id, input.month)) throw new DomainError('conflict', 'caregiver_assessment_exists', { field: 'month', params: { month: input.month } });
    const passed = assessmentPassed(input.score);
    const row = await q.insertCaregiverAssessment(trx, { agreement_id: a.id, month: input.month, score: input.score, passed: passed ? 1 : 0, assessor: input.assessor, note: input.note ?? null, created_by: actor.userId, created_at: nowIso(deps.clock) });
    await recordAudit(trx, deps, actor, { action: 'caregiver_agreement.assess', entityType: 'caregiver_agreement', entityId: a.id, areaCode: a.area_code, newValue: { month: input.month, score: input.score, passed, assessor: input.assessor } });
    return { id: row.id, agreementId: a.id, month: row.month, score: row.score, passed, assessor: row.assessor, note: row.note };
  });
}

// ── 报酬发放表 ──

function payrollView(p: q.PayrollRow, lines: q.PayLineRow[]) {
  return {
    id: p.id,
    areaCode: p.area_code,
    month: p.month,
    status: p.status as 'prepared' | 'approved',
    lines: lines.map((l) => ({
      id: l.id,
      agreementId: l.agreement_id,
      caregiverId: l.caregiver_id,
      role: l.role as 'caregiver' | 'substitute',
      days: l.days,
      amount: Number(l.amount),
      payeeName: l.payee_name,
      payeeIdNumber: maskIdNumber(l.payee_id_number),
      bankName: l.bank_name,
      bankAccount: maskBankAccount(l.bank_account),
      reason: l.reason,
    })),
    total: Number(p.total_amount),
    withheld: JSON.parse(p.withheld) as { agreementId: number; caregiverName: string; personName: string; reason: 'not_assessed' | 'assessment_failed' }[],
    preparedBy: p.prepared_by,
    approvedBy: p.approved_by,
    approvedAt: p.approved_at,
  };
}

function assertMayPrepare(actor: Actor): void {
  if (actor.role !== 'county_approver' && actor.role !== 'street_reviewer') throw new DomainError('forbidden', 'caregiver_payroll_role');
}

/**
 * 养护员报酬发放表 for an area and month, built and frozen in ONE transaction: a line per payee of
 * every agreement in force that month whose assessment passed (the substitute's leave days apart),
 * each with the payee's name, ID number and account as they are now; agreements not assessed or
 * failed are listed as withheld. Preparing it again returns the first one.
 */
export async function prepareCaregiverPayroll(deps: Deps, actor: Actor, input: CaregiverPayrollInput) {
  assertMayPrepare(actor);
  assertAreaWritable(actor, input.areaCode);
  if (!(await findArea(deps.db, input.areaCode))) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: input.areaCode } });
  const existing = await q.payrollByKey(deps.db, input.areaCode, input.month);
  if (existing) return { payroll: payrollView(existing, await q.payLines(deps.db, existing.id)), created: false };
  const firstDay = `${input.month}-01`;
  const lastDay = `${input.month}-${String(daysInMonth(input.month)).padStart(2, '0')}`;
  const id = await deps.db.transaction().execute(async (trx) => {
    const agreements = await q.agreementsInMonth(trx, input.areaCode, firstDay, lastDay, input.month);
    const leaves = await q.leavesOf(trx, agreements.map((a) => a.id));
    const lines: { agreementId: number; caregiverId: number; role: string; days: number; amount: number; areaCode: string; personName: string }[] = [];
    const withheld: { agreementId: number; caregiverName: string; personName: string; reason: 'not_assessed' | 'assessment_failed' }[] = [];
    for (const a of agreements) {
      const pay = monthPay(
        { caregiverId: a.caregiver_id, startsOn: a.starts_on, endsOn: a.ends_on, monthlyPay: Number(a.monthly_pay) },
        leaves.filter((l) => l.agreement_id === a.id).map((l) => ({ fromOn: l.from_on, toOn: l.to_on, substituteId: l.substitute_id })),
        input.month,
        a.score === null ? null : Number(a.score),
      );
      if (!pay.paid) {
        if (pay.reason !== 'not_in_force') withheld.push({ agreementId: a.id, caregiverName: a.caregiver_name, personName: a.person_name, reason: pay.reason });
        continue;
      }
      for (const l of pay.lines) if (l.amount > 0) lines.push({ agreementId: a.id, caregiverId: l.caregiverId, role: l.role, days: l.days, amount: l.amount, areaCode: a.area_code, personName: a.person_name });
    }
    const payees = await q.caregiversByIds(trx, [...new Set(lines.map((l) => l.caregiverId))]);
    const total = lines.reduce((s, l) => s + l.amount, 0);
    const p = await q.claimPayroll(trx, {
      area_code: input.areaCode,
      month: input.month,
      status: 'prepared',
      lines: lines.length,
      total_amount: total,
      withheld: JSON.stringify(withheld),
      prepared_by: actor.userId,
      prepared_at: nowIso(deps.clock),
      approved_by: null,
      approved_at: null,
    });
    if (!p) return null;
    await q.insertPayLines(
      trx,
      lines.map((l) => {
        const payee = payees.get(l.caregiverId)!;
        return {
          payroll_id: p.id,
          agreement_id: l.agreementId,
          caregiver_id: l.caregiverId,
          area_code: l.areaCode,
          role: l.role,
          days: l.days,
          amount: l.amount,
          payee_name: payee.name,
          payee_id_number: payee.id_number,
          bank_name: payee.bank_name,
          bank_account: payee.bank_account,
          reason: `${input.month} 养护员报酬（${l.personName}，${l.role === 'substitute' ? '代班' : '养护'} ${l.days} 天）`.slice(0, 200),
        };
      }),
    );
    await recordAudit(trx, deps, actor, {
      action: 'caregiver_payroll.prepare',
      entityType: 'caregiver_payroll',
      entityId: p.id,
      areaCode: input.areaCode,
      newValue: { month: input.month, lines: lines.length, total, withheld: withheld.map((w) => ({ agreementId: w.agreementId, reason: w.reason })) },
    });
    return p.id;
  });
  const row = id === null ? await q.payrollByKey(deps.db, input.areaCode, input.month) : await q.findPayroll(deps.db, id);
  return { payroll: payrollView(row!, await q.payLines(deps.db, row!.id)), created: id !== null };
}

async function payrollInScope(deps: Deps, actor: Actor, id: number) {
  const p = await q.findPayroll(deps.db, id);
  if (!p) throw new DomainError('not_found', 'caregiver_payroll_not_found', { params: { id } });
  try {
    assertAreaReadable(actor, p.area_code);
  } catch {
    throw new DomainError('not_found', 'caregiver_payroll_not_found', { params: { id } });
  }
  return p;
}

export async function getCaregiverPayroll(deps: Deps, actor: Actor, id: number) {
  scopeOf(actor, undefined);
  const p = await payrollInScope(deps, actor, id);
  return payrollView(p, await q.payLines(deps.db, p.id));
}

/** 审批: the county, another user than the preparer (不相容岗位分离); frozen from then on. */
export async function approveCaregiverPayroll(deps: Deps, actor: Actor, id: number) {
  const p = await payrollInScope(deps, actor, id);
  if (actor.role !== 'county_approver') throw new DomainError('forbidden', 'payroll_approve_role');
  assertAreaWritable(actor, p.area_code);
  if (p.prepared_by === actor.userId) throw new DomainError('forbidden', 'payroll_prepared_by_self');
  const now = nowIso(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('caregiver_payrolls').set({ status: 'approved', approved_by: actor.userId, approved_at: now }).where('id', '=', id).where('status', '=', 'prepared').executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new DomainError('conflict', 'payroll_already_approved', { params: { id } });
    await recordAudit(trx, deps, actor, { action: 'caregiver_payroll.approve', entityType: 'caregiver_payroll', entityId: id, areaCode: p.area_code, oldValue: { status: 'prepared' }, newValue: { status: 'approved', total: Number(p.total_amount), lines: p.lines } });
  });
  return getCaregiverPayroll(deps, actor, id);
}

export async function listCaregiverPayrolls(deps: Deps, actor: Actor, query: CaregiverPayrollListQuery) {
  const { rows, total } = await q.listPayrolls(deps.db, { scope: scopeOf(actor, query.areaCode), offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return {
    items: rows.map((p) => ({ id: p.id, areaCode: p.area_code, month: p.month, status: p.status as 'prepared' | 'approved', lineCount: p.lines, total: Number(p.total_amount), preparedBy: p.prepared_by, approvedBy: p.approved_by, approvedAt: p.approved_at })),
    total,
  };
}

/**
 * 代发文件 of an approved pay roll, in the format of every payroll's bank file (the payroll's own
 * writer): one transfer per payee — a caregiver paid for two agreements, or as a substitute too,
 * gets one sum — under the reference `G{roll}-C{caregiver}`, the lines' reasons as the memo.
 * Full ID and account numbers leave the system, so the export is audited.
 */
export async function exportCaregiverBankFile(deps: Deps, actor: Actor, id: number, format: 'csv' | 'xlsx') {
  const p = await payrollInScope(deps, actor, id);
  if (actor.role !== 'county_approver' && actor.role !== 'street_reviewer') throw new DomainError('forbidden', 'caregiver_payroll_role');
  assertAreaWritable(actor, p.area_code);
  if (p.status !== 'approved') throw new DomainError('conflict', 'caregiver_payroll_not_approved', { params: { id } });
  const rows = caregiverBankRows(p.id, await q.payLines(deps.db, p.id));
  await deps.db.transaction().execute((trx) =>
    recordAudit(trx, deps, actor, { action: 'caregiver_payroll.bank_file', entityType: 'caregiver_payroll', entityId: id, areaCode: p.area_code, newValue: { format, rows: rows.length } }),
  );
  return bankFile(`养护员报酬代发文件-${p.area_code}-${p.month}-${p.id}`, format, `养护员报酬发放表（${p.month}）`, (async function* () {
    yield* rows;
  })());
}

/** The pay lines summed per payee, in the order each payee first appears. */
export function caregiverBankRows(payrollId: number, lines: q.PayLineRow[]): BankRow[] {
  const byPayee = new Map<number, BankRow & { reasons: string[] }>();
  for (const l of lines) {
    let r = byPayee.get(l.caregiver_id);
    if (!r) {
      r = { enrolmentId: 0, name: l.payee_name, idNumber: l.payee_id_number, bankName: l.bank_name, account: l.bank_account, amount: 0, reference: `G${payrollId}-C${l.caregiver_id}`, memo: '', reasons: [] };
      byPayee.set(l.caregiver_id, r);
    }
    r.amount += Number(l.amount);
    r.reasons.push(l.reason);
  }
  return [...byPayee.values()].filter((r) => r.amount > 0).map(({ reasons, ...r }) => ({ ...r, memo: reasons.join('；').slice(0, 2000) }));
}
