/**
 * Person status (人员状态, DOMAIN.md §2): alive, deceased (date of death, from a 公安 or 殡葬
 * record, the family or a visit), moved away (date, destination), imprisoned (from–to). Pure:
 * which change is possible, and what it does to the person's benefits.
 */
export const PERSON_STATUSES = ['alive', 'deceased', 'moved_away', 'imprisoned'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** police 公安记录 | funeral 殡葬记录 | family 家属告知 | visit 入户走访 | court 法院判决 | other */
export const STATUS_SOURCES = ['police', 'funeral', 'family', 'visit', 'court', 'other'] as const;
export type StatusSource = (typeof STATUS_SOURCES)[number];

/**
 * The changes that can happen: a death is final; a person is imprisoned or moves away from
 * being alive here; a released prisoner or a returning person is alive again; a person in
 * prison or away can die there. Anything else (deceased → imprisoned, alive → alive) is refused.
 */
const ALLOWED: Record<PersonStatus, readonly PersonStatus[]> = {
  alive: ['deceased', 'moved_away', 'imprisoned'],
  moved_away: ['alive', 'deceased'],
  imprisoned: ['alive', 'deceased'],
  deceased: [],
};

export type StatusRefusal =
  | { code: 'person_status_impossible'; field: 'status' }
  | { code: 'date_in_future'; field: 'date' }
  | { code: 'person_status_before_previous'; field: 'date' }
  | { code: 'person_status_before_birth'; field: 'date' }
  | { code: 'person_status_until_before_date'; field: 'until' }
  | { code: 'person_status_until_only_prison'; field: 'until' };

export function checkStatusChange(
  current: { status: PersonStatus; since: string | null; birthDate: string },
  next: { status: PersonStatus; date: string; until?: string | undefined },
  today: string,
): StatusRefusal | null {
  if (!ALLOWED[current.status].includes(next.status)) return { code: 'person_status_impossible', field: 'status' };
  if (next.date > today) return { code: 'date_in_future', field: 'date' };
  if (next.date < current.birthDate) return { code: 'person_status_before_birth', field: 'date' };
  if (current.since !== null && next.date < current.since) return { code: 'person_status_before_previous', field: 'date' };
  if (next.until !== undefined && next.status !== 'imprisoned') return { code: 'person_status_until_only_prison', field: 'until' };
  if (next.until !== undefined && next.until < next.date) return { code: 'person_status_until_before_date', field: 'until' };
  return null;
}

/** A death or imprisonment ends the person's benefits; moving away or coming back is for the caseworker to decide. */
export function stopsBenefits(status: PersonStatus): boolean {
  return status === 'deceased' || status === 'imprisoned';
}

/** Benefits stop from the month after the event (the month of death is paid in full). */
export function firstMonthWithout(date: string): string {
  const [y, m] = date.slice(0, 7).split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * A household benefit after one member fewer: the member's share (amount per covered person)
 * comes off; no counted member left ends it. The share is an estimate a caseworker corrects at
 * the next review when the household's calculation differs (复核, issue 16 point 2).
 */
export function householdAfterLoss(amount: number, covered: number, remaining: number): { kind: 'stop' } | { kind: 'amount'; amount: number; covered: number } {
  if (remaining <= 0) return { kind: 'stop' };
  const persons = Math.max(1, covered);
  if (remaining >= persons) return { kind: 'amount', amount, covered: persons };
  return { kind: 'amount', amount: Math.max(1, Math.floor((amount * remaining) / persons)), covered: remaining };
}
