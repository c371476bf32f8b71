import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import {
  demoPolicy,
  inlinePolicyVersionLabel,
  POLICY_KEYS,
  PolicyIncompleteError,
  policyRowSchema,
  policySchema,
  policyToRows,
  policyVersionLabel,
  cityShareOf,
  NATIONAL_SOURCE,
  nationalDefault,
  noticeRuleOf,
  paymentPeriodOf,
  rateFraction,
  rateSchema,
  resolvePolicy,
  type PolicyRow,
} from './policy.ts';

const CHAIN = ['420102010001', '420102010', '420102', '4201', '42'];
const row = (areaCode: string, key: string, effectiveFrom: string, value: unknown, version = 1): PolicyRow => ({
  areaCode,
  key,
  effectiveFrom,
  value,
  version,
});
/** A complete policy set at the city (4201) on 2024-01-01, plus the given rows. */
const cityAnd = (...rows: PolicyRow[]) => [...policyToRows(demoPolicy, '4201', '2024-01-01'), ...rows];

describe('policySchema', () => {
  it('holds the parameters of issue 4, the urgent-payment cap (issue 5), the funding share (issue 6) and the settings of issue 14', () => {
    expect(POLICY_KEYS).toEqual([
      'dibao.urbanStandard', 'dibao.ruralStandard', 'dibao.minimumPerPerson', 'dibao.assetMonths', 'dibao.maxHouses',
      'dibao.workCostShare', 'dibao.workCostCap', 'dibao.increments', 'dibao.edgeMultiplier', 'dibao.gradualExitMonths',
      'dibao.excludedIncomeTypes', 'tekun.multiplier', 'tekun.care', 'elderly.tiers', 'disability.livingAmount',
      'disability.careAmount', 'disability.careGrades', 'orphan.standard', 'temporary.maxMonths', 'temporary.urgentCap',
      'temporary.yearlyMaxMonths', 'funding.cityShare', 'funding.programShares', 'payments.periods',
      'cases.decisionWorkingDays', 'cases.extendedWorkingDays', 'cases.investigationStartWorkingDays', 'cases.decisionNoticeWorkingDays',
      'cases.noticeDays', 'cases.noticeDaysByProgram', 'cases.noticeRoundsByProgram', 'cases.reviewPanelMinimum',
      'cases.alertWorkingDays',
      'reviews.categoryAMonths', 'reviews.categoryBMonths', 'reviews.categoryCMonths', 'reviews.tekunMonths',
      'complaints.handlingWorkingDays',
      'careVisits.elderlyAloneDays', 'careVisits.severeDisabilityDays', 'careVisits.childrenDays', 'careVisits.tekunScatteredDays',
      'homeCare.minAge', 'homeCare.cityCredit', 'homeCare.districtTopUp', 'homeCare.creditValidMonths',
      'community.pointsPerHour', 'community.charityMonthlyQuota',
      'seniorCards.minAge', 'seniorCards.preferentialMinAge', 'seniorCards.fee',
      'veterans.monthlyAmounts', 'veterans.conscriptFamilyYearly', 'veterans.springFestival',
    ]);
  });

  it('fills the settings added later with their national values, so a policy written before them still parses', () => {
    const old = structuredClone(demoPolicy) as unknown as Record<string, Record<string, unknown>>;
    delete old.cases;
    delete old.payments;
    delete old.temporary!.yearlyMaxMonths;
    delete old.funding!.programShares;
    const parsed = policySchema.parse(old);
    expect(parsed.cases).toEqual({
      decisionWorkingDays: 30, extendedWorkingDays: 45, investigationStartWorkingDays: 3, decisionNoticeWorkingDays: 3,
      noticeDays: 7, noticeDaysByProgram: {}, noticeRoundsByProgram: {}, reviewPanelMinimum: 20,
      alertWorkingDays: 10,
    });
    expect(parsed.payments).toEqual({ periods: {} });
    expect(parsed.funding.programShares).toEqual({});
    expect(parsed.temporary.yearlyMaxMonths).toBe(12);
  });

  it('reads per-program settings with their fallbacks', () => {
    const p = policySchema.parse({
      ...demoPolicy,
      funding: { cityShare: '0.5', programShares: { tekun: 0.7 } },
      payments: { periods: { tekun: 'quarterly' } },
      cases: { noticeDaysByProgram: { elderly_care_subsidy: 3 }, noticeRoundsByProgram: { dibao: 3 } },
    });
    expect([cityShareOf(p, 'tekun'), cityShareOf(p, 'dibao')]).toEqual(['0.7', '0.5']);
    expect([paymentPeriodOf(p, 'tekun'), paymentPeriodOf(p, 'dibao')]).toEqual(['quarterly', 'monthly']);
    expect(noticeRuleOf(p, 'elderly_care_subsidy')).toEqual({ days: 3, rounds: 1 });
    expect(noticeRuleOf(p, 'dibao')).toEqual({ days: 7, rounds: 3 });
    expect(p.cases.decisionWorkingDays).toBe(30);
  });

  it('accepts the demo policy', () => {
    expect(policySchema.parse(demoPolicy)).toEqual(demoPolicy);
  });

  it.each<[string, (p: Record<string, Record<string, unknown>>) => void, string]>([
    ['money in yuan with decimals', (p) => { p.dibao!.urbanStandard = 1040.5; }, 'dibao.urbanStandard'],
    ['negative money', (p) => { p.orphan!.standard = -1; }, 'orphan.standard'],
    ['a rate too fine to write as a decimal', (p) => { p.tekun!.multiplier = 1e-7; }, 'tekun.multiplier'],
    ['a negative rate as a number', (p) => { p.tekun!.multiplier = -0.5; }, 'tekun.multiplier'],
    ['an unknown payment period', (p) => { p.payments = { periods: { tekun: 'weekly' } }; }, 'payments.periods.tekun'],
    ['a city share above 1 for one program', (p) => { p.funding = { cityShare: '0.5', programShares: { tekun: '1.2' } }; }, 'funding.programShares.tekun'],
    ['a decision limit of 0 days', (p) => { p.cases = { decisionWorkingDays: 0 }; }, 'cases.decisionWorkingDays'],
    ['an unknown parameter', (p) => { p.dibao!.maxCars = 0; }, 'dibao'],
    ['an unknown increment', (p) => { p.dibao!.increments = { ...demoPolicy.dibao.increments, veteran: '0.1' }; }, 'dibao.increments'],
    ['duplicate elderly tiers', (p) => { p.elderly!.tiers = [{ minAge: 80, amount: 1 }, { minAge: 80, amount: 2 }]; }, 'elderly.tiers'],
    ['an unknown income type', (p) => { p.dibao!.excludedIncomeTypes = ['lottery']; }, 'dibao.excludedIncomeTypes.0'],
    ['care grade 5', (p) => { p.disability!.careGrades = [{ grade: 5 }]; }, 'disability.careGrades.0.grade'],
  ])('rejects %s', (_name, mutate, path) => {
    const policy = structuredClone(demoPolicy) as unknown as Record<string, Record<string, unknown>>;
    mutate(policy);
    const issues = policySchema.safeParse(policy).error?.issues.map((i) => i.path.join('.'));
    expect(issues).toContain(path);
  });
});

