import { fixedClock, todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { addCalendarDays, addMonths, monthOf } from '../../domain/calendar.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorForUsername } from '../auth/service.ts';
import { careGroupMembers, insertVisitRecords } from '../care-visits/service.ts';
import { createDrive, recordBulkDeliveries } from '../condolences/service.ts';
import { createProvider, createService, placeOrder, runMonthlyCredits } from '../home-care/service.ts';
import { countHouseholds, walletHolders } from './queries.ts';

export interface DemoCareResult {
  driveId: number | null;
  delivered: number;
  visits: number;
  creditMonths: number;
  orders: number;
  ms: number;
}

const HEALTH = ['身体状况良好，能自理', '血压偏高，按时服药', '腿脚不便，行动需搀扶', '慢性病稳定，定期复查', '近期感冒已痊愈'];
const LIVING = ['居住安全，水电正常', '屋内整洁，冬季取暖正常', '独自居住，邻里照应', '房屋老旧，已提醒用电安全'];
const NEEDS = [null, null, '希望有人帮助买菜', '需要上门理发', null, '希望助浴服务'];

/** The year the demo's Spring Festival drive belongs to: this year's once its deliveries are done (by 10 February), else last year's. */
export function springFestivalYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return today >= `${year}-02-10` ? year : year - 1;
}

/**
 * 走访慰问、探访关爱、居家养老 in the demo district (issue 21 point 6), written by the services as
 * the bureau and the community would (their clocks set to the day), except the year of visits,
 * which is written in bulk like recordVisit writes it:
 * - a Spring Festival drive over dibao and tekun households and the 80+ living alone, mostly
 *   delivered in the first days of February (a scanned sign-off sheet each), a ninth still pending;
 * - two providers and a priced catalogue (助餐、助洁、助浴、助医);
 * - a year of monthly wallet credits for the district and an order a month for two dozen elderly;
 * - a year of care visits for everyone in a care group, at their interval; some stopped a while
 *   ago (overdue now) and a few never visited.
 * Needs the demo `county` and `community` users; otherwise does nothing.
 */
