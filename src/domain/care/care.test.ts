import { describe, expect, it } from 'vitest';
import { demoPolicy, type Policy } from '../policy.ts';
import { bornAfter, bornOnOrBefore, coverageSchema, deliveryProofMissing, driveTotals, lineAmounts } from './condolence.ts';
import { careGroupsOf, nextVisit, visitStatus, type CareGroup } from './visits.ts';
import { ageOn, creditAmount, creditExpiresOn, creditPolicyKey, planSpend } from './wallet.ts';

describe('condolence drives (慰问)', () => {
  it.each([
    ['2026-02-10', 80, '1946-02-10'],
    ['2028-02-29', 80, '1948-02-29'],
    ['2027-02-28', 1, '2026-02-28'],
  ])('on %s someone aged %i was born on or before %s', (asOf, age, cutoff) => {
    expect(bornOnOrBefore(asOf, age)).toBe(cutoff);
  });

  it('a birthday on the day counts; the day after does not', () => {
    const cutoff = bornOnOrBefore('2026-02-10', 80);
    expect('1946-02-10' <= cutoff).toBe(true);
    expect('1946-02-11' <= cutoff).toBe(false);
    // Born 29 Feb 1948: on 28 Feb 2027 not yet 79 (the birthday falls on 1 March).
    expect('1948-02-29' <= bornOnOrBefore('2027-02-28', 79)).toBe(false);
    expect(bornAfter('2026-02-10', 17)).toBe('2008-02-10');
  });

  it.each([
    ['household', 50000, 3, 50000],
    ['person', 20000, 3, 60000],
    ['person', 20000, 1, 20000],
    ['none', 50000, 3, 0],
  ] as const)('cash by %s of %i fen for %i persons is %i', (basis, amount, persons, cash) => {
    const goods = [{ unitPrice: 6000, perHousehold: 1 }, { unitPrice: 2500, perHousehold: 2 }];
    expect(lineAmounts(basis, amount, persons, goods)).toEqual({ cash, goodsValue: 11000 });
  });

  it('totals count 户, 人, 人次 and 元 from delivered lines', () => {
    expect(driveTotals([])).toEqual({ households: 0, persons: 0, personTimes: 0, cash: 0, goodsValue: 0, total: 0 });
    expect(driveTotals([{ persons: 3, cash: 50000, goodsValue: 11000 }, { persons: 1, cash: 50000, goodsValue: 11000 }])).toEqual({
      households: 2, persons: 4, personTimes: 4, cash: 100000, goodsValue: 22000, total: 122000,
    });
  });

  it('needs a signature or a photo as proof of delivery', () => {
    expect(deliveryProofMissing({})).toBe(true);
    expect(deliveryProofMissing({ signatureRef: '  ' })).toBe(true);
    expect(deliveryProofMissing({ signatureRef: 'doc:1' })).toBe(false);
    expect(deliveryProofMissing({ photoRef: 'doc:2' })).toBe(false);
  });

  it('a coverage rule is a list of clauses, none of them empty', () => {
    expect(coverageSchema.safeParse([{ programs: ['dibao', 'tekun'] }, { minAge: 80, flags: ['solitary_elderly'] }]).success).toBe(true);
    expect(coverageSchema.safeParse([]).success).toBe(false);
    expect(coverageSchema.safeParse([{}]).success).toBe(false);
    expect(coverageSchema.safeParse([{ flags: ['rich'] }]).success).toBe(false);
  });
});

