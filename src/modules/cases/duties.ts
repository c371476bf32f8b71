import type { DbOrTrx } from '../../db/types.ts';
import type { Actor } from '../../domain/actor.ts';
import type { CaseAction } from '../../domain/cases/transition.ts';
import { DomainError } from '../../domain/errors.ts';
import type { ApplicationRow } from './queries.ts';

/**
 * Separation of duties on a case (不相容岗位分离, 回避; DOMAIN.md §7, issue 17 point 3).
 *
 * - 回避 (recusal): a staff member whose close relative is a member of the household, registered
 *   in the relatives-of-staff register with the staff member's user account, takes no step and
 *   writes no record on the case. The separate review of a flagged case is then necessarily done
 *   by someone else.
 * - The user who reviewed the case at the street (street_approve) does not decide it at the county.
 */
/** The households on whose cases the user is recused (a close relative is a member): left out of the user's inbox. */
export async function recusedHouseholdIds(db: DbOrTrx, userId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('staff_relatives as sr')
    .innerJoin('persons as p', 'p.id_number', 'sr.relative_id_number')
    .select('p.household_id')
    .distinct()
    .where('sr.staff_user_id', '=', userId)
    .execute();
  return new Set(rows.flatMap((r) => (r.household_id === null ? [] : [Number(r.household_id)])));
}

export async function assertMayActOnCase(db: DbOrTrx, actor: Actor, app: Pick<ApplicationRow, 'id' | 'household_id' | 'state'>, action?: CaseAction): Promise<void> {
  const relative = await db
    .selectFrom('staff_relatives as sr')
    .innerJoin('persons as p', 'p.id_number', 'sr.relative_id_number')
    .select(['sr.relation'])
    .where('sr.staff_user_id', '=', actor.userId)
    .where('p.household_id', '=', app.household_id)
    .executeTakeFirst();
  if (relative) throw new DomainError('forbidden', 'case_recused_relative', { params: { relation: relative.relation } });
  if (app.state === 'county_confirmation' && (action === 'confirm' || action === 'reject')) {
    const reviewed = await db
      .selectFrom('case_events')
      .select('id')
      .where('application_id', '=', app.id)
      .where('actor_id', '=', actor.userId)
      .where('action', '=', 'street_approve')
      .executeTakeFirst();
    if (reviewed) throw new DomainError('forbidden', 'case_confirm_own_review');
  }
}
