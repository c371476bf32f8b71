import { nowIso, todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { areaAncestry, isWithinArea } from '../../domain/area-code.ts';
import { mayAct, namesIn, nextStatus, type ComplaintAction, type ComplaintOutcome, type ComplaintStatus } from '../../domain/complaints/complaint.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordAudit } from '../audit/service.ts';
import * as q from './queries.ts';
import { checkSubject } from './register.ts';
import type { CorrectiveActionInput, SubjectInput } from './schema.ts';
import { complaintInScope, getComplaint } from './views.ts';

/** 办理: the lifecycle of a registered complaint. Each step checks role, area and status, then writes and audits in one transaction. */

function refuse(reason: string, status: string): never {
  throw new DomainError('conflict', reason, { params: { status } });
}

async function step(deps: Deps, actor: Actor, id: number, action: ComplaintAction) {
  const c = await complaintInScope(deps.db, actor, id);
  if (!mayAct(actor.role, action, { isAssignee: c.assignee_id === actor.userId })) throw new DomainError('forbidden', 'complaint_role');
  const investigations = await q.countInvestigations(deps.db, id);
  const check = nextStatus(c.status as ComplaintStatus, action, { investigations, outcome: c.outcome as ComplaintOutcome | null });
  if (!check.ok) refuse(check.reason, c.status);
  return { c, next: check.next, today: todayInChina(deps.clock), now: nowIso(deps.clock) };
}

/**
 * 交办: to a handler in the actor's area. Assigned to someone below the complaint's area (the
 * county hands a district complaint to a street), the complaint moves to that area (转办), so
 * the assignee sees it.
 */
export async function assignComplaint(deps: Deps, actor: Actor, id: number, assigneeId: number) {
  const { c, next, today, now } = await step(deps, actor, id, 'assign');
  const u = await q.userById(deps.db, assigneeId);
  if (!u || u.active !== 1 || !['county_approver', 'street_reviewer', 'community_worker'].includes(u.role) || !isWithinArea(actor.areaCode, u.area_code)) {
    throw new DomainError('validation', 'complaint_assignee_invalid', { field: 'assigneeId' });
  }
  const areaCode = isWithinArea(c.area_code, u.area_code) ? u.area_code : c.area_code;
  await deps.db.transaction().execute(async (trx) => {
    await q.updateComplaint(trx, id, { assignee_id: u.id, area_code: areaCode, status: next, updated_at: now });
    await q.insertEvent(trx, { complaintId: id, action: 'assign', happenedOn: today, content: u.display_name, actorId: actor.userId, actorUsername: actor.username, at: now });
    await recordAudit(trx, deps, actor, { action: 'complaint.assign', entityType: 'complaint', entityId: id, areaCode, oldValue: { assigneeId: c.assignee_id, areaCode: c.area_code, status: c.status }, newValue: { assigneeId: u.id, areaCode, status: next } });
  });
  return getComplaint(deps, actor, id);
}

/** 调查核实: one record per visit, interview or check. */
export async function addInvestigation(deps: Deps, actor: Actor, id: number, input: { happenedOn: string; content: string }) {
  const { c, next, today, now } = await step(deps, actor, id, 'investigate');
  if (input.happenedOn > today || input.happenedOn < c.received_on) throw new DomainError('validation', 'complaint_investigation_date', { field: 'happenedOn', params: { receivedOn: c.received_on } });
  await deps.db.transaction().execute(async (trx) => {
    await q.updateComplaint(trx, id, { status: next, updated_at: now });
    await q.insertEvent(trx, { complaintId: id, action: 'investigate', happenedOn: input.happenedOn, content: input.content, actorId: actor.userId, actorUsername: actor.username, at: now });
    await recordAudit(trx, deps, actor, { action: 'complaint.investigate', entityType: 'complaint', entityId: id, areaCode: c.area_code, oldValue: { status: c.status }, newValue: { status: next, happenedOn: input.happenedOn } });
  });
  return getComplaint(deps, actor, id);
}

/** 被反映对象: set while investigating (an online complaint names nobody until staff identify the household). */
export async function setComplaintSubject(deps: Deps, actor: Actor, id: number, input: SubjectInput) {
  const { c, now } = await step(deps, actor, id, 'investigate');
  await checkSubject(deps.db, actor, input);
  const before = { subjectHouseholdId: c.subject_household_id, subjectPersonId: c.subject_person_id, subjectUserId: c.subject_user_id };
  await deps.db.transaction().execute(async (trx) => {
    await q.updateComplaint(trx, id, { subject_household_id: input.subjectHouseholdId, subject_person_id: input.subjectPersonId, subject_user_id: input.subjectUserId, subject_note: input.subjectNote || null, updated_at: now });
    await recordAudit(trx, deps, actor, { action: 'complaint.subject', entityType: 'complaint', entityId: id, areaCode: c.area_code, oldValue: before, newValue: { subjectHouseholdId: input.subjectHouseholdId, subjectPersonId: input.subjectPersonId, subjectUserId: input.subjectUserId } });
  });
  return getComplaint(deps, actor, id);
}

/** 调查结论: 属实 / 部分属实 / 不属实, with the finding. */
export async function concludeComplaint(deps: Deps, actor: Actor, id: number, input: { outcome: ComplaintOutcome; finding: string }) {
  const { c, next, today, now } = await step(deps, actor, id, 'conclude');
  await deps.db.transaction().execute(async (trx) => {
    await q.updateComplaint(trx, id, { status: next, outcome: input.outcome, finding: input.finding, concluded_on: today, updated_at: now });
    await q.insertEvent(trx, { complaintId: id, action: 'conclude', happenedOn: today, content: input.finding, actorId: actor.userId, actorUsername: actor.username, at: now });
    await recordAudit(trx, deps, actor, { action: 'complaint.conclude', entityType: 'complaint', entityId: id, areaCode: c.area_code, oldValue: { status: c.status }, newValue: { status: next, outcome: input.outcome } });
  });
  return getComplaint(deps, actor, id);
}

/** 整改: a corrective action names the record it made (an enrolment change, a recovery, a case) in the actor's area. */
export async function addCorrectiveAction(deps: Deps, actor: Actor, id: number, input: CorrectiveActionInput) {
  const { c, today, now } = await step(deps, actor, id, 'correct');
  let refId: number | null = null;
  if (input.kind !== 'other') {
    if (input.refId === undefined) throw new DomainError('validation', 'complaint_action_ref_required', { field: 'refId' });
    const rec = await q.areaOfRecord(deps.db, input.kind, input.refId);
    if (!rec || !isWithinArea(actor.areaCode, rec.areaCode)) throw new DomainError('not_found', 'complaint_action_ref_not_found', { field: 'refId' });
    refId = input.refId;
  }
  await deps.db.transaction().execute(async (trx) => {
    const actionId = await q.insertAction(trx, { complaintId: id, kind: input.kind, refId, description: input.description, createdBy: actor.userId, createdAt: now });
    await q.updateComplaint(trx, id, { updated_at: now });
    await q.insertEvent(trx, { complaintId: id, action: 'correct', happenedOn: today, content: input.description, actorId: actor.userId, actorUsername: actor.username, at: now });
    await recordAudit(trx, deps, actor, { action: 'complaint.corrective_action', entityType: 'complaint', entityId: id, areaCode: c.area_code, newValue: { actionId, kind: input.kind, refId } });
  });
  return getComplaint(deps, actor, id);
}

/**
 * 答复: closes the complaint. The reply is what the tracking code shows to anyone holding it,
 * so a reply that names the household or a member of staff is refused.
 */
export async function replyToComplaint(deps: Deps, actor: Actor, id: number, reply: string) {
  const { c, next, today, now } = await step(deps, actor, id, 'reply');
  const found = namesIn(reply, await q.namesConcerned(deps.db, c));
  if (found.length > 0) throw new DomainError('unprocessable', 'complaint_reply_names', { field: 'reply', params: { names: found.join('、') } });
  await deps.db.transaction().execute(async (trx) => {
    await q.updateComplaint(trx, id, { status: next, reply, replied_on: today, updated_at: now });
    await q.insertEvent(trx, { complaintId: id, action: 'reply', happenedOn: today, content: reply, actorId: actor.userId, actorUsername: actor.username, at: now });
    await recordAudit(trx, deps, actor, { action: 'complaint.reply', entityType: 'complaint', entityId: id, areaCode: c.area_code, oldValue: { status: c.status }, newValue: { status: next } });
  });
  return getComplaint(deps, actor, id);
}

/** The users a complaint can be assigned to: handlers in the actor's area. */
export async function complaintAssignees(deps: Deps, actor: Actor) {
  if (!mayAct(actor.role, 'assign', { isAssignee: false })) throw new DomainError('forbidden', 'complaint_role');
  const rows = await q.handlersIn(deps.db, actor.areaCode);
  return { items: rows.map((r) => ({ id: r.id, displayName: r.display_name, role: r.role, areaCode: r.area_code })) };
}

/**
 * The staff a complaint may be about, by name or login: the users of the actor's area and of the
 * offices above it (the street office, the district bureau). Another street's staff are not
 * listed to a street; naming one stays possible through the API (checkSubject allows the district).
 */
export async function complaintSubjectStaff(deps: Deps, actor: Actor, search: string | undefined) {
  if (!mayAct(actor.role, 'investigate', { isAssignee: true })) throw new DomainError('forbidden', 'complaint_role');
  const rows = await q.staffOfAreaAndAbove(deps.db, actor.areaCode, areaAncestry(actor.areaCode).filter((c) => c !== actor.areaCode), search, 20);
  return { items: rows.map((r) => ({ id: r.id, displayName: r.display_name, role: r.role, areaCode: r.area_code })) };
}
