import { todayInChina } from '../../clock.ts';
import type { DbOrTrx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import {
  isOverdue,
  mayAct,
  mayReadComplaints,
  nextStatus,
  type ComplaintAction,
  type ComplaintCategory,
  type ComplaintChannel,
  type ComplaintOutcome,
  type ComplaintStatus,
  type CorrectiveKind,
} from '../../domain/complaints/complaint.ts';
import { DomainError } from '../../domain/errors.ts';
import { PROGRAM_NAMES } from '../../domain/programs/names.ts';
import { findArea } from '../areas/service.ts';
import * as q from './queries.ts';
import type { ComplaintDetail, ComplaintListQuery } from './schema.ts';

/** 举报投诉 as staff read them: the list of the area and one complaint with what may be done next. */

export function assertReader(actor: Actor): void {
  if (!mayReadComplaints(actor.role)) throw new DomainError('forbidden', 'complaint_role');
}

/** A complaint in the actor's area; outside it, the same 404 as a missing one. */
export async function complaintInScope(db: DbOrTrx, actor: Actor, id: number): Promise<q.ComplaintRow> {
  assertReader(actor);
  const c = await q.complaintById(db, id);
  if (!c || !isWithinArea(actor.areaCode, c.area_code)) throw new DomainError('not_found', 'complaint_not_found');
  return c;
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
  const [events, actions, area, assignee, subjectUser, headName, personName, linkable, investigations] = await Promise.all([
    q.eventsOf(deps.db, id),
    q.actionsOf(deps.db, id),
    findArea(deps.db, c.area_code),
    c.assignee_id === null ? undefined : q.userById(deps.db, c.assignee_id),
    c.subject_user_id === null ? undefined : q.userById(deps.db, c.subject_user_id),
    c.subject_household_id === null ? null : q.householdArea(deps.db, c.subject_household_id).then((h) => (h?.head_person_id ? q.personName(deps.db, h.head_person_id) : null)),
    c.subject_person_id === null ? null : q.personName(deps.db, c.subject_person_id),
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
    subjectPersonName: personName,
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
