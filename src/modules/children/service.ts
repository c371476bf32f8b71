import { nowIso, todayInChina } from '../../clock.ts';
import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, assertPermission, type Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { firstStop } from '../../domain/payments/schedule.ts';
import { ADULT_AGE } from '../../domain/programs/orphan.ts';
import { ageOut, allowanceEndMonth, CHILD_PROGRAM, reasonFits, type ChildKind } from '../../domain/welfare/children.ts';
import { recordAudit } from '../audit/service.ts';
import { applyEnrolmentChange, changesOf, type ChangeRow, type EnrolmentRow } from '../payments/service.ts';
import { personOnFile, writePersonFacts } from '../registry/service.ts';
import type { WelfareCount } from '../../domain/reports/welfare-summary.ts';
import * as q from './queries.ts';
import type { ChildEnd, ChildInput, ChildListQuery, ChildUpdate } from './schema.ts';

function childView(r: q.ChildRowWithPerson) {
  const program = CHILD_PROGRAM[r.kind as ChildKind];
  return {
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    birthDate: r.birth_date,
    householdId: r.household_id,
    areaCode: r.area_code,
    kind: r.kind as ChildKind,
    status: r.status as 'active' | 'ended',
    reason: r.reason,
    guardianName: r.guardian_name,
    guardianRelation: r.guardian_relation,
    guardianPhone: r.guardian_phone,
    agreementSignedOn: r.agreement_signed_on,
    agreementUntil: r.agreement_until,
    parentAway: r.parent_away,
    parentAwayPlace: r.parent_away_place,
    carerName: r.carer_name,
    carerRelation: r.carer_relation,
    startedOn: r.started_on,
    endedOn: r.ended_on,
    endReason: r.end_reason,
    note: r.note,
    allowanceEndsFrom: program && r.status === 'active' ? allowanceEndMonth(r.birth_date, r.student === 1) : null,
  };
}

function careColumns(input: ChildUpdate) {
  return {
    guardian_name: input.guardianName ?? null,
    guardian_relation: input.guardianRelation ?? null,
    guardian_phone: input.guardianPhone ?? null,
    agreement_signed_on: input.agreementSignedOn ?? null,
    agreement_until: input.agreementUntil ?? null,
    parent_away: input.parentAway ?? null,
    parent_away_place: input.parentAwayPlace ?? null,
    carer_name: input.carerName ?? null,
    carer_relation: input.carerRelation ?? null,
    note: input.note ?? null,
  };
}

/** An orphan or de-facto orphan has a guardian; a left-behind child a parent away and a carer. */
function checkCare(kind: ChildKind, input: ChildUpdate) {
  if (kind === 'left_behind') {
    if (!input.parentAway) throw new DomainError('validation', 'child_carer_required', { field: 'parentAway' });
    if (!input.carerName) throw new DomainError('validation', 'child_carer_required', { field: 'carerName' });
  } else if (!input.guardianName) {
    throw new DomainError('validation', 'child_guardian_required', { field: 'guardianName' });
  }
  if (input.agreementSignedOn && input.agreementUntil && input.agreementUntil < input.agreementSignedOn) {
    throw new DomainError('validation', 'certificate_review_before_issue', { field: 'agreementUntil' });
  }
}

function minorOn(birthDate: string, day: string): boolean {
  return `${Number(birthDate.slice(0, 4)) + ADULT_AGE}${birthDate.slice(4)}` > day;
}

/**
 * 困境儿童登记: an orphan, a de-facto orphan or a left-behind child, with the reason and who
 * looks after the child. An orphan's record sets the registry flag the allowance reads (孤儿 /
 * 事实无人抚养儿童), in the same transaction; ending the record clears it.
 */
