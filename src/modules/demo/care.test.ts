import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { actorForUsername } from '../auth/service.ts';
import { careStatistics } from '../care-statistics/service.ts';
import { listDueVisits, visitCoverage } from '../care-visits/service.ts';
import { getDrive } from '../condolences/service.ts';
import { fillDemoDistrict } from './bulk-fill.ts';
import { seedDemoCare, springFestivalYear, type DemoCareResult } from './care.ts';
import { DEMO_COMMUNITY, DEMO_DISTRICT } from './service.ts';

describe('the demo Spring Festival year', () => {
  it('is this year once February\'s deliveries are done, else last year', () => {
    expect([springFestivalYear('2026-02-09'), springFestivalYear('2026-02-10'), springFestivalYear('2026-12-31'), springFestivalYear('2027-01-01')]).toEqual([2025, 2026, 2026, 2026]);
  });
});

describe.each(dialects)('the demo visits, condolences and home care (%s)', (dialect) => {
  let t: TestApp & { close(): Promise<void> };
  let result: DemoCareResult;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { now: '2026-11-16T02:00:00.000Z' });
    await fillDemoDistrict(t.deps, { households: 400, seed: 7, areaCode: DEMO_DISTRICT, focusCommunity: DEMO_COMMUNITY });
    result = await seedDemoCare(t.deps, { areaCode: DEMO_DISTRICT, community: DEMO_COMMUNITY });
  }, 240_000);
  afterAll(async () => t?.close());

  it('hands out the Spring Festival drive mostly, a few households still to visit', async () => {
    const county = await actorForUsername(t.deps, 'county');
    const drive = await getDrive(t.deps, county, result.driveId!);
    expect(drive).toMatchObject({ occasion: 'spring_festival', asOf: '2026-01-20' });
    expect(drive.delivered.households).toBe(result.delivered);
    expect(drive.delivered.households).toBeGreaterThan(drive.planned.households * 0.8);
    expect(drive.delivered.households).toBeLessThan(drive.planned.households);
    expect(drive.goods.map((g) => g.issued)).toEqual([result.delivered, result.delivered, result.delivered]);
    const lines = await t.deps.db.selectFrom('condolence_lines').select(['delivered_on', 'recipient_name', 'photo_ref']).where('status', '=', 'delivered').execute();
    expect(lines.every((l) => l.delivered_on! >= '2026-02-01' && l.delivered_on! <= '2026-02-08' && l.recipient_name && l.photo_ref)).toBe(true);
  });

  it('leaves a year of care visits with some overdue, and wallets credited and spent, never below zero', async () => {
    expect(result.visits).toBeGreaterThan(100);
    const county = await actorForUsername(t.deps, 'county');
    const due = await listDueVisits(t.deps, county, { page: 1, pageSize: 50 });
    expect(due.overdue).toBeGreaterThan(0);
    // Most are visited on time; the overdue ones are the coverage's overdue.
    const coverage = await visitCoverage(t.deps, county, {});
    expect(coverage.total.onTime).toBeGreaterThan(coverage.total.overdue);
    expect(coverage.total.overdue).toBe(due.overdue);
    const first = await t.deps.db.selectFrom('care_visits').select((eb) => eb.fn.min('visited_on').as('d')).executeTakeFirstOrThrow();
    expect(first.d! <= '2025-12-31').toBe(true);

    expect(result.creditMonths).toBe(13);
    expect(result.orders).toBeGreaterThan(0);
    const negative = await t.deps.db.selectFrom('wallet_credits').select('id').where('remaining', '<', 0).execute();
    expect(negative).toEqual([]);
    const stats = await careStatistics(t.deps, county, { from: '2025-11-01', to: '2026-11-16' });
    expect(stats.total.services.orders).toBe(result.orders);
    expect(stats.total.credits.amount).toBeGreaterThan(stats.total.services.amount);
    expect(stats.total.condolences.households).toBe(result.delivered);
    expect(stats.total.visits.visits).toBe(result.visits);
  });
});
