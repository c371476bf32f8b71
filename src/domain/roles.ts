/** The six roles of DOMAIN.md §1. */
export const ROLES = [
  'admin',
  'county_approver',
  'street_reviewer',
  'community_worker',
  'verifier',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(s: string): s is Role {
  return (ROLES as readonly string[]).includes(s);
}

/** What a role may do, as flags that services and the UI both check. */
export interface Permissions {
  manageUsers: boolean;
  readAudit: boolean;
  /**
   * 一户一档: create and edit households and persons, upload documents, import, register staff
   * relatives. The community, street and county keep the registry; the administrator runs users
   * and settings, the verification centre matches records, the auditor oversees (DOMAIN.md §1).
   */
  editRegistry: boolean;
  /**
   * Take part in the case workflow: apply, record investigations, verification reports, review
   * meetings and objections. Which step each role may take is the workflow's (domain/cases).
   */
  workCases: boolean;
  editPolicies: boolean;
  /** See a resident's full ID number (each reveal is audited). */
  revealIdNumbers: boolean;
  /** Diagnoses and mental-health details, the most sensitive part of a file (DOMAIN.md §7). */
  viewHealth: boolean;
}

export function permissionsOf(role: Role): Permissions {
  switch (role) {
    // The system administrator runs users and settings, not residents' files.
    case 'admin':
      return { manageUsers: true, readAudit: true, editRegistry: false, workCases: false, editPolicies: true, revealIdNumbers: false, viewHealth: false };
    case 'county_approver':
      return { manageUsers: false, readAudit: false, editRegistry: true, workCases: true, editPolicies: true, revealIdNumbers: true, viewHealth: true };
    case 'street_reviewer':
    case 'community_worker':
      return { manageUsers: false, readAudit: false, editRegistry: true, workCases: true, editPolicies: false, revealIdNumbers: true, viewHealth: true };
    // The verification centre matches income and assets against the file; it neither edits the
    // file nor needs diagnoses.
    case 'verifier':
      return { manageUsers: false, readAudit: false, editRegistry: false, workCases: true, editPolicies: false, revealIdNumbers: true, viewHealth: false };
    case 'auditor':
      return { manageUsers: false, readAudit: true, editRegistry: false, workCases: false, editPolicies: false, revealIdNumbers: true, viewHealth: true };
  }
}

/** Lowest area level at which each role can sensibly be placed. */
export const ROLE_AREA_LEVELS: Record<Role, readonly string[]> = {
  admin: ['province', 'city', 'district', 'street', 'community'],
  county_approver: ['province', 'city', 'district'],
  street_reviewer: ['street'],
  community_worker: ['community'],
  verifier: ['province', 'city', 'district'],
  auditor: ['province', 'city', 'district', 'street', 'community'],
};
