import { addMonths } from '../../domain/calendar.ts';
import { countedMonths } from '../../domain/reports/enrolment-flows.ts';
import type { BulkRows } from './bulk-rows.ts';
import { pathOf, type CaseProgram } from '../../domain/cases/states.ts';
import { demoDueIn3WorkingDays, type DemoActors, type PlannedCase } from './history.ts';
import { policySchema } from '../../domain/policy.ts';
import { firstReviewDate, reviewInterval } from '../../domain/reviews/schedule.ts';

/** The investigation start and the rejection notice due dates a case's events imply (national limits). */
function investigationAndNotice(c: PlannedCase) {
  const accepted = c.events.some((e) => e.action === 'accept');
  const visits = c.records.filter((r) => r.kind === 'investigation' || r.kind === 'neighbour_interview').map((r) => r.happenedOn).sort();
  const rejected = c.state === 'rejected' ? [...c.events].reverse().find((e) => e.action === 'reject') : undefined;
  return {
    investigation_due_on: accepted && pathOf(c.program as CaseProgram) === 'full' ? demoDueIn3WorkingDays(c.acceptedOn) : null,
    investigation_started_on: visits[0] ?? null,
    decision_notice_due_on: rejected ? demoDueIn3WorkingDays(rejected.at.slice(0, 10)) : null,
    // The demo plans no temporary assistance.
    temporary_type: null,
    temporary_event: null,
    requested_amount: null,
    event_description: null,
  };
}

/** Ids reserved for one batch's planned cases, in plan order. */
export interface HistoryIds {
  applications: number[];
  publicNotices: number[];
  enrolments: number[];
}

export function idsNeeded(plans: readonly PlannedCase[]): { applications: number; publicNotices: number; enrolments: number } {
  return {
    applications: plans.length,
    publicNotices: plans.filter((p) => p.notice).length,
    enrolments: plans.filter((p) => p.enrolment).length,
  };
}

/**
 * Turns planned cases into rows: applications with their events, records and notices, and the
 * enrolments with their dated changes. `personIds[i]` are the ids of household i's members in
 * payload order; the enrolment's summary columns (amount, status, end month) are those of its
 * latest change, as the payments service keeps them.
 */
export function appendHistory(
  rows: BulkRows,
  plans: readonly PlannedCase[],
  ids: HistoryIds,
  householdIds: readonly number[],
  personIds: readonly (readonly number[])[],
  areaOf: (householdIndex: number) => string,
  actors: DemoActors,
): void {
  let notice = 0;
  let enrolment = 0;
  const actor = (role: keyof DemoActors | null) => (role ? actors[role] : null);
  plans.forEach((c, i) => {
    const applicationId = ids.applications[i]!;
    const householdId = householdIds[c.householdIndex]!;
    const subject = c.personIndex === null ? null : personIds[c.householdIndex]![c.personIndex]!;
    const areaCode = areaOf(c.householdIndex);
    const noticeId = c.notice ? ids.publicNotices[notice++]! : null;
    rows.applications.push({
      id: applicationId,
      household_id: householdId,
      subject_person_id: subject,
      program: c.program,
      state: c.state,
      democratic_review: c.democraticReview ? 1 : 0,
      area_code: areaCode,
      receiving_street_code: areaCode.slice(0, 9),
      accepted_on: c.acceptedOn,
      due_on: c.dueOn,
      extended: 0,
      extension_reason: null,
      checklist: JSON.stringify(c.checklist),
      consent_document_id: null,
      calculated_amount: c.calculatedAmount,
      calculation: c.calculation,
      policy_version: c.policyVersion,
      category: c.category,
      relative_flagged: 0,
      relative_review: null,
      urgent_amount: null,
      notice_id: noticeId,
      decision_text: c.decisionText,
      version: 1,
      created_by: actor(c.events[0]?.actor ?? null)?.id ?? null,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      ...investigationAndNotice(c),
    });
    for (const e of c.events) {
      const a = actor(e.actor);
      rows.case_events.push({
        application_id: applicationId,
        at: e.at,
        actor_id: a?.id ?? null,
        actor_username: a?.username ?? null,
        action: e.action,
        from_state: e.from,
        to_state: e.to,
        comment: e.comment,
        data: e.data === null ? null : JSON.stringify(e.data),
      });
    }
    for (const r of c.records) {
      rows.case_records.push({
        application_id: applicationId,
        kind: r.kind,
        happened_on: r.happenedOn,
        staff_count: r.staffCount,
        data: JSON.stringify(r.data),
        created_by: actor(r.actor)?.id ?? null,
        created_at: r.createdAt,
      });
    }
    if (c.notice && noticeId !== null) {
      rows.public_notices.push({
        id: noticeId,
        application_id: applicationId,
        area_code: areaCode,
        opened_on: c.notice.openedOn,
        closes_on: c.notice.closesOn,
        masked_name: c.notice.maskedName,
        masked_id_number: c.notice.maskedIdNumber,
        program: c.program,
        members: c.notice.members,
        monthly_amount: c.notice.monthlyAmount,
        published: c.notice.published,
        created_at: c.notice.createdAt,
        // One round of seven days, as the demo district's policy has it.
        round: 1,
        rounds: 1,
      });
    }
    const e = c.enrolment;
    if (!e) return;
    const enrolmentId = ids.enrolments[enrolment++]!;
    const last = e.changes.at(-1)!;
    const lastAmount = [...e.changes].reverse().find((ch) => ch.monthlyAmount !== null)!;
    const stopped = last.kind === 'stop';
    const counted = countedMonths(e.changes);
    rows.enrolments.push({
      id: enrolmentId,
      household_id: householdId,
      person_id: e.personIndex === null ? null : personIds[c.householdIndex]![e.personIndex]!,
      program: e.program,
      category: e.category,
      monthly_amount: lastAmount.monthlyAmount!,
      calculation: e.calculation,
      policy_version: e.policyVersion,
      start_month: e.startMonth,
      end_month: stopped ? addMonths(last.effectiveMonth, -1) : null,
      status: stopped ? 'stopped' : 'active',
      application_id: applicationId,
      area_code: areaCode,
      created_at: e.createdAt,
      covered_persons: lastAmount.coveredPersons ?? e.coveredPersons,
      stop_reason: stopped ? last.reasonCode : null,
      first_counted: counted.firstCounted,
      start_counted: counted.startCounted,
      stop_counted: counted.stopCounted,
      ...reviewColumns(e.program, e.category, e.startMonth, stopped),
    });
    for (const ch of e.changes) {
      rows.enrolment_changes.push({
        enrolment_id: enrolmentId,
        kind: ch.kind,
        effective_month: ch.effectiveMonth,
        monthly_amount: ch.monthlyAmount,
        covered_persons: ch.coveredPersons,
        reason_code: ch.reasonCode,
        reason: ch.reason,
        decided_on: ch.decidedOn,
        application_id: ch.kind === 'start' ? applicationId : null,
        actor_id: actor(ch.actor)?.id ?? null,
        created_at: ch.createdAt,
      });
    }
  });
}

/** 复核: the first review of an enrolment at the national intervals, as migration 0017 backfills. */
const NATIONAL_REVIEW_RULES = policySchema.shape.reviews.parse(undefined);
function reviewColumns(program: string, category: string | null, startMonth: string, stopped: boolean) {
  const interval = stopped ? null : reviewInterval(NATIONAL_REVIEW_RULES, program, category);
  return { next_review_date: interval ? firstReviewDate(startMonth, interval.months) : null, last_review_date: null, gradual_exit_until: null };
}
