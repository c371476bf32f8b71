import { nowIso, todayInChina } from '../../clock.ts';
import type { DbOrTrx, Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertPermission, type Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { caseClock, confirmationDueOn, NATIONAL_LIMITS } from '../../domain/cases/legal-clock.ts';
import { eventFitsType, type TemporaryEvent, type TemporaryType } from '../../domain/cases/temporary.ts';
import { workingDaysBetween } from '../../domain/calendar.ts';
import { pathOf, type CaseProgram, type CaseProgramCode, type CaseState } from '../../domain/cases/states.ts';
import { availableActions, rolesFor } from '../../domain/cases/transition.ts';
import { DomainError } from '../../domain/errors.ts';
import { NATIONAL_CASE_RULES, noticeRuleOf, PolicyIncompleteError } from '../../domain/policy.ts';
import { recordAudit } from '../audit/service.ts';
import { policyInForce } from '../policies/service.ts';
import { findArea } from '../areas/service.ts';
import { meansTestData } from '../registry/service.ts';
import { isLocalProgram, localProgramFor } from '../programs/service.ts';
import { caseContext } from './context.ts';
import * as q from './queries.ts';
import { assertNoSecondApplication } from './application-guard.ts';
import { recusedHouseholdIds } from './duties.ts';
import type { NewApplication } from './schema.ts';

const PERSON_PROGRAMS: readonly CaseProgram[] = ['tekun', 'disability_living', 'disability_care', 'elderly_allowance', 'orphan', 'de_facto_orphan'];

/** A case is the actor's when its household lies in their area, or their street window took it. */
/** For the verification module: the 核对报告 generated from the findings is the case's verification record. */
export { addCaseRecord } from './records.ts';

export async function applicationInScope(db: DbOrTrx, actor: Actor, id: number): Promise<q.ApplicationRow> {
  const app = await q.findApplication(db, id);
  if (!app || !(isWithinArea(actor.areaCode, app.area_code) || app.receiving_street_code === actor.areaCode)) {
    throw new DomainError('not_found', 'application_not_found', { params: { id } });
  }
  return app;
}

/** A street window that only took another street's file sees the case; the owning street works on it. */
export async function otherStreetError(db: DbOrTrx, app: q.ApplicationRow): Promise<DomainError> {
  const street = app.area_code.slice(0, 9);
  return new DomainError('forbidden', 'case_other_street', { params: { street: (await q.areaNames(db, [street])).get(street) ?? street } });
}

export async function assertHandledHere(db: DbOrTrx, actor: Actor, app: q.ApplicationRow): Promise<void> {
  if (!isWithinArea(actor.areaCode, app.area_code)) throw await otherStreetError(db, app);
}

/** 临时救助 intake: the type, the event and the sum asked for are required there, and only there. */
function temporaryIntake(input: NewApplication) {
  const given = { temporaryType: input.temporaryType, temporaryEvent: input.temporaryEvent, requestedAmount: input.requestedAmount };
  if (input.program !== 'temporary') {
    const field = Object.entries(given).find(([, v]) => v !== undefined)?.[0];
    if (field) throw new DomainError('validation', 'application_temporary_only', { field });
    return null;
  }
  for (const [field, v] of Object.entries(given)) if (v === undefined) throw new DomainError('validation', `application_${field}_required`, { field });
  if (!eventFitsType(input.temporaryEvent as TemporaryEvent, input.temporaryType as TemporaryType)) {
    throw new DomainError('validation', 'application_event_type_mismatch', { field: 'temporaryEvent' });
  }
  return { temporary_type: input.temporaryType!, temporary_event: input.temporaryEvent!, requested_amount: input.requestedAmount!, event_description: input.eventDescription || null };
}

/**
 * 申请: the community helps the resident apply and forwards the file to its street, or any
 * street window takes it (一门受理); either way the case waits for the street office that owns
 * the household to accept it (受理, DOMAIN.md §5.1) — a window that took another street's
 * application forwards it there. The receiving street is recorded. Relatives of staff are
 * flagged here.
 */
export async function submitApplication(deps: Deps, actor: Actor, input: NewApplication) {
  assertPermission(actor, 'workCases');
  if (actor.role !== 'community_worker' && actor.role !== 'street_reviewer') throw new DomainError('forbidden', 'forbidden');
  const temporary = temporaryIntake(input);
  // A street window accepts for any household of the district; the community only for its own.
  const intakeScope = actor.role === 'street_reviewer' ? actor.areaCode.slice(0, 6) : actor.areaCode;
  const data = await meansTestData(deps.db, { ...actor, areaCode: intakeScope }, input.householdId);
  let personProgram = (PERSON_PROGRAMS as readonly string[]).includes(input.program);
  if (isLocalProgram(input.program)) {
    // 地方项目: it must reach the household's area and be running today.
    const def = await localProgramFor(deps.db, input.program, data.areaCode);
    const today = todayInChina(deps.clock);
    if (!def.active || today < def.effectiveFrom || (def.effectiveTo !== null && today > def.effectiveTo)) {
      throw new DomainError('unprocessable', 'local_program_not_applicable', { field: 'program', params: { program: input.program, areaCode: data.areaCode } });
    }
    personProgram = def.subject === 'person';
  }
  if (personProgram && !data.members.some((m) => m.personId === input.subjectPersonId)) {
    throw new DomainError('validation', 'calculation_subject_required', { field: 'subjectPersonId' });
  }
  const today = todayInChina(deps.clock);
  const now = nowIso(deps.clock);
  const relatives = await q.relativesMatching(deps.db, data.members.map((m) => m.idNumber));
  return deps.db.transaction().execute(async (trx) => {
    await assertNoSecondApplication(trx, input.householdId, input.program, personProgram ? (input.subjectPersonId ?? null) : null);
    const app = await q.insertApplication(trx, {
      household_id: input.householdId,
      // A local household program is the household's: its enrolment pays the head.
      subject_person_id: isLocalProgram(input.program) && !personProgram ? null : (input.subjectPersonId ?? null),
      program: input.program,
      state: 'submitted',
      democratic_review: input.democraticReview ? 1 : 0,
      area_code: data.areaCode,
      receiving_street_code: actor.role === 'street_reviewer' ? actor.areaCode : data.areaCode.slice(0, 9),
      // Placeholders until the street accepts: the clock starts then, on the area's limits.
      accepted_on: today,
      due_on: confirmationDueOn(today, false, NATIONAL_LIMITS),
      extended: 0,
      extension_reason: null,
      checklist: JSON.stringify(input.checklist),
      consent_document_id: input.consentDocumentId ?? null,
      calculated_amount: null,
      calculation: null,
      policy_version: null,
      category: null,
      relative_flagged: relatives.length > 0 ? 1 : 0,
      relative_review: null,
      urgent_amount: null,
      notice_id: null,
      decision_text: null,
      version: 1,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      investigation_due_on: null,
      investigation_started_on: null,
      decision_notice_due_on: null,
      temporary_type: temporary?.temporary_type ?? null,
      temporary_event: temporary?.temporary_event ?? null,
      requested_amount: temporary?.requested_amount ?? null,
      event_description: temporary?.event_description ?? null,
    });
    const forwarded = app.receiving_street_code !== data.areaCode.slice(0, 9);
    await q.insertEvent(trx, {
      applicationId: app.id,
      at: now,
      actorId: actor.userId,
      actorUsername: actor.username,
      action: 'submit',
      fromState: null,
      toState: 'submitted',
      comment: null,
      data: {
        checklist: input.checklist,
        ...(temporary ? { temporary: { type: temporary.temporary_type, event: temporary.temporary_event, requestedAmount: temporary.requested_amount } } : {}),
        // Waiting for the owning street's acceptance (待街道受理).
        forwardedTo: data.areaCode.slice(0, 9),
        ...(forwarded ? { forwardedFrom: app.receiving_street_code, forwardedTo: data.areaCode.slice(0, 9) } : {}),
        ...(relatives.length ? { relatives: relatives.map((r) => ({ staff: r.staff_name, position: r.staff_position, relative: r.relative_name, relation: r.relation })) } : {}),
      },
    });
    await recordAudit(trx, deps, actor, {
      action: 'case.submit',
      entityType: 'application',
      entityId: app.id,
      areaCode: app.area_code,
      newValue: { householdId: app.household_id, program: app.program, relativeFlagged: relatives.length > 0, forwarded, ...(temporary ? { requestedAmount: temporary.requested_amount, event: temporary.temporary_event } : {}) },
    });
    return getApplication(deps, actor, app.id, trx);
  });
}

export async function getApplication(deps: Deps, actor: Actor, id: number, db: DbOrTrx = deps.db) {
  const app = await q.findApplication(db, id);
  if (!app || !(isWithinArea(actor.areaCode, app.area_code) || app.receiving_street_code === actor.areaCode)) {
    throw new DomainError('not_found', 'application_not_found', { params: { id } });
  }
  const owningStreet = app.area_code.slice(0, 9);
  const today = todayInChina(deps.clock);
  const [events, records, notices, objections, area, names, streets, { policy }] = await Promise.all([
    q.eventsOf(db, id),
    q.recordsOf(db, id),
    q.noticesOf(db, id),
    q.objectionsOf(db, id),
    findArea(db, app.area_code),
    q.caseNames(db, app.household_id, app.subject_person_id),
    q.areaNames(db, [owningStreet, app.receiving_street_code]),
    // Viewing a case never fails on an incomplete policy: the rules then read the national values.
    policyInForce(db, app.area_code, today).catch((e: unknown) => {
      if (e instanceof PolicyIncompleteError) return { policy: { cases: NATIONAL_CASE_RULES } };
      throw e;
    }),
  ]);
  const notice = notices.at(-1);
  const inCaseArea = isWithinArea(actor.areaCode, app.area_code);
  // Until the street office accepts it (受理) no legal clock runs.
  const accepted = events.some((e) => e.action === 'accept');
  const allowed = availableActions({ program: app.program as CaseProgramCode, state: app.state as CaseState, democraticReview: app.democratic_review === 1, urgentPaid: app.urgent_amount !== null });
  return {
    id: app.id,
    householdId: app.household_id,
    subjectPersonId: app.subject_person_id,
    headName: names.headName,
    subjectName: names.subjectName,
    program: app.program,
    path: pathOf(app.program as CaseProgramCode),
    state: app.state,
    areaCode: app.area_code,
    areaName: area?.name ?? app.area_code,
    receivingStreetCode: app.receiving_street_code,
    /** 一门受理: the street whose window took the file, and the owning street that accepts it. */
    intake: {
      owningStreetCode: owningStreet,
      owningStreetName: streets.get(owningStreet) ?? owningStreet,
      receivingStreetName: streets.get(app.receiving_street_code) ?? app.receiving_street_code,
      forwarded: app.receiving_street_code !== owningStreet,
      awaitingStreet: app.state === 'submitted',
      /** False for a window that only took the file: it sees the case, the owning street handles it. */
      handledHere: inCaseArea,
    },
    democraticReview: app.democratic_review === 1,
    checklist: JSON.parse(app.checklist) as string[],
    clock: accepted
      ? caseClock(app.accepted_on, app.due_on, today)
      : { acceptedOn: null, dueOn: null, workingDaysLeft: null, overdue: false, scheduleKnown: true },
    /** 入户调查 starts within the area's working days of acceptance (full path only). */
    investigation: app.investigation_due_on
      ? { dueOn: app.investigation_due_on, startedOn: app.investigation_started_on, overdue: investigationOverdue(app, today), late: app.investigation_started_on !== null && app.investigation_started_on > app.investigation_due_on }
      : null,
    /** 不予确认通知书 is issued within the area's working days of the rejection. */
    rejectionNotice: app.state === 'rejected' && app.decision_notice_due_on ? { dueOn: app.decision_notice_due_on } : null,
    temporary: app.temporary_type
      ? { type: app.temporary_type, event: app.temporary_event, requestedAmount: app.requested_amount, eventDescription: app.event_description }
      : null,
    calculatedAmount: app.calculated_amount,
    calculation: app.calculation ? (JSON.parse(app.calculation) as unknown) : null,
    policyVersion: app.policy_version,
    category: app.category,
    relativeFlagged: app.relative_flagged === 1,
    relativeReview: app.relative_review ? (JSON.parse(app.relative_review) as { by: string; at: string; review: string }) : null,
    urgentAmount: app.urgent_amount,
    decisionText: app.decision_text,
    version: app.version,
    allowedActions: inCaseArea ? allowed.filter((a) => rolesFor(a, app.state as CaseState).includes(actor.role)) : [],
    events: events.map((e) => ({ at: e.at, actorUsername: e.actor_username, actorName: e.actor_name ?? null, action: e.action, fromState: e.from_state, toState: e.to_state, comment: e.comment, data: e.data ? (JSON.parse(e.data) as unknown) : null })),
    records: records.map((r) => ({ id: r.id, kind: r.kind, happenedOn: r.happened_on, staffCount: r.staff_count, data: JSON.parse(r.data) as unknown, createdAt: r.created_at })),
    notice: notice
      ? { id: notice.id, round: notice.round, rounds: notice.rounds, openedOn: notice.opened_on, closesOn: notice.closes_on, maskedName: notice.masked_name, maskedIdNumber: notice.masked_id_number, monthlyAmount: notice.monthly_amount, over: today > notice.closes_on }
      : null,
    /** The area's rules in force today, for what the page says before it is asked (extension, panel, notice). */
    rules: {
      extendedWorkingDays: policy.cases.extendedWorkingDays,
      reviewPanelMinimum: policy.cases.reviewPanelMinimum,
      notice: noticeRuleOf(policy, app.program),
    },
    /** 三榜公示: every round's notice, in order. */
    notices: notices.map((n) => ({ id: n.id, round: n.round, rounds: n.rounds, openedOn: n.opened_on, closesOn: n.closes_on })),
    objections: objections.map((o) => ({ id: o.id, raisedBy: o.raised_by, receivedVia: o.received_via, content: o.content, status: o.status, resolution: o.resolution, createdAt: o.created_at })),
  };
}

/** Accepted, still at investigation, nobody has been to the home, and the start limit is past. */
function investigationOverdue(r: { state: string; investigation_due_on: string | null; investigation_started_on: string | null }, today: string): boolean {
  return r.state === 'investigation' && r.investigation_due_on !== null && r.investigation_started_on === null && today > r.investigation_due_on;
}

type CaseRow = Awaited<ReturnType<typeof q.casesInScope>>[number];

/** A case as lists show it; overdue = past the due date and not yet decided. */
function caseListItem(r: CaseRow, today: string) {
  const open = !['approved', 'rejected', 'withdrawn'].includes(r.state);
  // A case not yet accepted (受理) has no legal clock running.
  const clockRuns = open && r.state !== 'submitted';
  return {
    id: r.id,
    program: r.program,
    state: r.state,
    areaCode: r.area_code,
    areaName: r.area_name,
    householdId: r.household_id,
    headName: r.head_name,
    relativeFlagged: r.relative_flagged === 1,
    acceptedOn: r.state === 'submitted' ? null : r.accepted_on,
    dueOn: r.state === 'submitted' ? null : r.due_on,
    workingDaysLeft: clockRuns ? workingDaysBetween(today, r.due_on) : null,
    overdue: clockRuns && today > r.due_on,
    investigationDueOn: r.investigation_due_on,
    investigationOverdue: investigationOverdue(r, today),
    /** Taken at another street's window and forwarded to the owning street. */
    forwarded: r.receiving_street_code !== r.area_code.slice(0, 9),
    priority: Number(r.priority) === 1,
  };
}

/** 待办: the cases waiting for the actor's role in their area, the most urgent first. */
export async function inbox(deps: Deps, actor: Actor) {
  const rows = await q.casesInScope(deps.db, actor.areaCode, null, 2000);
  const today = todayInChina(deps.clock);
  // 回避: a case the user may take no step on is not theirs to do (every action would be refused).
  const recused = await recusedHouseholdIds(deps.db, actor.userId);
  return {
    items: rows
      .filter((r) => !recused.has(Number(r.household_id)))
      .map((r) => {
        // A window that took another street's file sees it; the owning street acts on it.
        const actions = isWithinArea(actor.areaCode, r.area_code)
          ? availableActions({ program: r.program as CaseProgramCode, state: r.state as CaseState, democraticReview: false, urgentPaid: false }).filter((a) => rolesFor(a, r.state as CaseState).includes(actor.role))
          : [];
        return { ...r, actions };
      })
      .filter((r) => r.actions.some((a) => a !== 'withdraw' && a !== 'appeal' && a !== 'pay_urgent'))
      .map((r) => ({ ...caseListItem(r, today), actions: r.actions })),
  };
}


/** Cases of the area, optionally only the overdue ones (for the county's oversight list). */
export async function listCases(deps: Deps, actor: Actor, query: { state?: string | undefined; overdue?: boolean | undefined; name?: string | undefined }) {
  const today = todayInChina(deps.clock);
  const rows = await q.casesInScope(deps.db, actor.areaCode, query.state ? [query.state] : null, 2000, query.name);
  return {
    items: rows
      .map((r) => caseListItem(r, today))
      .filter((r) => !query.overdue || r.overdue),
  };
}

/**
 * A decision taken on a register rather than through the case workflow — 优抚金 核定 on the
 * entitled-groups register (issue 22): the approved application on file with its one event, so
 * the enrolment it starts names its decision like every other. Inside the caller's transaction;
 * the caller checks the actor and audits.
 */
export async function recordRegisterDecision(
  trx: Trx,
  deps: Deps,
  actor: Actor,
  d: { householdId: number; personId: number; program: string; areaCode: string; amount: number; calculation: string; policyVersion: string; decisionText: string },
): Promise<number> {
  const now = nowIso(deps.clock);
  const today = todayInChina(deps.clock);
  const app = await q.insertApplication(trx, {
    household_id: d.householdId,
    subject_person_id: d.personId,
    program: d.program,
    state: 'approved',
    democratic_review: 0,
    area_code: d.areaCode,
    receiving_street_code: d.areaCode.slice(0, 9),
    accepted_on: today,
    due_on: today,
    extended: 0,
    extension_reason: null,
    checklist: '[]',
    consent_document_id: null,
    calculated_amount: d.amount,
    calculation: d.calculation,
    policy_version: d.policyVersion,
    category: null,
    relative_flagged: 0,
    relative_review: null,
    urgent_amount: null,
    notice_id: null,
    decision_text: d.decisionText,
    version: 1,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
    investigation_due_on: null,
    investigation_started_on: null,
    decision_notice_due_on: null,
    temporary_type: null,
    temporary_event: null,
    requested_amount: null,
    event_description: null,
  });
  await q.insertEvent(trx, { applicationId: app.id, at: now, actorId: actor.userId, actorUsername: actor.username, action: 'register_decision', fromState: null, toState: 'approved', comment: d.decisionText, data: { program: d.program, amount: d.amount } });
  return app.id;
}
