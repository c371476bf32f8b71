import type { Role, User } from './api/types.ts';

/**
 * What the logged-in user may see and do, as flags that routes, menu items and buttons check
 * (Ant Design Pro's access.ts). They mirror the server's `permissionsOf` (src/domain/roles.ts),
 * which enforces the same rules: these only hide what would be refused.
 */
export interface Access {
  browseAreas: boolean;
  viewHouseholds: boolean;
  viewPolicies: boolean;
  manageUsers: boolean;
  readAudit: boolean;
  /** Auditors oversee; they never change case or registry data. */
  editHouseholds: boolean;
  editPolicies: boolean;
  /** 政策模拟: what a change of standard would do, before anyone decides it. */
  runSimulation: boolean;
  /** See a resident's full ID number (each reveal is audited). */
  revealIdNumbers: boolean;
  /** 待办 and 案件: the working roles (the auditor reads; the server lists what each may act on). */
  workCases: boolean;
  /** 申请救助: intake at the community or the street window (一门受理). */
  submitApplications: boolean;
  /** 近亲属备案: the register of staff relatives (auditors read it). */
  viewStaffRelatives: boolean;
}

export type AccessFlag = keyof Access;

const NONE: Access = {
  browseAreas: false,
  viewHouseholds: false,
  viewPolicies: false,
  manageUsers: false,
  readAudit: false,
  editHouseholds: false,
  editPolicies: false,
  runSimulation: false,
  revealIdNumbers: false,
  workCases: false,
  submitApplications: false,
  viewStaffRelatives: false,
};

const READ_ALL = { browseAreas: true, viewHouseholds: true, viewPolicies: true } as const;

const BY_ROLE: Record<Role, Access> = {
  admin: { ...READ_ALL, manageUsers: true, readAudit: true, editHouseholds: true, editPolicies: true, runSimulation: true, revealIdNumbers: false, workCases: false, submitApplications: false, viewStaffRelatives: false },
  county_approver: { ...READ_ALL, manageUsers: false, readAudit: false, editHouseholds: true, editPolicies: true, runSimulation: true, revealIdNumbers: true, workCases: true, submitApplications: false, viewStaffRelatives: true },
  street_reviewer: { ...READ_ALL, manageUsers: false, readAudit: false, editHouseholds: true, editPolicies: false, runSimulation: false, revealIdNumbers: true, workCases: true, submitApplications: true, viewStaffRelatives: true },
  community_worker: { ...READ_ALL, manageUsers: false, readAudit: false, editHouseholds: true, editPolicies: false, runSimulation: false, revealIdNumbers: true, workCases: true, submitApplications: true, viewStaffRelatives: true },
  verifier: { ...READ_ALL, manageUsers: false, readAudit: false, editHouseholds: true, editPolicies: false, runSimulation: false, revealIdNumbers: true, workCases: true, submitApplications: false, viewStaffRelatives: false },
  // 纪检监察 oversees: the audit log, read-only everywhere else.
  auditor: { ...READ_ALL, manageUsers: false, readAudit: true, editHouseholds: false, editPolicies: false, runSimulation: false, revealIdNumbers: true, workCases: true, submitApplications: false, viewStaffRelatives: true },
};

export function accessOf(user: User | null | undefined): Access {
  return user ? BY_ROLE[user.role] : NONE;
}
