import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config.ts';
import { closeDeps, createDeps } from '../deps.ts';
import { isMonth } from '../domain/reports/month-window.ts';
import { refreshAllMonthlyStats, refreshMonthlyStats } from '../modules/reports/service.ts';

export interface StatsRefreshOptions {
  month?: string;
  area: string;
  all?: boolean;
}

/**
 * `minzheng stats refresh --month YYYY-MM [--area 420102]` rebuilds one month of the
 * pre-aggregated statistics behind the dashboard; `--all` every district and month on file.
 */
export async function statsRefreshCommand(opts: StatsRefreshOptions): Promise<number> {
  if (!opts.all && !(opts.month && isMonth(opts.month))) {
    console.error('Give --month YYYY-MM (e.g. 2026-03), or --all to rebuild every month.');
    return 2;
  }
  const deps = createDeps(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
  try {
    if (opts.all) {
      const bar = new SingleBar({ format: '重建月度统计 [{bar}] {value}/{total} | {district} {month}', hideCursor: true }, Presets.shades_classic);
      let started = false;
      const done = await refreshAllMonthlyStats(deps, (district, month, value, total) => {
        if (!process.stderr.isTTY) return;
        if (!started) {
          bar.start(total, 0, { district, month });
          started = true;
        }
        bar.update(value, { district, month });
      });
      if (started) bar.stop();
      console.log(`Rebuilt ${done.months} month(s) of ${done.districts} district(s): ${done.rows} rows.`);
      return 0;
    }
    const [r] = await refreshMonthlyStats(deps, opts.month!, opts.area);
    console.log(`Rebuilt ${r?.month ?? opts.month} for ${opts.area.length > 6 ? opts.area.slice(0, 6) : opts.area}: ${r?.rows ?? 0} rows.`);
    return 0;
  } finally {
    await closeDeps(deps);
  }
}