export async function registerChild(deps: Deps, actor: Actor, input: ChildInput) {
  assertPermission(actor, 'editRegistry');
  const today = todayInChina(deps.clock);
  if (input.startedOn > today) throw new DomainError('validation', 'date_in_future', { field: 'startedOn', params: { date: input.startedOn } });
  if (!reasonFits(input.kind, input.reason)) throw new DomainError('validation', 'child_reason_kind', { field: 'reason' });
  checkCare(input.kind, input);
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const person = await personOnFile(trx, actor, input.personId, { write: true });
    if (person.lifeStatus === 'deceased') throw new DomainError('conflict', 'person_deceased', { field: 'personId', params: { name: person.name } });
    if (!minorOn(person.birthDate, input.startedOn)) throw new DomainError('unprocessable', 'child_not_minor', { field: 'personId', params: { name: person.name } });
    if ((await q.activeOfKind(trx, person.id, input.kind)).length > 0) throw new DomainError('conflict', 'child_record_exists', { field: 'kind', params: { name: person.name } });
    const row = await q.insertChild(trx, {
      person_id: person.id,
      household_id: person.householdId,
      area_code: person.areaCode,
      kind: input.kind,
      status: 'active',
      reason: input.reason,
      ...careColumns(input),
      started_on: input.startedOn,
      ended_on: null,
      end_reason: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await writePersonFacts(trx, deps, person, { flag: { flag: input.kind, on: true } });
    await recordAudit(trx, deps, actor, {
      action: 'child.register',
      entityType: 'child_record',
      entityId: row.id,
      areaCode: person.areaCode,
      newValue: { personId: person.id, householdId: person.householdId, kind: input.kind, reason: input.reason, guardianName: input.guardianName ?? null, carerName: input.carerName ?? null, startedOn: input.startedOn },
    });
    return childView((await q.findChild(trx, row.id))!);
  });
}

async function childInScope(db: Deps['db'] | Trx, actor: Actor, id: number) {
  const r = await q.findChild(db, id);
  if (!r) throw new DomainError('not_found', 'child_record_not_found', { params: { id } });
  assertAreaReadable(actor, r.area_code, 'child_record_not_found');
  return r;
}

/** A new guardian, agreement, carer or parent's workplace. */
export async function updateChild(deps: Deps, actor: Actor, id: number, input: ChildUpdate) {
  assertPermission(actor, 'editRegistry');
  return deps.db.transaction().execute(async (trx) => {
    const r = await childInScope(trx, actor, id);
    assertAreaWritable(actor, r.area_code);
    if (r.status !== 'active') throw new DomainError('conflict', 'child_record_ended', { field: 'id' });
    checkCare(r.kind as ChildKind, input);
    await q.updateChild(trx, id, { ...careColumns(input), updated_at: nowIso(deps.clock) });
    await recordAudit(trx, deps, actor, { action: 'child.update', entityType: 'child_record', entityId: id, areaCode: r.area_code, oldValue: childView(r), newValue: input });
    return childView((await q.findChild(trx, id))!);
  });
}

async function endRecord(trx: Trx, deps: Deps, actor: Actor, r: q.ChildRowWithPerson, endedOn: string, reason: string, action: 'child.end' | 'child.age_out', extra: Record<string, unknown> = {}) {
  await q.updateChild(trx, r.id, { status: 'ended', ended_on: endedOn, end_reason: reason, updated_at: nowIso(deps.clock) });
  const person = await personOnFile(trx, { ...actor, areaCode: r.area_code }, r.person_id, { write: false });
  await writePersonFacts(trx, deps, person, { flag: { flag: r.kind as ChildKind, on: false } });
  await recordAudit(trx, deps, actor, { action, entityType: 'child_record', entityId: r.id, areaCode: r.area_code, oldValue: { status: r.status }, newValue: { status: 'ended', endedOn, reason, ...extra } });
}

/** The record ends (adopted, parents back, guardianship restored …); the flag goes with it. */
export async function endChild(deps: Deps, actor: Actor, id: number, input: ChildEnd) {
  assertPermission(actor, 'editRegistry');
  const today = todayInChina(deps.clock);
  if (input.endedOn > today) throw new DomainError('validation', 'date_in_future', { field: 'endedOn', params: { date: input.endedOn } });
  return deps.db.transaction().execute(async (trx) => {
    const r = await childInScope(trx, actor, id);
    assertAreaWritable(actor, r.area_code);
    if (r.status !== 'active') throw new DomainError('conflict', 'child_record_ended', { field: 'id' });
    await endRecord(trx, deps, actor, r, input.endedOn, input.reason, 'child.end');
    return childView((await q.findChild(trx, id))!);
  });
}

