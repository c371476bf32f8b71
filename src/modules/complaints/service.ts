import { randomBytes } from 'node:crypto';
import { nowIso, todayInChina } from '../../clock.ts';
import type { DbOrTrx, Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { areaAncestry, isWithinArea } from '../../domain/area-code.ts';
import {
  complaintDueOn,
  isOverdue,
  mayAct,
  mayReadComplaints,
  mayRegisterComplaints,
  namesIn,
  nextStatus,
  normaliseTrackingCode,
  TRACKING_CODE,
  trackingCodeFrom,
  type ComplaintAction,
  type ComplaintCategory,
  type ComplaintChannel,
  type ComplaintOutcome,
  type ComplaintStatus,
  type CorrectiveKind,
} from '../../domain/complaints/complaint.ts';
import { DomainError } from '../../domain/errors.ts';
import { PolicyIncompleteError } from '../../domain/policy.ts';
import { PROGRAM_NAMES } from '../../domain/programs/names.ts';
import { findArea } from '../areas/service.ts';
import { recordAudit, type AuditActor } from '../audit/service.ts';
import { policyInForce } from '../policies/service.ts';
import * as q from './queries.ts';
import type { ComplaintDetail, ComplaintListQuery, CorrectiveActionInput, NewComplaint, PublicComplaintInput, SubjectInput } from './schema.ts';

/** The public form and its script, for the open-government page (the cases module serves it). */
export { COMPLAINT_FORM_CSS, COMPLAINT_FORM_SCRIPT, complaintFormHtml } from './public-form.ts';

/** The national default where an area's policy cannot be read (see domain/policy.ts `complaints`). */
const DEFAULT_HANDLING_WORKING_DAYS = 15;

async function dueOnFor(db: DbOrTrx, areaCode: string, receivedOn: string): Promise<string> {
  const days = await policyInForce(db, areaCode, receivedOn).then(
    (p) => p.policy.complaints.handlingWorkingDays,
    (e: unknown) => {
      if (e instanceof PolicyIncompleteError) return DEFAULT_HANDLING_WORKING_DAYS;
      throw e;
    },
  );
  return complaintDueOn(receivedOn, days);
}

function newTrackingCode(): string {
  return trackingCodeFrom(randomBytes(8));
}

function assertReader(actor: Actor): void {
  if (!mayReadComplaints(actor.role)) throw new DomainError('forbidden', 'complaint_role');
}

/** A complaint in the actor's area; outside it, the same 404 as a missing one. */
async function complaintInScope(db: DbOrTrx, actor: Actor, id: number): Promise<q.ComplaintRow> {
  assertReader(actor);
  const c = await q.complaintById(db, id);
  if (!c || !isWithinArea(actor.areaCode, c.area_code)) throw new DomainError('not_found', 'complaint_not_found');
  return c;
}

function refuse(reason: string, status: string): never {
  throw new DomainError('conflict', reason, { params: { status } });
}

// ---------------------------------------------------------------------------------------------
// Public: the form on the open-government page and the tracking code (no login)

/** 网上举报: anyone may file; the answer is only the tracking code. */
export async function submitPublicComplaint(deps: Deps, input: PublicComplaintInput): Promise<{ trackingCode: string }> {
  const area = await findArea(deps.db, input.areaCode);
  if (!area) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: input.areaCode } });
  const today = todayInChina(deps.clock);
  const now = nowIso(deps.clock);
  const dueOn = await dueOnFor(deps.db, area.code, today);
  const contact = input.contact?.trim() || null;
  const trackingCode = newTrackingCode();
  await deps.db.transaction().execute(async (trx) => {
    const id = await q.insertComplaint(trx, {
      tracking_code: trackingCode,
      area_code: area.code,
      channel: 'online',
      category: input.category,
      content: input.content,
      anonymous: contact ? 0 : 1,
      complainant_name: null,
      complainant_contact: contact,
      subject_household_id: null,
      subject_person_id: null,
      subject_user_id: null,
      subject_note: null,
      application_id: null,
      objection_id: null,
      status: 'received',
      received_on: today,
      due_on: dueOn,
      assignee_id: null,
      outcome: null,
      finding: null,
      concluded_on: null,
      reply: null,
      replied_on: null,
      created_by: null,
      created_at: now,
      updated_at: now,
    });
    await q.insertEvent(trx, { complaintId: id, action: 'register', happenedOn: today, content: null, actorId: null, actorUsername: null, at: now });
    await recordAudit(trx, deps, null, { action: 'complaint.register', entityType: 'complaint', entityId: id, areaCode: area.code, newValue: { channel: 'online', category: input.category, dueOn } });
  });
  return { trackingCode };
}

