import { describe, expect, it } from 'vitest';
import { ageOn, breadwinnerLead, edgeLine, incomeLead, LARGE_MEDICAL_FLOOR, lookbackStart, medicalLead, registryLeads, unemploymentLead, type HouseholdMeans, type PersonFacts } from './rules.ts';
import { shiftMonth } from './register.ts';

const TODAY = '2026-03-02';
const STANDARD = 104000;
const EDGE = { numerator: 3n, denominator: 2n };
const household = (perCapita: number, members = 2): HouseholdMeans => ({ householdId: 1, members, income: perCapita * members, standard: STANDARD, edge: EDGE });
const person = (p: Partial<PersonFacts> = {}): PersonFacts => ({
  personId: 10,
  householdId: 1,
  birthDate: '1980-05-05',
  relation: 'head',
  disabilityGrade: null,
  flags: [],
  hasPension: false,
  livingMembers: 2,
  parentPresent: true,
  ...p,
});
const rulesOf = (p: Partial<PersonFacts>, h = household(200000)) => registryLeads(person(p), h, TODAY).map((l) => l.rule);

describe('discovery rules: each fires on its case and not on the near miss', () => {
  it.each<[string, Partial<PersonFacts>, HouseholdMeans, string[]]>([
    ['grade 1 disability under the edge line', { disabilityGrade: 1 }, household(155999), ['severe_disability_low_income']],
    ['near miss: grade 1 exactly at the edge line (1.5 × standard)', { disabilityGrade: 1 }, household(156000), []],
    ['near miss: grade 3 disability', { disabilityGrade: 3 }, household(50000), []],
    ['70 years old today, alone, no pension', { birthDate: '1956-03-02', livingMembers: 1 }, household(0, 1), ['elderly_alone_no_pension']],
    ['near miss: 70 tomorrow', { birthDate: '1956-03-03', livingMembers: 1 }, household(0, 1), []],
    ['near miss: 80, alone, with a pension', { birthDate: '1946-01-01', livingMembers: 1, hasPension: true }, household(0, 1), []],
    ['near miss: 80, no pension, not alone', { birthDate: '1946-01-01', livingMembers: 2 }, household(0, 2), []],
    ['a child whose parents are dead or in prison', { birthDate: '2015-07-07', relation: 'child', parentPresent: false }, household(0, 1), ['child_without_parents']],
    ['a child flagged as a de-facto orphan', { birthDate: '2015-07-07', relation: 'grandchild', flags: ['de_facto_orphan'] }, household(0, 2), ['child_without_parents']],
    ['near miss: a child with one parent at home', { birthDate: '2015-07-07', relation: 'child', parentPresent: true }, household(0, 2), []],
    ['near miss: 18 today, parents gone', { birthDate: '2008-03-02', relation: 'child', parentPresent: false }, household(0, 1), []],
  ])('%s', (_label, p, h, expected) => {
    expect(rulesOf(p, h)).toEqual(expected);
  });

  it('income under the standard, and not at it', () => {
    expect(incomeLead(10, household(STANDARD - 1))?.rule).toBe('income_below_standard');
    expect(incomeLead(10, household(STANDARD))).toBeNull();
  });

  it('large medical spending: from the floor, when it pushes the household under the edge line', () => {
    const h = household(200000);
    expect(medicalLead(10, h, 3_000_000, 2)).toMatchObject({ rule: 'large_medical_spending', evidence: { selfPaid12m: 3_000_000, monthlyAverage: 250000, perCapitaAfter: 75000 } });
    expect(medicalLead(10, h, LARGE_MEDICAL_FLOOR - 1, 2)).toBeNull();
    expect(medicalLead(10, household(2_000_000), 3_000_000, 2)).toBeNull();
  });

  it('unemployment in a household under the edge line only', () => {
    expect(unemploymentLead(10, household(120000), 153050)?.summary).toContain('1,530.50 元');
    expect(unemploymentLead(10, household(156000), 153050)).toBeNull();
  });

  it('the death of the earner leaves the survivors under the edge line', () => {
    const h = { ...household(200000), income: 400000 };
    expect(breadwinnerLead({ personId: 10, income: 400000, alive: true, eventDate: '2026-01-05' }, h)).toMatchObject({ rule: 'breadwinner_death', evidence: { survivors: 1, perCapitaAfter: 0 } });
    // Already recorded dead: the household's means no longer count the deceased.
    expect(breadwinnerLead({ personId: 10, income: 400000, alive: false, eventDate: '2026-01-05' }, { ...h, members: 1, income: 0 })?.rule).toBe('breadwinner_death');
    expect(breadwinnerLead({ personId: 10, income: 0, alive: true, eventDate: '2026-01-05' }, h)).toBeNull();
    expect(breadwinnerLead({ personId: 10, income: 100000, alive: true, eventDate: '2026-01-05' }, h)).toBeNull();
    expect(breadwinnerLead({ personId: 10, income: 400000, alive: true, eventDate: '2026-01-05' }, { ...h, members: 1 })).toBeNull();
  });

  it('dates and lines', () => {
    expect(edgeLine(household(0))).toBe(156000);
    expect(ageOn('1956-03-02', TODAY)).toBe(70);
    expect(ageOn('1956-03-03', TODAY)).toBe(69);
    expect(lookbackStart(TODAY)).toBe('2025-03-02');
    expect(lookbackStart('2026-01-15', 12)).toBe('2025-01-15');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2026-03', -12)).toBe('2025-03');
  });
});
