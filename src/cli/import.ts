import fs from 'node:fs';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { runWithDeps } from './command.ts';
import { createDeps } from '../deps.ts';
import { actorForUsername } from '../modules/auth/service.ts';
import { importHouseholds } from '../modules/registry/excel-import.ts';

/** `minzheng import households FILE.xlsx --user NAME`: the API's import, with a progress bar. */
export async function importHouseholdsCommand(file: string, opts: { user: string; dryRun?: boolean }): Promise<number> {
  if (!fs.existsSync(file)) {
    console.error(`File not found: ${file}`);
    return 2;
  }
  const deps = createDeps(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
  const bar = new SingleBar({ format: '导入户档案 [{bar}] {value}/{total} 户 | {eta_formatted}', hideCursor: true }, Presets.shades_classic);
  let started = false;
  return runWithDeps(
    deps,
    async () => {
      await migrateToLatest(deps.db);
      const actor = await actorForUsername(deps, opts.user);
      const result = await importHouseholds(deps, actor, file, {
        dryRun: Boolean(opts.dryRun),
        onProgress: (done, total) => {
          if (!started) {
            bar.start(total, 0);
            started = true;
          }
          bar.update(done);
        },
      });
      if (started) bar.stop();
      console.log(
        `${result.dryRun ? '[dry run] ' : ''}households: ${result.households}, created: ${result.created}, updated: ${result.updated}, skipped: ${result.skipped}, errors: ${result.errors.length}`,
      );
      for (const e of result.errors.slice(0, 50)) console.log(`  ${e.sheet} row ${e.row}, ${e.column}: ${e.message}`);
      if (result.errors.length > 50) console.log(`  … ${result.errors.length - 50} more`);
      if (result.reportId) console.log(`Annotated report: ${deps.config.dataDir}/import-reports/${result.reportId}.xlsx`);
      return result.errors.length > 0 ? 1 : 0;
    },
    () => {
      if (started) bar.stop();
    },
  );
}