/** What the holder of a tracking code sees: status, dates and the reply; never a name or the content. */
export async function publicComplaintStatus(deps: Deps, code: string) {
  const normal = normaliseTrackingCode(code);
  const c = TRACKING_CODE.test(normal) ? await q.complaintByCode(deps.db, normal) : undefined;
  if (!c) throw new DomainError('not_found', 'complaint_not_found');
  return {
    trackingCode: c.tracking_code,
    status: c.status as ComplaintStatus,
    receivedOn: c.received_on,
    dueOn: c.due_on,
    concludedOn: c.concluded_on,
    reply: c.status === 'replied' ? c.reply : null,
    repliedOn: c.replied_on,
  };
}

// ---------------------------------------------------------------------------------------------
// Staff: register, list, detail

/** The subject household is one of the actor's area; a person belongs to it; a staff member is of the district. */
async function checkSubject(db: DbOrTrx, actor: Actor, s: { subjectHouseholdId: number | null; subjectPersonId: number | null; subjectUserId: number | null }): Promise<void> {
  if (s.subjectHouseholdId !== null) {
    const h = await q.householdArea(db, s.subjectHouseholdId);
    if (!h || !isWithinArea(actor.areaCode, h.area_code)) throw new DomainError('not_found', 'household_not_found', { field: 'subjectHouseholdId' });
  }
  if (s.subjectPersonId !== null) {
    const p = await q.personOfHousehold(db, s.subjectPersonId);
    if (!p || p.household_id !== s.subjectHouseholdId) throw new DomainError('validation', 'complaint_person_not_in_household', { field: 'subjectPersonId' });
  }
  if (s.subjectUserId !== null) {
    const u = await q.userById(db, s.subjectUserId);
    if (!u || !isWithinArea(actor.areaCode.slice(0, 6), u.area_code)) throw new DomainError('not_found', 'complaint_user_not_found', { field: 'subjectUserId' });
  }
}