describe('rates', () => {
  it.each<[string, bigint, bigint]>([
    ['1.3', 13n, 10n],
    ['0.15', 15n, 100n],
    ['1', 1n, 1n],
    ['0', 0n, 1n],
    ['0.000001', 1n, 1000000n],
  ])('%s is exactly %i / %i', (rate, numerator, denominator) => {
    expect(rateFraction(rate)).toEqual({ numerator, denominator });
  });

  it.each<[number, string]>([
    [0.2, '0.2'],
    [1.3, '1.3'],
    [0.15, '0.15'],
    [1, '1'],
    [0, '0'],
    [0.000001, '0.000001'],
  ])('takes the JSON number %d as exactly %j', (rate, decimal) => {
    expect(rateSchema.parse(rate)).toBe(decimal);
  });

  it.each([1e-7, -0.1, 0.1234567, 1000, Number.NaN])('rejects the number %d', (rate) => {
    expect(rateSchema.safeParse(rate).success).toBe(false);
  });

  it.each(['1.', '.5', '-0.1', '1e3', '01.3', '0.1234567', ' 1.3', '1,3', ''])('rejects %j', (rate) => {
    expect(rateSchema.safeParse(rate).success).toBe(false);
    expect(() => rateFraction(rate)).toThrow(RangeError);
  });
});

