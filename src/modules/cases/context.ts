import { todayInChina } from '../../clock.ts';
import type { DbOrTrx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import type { CaseProgramCode, CaseState } from '../../domain/cases/states.ts';
import { temporaryCaps } from '../../domain/cases/temporary.ts';
import type { CaseContext } from '../../domain/cases/transition.ts';
import type { Policy } from '../../domain/policy.ts';
import { policyInForce } from '../policies/service.ts';
import type { ApplicationRow } from './queries.ts';
import * as q from './queries.ts';

export interface ReviewMeeting {
  panelSize: number;
  attendance: number;
  votesFor: number;
  votesAgainst: number;
}

/**
 * A meeting counts when the panel is at least the area's minimum (`cases.reviewPanelMinimum`,
 * 20 nationally: 民主评议 by a broadly representative panel), a majority attended and the votes
 * add up.
 */
export function meetingCounts(m: ReviewMeeting, panelMinimum: number): boolean {
  return m.panelSize >= panelMinimum && m.attendance * 2 > m.panelSize && m.attendance <= m.panelSize && m.votesFor + m.votesAgainst <= m.attendance;
}

/** Everything the pure state machine needs to know about a case, read in one place. */
export async function caseContext(
  db: DbOrTrx,
  deps: Deps,
  actor: Actor,
  app: ApplicationRow,
  input: CaseContext['input'],
  calculatedAmount: number | null,
  relativeReviewGiven: boolean,
  /** The policy in force for the case's area today (panel minimum, temporary caps). */
  policy: Policy,
): Promise<CaseContext> {
  const [records, notice, objections] = await Promise.all([q.recordsOf(db, app.id), q.noticeOf(db, app.id), q.objectionsOf(db, app.id)]);
  const today = todayInChina(deps.clock);
  let urgentCap: number | null = null;
  let caseByCaseThreshold: number | null = null;
  let yearlyCap: number | null = null;
  let yearlyGranted = 0;
  if (app.program === 'temporary') {
    // 小额先行 up to the policy's cap before the file is complete; above maxMonths × the
    // household's own standard (urban or rural) per grant, or yearlyMaxMonths × it for all the
    // household's grants of the year, the county decides case by case (一事一议).
    const [urban, granted] = await Promise.all([q.householdIsUrban(db, app.household_id), q.temporaryGrantedInYear(db, app.household_id, Number(today.slice(0, 4)), app.id)]);
    const caps = temporaryCaps(policy, urban);
    urgentCap = policy.temporary.urgentCap;
    caseByCaseThreshold = caps.perGrant;
    yearlyCap = caps.yearly;
    yearlyGranted = granted;
  }
  const panelMinimum = policy.cases.reviewPanelMinimum;
  return {
    program: app.program as CaseProgramCode,
    state: app.state as CaseState,
    role: actor.role,
    actorInCaseArea: isWithinArea(actor.areaCode, app.area_code),
    democraticReview: app.democratic_review === 1,
    investigationStaffCounts: records.filter((r) => r.kind === 'investigation').map((r) => r.staff_count),
    hasVerificationReport: records.some((r) => r.kind === 'verification'),
    hasReviewMeeting: records.filter((r) => r.kind === 'review_meeting').some((r) => meetingCounts(JSON.parse(r.data) as ReviewMeeting, panelMinimum)),
    reviewPanelMinimum: panelMinimum,
    calculatedAmount,
    noticeClosesOn: notice?.closes_on ?? null,
    noticeRound: notice?.round ?? 1,
    noticeRounds: notice?.rounds ?? 1,
    today,
    openObjections: objections.filter((o) => o.status === 'open').length,
    relativeFlagged: app.relative_flagged === 1,
    relativeReviewed: app.relative_review !== null || relativeReviewGiven,
    urgentCap,
    caseByCaseThreshold,
    yearlyGranted,
    yearlyCap,
    urgentPaid: app.urgent_amount !== null,
    input,
  };
}

/** The policy in force for a case's area on a date. */
export async function casePolicy(db: DbOrTrx, app: ApplicationRow, asOf: string): Promise<Policy> {
  return (await policyInForce(db, app.area_code, asOf)).policy;
}