export async function registerComplaint(deps: Deps, actor: Actor, input: NewComplaint): Promise<ComplaintDetail> {
  if (!mayRegisterComplaints(actor.role)) throw new DomainError('forbidden', 'complaint_role');
  assertAreaWritable(actor, input.areaCode);
  if (!(await findArea(deps.db, input.areaCode))) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: input.areaCode } });
  await checkSubject(deps.db, actor, { subjectHouseholdId: input.subjectHouseholdId ?? null, subjectPersonId: input.subjectPersonId ?? null, subjectUserId: input.subjectUserId ?? null });
  const today = todayInChina(deps.clock);
  const receivedOn = input.receivedOn ?? today;
  if (receivedOn > today) throw new DomainError('validation', 'complaint_received_in_future', { field: 'receivedOn' });
  const now = nowIso(deps.clock);
  const dueOn = await dueOnFor(deps.db, input.areaCode, receivedOn);
  const anonymous = input.anonymous || !input.complainantName;
  const id = await deps.db.transaction().execute(async (trx) => {
    const id = await q.insertComplaint(trx, {
      tracking_code: newTrackingCode(),
      area_code: input.areaCode,
      channel: input.channel,
      category: input.category,
      content: input.content,
      anonymous: anonymous ? 1 : 0,
      complainant_name: anonymous ? null : (input.complainantName ?? null),
      complainant_contact: input.complainantContact || null,
      subject_household_id: input.subjectHouseholdId ?? null,
      subject_person_id: input.subjectPersonId ?? null,
      subject_user_id: input.subjectUserId ?? null,
      subject_note: input.subjectNote || null,
      application_id: null,
      objection_id: null,
      status: 'received',
      received_on: receivedOn,
      due_on: dueOn,
      assignee_id: null,
      outcome: null,
      finding: null,
      concluded_on: null,
      reply: null,
      replied_on: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await q.insertEvent(trx, { complaintId: id, action: 'register', happenedOn: receivedOn, content: null, actorId: actor.userId, actorUsername: actor.username, at: now });
    await recordAudit(trx, deps, actor, {
      action: 'complaint.register',
      entityType: 'complaint',
      entityId: id,
      areaCode: input.areaCode,
      newValue: { channel: input.channel, category: input.category, dueOn, subjectHouseholdId: input.subjectHouseholdId ?? null, subjectUserId: input.subjectUserId ?? null },
    });
    return id;
  });
  return getComplaint(deps, actor, id);
}

/**
 * A notice objection (公示异议) joins the register: called by the case module inside the
 * transaction that records the objection, so both commit or neither (see migration 0018).
 */
export async function registerObjectionComplaint(
  trx: Trx,
  deps: Deps,
  actor: AuditActor,
  o: { objectionId: number; applicationId: number; householdId: number; areaCode: string; raisedBy: string; content: string },
): Promise<number> {
  const today = todayInChina(deps.clock);
  const now = nowIso(deps.clock);
  const dueOn = await dueOnFor(trx, o.areaCode, today);
  const id = await q.insertComplaint(trx, {
    tracking_code: newTrackingCode(),
    area_code: o.areaCode,
    channel: 'notice_objection',
    category: 'other',
    content: o.content,
    anonymous: 0,
    complainant_name: o.raisedBy,
    complainant_contact: null,
    subject_household_id: o.householdId,
    subject_person_id: null,
    subject_user_id: null,
    subject_note: null,
    application_id: o.applicationId,
    objection_id: o.objectionId,
    status: 'received',
    received_on: today,
    due_on: dueOn,
    assignee_id: null,
    outcome: null,
    finding: null,
    concluded_on: null,
    reply: null,
    replied_on: null,
    created_by: actor?.userId ?? null,
    created_at: now,
    updated_at: now,
  });
  await q.insertEvent(trx, { complaintId: id, action: 'register', happenedOn: today, content: null, actorId: actor?.userId ?? null, actorUsername: actor?.username ?? null, at: now });
  await recordAudit(trx, deps, actor, { action: 'complaint.register', entityType: 'complaint', entityId: id, areaCode: o.areaCode, newValue: { channel: 'notice_objection', objectionId: o.objectionId, applicationId: o.applicationId, dueOn } });
  return id;
}

/** The objection's resolution goes into its complaint's record as an investigation record. */
export async function noteObjectionResolved(trx: Trx, deps: Deps, actor: AuditActor, objectionId: number, resolution: string): Promise<void> {
  const c = await q.complaintByObjection(trx, objectionId);
  if (!c) return;
  const check = nextStatus(c.status as ComplaintStatus, 'investigate', { investigations: 0, outcome: null });
  if (!check.ok) return;
  const today = todayInChina(deps.clock);
  const now = nowIso(deps.clock);
  await q.insertEvent(trx, { complaintId: c.id, action: 'investigate', happenedOn: today, content: resolution, actorId: actor?.userId ?? null, actorUsername: actor?.username ?? null, at: now });
  await q.updateComplaint(trx, c.id, { status: check.next, updated_at: now });
  await recordAudit(trx, deps, actor, { action: 'complaint.investigate', entityType: 'complaint', entityId: c.id, areaCode: c.area_code, oldValue: { status: c.status }, newValue: { status: check.next, objectionResolved: objectionId } });
}

export async function listComplaints(deps: Deps, actor: Actor, query: ComplaintListQuery) {
  assertReader(actor);
  const today = todayInChina(deps.clock);
  const { rows, total } = await q.listComplaints(deps.db, {
    scope: actor.areaCode,
    status: query.status,
    channel: query.channel,
    category: query.category,
    overdueOn: query.overdue === 'true' ? today : undefined,
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  return { items: rows.map((r) => listItem(r, today)), total };
}

function listItem(r: q.ComplaintRow & { area_name?: string | null; assignee_name?: string | null }, today: string) {
  return {
    id: r.id,
    trackingCode: r.tracking_code,
    areaCode: r.area_code,
    areaName: r.area_name ?? null,
    channel: r.channel as ComplaintChannel,
    category: r.category as ComplaintCategory,
    status: r.status as ComplaintStatus,
    outcome: r.outcome as ComplaintOutcome | null,
    receivedOn: r.received_on,
    dueOn: r.due_on,
    overdue: isOverdue({ status: r.status as ComplaintStatus, dueOn: r.due_on }, today),
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name ?? null,
    summary: r.content.length > 60 ? `${r.content.slice(0, 60)}…` : r.content,
  };
}

/** How a linkable record reads in the corrective-action list (staff-facing, Chinese). */
const CHANGE_NAMES: Record<string, string> = { start: '纳入保障', amount: '调整金额', suspend: '暂停', resume: '恢复', stop: '停发' };

const ACTIONS: ComplaintAction[] = ['assign', 'investigate', 'conclude', 'correct', 'reply'];

export async function getComplaint(deps: Deps, actor: Actor, id: number): Promise<ComplaintDetail> {
  const c = await complaintInScope(deps.db, actor, id);
  const today = todayInChina(deps.clock);
  const [events, actions, area, assignee, subjectUser, headName, linkable, investigations] = await Promise.all([
    q.eventsOf(deps.db, id),
    q.actionsOf(deps.db, id),
    findArea(deps.db, c.area_code),
    c.assignee_id === null ? undefined : q.userById(deps.db, c.assignee_id),
    c.subject_user_id === null ? undefined : q.userById(deps.db, c.subject_user_id),
    c.subject_household_id === null ? null : q.householdArea(deps.db, c.subject_household_id).then((h) => (h?.head_person_id ? q.personName(deps.db, h.head_person_id) : null)),
    c.subject_household_id === null ? null : q.linkableRecords(deps.db, c.subject_household_id),
    q.countInvestigations(deps.db, id),
  ]);
  const status = c.status as ComplaintStatus;
  const outcome = c.outcome as ComplaintOutcome | null;
  const allowed = ACTIONS.filter((a) => mayAct(actor.role, a, { isAssignee: c.assignee_id === actor.userId }) && nextStatus(status, a, { investigations, outcome }).ok);
  return {
    ...listItem({ ...c, area_name: area?.name ?? null, assignee_name: assignee?.display_name ?? null }, today),
    content: c.content,
    anonymous: c.anonymous === 1,
    complainantName: c.complainant_name,
    complainantContact: c.complainant_contact,
    subjectHouseholdId: c.subject_household_id,
    subjectHouseholdName: headName,
    subjectPersonId: c.subject_person_id,
    subjectUserId: c.subject_user_id,
    subjectUserName: subjectUser?.display_name ?? null,
    subjectNote: c.subject_note,
    applicationId: c.application_id,
    objectionId: c.objection_id,
    finding: c.finding,
    concludedOn: c.concluded_on,
    reply: c.reply,
    repliedOn: c.replied_on,
    events: events.map((e) => ({ id: e.id, action: e.action, happenedOn: e.happened_on, content: e.content, actorUsername: e.actor_username, at: e.at })),
    actions: actions.map((a) => ({ id: a.id, kind: a.kind as CorrectiveKind, refId: a.ref_id, description: a.description, createdAt: a.created_at })),
    linkable: linkable
      ? [
          ...linkable.changes.map((x) => ({ kind: 'enrolment_change' as const, id: x.id, label: `${PROGRAM_NAMES[x.program] ?? x.program} ${CHANGE_NAMES[x.kind] ?? x.kind} ${x.effective_month}` })),
          ...linkable.recoveries.map((x) => ({ kind: 'recovery' as const, id: x.id, label: `${PROGRAM_NAMES[x.program] ?? x.program} 追回 ${(x.total_amount / 100).toFixed(2)} 元 ${x.first_month}` })),
          ...linkable.applications.map((x) => ({ kind: 'application' as const, id: x.id, label: `${PROGRAM_NAMES[x.program] ?? x.program} 案件 ${x.accepted_on}` })),
        ]
      : [],
    allowed,
  };
}

// ---------------------------------------------------------------------------------------------
// Staff: the lifecycle. Each step checks role, area and status, then writes and audits in one transaction.

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

// ---------------------------------------------------------------------------------------------
// 监督渠道: per-area complaint channels for the public page and the notices

/** Where nothing is set: channels that exist everywhere (the national hotline and this system's own form). */
export const DEFAULT_COMPLAINT_CHANNELS = ['政务服务便民热线：12345', '网上举报：本页“网上举报投诉”表单（凭查询码查看办理结果）'];

/** The channels in force for an area: its own, else the nearest area above that set them. */
export async function complaintChannelsFor(db: DbOrTrx, areaCode: string): Promise<{ channels: string[]; inheritedFrom: string | null }> {
  const chain = areaAncestry(areaCode);
  const rows = await q.channelRowsFor(db, chain);
  for (const code of [...chain].reverse()) {
    const row = rows.find((r) => r.area_code === code);
    if (row) return { channels: JSON.parse(row.channels) as string[], inheritedFrom: code === areaCode ? null : code };
  }
  return { channels: DEFAULT_COMPLAINT_CHANNELS, inheritedFrom: null };
}

export async function getComplaintChannels(deps: Deps, actor: Actor, areaCode: string) {
  assertAreaReadable(actor, areaCode, 'area_not_found');
  if (!(await findArea(deps.db, areaCode))) throw new DomainError('not_found', 'area_not_found', { params: { areaCode } });
  return { areaCode, ...(await complaintChannelsFor(deps.db, areaCode)) };
}

/** Set by the administrator or the county bureau, for their area or one below it (audited). */
export async function setComplaintChannels(deps: Deps, actor: AuditActor & Actor, areaCode: string, channels: string[]) {
  if (actor.role !== 'admin' && actor.role !== 'county_approver') throw new DomainError('forbidden', 'complaint_channels_role');
  assertAreaWritable(actor, areaCode);
  if (!(await findArea(deps.db, areaCode))) throw new DomainError('not_found', 'area_not_found', { params: { areaCode } });
  await writeChannels(deps, actor, areaCode, channels);
  return getComplaintChannels(deps, actor, areaCode);
}

async function writeChannels(deps: Deps, actor: AuditActor, areaCode: string, channels: string[]): Promise<void> {
  const before = await complaintChannelsFor(deps.db, areaCode);
  await deps.db.transaction().execute(async (trx) => {
    await q.upsertChannels(trx, areaCode, channels, actor?.userId ?? null, nowIso(deps.clock));
    await recordAudit(trx, deps, actor, { action: 'complaint.channels', entityType: 'area', entityId: areaCode, areaCode, oldValue: before.channels, newValue: channels });
  });
}

/** Seeding (the demo, an install script): channels set by the system, audited as such. */
export async function seedComplaintChannels(deps: Deps, areaCode: string, channels: string[]): Promise<void> {
  await writeChannels(deps, null, areaCode, channels);
}

// ---------------------------------------------------------------------------------------------
// 统计: for the monthly report and the dashboard

export interface ComplaintStats {
  received: number;
  byChannel: Record<string, number>;
  byCategory: Record<string, number>;
  foundTrue: number;
  partlyTrue: number;
  notTrue: number;
  corrected: number;
}

/** Complaints received in [from, to] under an area: by channel and type, found (partly) true, with a corrective action. */
export async function complaintStats(db: DbOrTrx, scope: string, from: string, to: string): Promise<ComplaintStats> {
  const s: ComplaintStats = { received: 0, byChannel: {}, byCategory: {}, foundTrue: 0, partlyTrue: 0, notTrue: 0, corrected: 0 };
  for (const r of await q.complaintCounts(db, scope, from, to)) {
    s.received += r.n;
    s.byChannel[r.channel] = (s.byChannel[r.channel] ?? 0) + r.n;
    s.byCategory[r.category] = (s.byCategory[r.category] ?? 0) + r.n;
    if (r.outcome === 'true') s.foundTrue += r.n;
    if (r.outcome === 'partly_true') s.partlyTrue += r.n;
    if (r.outcome === 'not_true') s.notTrue += r.n;
    s.corrected += r.corrected;
  }
  return s;
}

export async function getComplaintStats(deps: Deps, actor: Actor, query: { from: string; to: string }) {
  assertReader(actor);
  return { areaCode: actor.areaCode, from: query.from, to: query.to, ...(await complaintStats(deps.db, actor.areaCode, query.from, query.to)) };
}
