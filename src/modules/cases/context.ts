import { todayInChina } from '../../clock.ts';
import type { DbOrTrx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import type { CaseProgramCode, CaseState } from '../../domain/cases/states.ts';
import type { CaseContext } from '../../domain/cases/transition.ts';
import { multiplyRate } from '../../domain/money.ts';
import { policyInForce } from '../policies/service.ts';
import type { ApplicationRow } from './queries.ts';
import * as q from './queries.ts';

/** 民主评议 panels need at least this many members before their vote counts (DOMAIN.md §5). */
export const MIN_REVIEW_PANEL = 20;

interface ReviewMeeting {
  panelSize: number;
  attendance: number;
  votesFor: number;
  votesAgainst: number;
}

/** A meeting counts when the panel is large enough, a majority attended and the votes add up. */
export function meetingCounts(m: ReviewMeeting): boolean {
  return m.panelSize >= MIN_REVIEW_PANEL && m.attendance * 2 > m.panelSize && m.attendance <= m.panelSize && m.votesFor + m.votesAgainst <= m.attendance;
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
): Promise<CaseContext> {
  const [records, notice, objections] = await Promise.all([q.recordsOf(db, app.id), q.noticeOf(db, app.id), q.objectionsOf(db, app.id)]);
  const today = todayInChina(deps.clock);
  let urgentCap: number | null = null;
  let caseByCaseThreshold: number | null = null;
  if (app.program === 'temporary') {
    const { policy } = await policyInForce(db, app.area_code, today);
    // 小额先行 up to the policy's cap before the file is complete; above maxMonths × standard
    // the county decides case by case (一事一议).
    urgentCap = policy.temporary.urgentCap;
    caseByCaseThreshold = multiplyRate(policy.dibao.urbanStandard, String(policy.temporary.maxMonths));
  }
  return {
    program: app.program as CaseProgramCode,
    state: app.state as CaseState,
    role: actor.role,
    democraticReview: app.democratic_review === 1,
    investigationStaffCounts: records.filter((r) => r.kind === 'investigation').map((r) => r.staff_count),
    hasVerificationReport: records.some((r) => r.kind === 'verification'),
    hasReviewMeeting: records.filter((r) => r.kind === 'review_meeting').some((r) => meetingCounts(JSON.parse(r.data) as ReviewMeeting)),
    calculatedAmount,
    noticeClosesOn: notice?.closes_on ?? null,
    today,
    openObjections: objections.filter((o) => o.status === 'open').length,
    relativeFlagged: app.relative_flagged === 1,
    relativeReviewed: app.relative_review !== null || relativeReviewGiven,
    urgentCap,
    caseByCaseThreshold,
    urgentPaid: app.urgent_amount !== null,
    input,
  };
}
