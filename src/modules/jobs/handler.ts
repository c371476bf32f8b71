import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';

/** A claimed job as a handler sees it. */
export interface Job {
  id: number;
  kind: string;
  actor: Actor;
  input: unknown;
  filePath: string | null;
  /** 1 on the first run; more when it resumes after a restart or a lost lease. */
  attempts: number;
}

export interface JobProgress {
  /** The last committed checkpoint, null on a fresh start. */
  readonly checkpoint: unknown;
  /** Progress shown to the user (outside any transaction); also extends the lease. */
  report(p: { done: number; total: number | null; phase: string }): Promise<void>;
  /**
   * Records the checkpoint inside the handler's own transaction, so the work of a batch and
   * the note that it is done commit together. Throws JobLeaseLost when this process no longer
   * holds the job (another process took it over): the batch then rolls back.
   */
  save(trx: Trx, checkpoint: unknown, p: { done: number; total: number | null; phase: string }): Promise<void>;
  /** True once the runner is stopping: the handler throws JobYield after its next checkpoint. */
  stopping(): boolean;
}

/**
 * What one kind of job does. `resumable` handlers continue from their checkpoint after their
 * process died; others are failed when found interrupted (their work must never be half-done).
 */
export interface JobHandler<R = unknown> {
  resumable: boolean;
  run(deps: Deps, job: Job, progress: JobProgress): Promise<R>;
  /** Runs in the transaction that marks the job succeeded (final audit entry, clean-up). */
  complete?(trx: Trx, deps: Deps, job: Job, result: R): Promise<void>;
  /** Clean-up once the job has ended, succeeded or failed (staging rows, uploaded files). */
  cleanup?(deps: Deps, job: Job): Promise<void>;
}

/** Thrown by a handler at a checkpoint when the runner stops: the job goes back to the queue. */
export class JobYield extends Error {
  constructor() {
    super('job yielded');
  }
}

/** The job was taken over by another process (our lease expired): stop without writing. */
export class JobLeaseLost extends Error {
  constructor(readonly jobId: number) {
    super(`lease on job ${jobId} lost`);
  }
}
