import { loadConfig } from '../config.ts';
import { backupDatabase, databaseIsEmpty, restoreDatabase, tableRowCounts } from '../db/backup.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { closeDeps, createDeps } from '../deps.ts';

const progress = (message: string) => process.stderr.write(`${message}\n`);

/** `npx minzheng backup <file>`: a consistent copy of the live database. */
export async function backupCommand(file: string): Promise<number> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
  const deps = createDeps(config);
  try {
    const counts = await tableRowCounts(deps.db, config.database);
    await backupDatabase(config.database, file, progress);
    console.log(`Backed up ${Object.keys(counts).length} tables (${counts.households ?? 0} households, ${counts.audit_log ?? 0} audit entries) to ${file}.`);
    console.log(`Keep the audit key (${config.audit.hmacKey ? 'AUDIT_HMAC_KEY' : config.audit.hmacKeyFile}) and ${config.audit.checkpointFile} with it, stored apart.`);
    return 0;
  } finally {
    await closeDeps(deps);
  }
}

/** `npx minzheng restore <file> [--force]`: into an empty database, then migrate. */
export async function restoreCommand(file: string, opts: { force?: boolean }): Promise<number> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
  const before = createDeps(config);
  try {
    if (!(await databaseIsEmpty(before.db, config.database)) && !opts.force) {
      console.error('The database is not empty. Restore into an empty database, or pass --force to replace it (stop the server first).');
      return 1;
    }
  } finally {
    await closeDeps(before);
  }
  await restoreDatabase(config.database, file, { force: opts.force ?? false }, progress);
  const deps = createDeps(config);
  try {
    const { results } = await migrateToLatest(deps.db);
    const counts = await tableRowCounts(deps.db, config.database);
    console.log(`Restored ${Object.keys(counts).length} tables (${counts.households ?? 0} households, ${counts.audit_log ?? 0} audit entries) from ${file}; ${results?.length ?? 0} migrations applied.`);
    console.log('Next: npx minzheng audit verify');
    return 0;
  } finally {
    await closeDeps(deps);
  }
}
