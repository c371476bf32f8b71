import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createDeps } from '../deps.ts';
import { RISK_RULES } from '../domain/risk/rules.ts';
import { actorForUsername } from '../modules/auth/service.ts';
import { nightlyActorFor, runRiskChecksNow } from '../modules/risk/service.ts';
import { runWithDeps } from './command.ts';

export interface RiskCheckOptions {
  area: string;
  user?: string;
}

/**
 * `minzheng risk-check --area 420102 [--user NAME]`: every risk rule over the area, the same
 * run as POST /api/v1/risk-checks/runs, here and now with a progress bar — what a nightly cron
 * job calls. Without --user it acts as the first active administrator over the area. Running it
 * again opens no duplicate finding.
 */
export async function riskCheckCommand(opts: RiskCheckOptions): Promise<number> {
  if (!/^(\d{6}|\d{9}|\d{12})$/.test(opts.area)) {
    console.error('Give --area a district, street or community code (e.g. 420102).');
    return 2;
  }
  const deps = createDeps(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
  const bar = new SingleBar({ format: '风险核查 [{bar}] {value}/{total} 条规则 | {phase} | {duration_formatted}', hideCursor: true }, Presets.shades_classic);
  let started = false;
  return runWithDeps(
    deps,
    async () => {
      await migrateToLatest(deps.db);
      const actor = opts.user ? await actorForUsername(deps, opts.user) : await nightlyActorFor(deps, opts.area);
      if (process.stderr.isTTY) {
        bar.start(RISK_RULES.length, 0, { phase: RISK_RULES[0] });
        started = true;
      }
      const run = await runRiskChecksNow(deps, actor, opts.area, (p) => {
        if (started) bar.update(p.done, { phase: p.phase });
      });
      if (started) bar.stop();
      started = false;
      if (run.status !== 'succeeded') {
        console.error(`Risk check run ${run.id} ${run.status}${run.error ? `: ${run.error}` : ''}`);
        return 1;
      }
      const summary = run.summary ?? {};
      const total = Object.values(summary).reduce((s, r) => s + r.found, 0);
      const created = Object.values(summary).reduce((s, r) => s + r.created, 0);
      console.log(`Risk check run ${run.id} of ${run.areaCode} as ${actor.username}: ${total} findings (${created} new) in ${((run.durationMs ?? 0) / 1000).toFixed(1)} s`);
      for (const rule of RISK_RULES) {
        const r = summary[rule];
        if (r) console.log(`  ${rule.padEnd(26)} ${String(r.found).padStart(7)} found ${String(r.created).padStart(7)} new ${String(r.ms).padStart(7)} ms`);
      }
      return 0;
    },
    () => {
      if (started) bar.stop();
    },
  );
}
