import { nowIso, todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, type Actor } from '../../domain/actor.ts';
import { mayReadCare, mayWorkCare } from '../../domain/care/access.ts';
import { isLate, responseMinutes, responseTimeProblem, type AlarmKind, type AlarmOutcome } from '../../domain/elderly/alarm.ts';
import { ABILITY_LEVELS, assessAbility } from '../../domain/elderly/assessment.ts';
import { cardEligibility, cardNumber, type SeniorCardKind } from '../../domain/elderly/senior-card.ts';
import { DomainError } from '../../domain/errors.ts';
import { ageOn } from '../../domain/id-number.ts';
import { recordAudit } from '../audit/service.ts';
import { policyInForce } from '../policies/service.ts';
import { personOnFile, type PersonOnFile } from '../registry/service.ts';
import * as q from './queries.ts';
import type { AlarmInput, AlarmListQuery, AssessmentInput, AssessmentListQuery, CardInput, CardListQuery, DeviceInput, DeviceListQuery, ReissueInput, ResponseInput } from './schema.ts';

export { seedElderlyDemo } from './demo.ts';

const CARD_NAMES: Record<SeniorCardKind, string> = { senior: '老年证', preferential: '优待证' };

export function assertWorker(actor: Actor): void {
  if (!mayWorkCare(actor.role)) throw new DomainError('forbidden', 'care_role');
}

export function assertReader(actor: Actor): void {
  if (!mayReadCare(actor.role)) throw new DomainError('forbidden', 'care_role');
}

/** Whose area a list is for: the actor's, or a part of it (outside it: 404). */
export function scopeOf(actor: Actor, areaCode: string | undefined): string {
  assertReader(actor);
  if (!areaCode) return actor.areaCode;
  assertAreaReadable(actor, areaCode, 'area_not_found');
  return areaCode;
}

function assertAlive(person: PersonOnFile): void {
  if (person.lifeStatus === 'deceased') throw new DomainError('conflict', 'person_deceased', { field: 'personId', params: { name: person.name } });
}

function assertNotFuture(date: string, today: string, field: string): void {
  if (date > today) throw new DomainError('validation', 'date_in_future', { field, params: { date } });
}

type CardRowWithPerson = q.CardRow & { person_name: string; birth_date: string };
function cardView(r: CardRowWithPerson) {
  return {
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    areaCode: r.area_code,
    kind: r.kind as SeniorCardKind,
    number: r.number,
    issuedOn: r.issued_on,
    fee: Number(r.fee),
    status: r.status as 'valid' | 'void',
    ageAtIssue: r.issued_on < r.birth_date ? 0 : ageOn(r.birth_date, r.issued_on),
    reissueOf: r.reissue_of,
    reissueReason: r.reissue_reason,
    replacedBy: r.replaced_by,
    voidedOn: r.voided_on,
  };
}

/**
 * 办理老年证 / 优待证: the age from the registry's ID birth date against the area's policy on the
 * day of issue, the fee the area charges (seniorCards.fee), one valid card per person and kind.
 */
export async function issueCard(deps: Deps, actor: Actor, input: CardInput) {
  assertWorker(actor);
  const today = todayInChina(deps.clock);
  assertNotFuture(input.issuedOn, today, 'issuedOn');
  return deps.db.transaction().execute(async (trx) => {
    const person = await personOnFile(trx, actor, input.personId, { write: true });
    assertAlive(person);
    const { policy, version } = await policyInForce(trx, person.areaCode, input.issuedOn);
    const eligibility = cardEligibility(input.kind, person.birthDate, input.issuedOn, policy.seniorCards);
    if (!eligibility.eligible) {
      throw new DomainError('unprocessable', 'senior_card_too_young', { field: 'personId', params: { name: person.name, age: eligibility.age, required: eligibility.requiredAge, card: CARD_NAMES[input.kind] } });
    }
    const held = await q.validCardOf(trx, person.id, input.kind);
    if (held) throw new DomainError('conflict', 'senior_card_exists', { field: 'kind', params: { name: person.name, card: CARD_NAMES[input.kind], number: held.number } });
    const fee = policy.seniorCards.fee;
    const row = await q.insertCard(
      trx,
      { person_id: person.id, household_id: person.householdId, area_code: person.areaCode, kind: input.kind, issued_on: input.issuedOn, fee, status: 'valid', reissue_of: null, reissue_reason: null, replaced_by: null, voided_on: null, created_by: actor.userId, created_at: nowIso(deps.clock) },
      (id) => cardNumber(input.kind, person.areaCode, input.issuedOn, id),
    );
    await recordAudit(trx, deps, actor, {
      action: 'senior_card.issue',
      entityType: 'senior_card',
      entityId: row.id,
      areaCode: person.areaCode,
      newValue: { personId: person.id, kind: input.kind, number: row.number, issuedOn: input.issuedOn, fee, age: eligibility.age, requiredAge: eligibility.requiredAge, ageSource: eligibility.source, policyVersion: version },
    });
    return cardView({ ...row, person_name: person.name, birth_date: person.birthDate });
  });
}

