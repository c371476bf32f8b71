import { todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, type Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordRead } from '../audit/service.ts';
import * as q from './queries.ts';
import { statusEntryView } from './service.ts';

/** The review date column a review schedule adds to enrolments (issue 16 point 2), read when present. */
function nextReviewOf(row: Record<string, unknown>): string | null {
  for (const key of ['next_review_on', 'next_review_date', 'next_review', 'review_due_on']) {
    const v = row[key];
    if (typeof v === 'string' && v) return v;
  }
  return null;
}

/**
 * 一户一档, what the household receives: its enrolments (program, amount, category, status, next
 * review), open cases, the last payments, open debts and every member's status history. Audited
 * as a read of the file.
 */
export async function householdBenefits(deps: Deps, actor: Actor, householdId: number) {
  const h = await q.householdArea(deps.db, householdId);
  if (!h) throw new DomainError('not_found', 'household_not_found', { params: { id: householdId } });
  assertAreaReadable(actor, h.area_code, 'household_not_found');
  const ids = await q.memberIds(deps.db, householdId);
  const [enrolments, cases, payments, debts, history] = await Promise.all([
    q.enrolmentsOfHousehold(deps.db, householdId),
    q.openCasesOfHousehold(deps.db, householdId),
    q.lastPaymentsOfHousehold(deps.db, householdId, 24),
    q.openDebtsOfHousehold(deps.db, householdId),
    q.historyOf(deps.db, ids),
  ]);
  await recordRead(deps, actor, { action: 'read.household_benefits', entityType: 'household', entityId: householdId, areaCode: h.area_code, detail: { enrolments: enrolments.length } });
  const today = todayInChina(deps.clock);
  return {
    householdId,
    asOf: today,
    enrolments: enrolments.map((e) => ({
      id: e.id,
      program: e.program,
      personId: e.person_id,
      personName: e.person_name ?? null,
      category: e.category,
      monthlyAmount: Number(e.monthly_amount),
      coveredPersons: Number(e.covered_persons),
      startMonth: e.start_month,
      endMonth: e.end_month,
      status: e.status,
      stopReason: e.stop_reason,
      nextReviewDate: nextReviewOf(e as unknown as Record<string, unknown>),
    })),
    openCases: cases.map((c) => ({ id: c.id, program: c.program, state: c.state, subjectPersonId: c.subject_person_id, createdAt: c.created_at, dueOn: c.due_on })),
    lastPayments: payments.map((l) => ({
      id: l.id,
      payrollId: l.payroll_id,
      enrolmentId: l.enrolment_id,
      program: l.program,
      forMonth: l.for_month,
      paidIn: l.paid_in,
      kind: l.kind,
      amount: Number(l.amount),
      bankStatus: l.bank_status,
      payrollStatus: l.payroll_status,
    })),
    openDebts: debts.map((d) => ({ id: d.id, enrolmentId: d.enrolment_id, program: d.program, totalAmount: Number(d.total_amount), outstandingAmount: Number(d.total_amount) - Number(d.collected ?? 0), createdAt: d.created_at })),
    statusHistory: history.map((r) => ({ personId: r.person_id, ...statusEntryView(r) })),
  };
}
