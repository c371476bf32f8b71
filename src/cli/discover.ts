import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createDeps } from '../deps.ts';
import { actorForUsername } from '../modules/auth/service.ts';
import { checkDiscoveryRunRequest, createDiscoveryRun, getDiscoveryRun } from '../modules/discovery/service.ts';
import { runJobInProcess } from '../modules/jobs/service.ts';
import { runWithDeps } from './command.ts';

/**
 * `minzheng discover --area 420102 [--user street]`: 主动发现, the run of POST /discovery-runs done
 * here (a nightly schedule, after the departments' files are imported). Re-running adds no lead twice.
 */
export async function discoverCommand(opts: { area: string; user: string }): Promise<number> {
  const deps = createDeps(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
  return runWithDeps(deps, async () => {
    await migrateToLatest(deps.db);
    const actor = await actorForUsername(deps, opts.user);
    checkDiscoveryRunRequest(actor, opts.area);
    const runId = await deps.db.transaction().execute((trx) => createDiscoveryRun(trx, deps, actor, opts.area));
    const job = await runJobInProcess(deps, actor, 'discovery_run', { runId });
    const run = await getDiscoveryRun(deps, actor, runId);
    console.log(`discovery run ${run.id} (${run.areaCode}): ${run.status}; leads found ${run.counts.found}, new ${run.counts.newLeads}`);
    for (const [rule, c] of Object.entries(run.byRule ?? {})) if (c.found > 0) console.log(`  ${rule}: ${c.found} (new ${c.created})`);
    if (job.status !== 'succeeded') {
      console.error(`failed: ${job.error_code ?? 'unknown'}`);
      return 1;
    }
    return 0;
  });
}
