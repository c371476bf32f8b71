import { AlertOutlined, ApartmentOutlined, AppstoreAddOutlined, AuditOutlined, BarChartOutlined, CarryOutOutlined, DatabaseOutlined, ExperimentOutlined, FileSearchOutlined, FolderOpenOutlined, GiftOutlined, HeartOutlined, HomeOutlined, PayCircleOutlined, ReconciliationOutlined, ScheduleOutlined, SlidersOutlined, TeamOutlined, UserSwitchOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Access, AccessFlag } from './access.ts';
import type { MessageKey } from './i18n/zh-CN.ts';

/** The side menu: one entry per page, shown only when the user's access flag allows it. */
export interface MenuEntry {
  path: string;
  label: MessageKey;
  icon?: ReactNode;
  access?: AccessFlag;
  /** A group (资金发放): its path is only a key, the children are the pages. */
  children?: readonly MenuEntry[];
}

export const MENU: readonly MenuEntry[] = [
  { path: '/', label: 'menu.home', icon: <HomeOutlined /> },
  { path: '/inbox', label: 'menu.inbox', icon: <CarryOutOutlined />, access: 'workCases' },
  { path: '/cases', label: 'menu.cases', icon: <FileSearchOutlined />, access: 'workCases' },
  { path: '/households', label: 'menu.households', icon: <FolderOpenOutlined />, access: 'viewHouseholds' },
  { path: '/policies', label: 'menu.policies', icon: <SlidersOutlined />, access: 'viewPolicies' },
  { path: '/simulation', label: 'menu.simulation', icon: <ExperimentOutlined />, access: 'runSimulation' },
  { path: '/programs/local', label: 'menu.localPrograms', icon: <AppstoreAddOutlined />, access: 'viewPolicies' },
  {
    path: '/payments',
    label: 'menu.payments',
    icon: <PayCircleOutlined />,
    access: 'viewPayments',
    children: [
      { path: '/payrolls', label: 'menu.payrolls' },
      { path: '/enrolments', label: 'menu.enrolments' },
      { path: '/institutions', label: 'menu.institutions' },
      { path: '/debts', label: 'menu.debts' },
    ],
  },
  {
    path: '/reports',
    label: 'menu.reports',
    icon: <BarChartOutlined />,
    children: [{ path: '/reports/monthly', label: 'menu.monthlyReport' }],
  },
  { path: '/complaints', label: 'menu.complaints', icon: <AlertOutlined />, access: 'viewComplaints' },
  { path: '/staff-relatives', label: 'menu.staffRelatives', icon: <UserSwitchOutlined />, access: 'viewStaffRelatives' },
  { path: '/risk', label: 'menu.risk', icon: <AlertOutlined />, access: 'viewRiskFindings' },
  { path: '/areas', label: 'menu.areas', icon: <ApartmentOutlined />, access: 'browseAreas' },
  { path: '/users', label: 'menu.users', icon: <TeamOutlined />, access: 'manageUsers' },
  { path: '/audit', label: 'menu.audit', icon: <AuditOutlined />, access: 'readAudit' },
  { path: '/alerts', label: 'menu.alerts', icon: <AlertOutlined />, access: 'viewAlerts' },
  { path: '/data-sources', label: 'menu.dataSources', icon: <DatabaseOutlined />, access: 'manageDataSources' },
  {
    path: '/discovery-group',
    label: 'menu.discoveryGroup',
    icon: <FileSearchOutlined />,
    access: 'viewAlerts',
    children: [
      { path: '/discovery', label: 'menu.discovery' },
      { path: '/low-income', label: 'menu.lowIncome' },
    ],
  },
  {
    path: '/welfare',
    label: 'menu.welfare',
    icon: <HeartOutlined />,
    access: 'viewHouseholds',
    children: [
      { path: '/disability', label: 'menu.disability' },
      { path: '/children', label: 'menu.children' },
      { path: '/veterans', label: 'menu.veterans' },
      { path: '/volunteers', label: 'menu.volunteers' },
      { path: '/community-lists', label: 'menu.communityLists' },
      { path: '/charity', label: 'menu.charity' },
      { path: '/elderly', label: 'menu.elderly', access: 'viewCare' },
    ],
  },
  { path: '/reviews', label: 'menu.reviews', icon: <ReconciliationOutlined />, access: 'workCases' },
  { path: '/review-campaigns', label: 'menu.reviewCampaigns', icon: <ScheduleOutlined />, access: 'workCases' },
  {
    path: '/care',
    label: 'menu.care',
    icon: <GiftOutlined />,
    access: 'viewCare',
    children: [
      { path: '/condolences', label: 'menu.condolences' },
      { path: '/visits', label: 'menu.visits' },
      { path: '/home-care', label: 'menu.homeCare' },
    ],
  },
];

export function menuFor(access: Access, entries: readonly MenuEntry[] = MENU): MenuEntry[] {
  return entries.filter((entry) => !entry.access || access[entry.access]).map((entry) => (entry.children ? { ...entry, children: menuFor(access, entry.children) } : entry));
}

/** The menu entry a location belongs to ('/users/12' → '/users'; '/payrolls/3' → '/payrolls'). */
export function menuKeyOf(pathname: string): string {
  const pages = MENU.flatMap((e) => e.children ?? [e]);
  const match = pages.filter((e) => e.path !== '/' && (pathname === e.path || pathname.startsWith(`${e.path}/`)));
  return match[0]?.path ?? '/';
}

/** The group to keep open for a location ('/payrolls/3' → ['/payments']). */
export function menuOpenKeysOf(pathname: string): string[] {
  const key = menuKeyOf(pathname);
  return MENU.filter((e) => e.children?.some((c) => c.path === key)).map((e) => e.path);
}
