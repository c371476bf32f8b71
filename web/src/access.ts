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
  /**
   * 一户一档: create and edit households, persons, documents, imports (server flag `editRegistry`):
   * the community, street and county only — not the administrator, the verifier or the auditor.
   */
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
  /** 资金发放: payrolls and enrolments (the auditor reads them; the verifier has no part in payments). */
  viewPayments: boolean;
  /** 生成名册, 上传银行回盘: the street and the county prepare payrolls (and the admin). */
  preparePayrolls: boolean;
  /** 审批名册: the county approves a payroll, after which it is frozen. */
  approvePayrolls: boolean;
  /** 变更保障: amount, suspension, resumption, stop (street and county, in scope). */
  changeEnrolments: boolean;
  /** 银行代发文件 and 回盘: the county and street offices that send money to the bank. */
  sendToBank: boolean;
  /** 举报投诉 (issue 17): the register (county, street, community handle; the auditor reads) and the channel settings (admin, county). */
  viewComplaints: boolean;
  /** 走访慰问、探访关爱、居家养老 (issue 21): county, street and community work them; the auditor reads. */
  viewCare: boolean;
  /** 风险核查: the findings (county, street, auditor, admin; the server's domain/risk/access.ts). */
  viewRiskFindings: boolean;
  /** 核对数据源: import and read other departments' records (verifier and admin only, issue 18). */
  manageDataSources: boolean;
  /** 核对预警: the matching alerts of the area (every role but the administrator). */
  viewAlerts: boolean;
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
  viewPayments: false,
  preparePayrolls: false,
  approvePayrolls: false,
  changeEnrolments: false,
  sendToBank: false,
  viewComplaints: false,
  viewCare: false,
  viewRiskFindings: false,
  manageDataSources: false,
  viewAlerts: false,
};

const READ_ALL = { browseAreas: true, viewHouseholds: true, viewPolicies: true } as const;

const BY_ROLE: Record<Role, Omit<Access, 'viewCare' | 'viewComplaints' | 'viewRiskFindings' | 'manageDataSources' | 'viewAlerts'>> = {
  admin: { ...READ_ALL, manageUsers: true, readAudit: true, editHouseholds: false, editPolicies: true, runSimulation: true, revealIdNumbers: false, workCases: false, submitApplications: false, viewStaffRelatives: false, viewPayments: true, preparePayrolls: true, approvePayrolls: false, changeEnrolments: false, sendToBank: false },
  county_approver: { ...READ_ALL, manageUsers: false, readAudit: false, editHouseholds: true, editPolicies: true, runSimulation: true, revealIdNumbers: true, workCases: true, submitApplications: false, viewStaffRelatives: true, viewPayments: true, preparePayrolls: true, approvePayrolls: true, changeEnrolments: true, sendToBank: true },
  street_reviewer: { ...READ_ALL, manageUsers: false, readAudit: false, editHouseholds: true, editPolicies: false, runSimulation: false, revealIdNumbers: true, workCases: true, submitApplications: true, viewStaffRelatives: true, viewPayments: true, preparePayrolls: true, approvePayrolls: false, changeEnrolments: true, sendToBank: true },
  community_worker: { ...READ_ALL, manageUsers: false, readAudit: false, editHouseholds: true, editPolicies: false, runSimulation: false, revealIdNumbers: true, workCases: true, submitApplications: true, viewStaffRelatives: true, viewPayments: true, preparePayrolls: false, approvePayrolls: false, changeEnrolments: false, sendToBank: false },
  verifier: { ...READ_ALL, manageUsers: false, readAudit: false, editHouseholds: false, editPolicies: false, runSimulation: false, revealIdNumbers: true, workCases: true, submitApplications: false, viewStaffRelatives: false, viewPayments: false, preparePayrolls: false, approvePayrolls: false, changeEnrolments: false, sendToBank: false },
  // 纪检监察 oversees: the audit log, read-only everywhere else.
  auditor: { ...READ_ALL, manageUsers: false, readAudit: true, editHouseholds: false, editPolicies: false, runSimulation: false, revealIdNumbers: true, workCases: true, submitApplications: false, viewStaffRelatives: true, viewPayments: true, preparePayrolls: false, approvePayrolls: false, changeEnrolments: false, sendToBank: false },
};

/** Issue 18's flags, kept apart so the rows above stay as they were. */
const VERIFICATION_ACCESS: Record<Role, Pick<Access, 'manageDataSources' | 'viewAlerts'>> = {
  admin: { manageDataSources: true, viewAlerts: false },
  county_approver: { manageDataSources: false, viewAlerts: true },
  street_reviewer: { manageDataSources: false, viewAlerts: true },
  community_worker: { manageDataSources: false, viewAlerts: true },
  verifier: { manageDataSources: true, viewAlerts: true },
  auditor: { manageDataSources: false, viewAlerts: true },
};

export function accessOf(user: User | null | undefined): Access {
  return user
    ? {
        ...BY_ROLE[user.role],
        ...VERIFICATION_ACCESS[user.role],
        viewComplaints: user.role !== 'verifier',
        viewCare: ['county_approver', 'street_reviewer', 'community_worker', 'auditor'].includes(user.role),
        viewRiskFindings: ['county_approver', 'street_reviewer', 'auditor', 'admin'].includes(user.role),
      }
    : NONE;
}
