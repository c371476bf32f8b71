import { isSourceId, sourceDefinition } from '../verification/sources.ts';

/**
 * 核对预警 in the monthly report and on the dashboard (issue 18 point 3): alerts raised by the
 * matching against other departments' records, per source and outcome, the open ones by age.
 */
export interface AlertSummary {
  areaCode: string;
  bySource: { source: string; name: string; open: number; confirmed: number; explained: number; overdue: number }[];
  openByAge: { d0_7: number; d8_30: number; d31_90: number; d90plus: number };
  total: { open: number; confirmed: number; explained: number; overdue: number };
}

export const ALERT_AGE_NAMES: Record<keyof AlertSummary['openByAge'], string> = { d0_7: '7 天内', d8_30: '8–30 天', d31_90: '31–90 天', d90plus: '90 天以上' };

export function alertSourceName(source: string): string {
  return isSourceId(source) ? sourceDefinition(source).name : source;
}

/** The lines both the Excel sheet and the PDF print: totals, then each source, then the open ones by age. */
export function alertSummaryLines(a: AlertSummary): { label: string; values: [number, number, number, number]; indent: number }[] {
  const v = (c: { open: number; confirmed: number; explained: number; overdue: number }): [number, number, number, number] => [c.open, c.confirmed, c.explained, c.overdue];
  return [
    { label: '合计', values: v(a.total), indent: 0 },
    ...a.bySource.map((s) => ({ label: alertSourceName(s.source), values: v(s), indent: 1 })),
  ];
}
