import { describe, expect, it } from 'vitest';
import { assetLimit, evaluateHousehold, type HouseholdDeclaration, type MatchedRecord } from './rules.ts';

const TODAY = '2026-03-02';
const HEAD = '420102195505050011';
const SPOUSE = '420102195707070022';

function household(overrides: Partial<HouseholdDeclaration> = {}): HouseholdDeclaration {
  return {
    householdId: 1,
    members: [
      { personId: 10, idNumber: HEAD, name: '钱建国', monthlyIncome: { pension: 50000 } },
      { personId: 11, idNumber: SPOUSE, name: '吴秀兰', monthlyIncome: {} },
    ],
    financialAssets: 0,
    houses: 1,
    exemptVehicles: [],
    ...overrides,
  };
}
let seq = 0;
function rec(r: Partial<MatchedRecord> & Pick<MatchedRecord, 'sourceId' | 'kind'>): MatchedRecord {
  seq += 1;
  return { id: seq, recordKey: `k${seq}`, idNumber: HEAD, eventDate: null, endDate: null, amount: null, item: null, exempt: false, ...r };
}
const LIMITS = { assetLimit: assetLimit(104000, 24, 2), maxHouses: 1 };
const rulesOf = (records: MatchedRecord[], h = household()) => evaluateHousehold(h, LIMITS, records, TODAY).map((f) => f.rule);

describe('matching rules: each fires on a planted record and not on its near miss', () => {
  it.each<[string, MatchedRecord[], (string | null)[], HouseholdDeclaration?]>([
    ['a death (公安)', [rec({ sourceId: 'public_security', kind: 'death', eventDate: '2026-01-05' })], ['death']],
    ['a cremation (殡葬)', [rec({ sourceId: 'funeral', kind: 'cremation', eventDate: '2026-01-08' })], ['death']],
    ['a move out is only information', [rec({ sourceId: 'public_security', kind: 'move_out', eventDate: '2026-01-08' })], [null]],
    ['a prison term being served', [rec({ sourceId: 'prison', kind: 'imprisonment', eventDate: '2025-05-01', endDate: '2027-04-30' })], ['imprisonment']],
    ['a prison term with no end date yet', [rec({ sourceId: 'prison', kind: 'imprisonment', eventDate: '2025-05-01' })], ['imprisonment']],
    ['near miss: a prisoner released before today', [rec({ sourceId: 'prison', kind: 'imprisonment', eventDate: '2020-01-01', endDate: '2026-03-01' })], [null]],
    ['a non-exempt vehicle', [rec({ sourceId: 'vehicles', kind: 'vehicle', item: '鄂A12345', amount: 8_500_000 })], ['vehicle_not_exempt']],
    ['near miss: a vehicle the source marks exempt', [rec({ sourceId: 'vehicles', kind: 'vehicle', item: '鄂A12345', amount: 3_200_000, exempt: true })], [null]],
    [
      'near miss: a vehicle the household declared exempt (same plate)',
      [rec({ sourceId: 'vehicles', kind: 'vehicle', item: '鄂A 12345', amount: 3_200_000 })],
      [null],
      household({ exemptVehicles: ['残疾人代步车 鄂A12345'] }),
    ],
    ['an active business', [rec({ sourceId: 'business', kind: 'business', item: '某商贸有限公司' })], ['business_registration']],
    ['near miss: a cancelled business', [rec({ sourceId: 'business', kind: 'business_closed', item: '某便利店' })], [null]],
    ['an undeclared pension', [rec({ sourceId: 'social_insurance', kind: 'pension', amount: 230000 })], ['undeclared_pension']],
    ['near miss: a pension as declared', [rec({ sourceId: 'social_insurance', kind: 'pension', amount: 50000 })], [null]],
    ['an undeclared wage', [rec({ sourceId: 'social_insurance', kind: 'wage', idNumber: SPOUSE, amount: 350000 })], ['undeclared_wage']],
    ['financial assets one fen above the limit', [rec({ sourceId: 'bank', kind: 'deposit', amount: LIMITS.assetLimit - 100 }), rec({ sourceId: 'bank', kind: 'wealth', idNumber: SPOUSE, amount: 101 })], ['assets_above_limit', null]],
    ['near miss: financial assets exactly at the limit', [rec({ sourceId: 'bank', kind: 'deposit', amount: LIMITS.assetLimit - 100 }), rec({ sourceId: 'bank', kind: 'wealth', idNumber: SPOUSE, amount: 100 })], [null, null]],
    ['two houses where one is allowed', [rec({ sourceId: 'real_estate', kind: 'house', item: 'A' }), rec({ sourceId: 'real_estate', kind: 'house', item: 'B' })], ['houses_above_limit', null]],
    ['near miss: one house', [rec({ sourceId: 'real_estate', kind: 'house', item: 'A' })], [null]],
    ['a housing-fund account is only information', [rec({ sourceId: 'housing_fund', kind: 'housing_fund', amount: 86000 })], [null]],
    ['a record of someone outside the household yields nothing', [rec({ sourceId: 'public_security', kind: 'death', idNumber: '420102199001010000' })], []],
  ])('%s', (_label, records, expected, h) => {
    expect(rulesOf(records, h)).toEqual(expected);
  });

  it('puts the declared value beside the matched one', () => {
    const [f] = evaluateHousehold(household(), LIMITS, [rec({ sourceId: 'social_insurance', kind: 'pension', amount: 230000 })], TODAY);
    expect(f).toMatchObject({ personId: 10, declared: '养老金 每月 500.00 元', matched: '养老金 每月 2,300.00 元', breaksRule: true });
  });

  it('computes the asset limit as months × standard × members', () => {
    expect(assetLimit(104000, 24, 2)).toBe(4_992_000);
  });
});
