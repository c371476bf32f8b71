import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { actorForUsername } from '../auth/service.ts';
import { getCampaign, listDue } from '../reviews/service.ts';
import { demoAfterEnrolment, type AfterEnrolmentResult } from './after-enrolment.ts';
import { fillDemoDistrict } from './bulk-fill.ts';
import { DEMO_COMMUNITY, DEMO_DISTRICT, DEMO_STREET } from './service.ts';

describe.each(dialects)('the demo after enrolment (%s)', (dialect) => {
  let t: TestApp & { close(): Promise<void> };
  let result: AfterEnrolmentResult;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { now: '2026-11-16T02:00:00.000Z' });
    await fillDemoDistrict(t.deps, { households: 1200, seed: 7, areaCode: DEMO_DISTRICT, focusCommunity: DEMO_COMMUNITY });
    result = await demoAfterEnrolment(t.deps, { street: DEMO_STREET, community: DEMO_COMMUNITY });
  }, 240_000);
  afterAll(async () => t?.close());

  it('records deaths that stop or lower the benefits of the dead', async () => {
    expect(result.deaths).toBeGreaterThan(0);
    const dead = await t.deps.db.selectFrom('persons').select('id').where('life_status', '=', 'deceased').execute();
    expect(dead.length).toBe(result.deaths);
    const changes = await t.deps.db.selectFrom('enrolment_changes').select('reason_code').where('reason_code', 'in', ['member_died', 'death']).execute();
    expect(changes.length).toBeGreaterThan(0);
  });

  it('finishes a campaign whose summary counts its exits and gradual exits', async () => {
    expect(result.campaignId).not.toBeNull();
    expect(result.campaignReviews).toBeGreaterThan(3);
    const county = await actorForUsername(t.deps, 'county');
    const c = await getCampaign(t.deps, county, result.campaignId!);
    expect(c.summary.rechecked).toBe(c.summary.total);
    expect(c.summary.exited).toBe(result.exits);
    expect(c.summary.gradualExits).toBe(result.gradualExits);
    expect(result.gradualExits).toBeGreaterThan(0);
    const gradual = await t.deps.db.selectFrom('enrolments').select('id').where('gradual_exit_until', 'is not', null).execute();
    expect(gradual.length).toBe(result.gradualExits);
  });

  it('leaves reviews under way and others overdue in the district', async () => {
    expect(result.openReviews).toBeGreaterThan(0);
    const county = await actorForUsername(t.deps, 'county');
    const due = await listDue(t.deps, county, { page: 1, pageSize: 20 });
    expect(due.items.some((i) => i.overdue)).toBe(true);
  });
});
