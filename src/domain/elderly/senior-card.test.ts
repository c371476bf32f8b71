import { describe, expect, it } from 'vitest';
import { cardEligibility, cardNumber } from './senior-card.ts';

const rules = { minAge: 60, preferentialMinAge: 65 };

describe('老年证 / 优待证 eligibility by age', () => {
  it.each([
    // kind, birth date, day of issue, eligible, age
    ['senior', '1965-09-10', '2025-09-10', true, 60], // the 60th birthday itself
    ['senior', '1965-09-11', '2025-09-10', false, 59], // the day before
    ['senior', '1965-10-01', '2025-09-30', false, 59],
    ['senior', '1940-01-01', '2025-09-10', true, 85],
    ['preferential', '1960-09-10', '2025-09-10', true, 65],
    ['preferential', '1960-09-11', '2025-09-10', false, 64],
    ['preferential', '1965-09-10', '2025-09-10', false, 60], // old enough for 老年证 only
    ['senior', '1964-02-29', '2024-02-29', true, 60], // leap-day birthday in a leap year
    ['senior', '1964-02-29', '2025-02-28', true, 60], // a 29 February birthday counts on 1 March in common years
    ['senior', '1965-02-28', '2025-02-28', true, 60], // a birthday on the last day of February
    ['senior', '1965-03-01', '2025-02-28', false, 59],
    ['senior', '1965-09-01', '2025-09-01', true, 60], // a birthday on the first of the month
  ] as const)('%s born %s, issued %s → eligible %s at %i', (kind, birth, on, eligible, age) => {
    const r = cardEligibility(kind, birth, on, rules);
    expect(r.eligible).toBe(eligible);
    expect(r.age).toBe(age);
    expect(r.requiredAge).toBe(kind === 'senior' ? 60 : 65);
    expect(r.source).toBe(kind === 'senior' ? 'seniorCards.minAge' : 'seniorCards.preferentialMinAge');
  });

  it('follows the area\'s ages', () => {
    expect(cardEligibility('preferential', '1955-09-10', '2025-09-10', { minAge: 60, preferentialMinAge: 70 })).toMatchObject({ eligible: true, age: 70, requiredAge: 70 });
    expect(cardEligibility('preferential', '1955-09-11', '2025-09-10', { minAge: 60, preferentialMinAge: 70 }).eligible).toBe(false);
  });

  it('numbers a card by kind, district, year and id', () => {
    expect(cardNumber('senior', '420102010001', '2025-09-10', 42)).toBe('L42010220250000042');
    expect(cardNumber('preferential', '420102010001', '2026-01-01', 1234567)).toBe('Y42010220261234567');
  });
});