/** 补领: a new card with a new number; the old one is void from the day of the reissue. */
export async function reissueCard(deps: Deps, actor: Actor, id: number, input: ReissueInput) {
  assertWorker(actor);
  const today = todayInChina(deps.clock);
  assertNotFuture(input.issuedOn, today, 'issuedOn');
  return deps.db.transaction().execute(async (trx) => {
    const old = await q.findCard(trx, id);
    if (!old) throw new DomainError('not_found', 'senior_card_not_found', { params: { id } });
    const person = await personOnFile(trx, actor, old.person_id, { write: true }).catch((e: unknown) => {
      if (e instanceof DomainError && e.kind === 'not_found') throw new DomainError('not_found', 'senior_card_not_found', { params: { id } });
      throw e;
    });
    assertAlive(person);
    if (old.status !== 'valid') {
      const next = old.replaced_by ? await q.findCard(trx, old.replaced_by) : undefined;
      throw new DomainError('conflict', 'senior_card_void', { params: { number: next?.number ?? '' } });
    }
    if (input.issuedOn < old.issued_on) throw new DomainError('validation', 'senior_card_reissue_date', { field: 'issuedOn', params: { date: old.issued_on } });
    const { policy, version } = await policyInForce(trx, person.areaCode, input.issuedOn);
    const fee = policy.seniorCards.fee;
    const kind = old.kind as SeniorCardKind;
    // Void first: the partial unique index allows one valid card per person and kind.
    if (!(await q.voidCard(trx, old.id, 0, input.issuedOn))) throw new DomainError('conflict', 'senior_card_void', { params: { number: '' } });
    const row = await q.insertCard(
      trx,
      { person_id: person.id, household_id: person.householdId, area_code: person.areaCode, kind, issued_on: input.issuedOn, fee, status: 'valid', reissue_of: old.id, reissue_reason: input.reason, replaced_by: null, voided_on: null, created_by: actor.userId, created_at: nowIso(deps.clock) },
      (newId) => cardNumber(kind, person.areaCode, input.issuedOn, newId),
    );
    await trx.updateTable('senior_cards').set({ replaced_by: row.id }).where('id', '=', old.id).execute();
    await recordAudit(trx, deps, actor, {
      action: 'senior_card.reissue',
      entityType: 'senior_card',
      entityId: row.id,
      areaCode: person.areaCode,
      oldValue: { id: old.id, number: old.number, status: 'valid' },
      newValue: { personId: person.id, kind, number: row.number, issuedOn: input.issuedOn, reason: input.reason, fee, voided: { id: old.id, number: old.number, status: 'void' }, policyVersion: version },
    });
    return cardView({ ...row, person_name: person.name, birth_date: person.birthDate });
  });
}

