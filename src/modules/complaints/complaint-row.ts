import { randomBytes } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { ComplaintTable, DbOrTrx, Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { complaintDueOn, trackingCodeFrom, type ComplaintCategory, type ComplaintChannel } from '../../domain/complaints/complaint.ts';
import { PolicyIncompleteError } from '../../domain/policy.ts';
import { recordAudit, type AuditActor } from '../audit/service.ts';
import { policyInForce } from '../policies/service.ts';
import * as q from './queries.ts';

/** The national default where an area's policy cannot be read (see domain/policy.ts `complaints`). */
const DEFAULT_HANDLING_WORKING_DAYS = 15;

/** The deadline: the area's handling time (a policy key) in working days from the day received. */
export async function dueOnFor(db: DbOrTrx, areaCode: string, receivedOn: string): Promise<string> {
  const days = await policyInForce(db, areaCode, receivedOn).then(
    (p) => p.policy.complaints.handlingWorkingDays,
    (e: unknown) => {
      if (e instanceof PolicyIncompleteError) return DEFAULT_HANDLING_WORKING_DAYS;
      throw e;
    },
  );
  return complaintDueOn(receivedOn, days);
}

/** What a new complaint is, however it came in (the public form, a member of staff, a notice objection). */
export interface ComplaintIntake {
  areaCode: string;
  channel: ComplaintChannel;
  category: ComplaintCategory;
  content: string;
  /** 匿名: no name kept (a contact may still be left for the reply) */
  anonymous: boolean;
  complainantName: string | null;
  complainantContact: string | null;
  subject?: { householdId: number | null; personId: number | null; userId: number | null; note: string | null };
  /** a notice objection's case and objection */
  applicationId?: number;
  objectionId?: number;
  receivedOn: string;
  dueOn: string;
  createdBy: number | null;
  now: string;
}

/** The register's row for a new complaint: received, unassigned, with a fresh tracking code. */
export function newComplaintRow(i: ComplaintIntake): Insertable<ComplaintTable> {
  return {
    tracking_code: trackingCodeFrom(randomBytes(8)),
    area_code: i.areaCode,
    channel: i.channel,
    category: i.category,
    content: i.content,
    anonymous: i.anonymous ? 1 : 0,
    complainant_name: i.anonymous ? null : i.complainantName,
    complainant_contact: i.complainantContact,
    subject_household_id: i.subject?.householdId ?? null,
    subject_person_id: i.subject?.personId ?? null,
    subject_user_id: i.subject?.userId ?? null,
    subject_note: i.subject?.note ?? null,
    application_id: i.applicationId ?? null,
    objection_id: i.objectionId ?? null,
    status: 'received',
    received_on: i.receivedOn,
    due_on: i.dueOn,
    assignee_id: null,
    outcome: null,
    finding: null,
    concluded_on: null,
    reply: null,
    replied_on: null,
    created_by: i.createdBy,
    created_at: i.now,
    updated_at: i.now,
  };
}

/** Enters a complaint in the register with its first event and the audit entry (in the caller's transaction). */
export async function insertNewComplaint(trx: Trx, deps: Deps, actor: AuditActor, row: Insertable<ComplaintTable>, audited: Record<string, unknown>): Promise<number> {
  const id = await q.insertComplaint(trx, row);
  await q.insertEvent(trx, { complaintId: id, action: 'register', happenedOn: row.received_on, content: null, actorId: actor?.userId ?? null, actorUsername: actor?.username ?? null, at: row.created_at });
  await recordAudit(trx, deps, actor, { action: 'complaint.register', entityType: 'complaint', entityId: id, areaCode: row.area_code, newValue: { channel: row.channel, ...audited, dueOn: row.due_on } });
  return id;
}
