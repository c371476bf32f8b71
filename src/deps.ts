import pino, { type Logger } from 'pino';
import type { Clock } from './clock.ts';
import { systemClock } from './clock.ts';
import type { Config } from './config.ts';
import { createDatabase, dialectOf, type Dialect } from './db/database.ts';
import type { Db } from './db/types.ts';
import { loadAuditKey } from './modules/audit/anchor.ts';

/** Everything a service needs from the outside world; built in one place. */
export interface Deps {
  config: Config;
  db: Db;
  dialect: Dialect;
  clock: Clock;
  log: Logger;
  /** The audit chain's HMAC key; it lives outside the database (config.audit). */
  auditKey: Buffer;
}

export function createDeps(config: Config, overrides: Partial<Pick<Deps, 'clock' | 'log' | 'db' | 'auditKey'>> = {}): Deps {
  const db = overrides.db ?? createDatabase(config.database);
  return {
    config,
    db,
    dialect: dialectOf(db),
    clock: overrides.clock ?? systemClock,
    log: overrides.log ?? pino({ level: config.logLevel }),
    auditKey: overrides.auditKey ?? loadAuditKey(config.audit),
  };
}

export async function closeDeps(deps: Deps): Promise<void> {
  await deps.db.destroy();
}
