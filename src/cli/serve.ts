import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { closeDeps, createDeps, type Deps } from '../deps.ts';
import { writeAuditCheckpoint } from '../modules/audit/service.ts';
import { purgeStaleAuthRows } from '../modules/auth/housekeeping.ts';
import { issueSetupToken } from '../modules/auth/setup.ts';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoIfEmpty } from '../modules/demo/service.ts';
import { startJobRunner } from '../modules/jobs/service.ts';
import { buildApp } from '../server/app.ts';
import { collectGarbage } from '../memory.ts';

/** The demo seeds an empty database; a production start only issues a setup token while no admin exists. */
export async function prepareInstallation(deps: Deps, opts: { households: number }): Promise<{ seeded: boolean; setup: { token: string; expiresAt: string } | null }> {
  if (deps.config.demo) return { ...(await seedDemoIfEmpty(deps, opts)), setup: null };
  return { seeded: false, setup: await issueSetupToken(deps) };
}

/**
 * The server process: migrate, listen, shut down cleanly. The demo (`npm start` on the embedded
 * SQLite) seeds a fresh database with the demo district and users; a production start
 * (NODE_ENV=production or a PostgreSQL DATABASE_URL) seeds nothing and, while there is no
 * administrator, prints a one-time setup token for the first one.
 */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const deps = createDeps(config);
  await migrateToLatest(deps.db);
  const { seeded, setup } = await prepareInstallation(deps, { households: 1200 });
  if (seeded) collectGarbage();
  // Anchor the audit chain: the first checkpoint also marks where entries hashed before the
  // HMAC key existed end; later ones follow the schedule (and shutdown).
  const checkpoint = () => writeAuditCheckpoint(deps, { onlyIfAdvanced: true }).catch((err: unknown) => deps.log.error({ err }, 'audit checkpoint failed'));
  await checkpoint();
  const every = config.audit.checkpointMinutes;
  const timer = every > 0 ? setInterval(() => void checkpoint(), every * 60_000) : undefined;
  timer?.unref();
  // The login machinery's spent rows (expired sessions, reset counters, past windows) go every 10 minutes.
  const purge = () => purgeStaleAuthRows(deps).catch((err: unknown) => deps.log.error({ err }, 'purging spent login rows failed'));
  await purge();
  const purgeTimer = setInterval(() => void purge(), 10 * 60_000);
  purgeTimer.unref();
  const app = await buildApp(deps);
  await app.listen({ port: config.port, host: config.host });
  // Takes queued jobs, and those a dead process left under an expired lease.
  const jobs = startJobRunner(deps, { leaseMs: config.jobLeaseSeconds * 1000 });

  const base = `http://${config.host}:${config.port}`;
  const where = config.database.dialect === 'sqlite' ? config.database.file : 'PostgreSQL';
  const lines = [
    '',
    `  民政 minzheng is running at ${base}`,
    `  database: ${config.database.dialect} (${where})${seeded ? ' — seeded with the 江岸区 demo district' : ''}`,
    `  API docs: ${base}/api/docs`,
    '',
    ...(config.demo
      ? [`  Demo logins (password ${DEMO_PASSWORD}):`, ...DEMO_USERS.map((u) => `    ${u.username.padEnd(10)} ${u.role.padEnd(17)} ${u.displayName} @ ${u.areaCode}`)]
      : setup
        ? [
            '  No administrator yet. Create the first one, once, within ' + `${config.setupTokenTtlHours} h, at`,
            `    ${base}/setup?token=${setup.token}`,
            `  (or POST /api/v1/setup with {token, username, password, areaCode}), or from the shell:`,
            '    npx minzheng user add -u <name> -n <display name> -r admin -a <district code>',
          ]
        : ['  Production mode: no demo users.']),
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
    if (timer) clearInterval(timer);
    clearInterval(purgeTimer);
    await checkpoint();
    await closeDeps(deps);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
