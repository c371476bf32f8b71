/**
 * The monthly report of the whole district (issue 8, target: under 2 s at 1M persons with 12
 * months of payrolls, on both engines): GET /reports/monthly for last month through the whole
 * app, the median of three; the Excel export and the dashboard once each beside it. A bench
 * database without payrolls first gets the demo's twelve months, made and approved by the
 * payments service (each approval also rebuilds the statistics the dashboard reads).
 */
import { todayInChina } from '../src/clock.ts';
import { addMonths, monthOf } from '../src/domain/calendar.ts';
import { DEMO_DISTRICT } from '../src/modules/demo/service.ts';
import { ensurePayrollHistory } from './history.ts';
import type { BenchContext, BenchRow } from './rows.ts';

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(ctx: BenchContext, url: string): Promise<{ ms: number; body: string }> {
  const start = performance.now();
  const res = await ctx.app.inject({ method: 'GET', url, headers: { cookie: ctx.cookie } });
  const ms = performance.now() - start;
  if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
  return { ms, body: res.body };
}

export const reportRow: BenchRow = {
  label: 'monthly report, whole district, last month (median of 3; Excel; dashboard)',
  measure: async (ctx) => {
    const { deps } = ctx.db;
    const month = addMonths(monthOf(todayInChina(deps.clock)), -1);
    const history = await ensurePayrollHistory(ctx, 'report');
    const made = history ? `; ${history}` : '';
    const url = `/api/v1/reports/monthly?areaCode=${DEMO_DISTRICT}&month=${month}`;
    const runs = [await timed(ctx, url), await timed(ctx, url), await timed(ctx, url)];
    const report = JSON.parse(runs[0]!.body) as { totals: { total: { households: number; persons: number } }; consistency: { ok: boolean; checks: unknown[] } };
    const xlsx = await timed(ctx, `${url}&format=xlsx`);
    const dashboard = await timed(ctx, `/api/v1/reports/dashboard?areaCode=${DEMO_DISTRICT}`);
    const t = report.totals.total;
    return (
      `${s(middle(runs.map((r) => r.ms)))} (Excel ${s(xlsx.ms)}, dashboard ${s(dashboard.ms)}); ${t.households.toLocaleString('en')} households, ` +
      `${t.persons.toLocaleString('en')} persons paid in ${month}; checks ${report.consistency.ok ? 'all agree' : 'DISAGREE'}${made}`
    );
  },
};
