import { ApartmentOutlined, AuditOutlined, CarryOutOutlined, ExperimentOutlined, FileSearchOutlined, FolderOpenOutlined, HomeOutlined, SlidersOutlined, TeamOutlined, UserSwitchOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Access, AccessFlag } from './access.ts';
import type { MessageKey } from './i18n/zh-CN.ts';

/** The side menu: one entry per page, shown only when the user's access flag allows it. */
export interface MenuEntry {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  access?: AccessFlag;
}

export const MENU: readonly MenuEntry[] = [
  { path: '/', label: 'menu.home', icon: <HomeOutlined /> },
  { path: '/inbox', label: 'menu.inbox', icon: <CarryOutOutlined />, access: 'workCases' },
  { path: '/cases', label: 'menu.cases', icon: <FileSearchOutlined />, access: 'workCases' },
  { path: '/households', label: 'menu.households', icon: <FolderOpenOutlined />, access: 'viewHouseholds' },
  { path: '/policies', label: 'menu.policies', icon: <SlidersOutlined />, access: 'viewPolicies' },
  { path: '/simulation', label: 'menu.simulation', icon: <ExperimentOutlined />, access: 'runSimulation' },
  { path: '/staff-relatives', label: 'menu.staffRelatives', icon: <UserSwitchOutlined />, access: 'viewStaffRelatives' },
  { path: '/areas', label: 'menu.areas', icon: <ApartmentOutlined />, access: 'browseAreas' },
  { path: '/users', label: 'menu.users', icon: <TeamOutlined />, access: 'manageUsers' },
  { path: '/audit', label: 'menu.audit', icon: <AuditOutlined />, access: 'readAudit' },
];

export function menuFor(access: Access): MenuEntry[] {
  return MENU.filter((entry) => !entry.access || access[entry.access]);
}

/** The menu entry a location belongs to ('/users/12' → '/users'). */
export function menuKeyOf(pathname: string): string {
  const match = MENU.filter((e) => e.path !== '/' && (pathname === e.path || pathname.startsWith(`${e.path}/`)));
  return match[0]?.path ?? '/';
}
