import { describe, expect, it } from 'vitest';
import { checkStatusChange, firstMonthWithout, householdAfterLoss, stopsBenefits, type PersonStatus } from './person-status.ts';

const today = '2025-09-10';
const person = (status: PersonStatus, since: string | null = null) => ({ status, since, birthDate: '1950-01-01' });

describe('person status changes', () => {
  it.each([
    ['alive', 'deceased', null],
    ['alive', 'moved_away', null],
    ['alive', 'imprisoned', null],
    ['alive', 'alive', 'person_status_impossible'],
    ['deceased', 'imprisoned', 'person_status_impossible'],
    ['deceased', 'alive', 'person_status_impossible'],
    ['deceased', 'deceased', 'person_status_impossible'],
    ['imprisoned', 'alive', null],
    ['imprisoned', 'deceased', null],
    ['imprisoned', 'moved_away', 'person_status_impossible'],
    ['moved_away', 'alive', null],
    ['moved_away', 'deceased', null],
    ['moved_away', 'imprisoned', 'person_status_impossible'],
  ] as const)('%s → %s: %s', (from, to, refusal) => {
    expect(checkStatusChange(person(from), { status: to, date: '2025-08-01' }, today)?.code ?? null).toBe(refusal);
  });

  it('refuses a date in the future, before birth, before the previous change; today is fine', () => {
    expect(checkStatusChange(person('alive'), { status: 'deceased', date: '2025-09-11' }, today)?.code).toBe('date_in_future');
    expect(checkStatusChange(person('alive'), { status: 'deceased', date: today }, today)).toBeNull();
    expect(checkStatusChange(person('alive'), { status: 'deceased', date: '1949-12-31' }, today)?.code).toBe('person_status_before_birth');
    expect(checkStatusChange(person('imprisoned', '2025-03-01'), { status: 'alive', date: '2025-02-28' }, today)?.code).toBe('person_status_before_previous');
  });

  it('takes an end date only for imprisonment, not before its start', () => {
    expect(checkStatusChange(person('alive'), { status: 'imprisoned', date: '2025-08-01', until: '2027-08-01' }, today)).toBeNull();
    expect(checkStatusChange(person('alive'), { status: 'imprisoned', date: '2025-08-01', until: '2025-07-31' }, today)?.code).toBe('person_status_until_before_date');
    expect(checkStatusChange(person('alive'), { status: 'deceased', date: '2025-08-01', until: '2027-08-01' }, today)?.code).toBe('person_status_until_only_prison');
  });

  it('stops benefits from the month after the event, for a death or imprisonment only', () => {
    expect(firstMonthWithout('2025-07-31')).toBe('2025-08');
    expect(firstMonthWithout('2025-12-01')).toBe('2026-01');
    expect(['alive', 'deceased', 'moved_away', 'imprisoned'].filter((s) => stopsBenefits(s as PersonStatus))).toEqual(['deceased', 'imprisoned']);
  });

  it('takes a member’s share off a household benefit, and ends it with nobody left', () => {
    expect(householdAfterLoss(90000, 3, 2)).toEqual({ kind: 'amount', amount: 60000, covered: 2 });
    expect(householdAfterLoss(100001, 3, 1)).toEqual({ kind: 'amount', amount: 33333, covered: 1 });
    expect(householdAfterLoss(90000, 2, 0)).toEqual({ kind: 'stop' });
    // covered fewer than remaining (the calculation counted fewer): the amount stands
    expect(householdAfterLoss(90000, 1, 2)).toEqual({ kind: 'amount', amount: 90000, covered: 1 });
  });
});
