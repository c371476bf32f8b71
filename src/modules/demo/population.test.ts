import { describe, expect, it } from 'vitest';
import { DISABILITY_CATEGORIES } from '../../domain/household.ts';
import { parseIdNumber } from '../../domain/id-number.ts';
import { demoPolicy } from '../../domain/policy.ts';
import type { NewHousehold } from '../registry/schema.ts';
import { DEMO_ASSET_MONTHS, DEMO_STANDARDS, seededRandom, syntheticHousehold } from './population.ts';

const today = '2026-03-02';
const communities = Array.from({ length: 40 }, (_, i) => ({ code: `420102${String(100001 + i)}`, urbanRural: i === 0 ? ('rural' as const) : ('urban' as const) }));

function population(count: number, seed: number): NewHousehold[] {
  const rand = seededRandom(seed);
  const used = new Set<string>();
  return Array.from({ length: count }, () => syntheticHousehold(rand, { seed, today, communities, idAreaCode: '420102' }, used));
}

/**
 * A rough dibao means test (DOMAIN.md §4) over the demo policy: counted incomes less social
 * insurance and the work-cost allowance, per member, against the standard; deposits within
 * the asset limit, no non-exempt vehicle, at most one house.
 */
function perCapitaAndAssets(h: NewHousehold) {
  const d = demoPolicy.dibao;
  const excluded = new Set<string>(d.excludedIncomeTypes);
  const n = h.members.length;
  const counted = h.incomes.filter((i) => !excluded.has(i.type)).reduce((s, i) => s + i.monthly, 0);
  const workCost = h.incomes.filter((i) => i.type === 'wage').reduce((s, i) => s + Math.min(Math.round(i.monthly * Number(d.workCostShare)), d.workCostCap), 0);
  const income = counted - h.deductions.reduce((s, x) => s + x.monthly, 0) - workCost;
  const standard = h.urbanRural === 'urban' ? d.urbanStandard : d.ruralStandard;
  const financial = h.assets.filter((a) => a.type === 'deposit' || a.type === 'securities').reduce((s, a) => s + a.value, 0);
  const assetsOk =
    financial <= d.assetMonths * standard * n &&
    !h.assets.some((a) => a.type === 'vehicle' && !a.exempt) &&
    h.assets.filter((a) => a.type === 'house').length <= d.maxHouses;
  return { ratio: Math.floor(income / n) / standard, assetsOk };
}

describe('the synthetic population', () => {
  const households = population(20_000, 20260101);
  const persons = households.flatMap((h) => h.members);

  it('is calibrated against the demo policy it will be calculated with', () => {
    expect(DEMO_STANDARDS).toEqual({ urban: demoPolicy.dibao.urbanStandard, rural: demoPolicy.dibao.ruralStandard });
    expect(DEMO_ASSET_MONTHS).toBe(demoPolicy.dibao.assetMonths);
  });

  it('puts 3–5% of households under the dibao line, small ones, and some just above it', () => {
    const tested = households.map((h) => ({ h, ...perCapitaAndAssets(h) }));
    const eligible = tested.filter((t) => t.ratio < 1 && t.assetsOk);
    const edge = tested.filter((t) => t.ratio >= 1 && t.ratio < Number(demoPolicy.dibao.edgeMultiplier));
    expect(eligible.length / households.length).toBeGreaterThanOrEqual(0.03);
    expect(eligible.length / households.length).toBeLessThanOrEqual(0.05);
    const size = eligible.reduce((s, t) => s + t.h.members.length, 0) / eligible.length;
    expect(size).toBeGreaterThan(1.55);
    expect(size).toBeLessThan(1.85);
    expect(edge.length / households.length).toBeGreaterThan(0.02);
    expect(edge.length / households.length).toBeLessThan(0.05);
  });

  it('has urban household sizes, about 6% disabled persons of every category and grade, elderly alone and a few orphans', () => {
    expect(persons.length / households.length).toBeGreaterThan(2.2);
    expect(persons.length / households.length).toBeLessThan(2.6);
    const disabled = persons.filter((p) => p.disability);
    expect(disabled.length / persons.length).toBeGreaterThan(0.05);
    expect(disabled.length / persons.length).toBeLessThan(0.07);
    expect(new Set(disabled.map((p) => p.disability!.category))).toEqual(new Set(DISABILITY_CATEGORIES));
    expect(new Set(disabled.map((p) => p.disability!.grade))).toEqual(new Set([1, 2, 3, 4]));
    for (const p of disabled.slice(0, 200)) expect(p.disability!.certificate).toBe(`${p.idNumber}${DISABILITY_CATEGORIES.indexOf(p.disability!.category) + 1}${p.disability!.grade}`);
    expect(persons.filter((p) => p.health === 'serious').length).toBeGreaterThan(0);
    const alone = households.filter((h) => h.members.length === 1 && h.members[0]!.flags.includes('solitary_elderly'));
    expect(alone.length / households.length).toBeGreaterThan(0.05);
    const orphans = persons.filter((p) => p.flags.includes('orphan') || p.flags.includes('de_facto_orphan'));
    expect(orphans.length).toBeGreaterThan(10);
    expect(orphans.length / persons.length).toBeLessThan(0.005);
  });

  it('gives every person a valid, unique ID number, and every household one head', () => {
    expect(new Set(persons.map((p) => p.idNumber)).size).toBe(persons.length);
    for (const h of households) {
      for (const p of h.members) {
        const parsed = parseIdNumber(p.idNumber, today);
        expect(parsed.ok, p.idNumber).toBe(true);
        if (p.relation === 'spouse' && parsed.ok) expect(parsed.value.sex).toBe('female');
      }
      expect(h.members.filter((m) => m.relation === 'head')).toHaveLength(1);
    }
    // Most were born in the district; some moved in from elsewhere.
    const local = persons.filter((p) => p.idNumber.startsWith('420102')).length / persons.length;
    expect(local).toBeGreaterThan(0.85);
    expect(local).toBeLessThan(0.99);
  });

  it('is the same population for the same seed and another for another seed', () => {
    expect(population(200, 5)).toEqual(population(200, 5));
    expect(population(200, 6).map((h) => h.members[0]!.idNumber)).not.toEqual(population(200, 5).map((h) => h.members[0]!.idNumber));
  });
});
