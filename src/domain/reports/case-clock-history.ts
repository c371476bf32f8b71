import { confirmationDueOn, NATIONAL_LIMITS, type LegalLimits } from '../cases/legal-clock.ts';
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
export function overdueAtMonthEnd(c: CaseAtMonthEnd, asOfDate: string, limits: LegalLimits = NATIONAL_LIMITS): boolean {
  if (!clockRunningAtEnd(c)) return false;
  return asOfDate > confirmationDueOn(chinaDateOf(c.lastAcceptedAt!), c.extended, limits);
}

/** Whether the legal clock was running at the end: accepted, and neither closed nor back at intake. */
export function clockRunningAtEnd(c: CaseAtMonthEnd): boolean {
  return c.stateAtEnd !== null && !CLOSED.has(c.stateAtEnd) && c.stateAtEnd !== 'submitted' && c.lastAcceptedAt !== null;
}

/** The acceptance day (China time) of a case whose clock runs. */
export function acceptedOnOf(c: CaseAtMonthEnd): string | null {
  return c.lastAcceptedAt ? chinaDateOf(c.lastAcceptedAt) : null;
}
