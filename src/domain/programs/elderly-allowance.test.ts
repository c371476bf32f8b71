import { describe, expect, it } from 'vitest';
import { ageOn } from '../id-number.ts';
import { demoPolicy, type Policy } from '../policy.ts';
import { calculateElderlyAllowance, monthReachingAge } from './elderly-allowance.ts';
import { buildMember, buildScenario, type MemberOverrides } from './scenario-factory.ts';

// Tiers: 80+ 100.00, 90+ 200.00, 100+ 500.00, each from the month after the birthday.
const withTiers = (tiers: Policy['elderly']['tiers']): Policy => ({ ...demoPolicy, elderly: { tiers } });
const run = (birthDate: string, asOf: string, policy: Policy = demoPolicy, member: MemberOverrides = {}) =>
  calculateElderlyAllowance(
    buildScenario({ program: 'elderly_allowance', asOf, members: [buildMember({ birthDate, subject: true, ...member })] }),
    policy,
    'v1',
  );

describe('calculateElderlyAllowance', () => {
  it.each<[string, string, string, number | null]>([
    ['turns 80 on the 1st: not in the birthday month', '1945-03-01', '2025-03-01', null],
    ['turns 80 on the 1st: still not on the last day of that month', '1945-03-01', '2025-03-31', null],
    ['turns 80 on the 1st: paid from the next month', '1945-03-01', '2025-04-01', 10000],
    ['turns 80 on the last day of the month: not that month', '1945-03-31', '2025-03-31', null],
    ['turns 80 on the last day of the month: paid from the next', '1945-03-31', '2025-04-01', 10000],
    ['turns 80 on 28 February: paid in March', '1945-02-28', '2025-03-01', 10000],
    ['turns 80 in December: paid from January', '1944-12-31', '2025-01-01', 10000],
    ['79', '1946-01-01', '2025-06-15', null],
    ['85', '1940-01-01', '2025-06-15', 10000],
    ['turns 90 this month: still the 80+ amount', '1935-06-30', '2025-06-30', 10000],
    ['turned 90 last month: the 90+ amount', '1935-06-30', '2025-07-01', 20000],
    ['100+', '1920-01-01', '2025-06-15', 50000],
    ['born 29 Feb, 80 in a leap year: paid from March', '1944-02-29', '2024-03-01', 10000],
  ])('%s', (_name, birthDate, asOf, amount) => {
    const r = run(birthDate, asOf);
    expect(r.eligible).toBe(amount !== null);
    expect(r.monthlyAmount).toBe(amount ?? 0);
    expect(r.reasons).toEqual(amount === null ? ['age'] : []);
  });

  it('takes the highest tier reached whatever the order in the policy', () => {
    const policy = withTiers([{ minAge: 100, amount: 50000 }, { minAge: 80, amount: 10000 }, { minAge: 90, amount: 20000 }]);
    expect(run('1930-01-01', '2025-06-15', policy).monthlyAmount).toBe(20000);
  });

  it('pays nothing when the area has no tiers', () => {
    expect(run('1920-01-01', '2025-06-15', withTiers([]))).toMatchObject({ eligible: false, reasons: ['age'] });
  });

  it('suspends the allowance while the person is in prison', () => {
    expect(run('1940-01-01', '2025-06-15', demoPolicy, { inPrison: true }).reasons).toEqual(['in_prison']);
  });

  it('needs a subject', () => {
    const scenario = buildScenario({ program: 'elderly_allowance', members: [buildMember({ birthDate: '1930-01-01' })] });
    expect(calculateElderlyAllowance(scenario, demoPolicy, 'v1').reasons).toEqual(['no_subject']);
  });

  it('traces every tier with the birthday month and the first month paid', () => {
    const r = run('1945-03-31', '2025-04-01');
    expect(r.trace.filter((t) => t.step === 'elderly_tier')).toEqual([
      { step: 'elderly_tier', value: true, param: 'elderly.tiers', memberIndex: 0, detail: { minAge: 80, amount: 10000, birthdayMonth: '2025-03', fromMonth: '2025-04' } },
      { step: 'elderly_tier', value: false, param: 'elderly.tiers', memberIndex: 0, detail: { minAge: 90, amount: 20000, birthdayMonth: '2035-03', fromMonth: '2035-04' } },
      { step: 'elderly_tier', value: false, param: 'elderly.tiers', memberIndex: 0, detail: { minAge: 100, amount: 50000, birthdayMonth: '2045-03', fromMonth: '2045-04' } },
    ]);
  });
});

describe('monthReachingAge', () => {
  it.each<[string, number, string]>([
    ['1945-03-01', 80, '2025-03'],
    ['1945-03-31', 80, '2025-03'],
    ['1944-02-29', 80, '2024-02'], // leap year: the birthday exists
    ['1944-02-29', 81, '2025-03'], // common year: completed on 1 March, as ageOn counts
  ])('%s reaches %i in %s', (birthDate, age, month) => {
    expect(monthReachingAge(birthDate, age)).toBe(month);
  });

  it('agrees with ageOn: the person has the age on the first day of the next month', () => {
    for (const birthDate of ['1944-02-29', '1945-01-01', '1945-12-31', '1946-06-15']) {
      for (const age of [79, 80, 81]) {
        const [y, m] = monthReachingAge(birthDate, age).split('-').map(Number) as [number, number];
        const nextFirst = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
        expect(ageOn(birthDate, nextFirst)).toBe(age);
      }
    }
  });
});