export async function listChildren(deps: Deps, actor: Actor, query: ChildListQuery) {
  const scope = query.areaCode ?? actor.areaCode;
  if (query.areaCode) assertAreaReadable(actor, query.areaCode, 'area_not_found');
  const { rows, total } = await q.listChildren(deps.db, { scope, kind: query.kind, status: query.status, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map(childView), total };
}

/**
 * 年满18周岁停发: run by payroll preparation for the orphan allowances, inside its transaction
 * and before the lines are written, so the payroll of the month after an 18th birthday never
 * pays the child (a student's allowance runs on to 22). Each stop is an enrolment change — audited,
 * with a recovery if a month after was somehow already paid — and the child's record ends.
 */
export async function ageOutAllowances(trx: Trx, deps: Deps, actor: Actor, o: { program: string; areaCode: string; month: string }) {
  if (o.program !== 'orphan' && o.program !== 'de_facto_orphan') return [];
  const [y, m] = o.month.split('-');
  const candidates = await q.ageOutCandidates(trx, { program: o.program, areaCode: o.areaCode, bornBefore: `${Number(y) - ADULT_AGE}-${m}-01`, lock: deps.dialect === 'postgres' });
  const stopped: { enrolmentId: number; personId: number; fromMonth: string }[] = [];
  for (const e of candidates) {
    const out = ageOut(e.birth_date, e.student === 1, o.month);
    if (!out.stops) continue;
    const rows: ChangeRow[] = await changesOf(trx, e.id);
    const history = rows.map((r) => ({ id: r.id, kind: r.kind, effectiveMonth: r.effective_month, monthlyAmount: r.monthly_amount === null ? null : Number(r.monthly_amount) }));
    const fromMonth = out.fromMonth < e.start_month ? e.start_month : out.fromMonth;
    const stop = firstStop(history);
    if (stop && stop.effectiveMonth <= fromMonth) continue;
    const reason = `${e.person_name}年满${out.age}周岁（出生 ${e.birth_date}），${fromMonth} 起停发`;
    await applyEnrolmentChange(trx, deps, actor, e as EnrolmentRow, rows, { kind: 'stop', effectiveMonth: fromMonth, reasonCode: 'age_out', reason });
    for (const r of await q.activeOfKind(trx, e.person_id!, o.program)) {
      const full = (await q.findChild(trx, r.id))!;
      await endRecord(trx, deps, actor, full, `${fromMonth}-01`, reason, 'child.age_out', { enrolmentId: e.id });
    }
    stopped.push({ enrolmentId: e.id, personId: e.person_id!, fromMonth });
  }
  return stopped;
}

/** 月报表 (issue 22 point 6): children on the register at the month's end and records ended in it, by kind. */
export async function childMonthCounts(db: Deps['db'], areaCode: string, firstDay: string, lastDay: string) {
  const c = await q.monthCounts(db, areaCode, firstDay, lastDay);
  const byKind = (rows: { kind: string; n: number | string }[]) => Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
  return { active: byKind(c.active), ended: byKind(c.ended) };
}

/** The same counts per area (community) code, for the report's Excel and PDF roll-up. */
export async function childWelfareCounts(db: Deps['db'], areaCode: string, firstDay: string, lastDay: string): Promise<WelfareCount[]> {
  const c = await q.monthCountsByArea(db, areaCode, firstDay, lastDay);
  return [
    ...c.active.map((r) => ({ areaCode: r.area_code, key: r.kind as ChildKind, n: Number(r.n) })),
    ...c.ended.map((r) => ({ areaCode: r.area_code, key: 'childrenEnded' as const, n: Number(r.n) })),
  ];
}
