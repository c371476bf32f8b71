import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createDeps } from '../deps.ts';
import { actorForUsername } from '../modules/auth/service.ts';
import { runJobInProcess } from '../modules/jobs/service.ts';
import { checkMatchingRunRequest, createMatchingRun, getMatchingRun } from '../modules/verification/service.ts';
import { runWithDeps } from './command.ts';

/**
 * `minzheng match --area 420102 [--user verifier]`: the batch matching of POST /matching-runs,
 * run here with a progress bar over the area's enrolled households. Re-running raises no
 * duplicate alert.
 */
export async function matchCommand(opts: { area: string; user: string }): Promise<number> {
  const deps = createDeps(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
  const bar = new SingleBar({ format: '核对比对 [{bar}] {value}/{total} 户 | {eta_formatted}', hideCursor: true }, Presets.shades_classic);
  let started = false;
  return runWithDeps(
    deps,
    async () => {
      await migrateToLatest(deps.db);
      const actor = await actorForUsername(deps, opts.user);
      checkMatchingRunRequest(actor, opts.area);
      const runId = await deps.db.transaction().execute((trx) => createMatchingRun(trx, deps, actor, opts.area));
      const job = await runJobInProcess(deps, actor, 'matching_run', { runId, areaCode: opts.area }, {
        onProgress: (p) => {
          if (!started) {
            bar.start(p.total ?? 0, p.done);
            started = true;
          }
          bar.update(p.done);
        },
      });
      if (started) bar.stop();
      started = false;
      const run = await getMatchingRun(deps, actor, runId);
      console.log(
        `matching run ${run.id} (${run.areaCode}): ${run.status}; households ${run.counts.households}, persons ${run.counts.persons}, findings ${run.counts.findings}, new alerts ${run.counts.newAlerts}`,
      );
      if (job.status !== 'succeeded') {
        console.error(`failed: ${job.error_code ?? 'unknown'}`);
        return 1;
      }
      return 0;
    },
    () => {
      if (started) bar.stop();
    },
  );
}
