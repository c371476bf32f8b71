import { sql } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../../config.ts';
import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';

/**
 * 唤醒: an idle runner sleeps between polls, and a submitted job wakes it instead of waiting
 * out the poll. Within one process a submission calls the runners sleeping on the same database
 * handle. On PostgreSQL it also sends NOTIFY inside the submitting transaction — PostgreSQL
 * delivers it at commit and drops it on rollback, so a woken runner always finds the row — and
 * every runner LISTENs on a connection of its own, so a runner in another API process wakes too.
 * The poll stays as the fallback: a listening connection that dropped, a second process on the
 * same SQLite file, a lease that expired.
 */

/** Runners of this process, by the database handle they claim through. */
const sleepers = new WeakMap<object, Set<() => void>>();

/**
 * The NOTIFY channel: one per schema, so test suites (one schema each) and several installations
 * on one database do not wake each other's runners for nothing.
 */
export function jobChannel(config: DatabaseConfig): string {
  return config.dialect === 'postgres' && config.schema ? `minzheng_jobs.${config.schema}` : 'minzheng_jobs';
}

/**
 * Says that a job was queued in `trx`. On SQLite the runners of this process are woken at once:
 * their next claim waits for this transaction's connection (one connection, serialised), so it
 * sees the row once committed. On PostgreSQL the notification leaves at commit, to every process.
 */
export async function announceJob(trx: Trx, deps: Deps): Promise<void> {
  if (deps.dialect === 'postgres') {
    await sql`select pg_notify(${jobChannel(deps.config.database)}, '')`.execute(trx);
    return;
  }
  for (const wake of sleepers.get(deps.db) ?? []) wake();
}

export interface JobWaker {
  close(): Promise<void>;
}

const RECONNECT_MS = 5_000;

/** Calls `wake` whenever a job is announced to this database, until closed. */
export function listenForJobs(deps: Deps, wake: () => void): JobWaker {
  let set = sleepers.get(deps.db);
  if (!set) sleepers.set(deps.db, (set = new Set()));
  set.add(wake);
  const local = set;
  const config = deps.config.database;
  if (deps.dialect !== 'postgres' || config.dialect !== 'postgres') {
    return { close: async () => void local.delete(wake) };
  }

  let closed = false;
  let client: pg.Client | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const channel = jobChannel(config);
  const connect = async () => {
    const c = new pg.Client({ connectionString: config.url });
    client = c;
    const lost = (err?: unknown) => {
      if (client !== c) return;
      client = null;
      c.end().catch(() => undefined);
      if (closed) return;
      deps.log.warn({ err }, 'job runner: the LISTEN connection dropped; polling until it is back');
      retry = setTimeout(() => void connect(), RECONNECT_MS);
      retry.unref();
    };
    c.on('error', lost);
    c.on('end', () => lost());
    c.on('notification', (n) => {
      if (n.channel === channel) wake();
    });
    try {
      await c.connect();
      await c.query(`listen ${c.escapeIdentifier(channel)}`);
      if (closed) await c.end();
      // Whatever was announced while not listening: look once.
      else wake();
    } catch (err) {
      lost(err);
    }
  };
  void connect();
  return {
    close: async () => {
      closed = true;
      local.delete(wake);
      clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
