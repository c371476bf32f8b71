import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { nowIso } from '../../clock.ts';
import type { JobRow } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { JobLeaseLost, JobYield, type Job, type JobHandler, type JobProgress } from './handler.ts';
import { handledKinds, jobHandlerFor } from './handlers.ts';
import * as q from './queries.ts';
import type { JobKind } from './schema.ts';
import { actorOfJob, jobErrorMessages, submitJobIn } from './service.ts';
import { listenForJobs } from './wake.ts';

/**
 * Jobs live in the `jobs` table rather than in pg-boss: the same code must run over the
 * embedded SQLite file (a county's single machine) and PostgreSQL (several API processes),
 * and pg-boss exists only for PostgreSQL. A job is claimed by a guarded UPDATE (see
 * `claimJob`), held by a lease its runner keeps extending, and checkpointed in the same
 * transaction as each batch of its work; a process that dies leaves a lease that expires, and
 * the next runner takes the job over from its last checkpoint.
 */
export interface RunnerOptions {
  /** Who holds a lease: host, pid and a random tag, unique per runner. */
  owner?: string;
  /** How long a lease lasts without a heartbeat (ms). */
  leaseMs?: number;
  /** How often an idle runner looks for work when nothing wakes it (ms). */
  pollMs?: number;
  /** The handlers and the kinds this runner takes (tests register their own). */
  handlers?: Handlers;
}

interface Handlers {
  kinds: readonly string[];
  handlerFor(kind: string): JobHandler | undefined;
}

const builtIn: Handlers = { kinds: handledKinds, handlerFor: jobHandlerFor };

/** A job interrupted this many times is failed rather than tried again (a crash loop). */
const MAX_ATTEMPTS = 5;
const DEFAULT_LEASE_MS = 30_000;

