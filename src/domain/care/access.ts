import type { Role } from '../roles.ts';

/** Who works visits, condolences and home care (DOMAIN.md §1): the community, the street and the county. */
const WORKERS: readonly Role[] = ['county_approver', 'street_reviewer', 'community_worker'];

/** Record visits, deliveries and service orders. */
export function mayWorkCare(role: Role): boolean {
  return WORKERS.includes(role);
}

/** Read lists, ledgers and wallets: the workers and the auditor. */
export function mayReadCare(role: Role): boolean {
  return WORKERS.includes(role) || role === 'auditor';
}

/** Set up a condolence drive (budget and funding): the street or the county. */
export function mayPlanDrives(role: Role): boolean {
  return role === 'county_approver' || role === 'street_reviewer';
}

/** Run the monthly wallet credits, register providers and the catalogue: the county bureau. */
export function mayManageHomeCare(role: Role): boolean {
  return role === 'county_approver';
}