describe('resolvePolicy', () => {
  it('resolves a complete policy set at an ancestor, recording each source', () => {
    const { policy, sources } = resolvePolicy(cityAnd(), CHAIN, '2025-06-15');
    expect(policy).toEqual(demoPolicy);
    expect(sources['dibao.urbanStandard']).toEqual({ areaCode: '4201', effectiveFrom: '2024-01-01', version: 1 });
  });

  it('lets the nearest area that sets a key win, and only that key', () => {
    const rows = cityAnd(row('420102', 'dibao.urbanStandard', '2024-01-01', 110000), row('42', 'dibao.ruralStandard', '2024-06-01', 1));
    const { policy, sources } = resolvePolicy(rows, CHAIN, '2025-06-15');
    expect(policy.dibao.urbanStandard).toBe(110000);
    expect(sources['dibao.urbanStandard'].areaCode).toBe('420102');
    expect(policy.dibao.ruralStandard).toBe(demoPolicy.dibao.ruralStandard); // the province is farther than the city
  });

  it.each<[string, string, number]>([
    ['the day before the raise', '2025-06-30', 104000],
    ['the day the raise takes effect', '2025-07-01', 108000],
    ['after it', '2025-12-31', 108000],
    ['after the next raise', '2026-01-01', 112000],
  ])('takes the latest version in force: %s', (_name, asOf, standard) => {
    const rows = cityAnd(
      row('4201', 'dibao.urbanStandard', '2026-01-01', 112000),
      row('4201', 'dibao.urbanStandard', '2025-07-01', 108000),
    );
    expect(resolvePolicy(rows, CHAIN, asOf).policy.dibao.urbanStandard).toBe(standard);
  });

  it("falls back to the parent until the child's own value takes effect", () => {
    const rows = cityAnd(row('420102010', 'dibao.urbanStandard', '2025-07-01', 120000));
    expect(resolvePolicy(rows, CHAIN, '2025-06-30').sources['dibao.urbanStandard'].areaCode).toBe('4201');
    expect(resolvePolicy(rows, CHAIN, '2025-07-01').policy.dibao.urbanStandard).toBe(120000);
  });

  it('on the same date, the highest version wins whatever the row order', () => {
    const a = row('4201', 'orphan.standard', '2025-01-01', 150000, 2);
    const b = row('4201', 'orphan.standard', '2025-01-01', 170000, 3);
    for (const rows of [cityAnd(a, b), cityAnd(b, a)]) {
      const resolved = resolvePolicy(rows, CHAIN, '2025-06-15');
      expect(resolved.policy.orphan.standard).toBe(170000);
      expect(resolved.sources['orphan.standard'].version).toBe(3);
    }
  });

  it('ignores areas outside the chain and keys it does not know', () => {
    const rows = cityAnd(row('420103', 'dibao.urbanStandard', '2025-01-01', 1), row('4201', 'dibao.carLimit', '2025-01-01', 1));
    expect(resolvePolicy(rows, CHAIN, '2025-06-15').policy).toEqual(demoPolicy);
  });

  it('names every missing key', () => {
    const rows = policyToRows(demoPolicy, '4201', '2024-01-01').filter(
      (r) => r.key !== 'orphan.standard' && r.key !== 'tekun.care',
    );
    const error = (() => {
      try {
        resolvePolicy(rows, CHAIN, '2025-06-15');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PolicyIncompleteError);
    expect(error).toMatchObject({ kind: 'unprocessable', code: 'policy_incomplete', missing: ['tekun.care', 'orphan.standard'] });
    expect(() => resolvePolicy(cityAnd(), CHAIN, '2023-12-31')).toThrow(PolicyIncompleteError);
    expect(() => resolvePolicy([], CHAIN, '2025-06-15')).toThrow(expect.objectContaining({ missing: POLICY_KEYS.filter((k) => nationalDefault(k) === null) }));
  });

  it('takes the national value of a later setting no area has set, and says so', () => {
    const rows = policyToRows(demoPolicy, '4201', '2024-01-01').filter((r) => !r.key.startsWith('cases.'));
    const { policy, sources } = resolvePolicy([...rows, row('420102', 'cases.decisionWorkingDays', '2025-01-01', 20)], CHAIN, '2025-06-15');
    expect(policy.cases.decisionWorkingDays).toBe(20);
    expect(sources['cases.decisionWorkingDays'].areaCode).toBe('420102');
    expect(policy.cases.extendedWorkingDays).toBe(45);
    expect(sources['cases.extendedWorkingDays']).toEqual(NATIONAL_SOURCE);
  });

  it('refuses a stored value that is not valid for its key, naming it', () => {
    const rows = cityAnd(row('420102', 'tekun.multiplier', '2025-01-01', 'x1.3', 4));
    expect(() => resolvePolicy(rows, CHAIN, '2025-06-15')).toThrow(
      expect.objectContaining({ code: 'policy_value_invalid', field: 'tekun.multiplier', params: { areaCode: '420102', effectiveFrom: '2025-01-01', version: 4 } }),
    );
    expect(() => resolvePolicy(rows, CHAIN, '2025-06-15')).toThrow(DomainError);
  });
});

describe('policyRowSchema', () => {
  it('checks the value against its key', () => {
    expect(policyRowSchema.safeParse(row('420102', 'tekun.multiplier', '2025-01-01', '1.3')).success).toBe(true);
    const bad = policyRowSchema.safeParse(row('420102', 'elderly.tiers', '2025-01-01', [{ minAge: 80 }]));
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['value.0.amount']);
    expect(policyRowSchema.safeParse(row('420102', 'dibao.carLimit', '2025-01-01', 1)).success).toBe(false);
    expect(policyRowSchema.safeParse(row('4201020', 'orphan.standard', '2025-01-01', 1)).success).toBe(false);
  });
});

describe('policy version labels', () => {
  const sources = resolvePolicy(cityAnd(row('420102', 'orphan.standard', '2025-03-01', 170000)), CHAIN, '2025-06-15').sources;

  it('shows the newest effective date and a fingerprint of every source', () => {
    expect(policyVersionLabel(sources)).toMatch(/^2025-03-01\/[0-9a-f]{8}$/);
  });

  it('is the same for the same rows on any date, and differs when a row differs', () => {
    const rows = cityAnd(row('420102', 'orphan.standard', '2025-03-01', 170000));
    expect(policyVersionLabel(resolvePolicy(rows, CHAIN, '2025-12-31').sources)).toBe(policyVersionLabel(sources));
    const corrected = [...rows, row('420102', 'orphan.standard', '2025-03-01', 171000, 2)];
    expect(policyVersionLabel(resolvePolicy(corrected, CHAIN, '2025-06-15').sources)).not.toBe(policyVersionLabel(sources));
  });

  it('labels an inline policy by its content', () => {
    expect(inlinePolicyVersionLabel(demoPolicy)).toMatch(/^inline\/[0-9a-f]{8}$/);
    expect(inlinePolicyVersionLabel(structuredClone(demoPolicy))).toBe(inlinePolicyVersionLabel(demoPolicy));
    const raised = { ...demoPolicy, dibao: { ...demoPolicy.dibao, urbanStandard: 108000 } };
    expect(inlinePolicyVersionLabel(raised)).not.toBe(inlinePolicyVersionLabel(demoPolicy));
  });
});
