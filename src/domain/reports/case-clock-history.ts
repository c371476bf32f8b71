import { confirmationDueOn, NATIONAL_LIMITS } from '../cases/legal-clock.ts';
import { chinaDateOf } from './month-window.ts';

/**
 * 超期 at a month's end, judged from the dated case events rather than today's state: the
 * state is the one the last event before the end left, the clock runs from the last
 * acceptance (受理) before the end, 45 working days when an extension was recorded by then.
 * The national limits: an area's shorter ones (policy `cases.*`) are not read here yet.
 */
export interface CaseAtMonthEnd {
  /** to_state of the last event before the end; null when the case did not exist yet. */
  stateAtEnd: string | null;
  /** UTC instant of the last 'accept' event before the end. */
  lastAcceptedAt: string | null;
  extended: boolean;
}

const CLOSED = new Set(['approved', 'rejected', 'withdrawn']);

/** `asOfDate`: the month's last day, or today while the month is still running. */
export function overdueAtMonthEnd(c: CaseAtMonthEnd, asOfDate: string): boolean {
  if (c.stateAtEnd === null || CLOSED.has(c.stateAtEnd) || c.stateAtEnd === 'submitted') return false;
  if (!c.lastAcceptedAt) return false;
  return asOfDate > confirmationDueOn(chinaDateOf(c.lastAcceptedAt), c.extended, NATIONAL_LIMITS);
}