export async function seedDemoCare(deps: Deps, o: { areaCode: string; community: string }): Promise<DemoCareResult> {
  const started = performance.now();
  let county;
  let community;
  try {
    county = await actorForUsername(deps, 'county');
    community = await actorForUsername(deps, 'community');
  } catch (e) {
    if (e instanceof DomainError) return { driveId: null, delivered: 0, visits: 0, creditMonths: 0, orders: 0, ms: 0 };
    throw e;
  }
  const today = todayInChina(deps.clock);
  // 10:00 in China on that day.
  const on = (date: string) => ({ ...deps, clock: fixedClock(`${date}T02:00:00.000Z`) });

  // Spring Festival drive.
  const sf = springFestivalYear(today);
  const households = await countHouseholds(deps.db);
  const drive = await createDrive(on(`${sf}-01-20`), county, {
    areaCode: o.areaCode,
    name: `${sf}年春节走访慰问`,
    occasion: 'spring_festival',
    asOf: `${sf}-01-20`,
    budget: Math.min(households * 80000, 10_000_000_000),
    fundingSource: '区级财政慰问资金、区慈善会募集',
    coverage: [{ programs: ['dibao', 'tekun'] }, { minAge: 80, flags: ['solitary_elderly'] }],
    cashBasis: 'household',
    cashAmount: 50000,
    goods: [
      { name: '大米', unit: '袋', unitPrice: 6000, perHousehold: 1, stock: households },
      { name: '食用油', unit: '桶', unitPrice: 7500, perHousehold: 1, stock: households },
      { name: '棉被', unit: '床', unitPrice: 15000, perHousehold: 1, stock: households },
    ],
  });
  const dates = Array.from({ length: 8 }, (_, i) => `${sf}-02-0${i + 1}`);
  const delivered = await recordBulkDeliveries(on(`${sf}-02-09`), county, drive.id, dates);

  // Providers and the catalogue.
  const start = addCalendarDays(today, -380);
  const center = await createProvider(on(start), county, { areaCode: o.areaCode, name: '江岸区幸福里居家养老服务中心', phone: '027-82801234' });
  const canteen = await createProvider(on(start), county, { areaCode: o.areaCode, name: '二七街道长者食堂', phone: '027-82805678' });
  const items = [
    { code: 'meal_help', name: '助餐', unit: '次', price: 1500, providerId: canteen.id },
    { code: 'clean_help', name: '助洁', unit: '次', price: 4000, providerId: center.id },
    { code: 'bath_help', name: '助浴', unit: '次', price: 5000, providerId: center.id },
    { code: 'medical_help', name: '助医', unit: '次', price: 3000, providerId: center.id },
  ];
  for (const s of items) await createService(on(start), county, s);

  // A year of wallet credits (the policy applies from 2025), then an order a month for some.
  const current = monthOf(today);
  const months = Array.from({ length: 13 }, (_, i) => addMonths(current, i - 12)).filter((m) => m >= '2025-01');
  // Each month is credited before its orders, so an order spends only credits of its month or before.
  let holders: Awaited<ReturnType<typeof walletHolders>> | null = null;
  let orders = 0;
  for (const [k, m] of months.entries()) {
    await runMonthlyCredits(on(`${m}-01`), county, { areaCode: o.areaCode, month: m });
    holders ??= await walletHolders(deps.db, o.areaCode, o.community, 24);
    for (const [i, h] of holders.entries()) {
      const day = `${m}-${String(10 + ((i + k) % 15)).padStart(2, '0')}`;
      if (day > today) continue;
      const actor = isWithinArea(community.areaCode, h.areaCode) ? community : county;
      const basket = [{ serviceCode: 'meal_help', quantity: 6 + ((i + k) % 5) }, ...(k % 3 === i % 3 ? [{ serviceCode: i % 2 ? 'bath_help' : 'clean_help', quantity: 1 }] : [])];
      try {
        await placeOrder(on(day), actor, { personId: h.personId, items: basket });
        orders++;
      } catch (e) {
        // A wallet short that month (a partial tier with a big basket) simply skips it.
        if (!(e instanceof DomainError)) throw e;
      }
    }
  }

  // A year of care visits.
  // A large demo (`minzheng demo --households`) gets its year of visits in the demo street only.
  const members = await careGroupMembers(deps, households > 5000 ? o.community.slice(0, 9) : o.areaCode, today);
  const rows: Parameters<typeof insertVisitRecords>[1] = [];
  const yearAgo = addCalendarDays(today, -365);
  for (const [i, m] of members.entries()) {
    if (i % 20 === 7) continue; // never visited yet: due now
    const visitor = isWithinArea(community.areaCode, m.areaCode) ? community.userId : county.userId;
    // Most were visited within their interval; every seventh stopped being visited 40–90 days ago.
    let d = i % 7 === 3 ? addCalendarDays(today, -(m.intervalDays + 10 + (i % 50))) : addCalendarDays(today, -(1 + (i % Math.max(1, m.intervalDays - 3))));
    for (let j = 0; d >= yearAgo; j++) {
      const needs = NEEDS[(i + j) % NEEDS.length] ?? null;
      rows.push({
        person_id: m.personId,
        household_id: m.householdId,
        area_code: m.areaCode,
        visited_on: d,
        groups: m.groups.join(','),
        health: HEALTH[(i + j) % HEALTH.length]!,
        living_conditions: LIVING[(i * 3 + j) % LIVING.length]!,
        needs,
        referrals: JSON.stringify(needs && needs.includes('助浴') ? [{ kind: 'service', note: '转介助浴服务' }] : []),
        photo_refs: '[]',
        visitor_id: visitor,
        created_at: `${d}T03:00:00.000Z`,
      });
      d = addCalendarDays(d, -(m.intervalDays - ((i + j) % 4)));
    }
  }
  await insertVisitRecords(deps, rows);
  return { driveId: drive.id, delivered, visits: rows.length, creditMonths: months.length, orders, ms: Math.round(performance.now() - started) };
}
