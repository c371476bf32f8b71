import type { DbOrTrx } from '../../db/types.ts';
import { DomainError } from '../../domain/errors.ts';
import { openApplicationFor } from './queries.ts';

/** Case states as the message names them (the web has its own labels for the screens). */
const STATE_LABELS: Record<string, string> = {
  submitted: '待街道受理',
  investigation: '入户调查',
  verification: '家庭经济状况核对',
  democratic_review: '民主评议',
  street_review: '街道审核',
  public_notice: '公示',
  county_confirmation: '区县确认',
  appealed: '复核中',
};
const ENROLMENT_LABELS: Record<string, string> = { active: '在保', suspended: '暂停发放' };

/**
 * 不重复申请 (issue 16 point 6): a household with an open case, or a live enrolment, in a program
 * cannot get a second application for it; the answer names the case (number and state) or the
 * enrolment. A person-level program is per person: another member may still apply. 临时救助
 * is one grant per event (一事一档): a past grant does not block the next event.
 */
export async function assertNoSecondApplication(db: DbOrTrx, householdId: number, program: string, subjectPersonId: number | null): Promise<void> {
  const open = await openApplicationFor(db, householdId, program);
  if (open) {
    throw new DomainError('conflict', 'application_already_open', {
      field: 'program',
      params: { id: open.id, state: STATE_LABELS[open.state] ?? open.state, stateCode: open.state },
    });
  }
  if (program === 'temporary') return;
  let live = db
    .selectFrom('enrolments')
    .select(['id', 'status'])
    .where('household_id', '=', householdId)
    .where('program', '=', program)
    .where('status', '!=', 'stopped');
  if (subjectPersonId !== null) live = live.where((eb) => eb.or([eb('person_id', '=', subjectPersonId), eb('person_id', 'is', null)]));
  const e = await live.orderBy('id').executeTakeFirst();
  if (e) {
    throw new DomainError('conflict', 'enrolment_already_live', {
      field: 'program',
      params: { id: e.id, status: ENROLMENT_LABELS[e.status] ?? e.status },
    });
  }
}
