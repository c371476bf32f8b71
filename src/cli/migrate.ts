import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { closeDeps, createDeps } from '../deps.ts';

export async function migrate(): Promise<void> {
  const deps = createDeps(loadConfig());
  try {
    const { results } = await migrateToLatest(deps.db);
    if (!results || results.length === 0) console.log('Database is up to date.');
    for (const r of results ?? []) console.log(`${r.status === 'Success' ? '✔' : '✘'} ${r.migrationName}`);
  } finally {
    await closeDeps(deps);
  }
}
