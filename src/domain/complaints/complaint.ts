/**
 * 举报投诉、信访: the complaint register's vocabulary and its lifecycle as pure rules
 * (issue 17 point 1; DOMAIN.md §7). The service applies what these functions decide.
 */
import { addWorkingDays } from '../calendar.ts';
import type { Role } from '../roles.ts';

/** 受理渠道: 12345 hotline, letter, visit (来访), window, tip box (举报箱), online, notice objection. */
export const COMPLAINT_CHANNELS = ['hotline', 'letter', 'visit', 'window', 'tip_box', 'online', 'notice_objection'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** 反映类型: hidden income, relative of staff (人情保、关系保), wrong amount, staff conduct, slow service, other. */
export const COMPLAINT_CATEGORIES = ['hidden_income', 'staff_relative', 'wrong_amount', 'staff_conduct', 'slow_service', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** 调查结论: 属实 / 部分属实 / 不属实. */
export const COMPLAINT_OUTCOMES = ['true', 'partly_true', 'not_true'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/** received → assigned → investigating → concluded → replied (closed). */
export const COMPLAINT_STATUSES = ['received', 'assigned', 'investigating', 'concluded', 'replied'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** 整改措施: what a corrective action changed, by the id of that record. */
export const CORRECTIVE_KINDS = ['enrolment_change', 'recovery', 'application', 'other'] as const;
export type CorrectiveKind = (typeof CORRECTIVE_KINDS)[number];

export type ComplaintAction = 'assign' | 'investigate' | 'conclude' | 'correct' | 'reply';

/** Roles that handle complaints in their area; the auditor (纪检监察) reads them, the admin runs settings. */
const HANDLERS: readonly Role[] = ['county_approver', 'street_reviewer', 'community_worker'];
/** Assigning, concluding and answering are the street's or the county's (the community investigates). */
const DECIDERS: readonly Role[] = ['county_approver', 'street_reviewer'];

export function mayRegisterComplaints(role: Role): boolean {
  return HANDLERS.includes(role);
}

export function mayReadComplaints(role: Role): boolean {
  return HANDLERS.includes(role) || role === 'auditor';
}

/** Who may take an action, given the complaint's assignee: an assigned community worker investigates her own. */
export function mayAct(role: Role, action: ComplaintAction, ctx: { isAssignee: boolean }): boolean {
  if (action === 'investigate') return DECIDERS.includes(role) || (role === 'community_worker' && ctx.isAssignee);
  return DECIDERS.includes(role);
}

export type ComplaintRefusal = 'complaint_wrong_status' | 'complaint_needs_investigation' | 'complaint_not_found_true';

/**
 * The next status after an action, or why it is refused. A conclusion needs at least one
 * investigation record; a corrective action follows a finding of 属实 or 部分属实; the reply
 * closes the complaint and comes after the conclusion (the complainant is told the result).
 */
export function nextStatus(
  status: ComplaintStatus,
  action: ComplaintAction,
  ctx: { investigations: number; outcome: ComplaintOutcome | null },
): { ok: true; next: ComplaintStatus } | { ok: false; reason: ComplaintRefusal } {
  const open = status === 'received' || status === 'assigned' || status === 'investigating';
  switch (action) {
    case 'assign':
      return open ? { ok: true, next: status === 'investigating' ? 'investigating' : 'assigned' } : { ok: false, reason: 'complaint_wrong_status' };
    case 'investigate':
      return open ? { ok: true, next: 'investigating' } : { ok: false, reason: 'complaint_wrong_status' };
    case 'conclude':
      if (!open) return { ok: false, reason: 'complaint_wrong_status' };
      return ctx.investigations > 0 ? { ok: true, next: 'concluded' } : { ok: false, reason: 'complaint_needs_investigation' };
    case 'correct':
      if (status !== 'concluded' && status !== 'replied') return { ok: false, reason: 'complaint_wrong_status' };
      return ctx.outcome === 'true' || ctx.outcome === 'partly_true' ? { ok: true, next: status } : { ok: false, reason: 'complaint_not_found_true' };
    case 'reply':
      return status === 'concluded' ? { ok: true, next: 'replied' } : { ok: false, reason: 'complaint_wrong_status' };
  }
}

/** 办结期限: the handling limit counted in working days from the day of receipt (which itself does not count). */
export function complaintDueOn(receivedOn: string, handlingWorkingDays: number): string {
  return addWorkingDays(receivedOn, handlingWorkingDays);
}

/** Overdue: still open after its due day. */
export function isOverdue(c: { status: ComplaintStatus; dueOn: string }, today: string): boolean {
  return (c.status === 'received' || c.status === 'assigned' || c.status === 'investigating') && today > c.dueOn;
}

/**
 * Crockford base32 (no I, L, O, U: nothing to misread over the phone). 12 characters carry 60
 * bits: a tracking code cannot be guessed, and it is the only key the public endpoint accepts.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TRACKING_CODE = /^[0-9A-HJKMNP-TV-Z]{12}$/;

/** 12 characters from at least 8 random bytes (the service passes crypto bytes; this stays pure). */
export function trackingCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < 8) throw new RangeError('tracking code needs at least 8 random bytes');
  let bits = 0n;
  for (const b of bytes.subarray(0, 8)) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 12; i++) {
    out += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return out;
}

/** What a typed code means: letters upper-cased, the misreadable ones mapped (o→0, i/l→1). */
export function normaliseTrackingCode(input: string): string {
  return input.trim().toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/**
 * A reply goes to the complainant and is shown to anyone holding the tracking code: it must
 * name nobody. Returns the names (of the household and the staff concerned) found in the text.
 */
export function namesIn(text: string, names: readonly string[]): string[] {
  return [...new Set(names.filter((n) => n.trim().length >= 2 && text.includes(n.trim())))];
}
