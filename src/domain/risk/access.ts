import type { Role } from '../roles.ts';

/**
 * Who does what with risk checks. The county bureau (and the administrator, who schedules the
 * nightly run) starts a run; the county and street work findings to an outcome; 纪检监察 reads
 * them. A community worker does not see them: a finding may be about her own cases.
 */
export function mayRunRiskChecks(role: Role): boolean {
  return role === 'county_approver' || role === 'admin';
}

export function mayReadRiskFindings(role: Role): boolean {
  return role === 'county_approver' || role === 'street_reviewer' || role === 'auditor' || role === 'admin';
}

export function mayWorkRiskFindings(role: Role): boolean {
  return role === 'county_approver' || role === 'street_reviewer';
}
