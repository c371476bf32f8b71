import { nowIso, todayInChina } from '../../clock.ts';
import type { DbOrTrx, Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { mayRegisterComplaints, nextStatus, type ComplaintStatus } from '../../domain/complaints/complaint.ts';
import { DomainError } from '../../domain/errors.ts';
import { findArea } from '../areas/service.ts';
import { recordAudit, type AuditActor } from '../audit/service.ts';
import { dueOnFor, insertNewComplaint, newComplaintRow } from './complaint-row.ts';
import * as q from './queries.ts';
import type { ComplaintDetail, NewComplaint } from './schema.ts';
import { getComplaint } from './views.ts';

/** The subject household is one of the actor's area; a person belongs to it; a staff member is of the district. */
export async function checkSubject(db: DbOrTrx, actor: Actor, s: { subjectHouseholdId: number | null; subjectPersonId: number | null; subjectUserId: number | null }): Promise<void> {
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

/** 登记: a complaint received by phone, letter, visit, window or tip box, entered by staff. */
export async function registerComplaint(deps: Deps, actor: Actor, input: NewComplaint): Promise<ComplaintDetail> {
  if (!mayRegisterComplaints(actor.role)) throw new DomainError('forbidden', 'complaint_role');
  assertAreaWritable(actor, input.areaCode);
  if (!(await findArea(deps.db, input.areaCode))) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: input.areaCode } });
  const subject = { householdId: input.subjectHouseholdId ?? null, personId: input.subjectPersonId ?? null, userId: input.subjectUserId ?? null, note: input.subjectNote || null };
  await checkSubject(deps.db, actor, { subjectHouseholdId: subject.householdId, subjectPersonId: subject.personId, subjectUserId: subject.userId });
  const today = todayInChina(deps.clock);
  const receivedOn = input.receivedOn ?? today;
  if (receivedOn > today) throw new DomainError('validation', 'complaint_received_in_future', { field: 'receivedOn' });
  const row = newComplaintRow({
    areaCode: input.areaCode,
    channel: input.channel,
    category: input.category,
    content: input.content,
    anonymous: input.anonymous || !input.complainantName,
    complainantName: input.complainantName ?? null,
    complainantContact: input.complainantContact || null,
    subject,
    receivedOn,
    dueOn: await dueOnFor(deps.db, input.areaCode, receivedOn),
    createdBy: actor.userId,
    now: nowIso(deps.clock),
  });
  const id = await deps.db.transaction().execute((trx) =>
    insertNewComplaint(trx, deps, actor, row, { category: input.category, subjectHouseholdId: subject.householdId, subjectUserId: subject.userId }),
  );
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
  const row = newComplaintRow({
    areaCode: o.areaCode,
    channel: 'notice_objection',
    category: 'other',
    content: o.content,
    anonymous: false,
    complainantName: o.raisedBy,
    complainantContact: null,
    subject: { householdId: o.householdId, personId: null, userId: null, note: null },
    applicationId: o.applicationId,
    objectionId: o.objectionId,
    receivedOn: today,
    dueOn: await dueOnFor(trx, o.areaCode, today),
    createdBy: actor?.userId ?? null,
    now: nowIso(deps.clock),
  });
  return insertNewComplaint(trx, deps, actor, row, { objectionId: o.objectionId, applicationId: o.applicationId });
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
