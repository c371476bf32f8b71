/**
 * What the monthly report and the dashboard read of reviews: reviews decided in a month by
 * outcome, exits by reason with gradual exits apart (渐退), and the review alert (复核预警).
 */
import { todayInChina } from '../../clock.ts';
import type { DbOrTrx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { addCalendarDays } from '../../domain/calendar.ts';
import { REVIEW_OUTCOMES } from '../../domain/reviews/workflow.ts';
import * as q from './queries.ts';

export interface ReviewMonthCounts {
  /** 复核完成: reviews decided in the month */
  done: number;
  byOutcome: Record<string, number>;
  /** exits decided by review, by reason code (gradual exits included) */
  exitsByReason: Record<string, number>;
  /** 渐退: exits that keep paying for the gradual-exit months first */
  gradualExits: number;
}

export async function reviewMonthCounts(db: DbOrTrx, areaCode: string, month: string): Promise<ReviewMonthCounts> {
  const rows = await q.decidedInMonth(db, areaCode, month);
  const out: ReviewMonthCounts = { done: 0, byOutcome: Object.fromEntries(REVIEW_OUTCOMES.map((o) => [o, 0])), exitsByReason: {}, gradualExits: 0 };
  for (const r of rows) {
    out.done += r.n;
    if (r.outcome) out.byOutcome[r.outcome] = (out.byOutcome[r.outcome] ?? 0) + r.n;
    if (r.outcome === 'stop') {
      const reason = r.stopReason ?? 'other';
      out.exitsByReason[reason] = (out.exitsByReason[reason] ?? 0) + r.n;
      out.gradualExits += r.gradual;
    }
  }
  return out;
}

/** 复核预警: overdue reviews of an area (an alert on the dashboard) and those due in the next 30 days. */
export async function reviewAlert(deps: Pick<Deps, 'db' | 'clock'>, areaCode: string): Promise<{ overdue: number; dueWithin30Days: number; capped: boolean }> {
  const today = todayInChina(deps.clock);
  const c = await q.dueCounts(deps.db, areaCode, today, addCalendarDays(today, 30));
  return { overdue: c.overdue, dueWithin30Days: Math.max(0, c.due - c.overdue), capped: c.capped };
}
