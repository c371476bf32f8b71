import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { actorForUsername } from '../auth/service.ts';
import { householdOnRegister as householdRegisterGroup } from '../discovery/service.ts';
import { listEntitled, listLiaisons, listPlaques } from '../veterans/service.ts';
import { fillDemoDistrict } from './bulk-fill.ts';
import { seedCommunityWork } from './community.ts';
import { DEMO_COMMUNITY, DEMO_DISTRICT } from './service.ts';
import { seedVeteransDemo } from './veterans.ts';

describe.each(dialects)('the demo 优抚 and charity store (%s)', (dialect) => {
  let t: TestApp & { close(): Promise<void> };
  const today = '2026-11-16';
  beforeAll(async () => {
    t = await buildTestApp(dialect, { now: '2026-11-16T02:00:00.000Z' });
    await fillDemoDistrict(t.deps, { households: 400, seed: 7, areaCode: DEMO_DISTRICT, focusCommunity: DEMO_COMMUNITY });
    await seedCommunityWork(t.deps, { community: DEMO_COMMUNITY, today });
    await seedVeteransDemo(t.deps, { community: DEMO_COMMUNITY, today });
  }, 240_000);
  afterAll(async () => t?.close());

  it('registers six entitled persons of six groups, in six households, with their benefits in payment', async () => {
    const county = await actorForUsername(t.deps, 'county');
    const entitled = await listEntitled(t.deps, county, { page: 1, pageSize: 50 });
    expect(entitled.items.map((e) => e.group).sort()).toEqual(['conscript_family', 'demobilised', 'disabled_serviceman', 'ill_veteran', 'martyr_survivor', 'war_veteran']);
    expect(new Set(entitled.items.map((e) => e.householdId)).size).toBe(6);
    const enrolments = await t.deps.db.selectFrom('enrolments').select(['program', 'start_month', 'end_month']).where('program', 'like', '%veteran%').execute();
    const conscript = await t.deps.db.selectFrom('enrolments').select('program').where('program', '=', 'conscript_family_allowance').execute();
    // Five periodic lines and five Spring Festival one-offs (the conscript's family has its yearly allowance instead).
    expect(enrolments.filter((e) => e.program !== 'veteran_spring_festival')).toHaveLength(5);
    expect(enrolments.filter((e) => e.program === 'veteran_spring_festival').length).toBeGreaterThan(0);
    expect(conscript).toHaveLength(1);
    expect(enrolments.every((e) => e.start_month === '2026-08' && e.end_month === null)).toBe(true);
    const liaisons = await listLiaisons(t.deps, county, { page: 1, pageSize: 10 });
    expect(liaisons.items[0]).toMatchObject({ name: '周建军', recipients: 6 });
    expect((await listPlaques(t.deps, county, { page: 1, pageSize: 10 })).total).toBe(6);
    // Seeding again adds nothing.
    await seedVeteransDemo(t.deps, { community: DEMO_COMMUNITY, today });
    expect((await listEntitled(t.deps, county, { page: 1, pageSize: 50 })).total).toBe(6);
  });

  it('issues charity goods only to households on the low-income register', async () => {
    const issues = await t.deps.db.selectFrom('charity_movements as m').innerJoin('households as h', 'h.id', 'm.household_id').select(['m.household_id', 'm.occurred_on', 'h.area_code']).where('m.kind', '=', 'issue').execute();
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) expect(await householdRegisterGroup(t.deps.db, i.household_id!, i.area_code, i.occurred_on.slice(0, 7))).not.toBeNull();
  });
});
