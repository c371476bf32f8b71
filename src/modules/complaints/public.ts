import { nowIso, todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { normaliseTrackingCode, TRACKING_CODE, type ComplaintStatus } from '../../domain/complaints/complaint.ts';
import { DomainError } from '../../domain/errors.ts';
import { findArea } from '../areas/service.ts';
import { dueOnFor, insertNewComplaint, newComplaintRow } from './complaint-row.ts';
import * as q from './queries.ts';
import type { PublicComplaintInput } from './schema.ts';

/** The public form and its script, for the open-government page (the cases module serves it). */
export { COMPLAINT_FORM_CSS, COMPLAINT_FORM_SCRIPT, complaintFormHtml } from './public-form.ts';

/** 网上举报: anyone may file (no login); the answer is only the tracking code. */
export async function submitPublicComplaint(deps: Deps, input: PublicComplaintInput): Promise<{ trackingCode: string }> {
  const area = await findArea(deps.db, input.areaCode);
  if (!area) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: input.areaCode } });
  const today = todayInChina(deps.clock);
  const contact = input.contact?.trim() || null;
  const row = newComplaintRow({
    areaCode: area.code,
    channel: 'online',
    category: input.category,
    content: input.content,
    // The form asks for no name; one who leaves a contact is not anonymous to the bureau.
    anonymous: contact === null,
    complainantName: null,
    complainantContact: contact,
    receivedOn: today,
    dueOn: await dueOnFor(deps.db, area.code, today),
    createdBy: null,
    now: nowIso(deps.clock),
  });
  await deps.db.transaction().execute((trx) => insertNewComplaint(trx, deps, null, row, { category: input.category }));
  return { trackingCode: row.tracking_code };
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
