import { describe, expect, it } from 'vitest';
import { ageOut, allowanceEndMonth, reasonFits } from './children.ts';
import { certificateState, checkCertificateNumber, disabilityFromCertificate, evaluateEmploymentBase, type EmploymentBaseFacts } from './disability.ts';
import { appointmentEnd, benefitLines, checkDisabilityLevel, deathFollowUp, ENTITLED_GROUPS, GROUP_PROGRAM, hasPriority, liaisonLoad, lumpSumAmountOf, VETERAN_PROGRAMS } from './veterans.ts';
import { rollUpWelfare } from '../reports/welfare-summary.ts';

const ID = '42010219800101123X';

describe('残疾证 number', () => {
  it.each([
    [`${ID}43`, 'physical', 3, null],
    [`${ID.toLowerCase()}43`, 'physical', 3, null],
    [`${ID}7`, 'multiple', 1, 'certificate_number_format'],
    [`${ID}4A`, 'physical', 3, 'certificate_number_format'],
    [`420102198001011230` + '43', 'physical', 3, 'certificate_number_person'],
    [`${ID}13`, 'physical', 3, 'certificate_number_category'],
    [`${ID}44`, 'physical', 3, 'certificate_number_grade'],
    [`${ID}71`, 'multiple', 1, null],
  ] as const)('%s (%s, grade %d) → %s', (n, cat, grade, code) => {
    expect(checkCertificateNumber(n, ID, cat, grade)?.code ?? null).toBe(code);
  });

  it.each([
    [{ status: 'valid', reviewOn: null }, 'valid'],
    [{ status: 'valid', reviewOn: '2025-10-11' }, 'valid'],
    [{ status: 'valid', reviewOn: '2025-10-10' }, 'review_due'],
    [{ status: 'valid', reviewOn: '2025-01-01' }, 'review_due'],
    [{ status: 'revoked', reviewOn: null }, 'revoked'],
  ] as const)('state of %o on 2025-09-10 is %s', (c, state) => {
    expect(certificateState(c, '2025-09-10')).toBe(state);
  });

  it('the registry reads the live certificate, nothing once revoked', () => {
    expect(disabilityFromCertificate({ status: 'valid', category: 'physical', grade: 2, number: 'n' })).toEqual({ disability_category: 'physical', disability_grade: 2, disability_certificate: 'n' });
    expect(disabilityFromCertificate({ status: 'revoked', category: 'physical', grade: 2, number: 'n' })).toEqual({ disability_category: null, disability_grade: null, disability_certificate: null });
    expect(disabilityFromCertificate(null).disability_grade).toBeNull();
  });
});

describe('就业扶贫基地 criteria', () => {
  const base: EmploymentBaseFacts = { year: 2025, appliedOn: '2025-04-30', inspectedOn: '2025-07-15', disabledEmployees: 10, householdsServed: 0, annualOutput: 10_000_000, perCapitaIncome: 1_000_000 };
  const met = (b: EmploymentBaseFacts) => Object.fromEntries(evaluateEmploymentBase(b).criteria.map((c) => [c.code, c.met]));

  it('every criterion exactly at its threshold: qualified', () => {
    expect(evaluateEmploymentBase(base).qualified).toBe(true);
  });
  it.each([
    ['9 employees, 19 households', { disabledEmployees: 9, householdsServed: 19 }, 'disabled_beneficiaries', false],
    ['9 employees, 20 households', { disabledEmployees: 9, householdsServed: 20 }, 'disabled_beneficiaries', true],
    ['0 employees, 25 households', { disabledEmployees: 0, householdsServed: 25 }, 'disabled_beneficiaries', true],
    ['output one fen short', { annualOutput: 9_999_999 }, 'annual_output', false],
    ['income one fen short', { perCapitaIncome: 999_999 }, 'per_capita_income', false],
    ['applied 1 May', { appliedOn: '2025-05-01' }, 'applied_by_april', false],
    ['applied 2 January', { appliedOn: '2025-01-02' }, 'applied_by_april', true],
    ['applied the year before', { appliedOn: '2024-12-30' }, 'applied_by_april', false],
    ['inspected 30 June', { inspectedOn: '2025-06-30' }, 'inspected_in_july', false],
    ['inspected 31 July', { inspectedOn: '2025-07-31' }, 'inspected_in_july', true],
    ['inspected 1 August', { inspectedOn: '2025-08-01' }, 'inspected_in_july', false],
    ['not inspected yet', { inspectedOn: null }, 'inspected_in_july', false],
  ] as const)('%s', (_, change, code, expected) => {
    const b = { ...base, ...change };
    expect(met(b)[code]).toBe(expected);
    expect(evaluateEmploymentBase(b).qualified).toBe(expected);
  });
});