export async function listCards(deps: Deps, actor: Actor, query: CardListQuery) {
  const { rows, total } = await q.listCards(deps.db, { scope: scopeOf(actor, query.areaCode), kind: query.kind, status: query.status, personId: query.personId, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map(cardView), total };
}

function assessmentView(r: q.AssessmentRow & { person_name: string }) {
  return {
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    areaCode: r.area_code,
    assessedOn: r.assessed_on,
    assessor: r.assessor,
    items: JSON.parse(r.items) as Record<string, number>,
    total: r.total,
    level: r.level,
    levelCode: ABILITY_LEVELS[r.level]!,
    note: r.note,
  };
}

/** 能力评估: the total and the level come from the item scores (domain/elderly/assessment.ts), never from the client. */
export async function recordAssessment(deps: Deps, actor: Actor, input: AssessmentInput) {
  assertWorker(actor);
  assertNotFuture(input.assessedOn, todayInChina(deps.clock), 'assessedOn');
  const result = assessAbility(input.items);
  if ('code' in result) throw new DomainError('validation', result.code, { field: result.field, params: result.params });
  return deps.db.transaction().execute(async (trx) => {
    const person = await personOnFile(trx, actor, input.personId, { write: true });
    assertAlive(person);
    const row = await q.insertAssessment(trx, {
      person_id: person.id,
      household_id: person.householdId,
      area_code: person.areaCode,
      assessed_on: input.assessedOn,
      assessor: input.assessor,
      items: JSON.stringify(input.items),
      total: result.total,
      level: result.level,
      note: input.note ?? null,
      created_by: actor.userId,
      created_at: nowIso(deps.clock),
    });
    await recordAudit(trx, deps, actor, {
      action: 'ability_assessment.record',
      entityType: 'ability_assessment',
      entityId: row.id,
      areaCode: person.areaCode,
      newValue: { personId: person.id, assessedOn: input.assessedOn, assessor: input.assessor, items: input.items, total: result.total, level: result.level },
    });
    return assessmentView({ ...row, person_name: person.name });
  });
}

/** 评估记录, newest first: one person's history (personId) or the area's. Health data: roles that may see it. */
export async function listAssessments(deps: Deps, actor: Actor, query: AssessmentListQuery) {
  const scope = scopeOf(actor, query.areaCode);
  if (query.personId) await personOnFile(deps.db, actor, query.personId, { write: false });
  const { rows, total } = await q.listAssessments(deps.db, { scope, personId: query.personId, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map(assessmentView), total };
}

// ── 电子保姆 ──

function deviceView(r: q.DeviceRow & { person_name: string; open_alarms?: number | string | null }) {
  return {
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    areaCode: r.area_code,
    deviceNumber: r.device_number,
    provider: r.provider,
    installedOn: r.installed_on,
    status: r.status,
    openAlarms: Number(r.open_alarms ?? 0),
  };
}

export async function registerDevice(deps: Deps, actor: Actor, input: DeviceInput) {
  assertWorker(actor);
  assertNotFuture(input.installedOn, todayInChina(deps.clock), 'installedOn');
  return deps.db.transaction().execute(async (trx) => {
    const person = await personOnFile(trx, actor, input.personId, { write: true });
    assertAlive(person);
    if (await q.deviceByNumber(trx, input.deviceNumber)) throw new DomainError('conflict', 'emergency_device_taken', { field: 'deviceNumber', params: { number: input.deviceNumber } });
    const row = await q.insertDevice(trx, {
      person_id: person.id,
      household_id: person.householdId,
      area_code: person.areaCode,
      device_number: input.deviceNumber,
      provider: input.provider,
      installed_on: input.installedOn,
      status: 'active',
      created_by: actor.userId,
      created_at: nowIso(deps.clock),
    });
    await recordAudit(trx, deps, actor, { action: 'emergency_device.register', entityType: 'emergency_device', entityId: row.id, areaCode: person.areaCode, newValue: { personId: person.id, deviceNumber: input.deviceNumber, provider: input.provider, installedOn: input.installedOn } });
    return deviceView({ ...row, person_name: person.name, open_alarms: 0 });
  });
}

export async function listDevices(deps: Deps, actor: Actor, query: DeviceListQuery) {
  const { rows, total } = await q.listDevices(deps.db, { scope: scopeOf(actor, query.areaCode), personId: query.personId, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map(deviceView), total };
}

function alarmView(r: q.AlarmRow & { device_number: string; person_name: string }, now: string) {
  return {
    id: r.id,
    deviceId: r.device_id,
    deviceNumber: r.device_number,
    personId: r.person_id,
    personName: r.person_name,
    areaCode: r.area_code,
    raisedAt: r.raised_at,
    kind: r.kind as AlarmKind,
    status: r.status as 'open' | 'closed',
    responder: r.responder,
    respondedAt: r.responded_at,
    outcome: r.outcome as AlarmOutcome | null,
    note: r.note,
    responseMinutes: responseMinutes(r.raised_at, r.responded_at ?? now),
    late: isLate(r.raised_at, r.responded_at, now),
  };
}

async function deviceInScope(deps: Deps, actor: Actor, id: number, write: boolean) {
  const device = await q.findDevice(deps.db, id);
  if (!device) throw new DomainError('not_found', 'emergency_device_not_found', { params: { id } });
  assertAreaReadable(actor, device.area_code, 'emergency_device_not_found');
  if (write) await personOnFile(deps.db, actor, device.person_id, { write: true });
  return device;
}

/** An alarm as the platform or the family reports it (time and kind); it stays open until answered. */
export async function recordAlarm(deps: Deps, actor: Actor, deviceId: number, input: AlarmInput) {
  assertWorker(actor);
  const device = await deviceInScope(deps, actor, deviceId, true);
  if (device.status !== 'active') throw new DomainError('conflict', 'emergency_device_removed', { field: 'deviceId' });
  const now = nowIso(deps.clock);
  const raisedAt = new Date(input.raisedAt).toISOString();
  if (raisedAt > new Date(Date.parse(now) + 60_000).toISOString()) throw new DomainError('validation', 'alarm_in_future', { field: 'raisedAt' });
  return deps.db.transaction().execute(async (trx) => {
    const row = await q.insertAlarm(trx, {
      device_id: device.id,
      person_id: device.person_id,
      area_code: device.area_code,
      raised_at: raisedAt,
      kind: input.kind,
      status: 'open',
      responder: null,
      responded_at: null,
      outcome: null,
      note: input.note ?? null,
      created_by: actor.userId,
      created_at: now,
      responded_by: null,
    });
    await recordAudit(trx, deps, actor, { action: 'emergency_alarm.record', entityType: 'emergency_alarm', entityId: row.id, areaCode: device.area_code, newValue: { deviceId: device.id, personId: device.person_id, raisedAt, kind: input.kind } });
    return alarmView({ ...row, device_number: device.device_number, person_name: device.person_name }, now);
  });
}

/** 响应处置: who answered, when, with what outcome; an alarm is answered once. */
export async function respondToAlarm(deps: Deps, actor: Actor, alarmId: number, input: ResponseInput) {
  assertWorker(actor);
  const alarm = await q.findAlarm(deps.db, alarmId);
  if (!alarm) throw new DomainError('not_found', 'alarm_not_found', { params: { id: alarmId } });
  assertAreaReadable(actor, alarm.area_code, 'alarm_not_found');
  await personOnFile(deps.db, actor, alarm.person_id, { write: true });
  if (alarm.status !== 'open') throw new DomainError('conflict', 'alarm_already_answered');
  const now = nowIso(deps.clock);
  const respondedAt = new Date(input.respondedAt).toISOString();
  const problem = responseTimeProblem(alarm.raised_at, respondedAt, now);
  if (problem) throw new DomainError('validation', problem, { field: 'respondedAt' });
  return deps.db.transaction().execute(async (trx) => {
    const closed = await q.closeAlarm(trx, alarm.id, { responder: input.responder, responded_at: respondedAt, outcome: input.outcome, note: input.note ?? alarm.note, responded_by: actor.userId });
    if (!closed) throw new DomainError('conflict', 'alarm_already_answered');
    const minutes = responseMinutes(alarm.raised_at, respondedAt);
    await recordAudit(trx, deps, actor, {
      action: 'emergency_alarm.respond',
      entityType: 'emergency_alarm',
      entityId: alarm.id,
      areaCode: alarm.area_code,
      oldValue: { status: 'open' },
      newValue: { status: 'closed', responder: input.responder, respondedAt, outcome: input.outcome, responseMinutes: minutes },
    });
    const row = await q.findAlarm(trx, alarm.id);
    return alarmView(row!, now);
  });
}

/** 报警记录: the community's open alarms (status=open) first thing in the morning, or the whole log. */
export async function listAlarms(deps: Deps, actor: Actor, query: AlarmListQuery) {
  const now = nowIso(deps.clock);
  const { rows, total } = await q.listAlarms(deps.db, { scope: scopeOf(actor, query.areaCode), status: query.status, deviceId: query.deviceId, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map((r) => alarmView(r, now)), total };
}
