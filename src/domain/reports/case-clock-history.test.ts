import { describe, expect, it } from 'vitest';
import { overdueAtMonthEnd } from './case-clock-history.ts';

// Accepted Monday 2026-03-02 (China): due 30 working days later, 2026-04-14; 45 → 2026-05-08.
const accepted = '2026-03-02T02:00:00.000Z';

describe('overdue at a month end, from the dated events', () => {
  it.each([
    ['county_confirmation', accepted, false, '2026-04-14', false], // the due day itself is not late
    ['county_confirmation', accepted, false, '2026-04-15', true],
    ['street_review', accepted, false, '2026-04-30', true],
    ['appealed', accepted, false, '2026-04-30', true],
    ['street_review', accepted, true, '2026-04-30', false], // extended by then: 45 working days
    ['street_review', accepted, true, '2026-05-31', true],
    ['approved', accepted, false, '2026-04-30', false],
    ['rejected', accepted, false, '2026-04-30', false],
    ['withdrawn', accepted, false, '2026-04-30', false],
    ['submitted', null, false, '2026-04-30', false], // not accepted: no clock runs
    [null, null, false, '2026-04-30', false],
    ['investigation', '2026-03-31T16:30:00.000Z', false, '2026-05-14', false], // accepted 2026-04-01 in China
  ])('state %s accepted %s extended %s on %s → %s', (stateAtEnd, lastAcceptedAt, extended, asOf, expected) => {
    expect(overdueAtMonthEnd({ stateAtEnd, lastAcceptedAt, extended }, asOf)).toBe(expected);
  });
});
