import type { Deps } from '../../deps.ts';
import type { Role } from '../../domain/roles.ts';
import { todayInChina } from '../../clock.ts';
import { childAreasOf, importDistrict } from '../areas/service.ts';
import { actorForUsername, countUsers, createUser } from '../auth/service.ts';
import { demoPolicy } from '../../domain/policy.ts';
import { seedPolicy } from '../policies/service.ts';
import { createHouseholdIn } from '../registry/service.ts';
import { seededRandom, syntheticHousehold } from './population.ts';

/** 江岸区, 武汉市: the district our source documents come from. */
export const DEMO_DISTRICT = '420102';
/** 二七街道 and its 操场社区. */
export const DEMO_STREET = '420102010';
export const DEMO_COMMUNITY = '420102010001';
export const DEMO_PASSWORD = 'minzheng-demo';

export const DEMO_USERS: { username: string; displayName: string; role: Role; areaCode: string }[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', areaCode: DEMO_DISTRICT },
  { username: 'county', displayName: '刘芳', role: 'county_approver', areaCode: DEMO_DISTRICT },
  { username: 'street', displayName: '陈静', role: 'street_reviewer', areaCode: DEMO_STREET },
  { username: 'community', displayName: '张丽', role: 'community_worker', areaCode: DEMO_COMMUNITY },
  { username: 'verifier', displayName: '周涛', role: 'verifier', areaCode: DEMO_DISTRICT },
  { username: 'auditor', displayName: '赵敏', role: 'auditor', areaCode: DEMO_DISTRICT },
];

/**
 * Fills an empty database with the demo district and its users. Does nothing when users
 * already exist, so restarting never duplicates or resets anything.
 */
export async function seedDemoIfEmpty(deps: Deps, opts: { households?: number; seed?: number } = {}): Promise<{ seeded: boolean }> {
  if ((await countUsers(deps)) > 0) return { seeded: false };
  await importDistrict(deps, null, DEMO_DISTRICT);
  for (const u of DEMO_USERS) await createUser(deps, null, { ...u, password: DEMO_PASSWORD });
  await seedPolicy(deps, null, demoPolicy, DEMO_DISTRICT, '2025-01-01');
  if (opts.households) await seedDemoHouseholds(deps, opts.households, opts.seed ?? 20260101);
  return { seeded: true };
}

/**
 * Registers synthetic households through the registry service (rules and audit apply),
 * spread over the district's communities; the demo community always gets a share.
 */
export async function seedDemoHouseholds(deps: Deps, count: number, seed: number): Promise<void> {
  const actor = await actorForUsername(deps, 'admin');
  const communities = (await childAreasOf(deps.db, DEMO_DISTRICT, 'community')).map((a) => ({ code: a.code, urbanRural: a.urbanRural ?? 'urban' }));
  const rand = seededRandom(seed);
  const used = new Set<string>();
  const opts = { seed, today: todayInChina(deps.clock), idAreaCode: DEMO_DISTRICT, communities };
  const home = communities.filter((c) => c.code === DEMO_COMMUNITY);
  for (let i = 0; i < count; i++) {
    const input = syntheticHousehold(rand, i % 5 === 0 ? { ...opts, communities: home } : opts, used);
    await deps.db.transaction().execute((trx) => createHouseholdIn(trx, deps, actor, input));
  }
}
