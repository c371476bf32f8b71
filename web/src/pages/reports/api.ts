import { get, qs } from '../../api/client.ts';
import type { ApiResponse, ItemOf } from '../../api/contract.ts';
import { chinaMonth } from '../../china-date.ts';

/** The statistics API (src/modules/reports/routes.ts), one typed function per endpoint. */

export type MonthlyReport = ApiResponse<'/api/v1/reports/monthly', 'get'>;
export type Counters = MonthlyReport['totals']['total'];
export type ReportRow = ItemOf<MonthlyReport['rows']>;
/** The codes of the consistency checks (src/domain/reports/consistency.ts). */
export type CheckCode = ItemOf<MonthlyReport['consistency']['checks']>['code'];
export type ConsistencyCheck = ItemOf<MonthlyReport['consistency']['checks']>;
export type Dashboard = ApiResponse<'/api/v1/reports/dashboard', 'get'>;
export type TrendPoint = ItemOf<ItemOf<Dashboard['trend']>['months']>;

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
  const [y, m] = chinaMonth(now).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