describe('the child allowance ends by age', () => {
  it.each([
    ['2007-09-10', false, '2025-10'],
    ['2007-12-31', false, '2026-01'],
    ['2008-02-29', false, '2026-03'],
    ['2007-09-10', true, '2029-10'],
  ])('born %s, student %s: the first month unpaid is %s', (birth, student, month) => {
    expect(allowanceEndMonth(birth, student)).toBe(month);
  });
  it('the birthday month is paid, the next is not', () => {
    expect(ageOut('2007-09-01', false, '2025-09')).toEqual({ stops: false });
    expect(ageOut('2007-09-30', false, '2025-10')).toEqual({ stops: true, fromMonth: '2025-10', age: 18 });
    expect(ageOut('2007-03-05', false, '2025-10')).toEqual({ stops: true, fromMonth: '2025-04', age: 18 });
    expect(ageOut('2007-03-05', true, '2025-10')).toEqual({ stops: false });
  });
  it('a reason belongs to its kind', () => {
    expect(reasonFits('orphan', 'both_parents_dead')).toBe(true);
    expect(reasonFits('orphan', 'parents_imprisoned')).toBe(false);
    expect(reasonFits('de_facto_orphan', 'parents_imprisoned')).toBe(true);
    expect(reasonFits('left_behind', 'both_parents_away')).toBe(true);
    expect(reasonFits('left_behind', 'both_parents_dead')).toBe(false);
  });
});

describe('优抚', () => {
  it('a disabled serviceman has a level, the others none', () => {
    expect(checkDisabilityLevel('disabled_serviceman', 6)).toBeNull();
    expect(checkDisabilityLevel('disabled_serviceman', null)?.code).toBe('veteran_level_required');
    expect(checkDisabilityLevel('martyr_survivor', 3)?.code).toBe('veteran_level_only_disabled');
    expect(checkDisabilityLevel('conscript_family', undefined)).toBeNull();
  });
  it('a death sets a condolence task due within a week, across a month end', () => {
    expect(deathFollowUp('2025-08-28', '王德明')).toEqual({ kind: 'condolence', dueOn: '2025-09-04', reason: '优抚对象王德明于 2025-08-28 去世，走访慰问家属' });
  });
  it('priority while any record is active', () => {
    expect(hasPriority([{ status: 'deceased' }, { status: 'active' }])).toBe(true);
    expect(hasPriority([{ status: 'ended' }])).toBe(false);
    expect(hasPriority([])).toBe(false);
  });
});

describe('优抚金 lines, liaison load, the report roll-up', () => {
  const amounts = {
    monthlyAmounts: { disabled_serviceman: 300000, martyr_survivor: 250000, duty_death_survivor: 200000, illness_death_survivor: 190000, demobilised: 160000, ill_veteran: 110000, war_veteran: 80000, militia_war_veteran: 60000 },
    conscriptFamilyYearly: 280000,
    springFestival: 20000,
  };
  it('pays every group by its line at its amount; the Spring Festival one-off to all but the conscript family', () => {
    for (const group of ENTITLED_GROUPS) {
      const lines = benefitLines(group, amounts);
      expect(lines[0]!.program).toBe(GROUP_PROGRAM[group]);
      if (group === 'conscript_family') {
        expect(lines).toEqual([{ program: 'conscript_family_allowance', monthlyAmount: 0, policyKey: 'veterans.conscriptFamilyYearly', amount: 280000 }]);
      } else {
        expect(lines[0]).toMatchObject({ monthlyAmount: amounts.monthlyAmounts[group], policyKey: `veterans.monthlyAmounts.${group}` });
        expect(lines[1]).toMatchObject({ program: 'veteran_spring_festival', monthlyAmount: 0, amount: 20000 });
      }
    }
    // Eight lines, each paid by some group or to all.
    expect(new Set([...Object.values(GROUP_PROGRAM), 'veteran_spring_festival'])).toEqual(new Set(VETERAN_PROGRAMS));
    expect(lumpSumAmountOf('veteran_disability_pension', amounts)).toBeNull();
    expect(lumpSumAmountOf('conscript_family_allowance', amounts)).toBe(280000);
  });
  it('warns below 15 and above 25 recipients; a year’s appointment ends the day before', () => {
    expect([14, 15, 25, 26].map(liaisonLoad)).toEqual(['below', 'within', 'within', 'above']);
    expect(appointmentEnd('2024-03-01')).toBe('2025-02-28');
    expect(appointmentEnd('2024-02-29')).toBe('2025-02-28');
  });
  it('rolls each count up to every area above it', () => {
    const rows = rollUpWelfare(['420102', '420102010', '420102010001', '420102011'], [
      { areaCode: '420102010001', key: 'veterans', n: 2 },
      { areaCode: '420102010002', key: 'veterans', n: 1 },
      { areaCode: '420102011001', key: 'orphan', n: 4 },
    ]);
    expect([...rows.entries()].map(([c, r]) => [c, r.veterans, r.orphan])).toEqual([['420102', 3, 4], ['420102010', 3, 0], ['420102010001', 2, 0], ['420102011', 0, 4]]);
  });
});
