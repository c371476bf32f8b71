import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { closeDeps, createDeps } from '../deps.ts';
import { writeAuditCheckpoint } from '../modules/audit/service.ts';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoIfEmpty } from '../modules/demo/service.ts';
import { buildApp } from '../server/app.ts';

/** The server process: migrate, seed a fresh database, listen, shut down cleanly. */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const deps = createDeps(config);
  await migrateToLatest(deps.db);
  const { seeded } = await seedDemoIfEmpty(deps, { households: 1200 });
  // Anchor the audit chain: the first checkpoint also marks where entries hashed before the
  // HMAC key existed end; later ones follow the schedule (and shutdown).
  const checkpoint = () => writeAuditCheckpoint(deps, { onlyIfAdvanced: true }).catch((err: unknown) => deps.log.error({ err }, 'audit checkpoint failed'));
  await checkpoint();
  const every = config.audit.checkpointMinutes;
  const timer = every > 0 ? setInterval(() => void checkpoint(), every * 60_000) : undefined;
  timer?.unref();
  const app = await buildApp(deps);
  await app.listen({ port: config.port, host: config.host });

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
    await app.close();
    if (timer) clearInterval(timer);
    await checkpoint();
    await closeDeps(deps);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