export function runnerOwner(): string {
  return `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

function leaseUntil(deps: Deps, leaseMs: number): string {
  return new Date(deps.clock.now().getTime() + leaseMs).toISOString();
}

function jobOf(row: JobRow): Job {
  return { id: row.id, kind: row.kind, actor: actorOfJob(row), input: JSON.parse(row.input) as unknown, filePath: row.file_path, attempts: row.attempts };
}

async function fail(deps: Deps, h: Handlers, row: JobRow, owner: string, code: string, params: Record<string, string | number> = {}): Promise<void> {
  const failed = await q.finishJob(deps.db, row.id, owner, nowIso(deps.clock), { status: 'failed', errorCode: code, errorMessage: jobErrorMessages(code, params) });
  if (failed) await cleanup(deps, h, row);
}

async function cleanup(deps: Deps, h: Handlers, row: JobRow): Promise<void> {
  await h
    .handlerFor(row.kind)
    ?.cleanup?.(deps, jobOf(row))
    .catch((e: unknown) => deps.log.error({ err: e, jobId: row.id }, 'job clean-up failed'));
}

type ProgressHook = (p: { done: number; total: number | null; phase: string }) => void;

/** Runs one claimed job to its end: succeeded, failed, or handed back (stopping / lease lost). */
async function runClaimed(deps: Deps, h: Handlers, row: JobRow, owner: string, leaseMs: number, stopping: () => boolean, onProgress?: ProgressHook): Promise<void> {
  const handler = h.handlerFor(row.kind);
  if (!handler) return fail(deps, h, row, owner, 'job_kind_unknown', { kind: row.kind });
  const resumed = row.attempts > 1;
  if (resumed && !handler.resumable) return fail(deps, h, row, owner, 'job_interrupted');
  if (row.attempts > MAX_ATTEMPTS) return fail(deps, h, row, owner, 'job_attempts_exhausted', { attempts: MAX_ATTEMPTS });
  const job = jobOf(row);
  const log = deps.log.child({ jobId: row.id, kind: row.kind });
  log.info({ attempts: row.attempts, resumed }, 'job started');

  let lost = false;
  const touch = async (fields: Parameters<typeof q.touchJob>[5] = {}, db: Parameters<typeof q.touchJob>[0] = deps.db) => {
    const held = await q.touchJob(db, row.id, owner, nowIso(deps.clock), leaseUntil(deps, leaseMs), fields);
    if (!held) {
      lost = true;
      throw new JobLeaseLost(row.id);
    }
  };
  const heartbeat = setInterval(() => {
    if (!lost) touch().catch((e: unknown) => log.warn({ err: e }, 'heartbeat failed'));
  }, Math.max(50, Math.floor(leaseMs / 3)));
  heartbeat.unref();

  const progress: JobProgress = {
    checkpoint: row.checkpoint === null ? null : (JSON.parse(row.checkpoint) as unknown),
    report: async (p) => {
      await touch({ progress_done: p.done, progress_total: p.total, phase: p.phase });
      onProgress?.(p);
    },
    save: async (trx, checkpoint, p) => {
      await touch({ progress_done: p.done, progress_total: p.total, phase: p.phase, checkpoint: JSON.stringify(checkpoint) }, trx);
      onProgress?.(p);
    },
    stopping,
  };
  try {
    const result = await handler.run(deps, job, progress);
    await deps.db.transaction().execute(async (trx) => {
      await handler.complete?.(trx, deps, job, result);
      const done = await q.finishJob(trx, row.id, owner, nowIso(deps.clock), { status: 'succeeded', result: JSON.stringify(result) });
      if (!done) throw new JobLeaseLost(row.id);
    });
    log.info('job succeeded');
    await cleanup(deps, h, row);
  } catch (e) {
    if (e instanceof JobYield) {
      await q.releaseJob(deps.db, row.id, owner);
      log.info('job handed back to the queue');
    } else if (e instanceof JobLeaseLost) {
      log.warn('job taken over by another process; this run stops');
    } else if (e instanceof DomainError) {
      log.info({ code: e.code }, 'job failed');
      await fail(deps, h, row, owner, e.code, e.params);
    } else {
      log.error({ err: e }, 'job failed unexpectedly');
      await fail(deps, h, row, owner, 'job_failed');
    }
  } finally {
    clearInterval(heartbeat);
  }
}

/**
 * Submits a job and runs it here and now (the CLI): queued and claimed by this process in one
 * transaction, so no server polling the same database can take it. Returns the ended row.
 */
export async function runJobInProcess(
  deps: Deps,
  actor: Actor,
  kind: JobKind,
  input: unknown,
  opts: { filePath?: string | null; onProgress?: ProgressHook; leaseMs?: number } = {},
): Promise<JobRow> {
  const owner = runnerOwner();
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  const row = await deps.db.transaction().execute(async (trx) => {
    const job = await submitJobIn(trx, deps, actor, kind, input, { filePath: opts.filePath ?? null });
    const claimed = await q.claimJob(trx, owner, nowIso(deps.clock), leaseUntil(deps, leaseMs), [kind], job.id);
    if (!claimed) throw new Error(`job ${job.id} could not be claimed`);
    return claimed;
  });
  await runClaimed(deps, builtIn, row, owner, leaseMs, () => false, opts.onProgress);
  return (await q.findJob(deps.db, row.id))!;
}

async function claimNext(deps: Deps, h: Handlers, owner: string, leaseMs: number): Promise<JobRow | undefined> {
  return q.claimJob(deps.db, owner, nowIso(deps.clock), leaseUntil(deps, leaseMs), [...h.kinds]);
}

/**
 * Runs every claimable job (queued, or abandoned under an expired lease) one after another
 * until none is left; returns how many it ran. What tests await to see a job to its end.
 */
export async function runJobsUntilIdle(deps: Deps, opts: RunnerOptions = {}): Promise<number> {
  const owner = opts.owner ?? runnerOwner();
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  const h = opts.handlers ?? builtIn;
  let ran = 0;
  for (let row = await claimNext(deps, h, owner, leaseMs); row; row = await claimNext(deps, h, owner, leaseMs)) {
    await runClaimed(deps, h, row, owner, leaseMs, () => false);
    ran++;
  }
  return ran;
}

export interface JobRunner {
  owner: string;
  /** Stops polling; a running job checkpoints and goes back to the queue. */
  stop(): Promise<void>;
}

/**
 * The background runner `serve` starts: runs one job at a time per process (several processes
 * share the queue), and on start takes over jobs whose runner died. Idle, it sleeps until a job is
 * submitted (wake.ts: in-process on SQLite, LISTEN/NOTIFY across processes on PostgreSQL) or the
 * poll comes round, whichever is first.
 */
export function startJobRunner(deps: Deps, opts: RunnerOptions = {}): JobRunner {
  const owner = opts.owner ?? runnerOwner();
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  const pollMs = opts.pollMs ?? 1000;
  const h = opts.handlers ?? builtIn;
  let stopped = false;
  // Set by a wake that finds the runner busy (claiming or running): it looks again before sleeping,
  // since a job committed while its claim was in flight is not lost to the poll.
  let signalled = false;
  let sleeping: (() => void) | null = null;
  const wake = () => {
    signalled = true;
    sleeping?.();
  };
  const waker = listenForJobs(deps, wake);
  const loop = (async () => {
    while (!stopped) {
      signalled = false;
      try {
        const row = await claimNext(deps, h, owner, leaseMs);
        if (row) {
          await runClaimed(deps, h, row, owner, leaseMs, () => stopped);
          continue;
        }
      } catch (e) {
        deps.log.error({ err: e }, 'job runner: claim failed');
      }
      if (signalled || stopped) continue;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, pollMs);
        t.unref();
        sleeping = () => {
          clearTimeout(t);
          resolve();
        };
      });
      sleeping = null;
    }
  })();
  return {
    owner,
    stop: async () => {
      stopped = true;
      wake();
      await loop;
      await waker.close();
    },
  };
}
