import type { DbOrTrx } from '../../db/types.ts';
import { inForce } from '../../domain/payments/schedule.ts';
import * as q from './queries.ts';

/** What a household and its members really receive, enrolment by enrolment. */
export interface EnrolmentInMonth {
  enrolmentId: number;
  program: string;
  /** null: the household's enrolment (dibao) */
  personId: number | null;
  /** fen per month in force */
  amount: number;
  /** persons the amount covers (a household enrolment's members) */
  coveredPersons: number;
}

/**
 * The enrolments of a household (its own and its members') that pay in `month`. One confirmed
 * but starting later (paid from the month after confirmation) counts with its first amount: a
 * decision taken today is about the months to come, and both start together. Suspended and
 * stopped enrolments pay nothing and are left out.
 */
export async function enrolmentsInMonth(db: DbOrTrx, householdId: number, month: string): Promise<EnrolmentInMonth[]> {
  const rows = await db
    .selectFrom('enrolments')
    .select(['id', 'program', 'person_id', 'start_month', 'covered_persons'])
    .where('household_id', '=', householdId)
    .execute();
  const changes = await q.changesOfMany(db, rows.map((r) => r.id));
  const out: EnrolmentInMonth[] = [];
  for (const r of rows) {
    const own = changes.filter((c) => c.enrolment_id === r.id).map(q.changeFromRow);
    const at = r.start_month > month ? r.start_month : month;
    const now = inForce(own, at);
    if (now.amount <= 0 && !(now.change && ['start', 'amount', 'resume'].includes(now.change.kind))) continue;
    const covered = changes.filter((c) => c.enrolment_id === r.id && c.covered_persons !== null && c.effective_month <= at).sort((a, b) => (a.effective_month === b.effective_month ? a.id - b.id : a.effective_month < b.effective_month ? -1 : 1)).at(-1)?.covered_persons;
    out.push({ enrolmentId: r.id, program: r.program, personId: r.person_id, amount: now.amount, coveredPersons: Number(covered ?? r.covered_persons) || 1 });
  }
  return out;
}
