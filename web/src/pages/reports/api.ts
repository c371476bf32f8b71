import { get, qs } from '../../api/client.ts';

/** The statistics API (src/modules/reports/routes.ts), one typed function per endpoint. */

export interface Counters {
  households: number;
  persons: number;
  elderly: number;
  disabled: number;
  minors: number;
  amount: number;
  cityAmount: number;
  districtAmount: number;
  enrolledBefore: number;
  enrolled: number;
  newEnrolments: number;
  exits: number;
  exitReasons: Record<string, number>;
  applicationsReceived: number;
  applicationsApproved: number;
  applicationsRejected: number;
  applicationsOverdue: number;
  noticesOpened: number;
  objections: number;
}

export interface ReportRow {
  areaCode: string;
  name: string;
  level: string;
  parentCode: string | null;
  depth: number;
  programs: Record<string, Counters>;
  total: Counters;
}

export type CheckCode =
  | 'households_vs_lines'
  | 'persons_vs_lines'
  | 'amount_vs_lines'
  | 'payroll_total_vs_lines'
  | 'funds_vs_payrolls'
  | 'enrolment_flow'
  | 'roll_up'
  | 'unplaced_area'
  | 'pre_aggregation';

export interface ConsistencyCheck {
  code: CheckCode;
  ok: boolean;
  program: string | null;
  areaCode: string | null;
  subject: string | null;
  actual: number;
  expected: number;
}

export interface MonthlyReport {
  area: { code: string; name: string; level: string };
  month: string;
  generatedAt: string;
  programs: string[];
  rows: ReportRow[];
  totals: { programs: Record<string, Counters>; total: Counters };
  consistency: { ok: boolean; checks: ConsistencyCheck[] };
}

export interface TrendPoint {
  month: string;
  households: number;
  persons: number;
  amount: number;
  newEnrolments: number;
  exits: number;
  enrolled: number;
}

export interface Dashboard {
  /** 风险核查: findings per rule and outcome (roles that read findings) */
  risk?: import('../risk/risk-card.tsx').RiskStats;
  /** 核对预警: alerts per source and outcome, the open ones by age (roles that read alerts) */
  alerts?: import('../verification/alerts-card.tsx').AlertStats;
  area: { code: string; name: string; level: string };
  month: string;
  months: string[];
  programs: string[];
  latest: Counters;
  latestByProgram: Record<string, Counters>;
  trend: { program: string; months: TrendPoint[] }[];
  children: { areaCode: string; name: string; programs: Record<string, { households: number; persons: number; amount: number }> }[];
  cases: { byState: { state: string; count: number; overdue: number }[]; open: number; overdue: number };
  refreshedAt: string | null;
  /** 复核预警: enrolments past their review date and due within 30 days (issue 16) */
  reviews?: import('../../api/contract.ts').ApiResponse<'/api/v1/reports/dashboard', 'get'>['reviews'];
}

export const reportsApi = {
  monthly: (areaCode: string, month: string) => get<MonthlyReport>(`/reports/monthly${qs({ areaCode, month })}`),
  dashboard: (areaCode?: string) => get<Dashboard>(`/reports/dashboard${qs({ areaCode })}`),
  downloadUrl: (areaCode: string, month: string, format: 'xlsx' | 'pdf') => `/api/v1/reports/monthly${qs({ areaCode, month, format })}`,
};

/** Fen as yuan with grouping: 1234567 → "12,345.67". */
export function yuan(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '-' : ''}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** "2026-03" → "2026年3月" / "Mar 2026". */
export function monthLabel(month: string, lang: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return lang === 'en' ? `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}` : `${y}年${m}月`;
}

/** The month before this one in China: the last month whose report is complete. */
export function lastCompleteMonth(now = new Date()): string {
  const china = new Date(now.getTime() + 8 * 3600_000);
  const y = china.getUTCFullYear();
  const m = china.getUTCMonth(); // 0-based: the previous month's number
  return m === 0 ? `${y - 1}-12` : `${y}-${String(m).padStart(2, '0')}`;
}
