import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { closeDeps, createDeps } from '../deps.ts';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoIfEmpty } from '../modules/demo/service.ts';
import { startJobRunner } from '../modules/jobs/service.ts';
import { buildApp } from '../server/app.ts';

/** The server process: migrate, seed a fresh database, listen, shut down cleanly. */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const deps = createDeps(config);
  await migrateToLatest(deps.db);
  const { seeded } = await seedDemoIfEmpty(deps, { households: 1200 });
  const app = await buildApp(deps);
  await app.listen({ port: config.port, host: config.host });
  // Takes queued jobs, and those a dead process left under an expired lease.
  const jobs = startJobRunner(deps, { leaseMs: config.jobLeaseSeconds * 1000 });

  const where = config.database.dialect === 'sqlite' ? config.database.file : 'PostgreSQL';
  const lines = [
    '',
    `  民政 minzheng is running at http://${config.host}:${config.port}`,
    `  database: ${config.database.dialect} (${where})${seeded ? ' — seeded with the 江岸区 demo district' : ''}`,
    `  API docs: http://${config.host}:${config.port}/api/docs`,
    '',
    `  Demo logins (password ${DEMO_PASSWORD}):`,
    ...DEMO_USERS.map((u) => `    ${u.username.padEnd(10)} ${u.role.padEnd(17)} ${u.displayName} @ ${u.areaCode}`),
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await jobs.stop();
    await app.close();
    await closeDeps(deps);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