describe('care visits (探访关爱)', () => {
  const policy: Pick<Policy, 'careVisits'> = { careVisits: { elderlyAloneDays: 30, severeDisabilityDays: 30, childrenDays: 30, tekunScatteredDays: 7 } };
  const facts = { age: 40, flags: [] as string[], disabilityGrade: null as number | null, scatteredTekun: false };

  it.each<[string, Partial<typeof facts>, CareGroup[]]>([
    ['empty-nest elderly', { age: 72, flags: ['empty_nest'] }, ['elderly_alone']],
    ['solitary elderly at exactly 60', { age: 60, flags: ['solitary_elderly'] }, ['elderly_alone']],
    ['empty-nest flag at 59', { age: 59, flags: ['empty_nest'] }, []],
    ['grade 1 disability', { disabilityGrade: 1 }, ['severe_disability']],
    ['grade 2 disability', { disabilityGrade: 2 }, ['severe_disability']],
    ['grade 3 disability', { disabilityGrade: 3 }, []],
    ['left-behind child', { age: 9, flags: ['left_behind'] }, ['children']],
    ['de-facto orphan at 17', { age: 17, flags: ['de_facto_orphan'] }, ['children']],
    ['left-behind flag at 18', { age: 18, flags: ['left_behind'] }, []],
    ['scattered tekun, disabled, alone', { age: 75, flags: ['solitary_elderly'], disabilityGrade: 1, scatteredTekun: true }, ['elderly_alone', 'severe_disability', 'tekun_scattered']],
    ['nobody in care', {}, []],
  ])('%s', (_, over, groups) => {
    expect(careGroupsOf({ ...facts, ...over })).toEqual(groups);
  });

  it.each<[CareGroup[], string | null, string, number, CareGroup]>([
    [['elderly_alone'], '2026-01-31', '2026-03-02', 30, 'elderly_alone'],
    [['children'], '2026-02-01', '2026-03-03', 30, 'children'],
    [['tekun_scattered'], '2026-02-25', '2026-03-04', 7, 'tekun_scattered'],
    // The shortest interval of the person's groups decides.
    [['elderly_alone', 'tekun_scattered'], '2026-02-25', '2026-03-04', 7, 'tekun_scattered'],
    // Never visited: due at once.
    [['severe_disability'], null, '2026-01-10', 30, 'severe_disability'],
  ])('groups %j, last visit %s → due %s', (groups, last, due, days, group) => {
    expect(nextVisit(policy, groups, last, '2026-01-10')).toEqual({ dueOn: due, intervalDays: days, group });
  });

  it('nobody in a group has no next visit; a day past due is overdue', () => {
    expect(nextVisit(policy, [], null, '2026-01-01')).toBeNull();
    expect(visitStatus('2026-03-02', '2026-03-02')).toBe('due');
    expect(visitStatus('2026-03-01', '2026-03-02')).toBe('overdue');
  });
});

describe('service wallets (居家养老)', () => {
  it('credits by tier and source, each naming its policy key', () => {
    expect(creditAmount(demoPolicy, 'city_tier', 'partial')).toBe(20000);
    expect(creditAmount(demoPolicy, 'city_tier', 'full')).toBe(40000);
    expect(creditAmount(demoPolicy, 'district_top_up', 'partial')).toBe(0);
    expect(creditAmount(demoPolicy, 'district_top_up', 'full')).toBe(10000);
    expect(creditPolicyKey('district_top_up', 'full')).toBe('homeCare.districtTopUp.full');
  });

  it.each([
    ['2026-01', 12, '2026-12-31'],
    ['2026-03', 1, '2026-03-31'],
    ['2024-02', 1, '2024-02-29'],
    ['2026-12', 2, '2027-01-31'],
  ])('a credit for %s valid %i months lapses after %s', (month, valid, expires) => {
    expect(creditExpiresOn(month, valid)).toBe(expires);
  });

  it.each([
    ['1946-03-02', '2026-03-02', 80],
    ['1946-03-03', '2026-03-02', 79],
    ['1966-01-01', '2026-01-01', 60],
  ])('born %s, on %s aged %i', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  const credits = [
    { id: 3, source: 'district_top_up', remaining: 10000, expiresOn: '2026-12-31' },
    { id: 1, source: 'city_tier', remaining: 5000, expiresOn: '2026-11-30' },
    { id: 2, source: 'city_tier', remaining: 40000, expiresOn: '2026-12-31' },
    { id: 9, source: 'city_tier', remaining: 99999, expiresOn: '2026-02-28' },
  ];

  it('spends the credits expiring first, then by id, naming each one', () => {
    expect(planSpend(credits, 12000, '2026-03-01')).toEqual({
      ok: true,
      spends: [
        { creditId: 1, source: 'city_tier', amount: 5000 },
        { creditId: 2, source: 'city_tier', amount: 7000 },
      ],
    });
    expect(planSpend(credits, 55000, '2026-03-01')).toEqual({
      ok: true,
      spends: [
        { creditId: 1, source: 'city_tier', amount: 5000 },
        { creditId: 2, source: 'city_tier', amount: 40000 },
        { creditId: 3, source: 'district_top_up', amount: 10000 },
      ],
    });
  });

  it('never goes below zero: short of money nothing is spent; expired credits do not count', () => {
    expect(planSpend(credits, 55001, '2026-03-01')).toEqual({ ok: false, balance: 55000, shortBy: 1 });
    expect(planSpend(credits, 0, '2026-03-01')).toEqual({ ok: true, spends: [] });
    // On the expiry day the credit still pays; the day after it does not.
    expect(planSpend(credits, 99999, '2026-02-28').ok).toBe(true);
    expect(planSpend([credits[3]!], 1, '2026-03-01')).toEqual({ ok: false, balance: 0, shortBy: 1 });
  });
});
