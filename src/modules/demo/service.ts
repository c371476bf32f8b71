import { seedDemoDiscovery } from './discovery.ts';
import { todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import type { Role } from '../../domain/roles.ts';
import { importDistrict } from '../areas/service.ts';
import { countUsers, createUser } from '../auth/service.ts';
import { demoPolicy } from '../../domain/policy.ts';
import { seedPolicy } from '../policies/service.ts';
import { fillDemoDistrict } from './bulk-fill.ts';
import { payDemoHistory } from './payroll-history.ts';
import { seedDemoSources } from './sources.ts';
import { demoAfterEnrolment } from './after-enrolment.ts';

/** 江岸区, 武汉市: the district our source documents come from. */
export const DEMO_DISTRICT = '420102';
/** 二七街道 and its 操场社区. */
export const DEMO_STREET = '420102010';
export const DEMO_COMMUNITY = '420102010001';
export { DEMO_PASSWORD } from '../../domain/auth/password-policy.ts';
import { seedComplaintChannels } from '../complaints/service.ts';
import { seedCommunityWork } from './community.ts';
import { seedWelfareRegisters } from './welfare.ts';
import { seedVeteransDemo } from './veterans.ts';
import { seedElderlyDemo } from '../elderly/service.ts';
import { seedDemoCare } from './care.ts';
import { DEMO_PASSWORD } from '../../domain/auth/password-policy.ts';

export const DEMO_USERS: { username: string; displayName: string; role: Role; areaCode: string }[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', areaCode: DEMO_DISTRICT },
  { username: 'county', displayName: '刘芳', role: 'county_approver', areaCode: DEMO_DISTRICT },
  // 区民政局社会救助科经办: prepares the district's payrolls, which `county` approves (不相容岗位分离).
  { username: 'clerk', displayName: '孙伟', role: 'county_approver', areaCode: DEMO_DISTRICT },
  { username: 'street', displayName: '陈静', role: 'street_reviewer', areaCode: DEMO_STREET },
  { username: 'community', displayName: '张丽', role: 'community_worker', areaCode: DEMO_COMMUNITY },
  { username: 'verifier', displayName: '周涛', role: 'verifier', areaCode: DEMO_DISTRICT },
  { username: 'auditor', displayName: '赵敏', role: 'auditor', areaCode: DEMO_DISTRICT },
];

/** 监督渠道 of the demo district: illustrative, editable by admin/county like any area's (issue 17). */
export const DEMO_COMPLAINT_CHANNELS = ['民政服务热线：12345', '江岸区民政局监督电话：027-82811234（示例）', '来信：江岸区民政局社会救助科', '网上：武汉市民政局门户网站“局长信箱”'];

/**
 * Fills an empty database with the demo district and its users, and with `households`
 * synthetic households (bulk-filled; every fifth in the demo users' own community) with their
 * enrolments, case history and 12 months of approved payrolls, then deaths, a finished review
 * campaign with its exits and gradual exits, and reviews under way (after-enrolment.ts). Does nothing when users
 * already exist, so restarting never duplicates or resets anything.
 */
export async function seedDemoIfEmpty(deps: Deps, opts: { households?: number; seed?: number } = {}): Promise<{ seeded: boolean }> {
  if ((await countUsers(deps)) > 0) return { seeded: false };
  await importDistrict(deps, null, DEMO_DISTRICT);
  // Asking for the demo (`npm start`'s demo, or `minzheng demo` on any database) is asking for its
  // public password: the production refusal of it does not apply here.
  const demoDeps = { ...deps, config: { ...deps.config, demo: true } };
  for (const u of DEMO_USERS) await createUser(demoDeps, null, { ...u, password: DEMO_PASSWORD });
  await seedPolicy(deps, null, demoPolicy, DEMO_DISTRICT, '2025-01-01');
  await seedComplaintChannels(deps, DEMO_DISTRICT, DEMO_COMPLAINT_CHANNELS);
  if (opts.households) {
    await fillDemoDistrict(deps, { households: opts.households, seed: opts.seed ?? 20260101, areaCode: DEMO_DISTRICT, focusCommunity: DEMO_COMMUNITY });
    await payDemoHistory(deps, { areaCode: DEMO_DISTRICT });
    await seedWelfareRegisters(deps, { areaCode: DEMO_DISTRICT, community: DEMO_COMMUNITY, today: todayInChina(deps.clock) });
    await seedCommunityWork(deps, { community: DEMO_COMMUNITY, today: todayInChina(deps.clock) });
    await seedVeteransDemo(deps, { community: DEMO_COMMUNITY, today: todayInChina(deps.clock) });
    await seedDemoSources(deps, DEMO_COMMUNITY);
    await demoAfterEnrolment(deps, { street: DEMO_STREET, community: DEMO_COMMUNITY });
    await seedElderlyDemo(deps, { community: DEMO_COMMUNITY, today: todayInChina(deps.clock) });
    await seedDemoDiscovery(deps, DEMO_COMMUNITY);
    await seedDemoCare(deps, { areaCode: DEMO_DISTRICT, community: DEMO_COMMUNITY });
  }
  return { seeded: true };
}
