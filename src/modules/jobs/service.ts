import { nowIso } from '../../clock.ts';
import type { JobRow, Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, type Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { isRole } from '../../domain/roles.ts';
import { translate, type Lang } from '../../messages.ts';
import { recordAudit } from '../audit/service.ts';
import * as q from './queries.ts';
import { announceJob } from './wake.ts';
import type { JobKind, JobView } from './schema.ts';

export { runJobInProcess, runJobsUntilIdle, startJobRunner, type JobRunner } from './runner.ts';
export type { Job, JobHandler, JobProgress } from './handler.ts';
export { JobYield } from './handler.ts';

/**
 * Queues a job acting for `actor` (its role and area scope, fixed at submission) inside the
 * caller's transaction, so the job exists exactly when whatever made it does, and wakes the
 * runners (wake.ts) rather than leaving the job to their next poll.
 */
export async function submitJobIn(
  trx: Trx,
  deps: Deps,
  actor: Actor,
  kind: JobKind | (string & {}),
  input: unknown,
  opts: { filePath?: string | null } = {},
): Promise<JobRow> {
  const job = await q.insertJob(trx, {
    kind,
    actorUserId: actor.userId,
    actorUsername: actor.username,
    actorRole: actor.role,
    actorAreaCode: actor.areaCode,
    input: JSON.stringify(input ?? {}),
    filePath: opts.filePath ?? null,
    now: nowIso(deps.clock),
  });
  await recordAudit(trx, deps, actor, { action: 'job.submit', entityType: 'job', entityId: job.id, areaCode: actor.areaCode, newValue: { kind, input } });
  await announceJob(trx, deps);
  return job;
}

export async function submitJob(deps: Deps, actor: Actor, kind: JobKind, input: unknown, opts: { filePath?: string | null } = {}): Promise<JobView> {
  const row = await deps.db.transaction().execute((trx) => submitJobIn(trx, deps, actor, kind, input, opts));
  return jobView(row, 'zh-CN');
}

/** The job's acting user: who submitted it, with the role and area they had then. */
export function actorOfJob(row: JobRow): Actor {
  if (!isRole(row.actor_role)) throw new Error(`job ${row.id}: unknown role ${row.actor_role}`);
  return { userId: row.actor_user_id, username: row.actor_username, role: row.actor_role, areaCode: row.actor_area_code };
}

/** The failure as stored: both languages, so a later reader gets theirs (see JobTable.error_message). */
export function jobErrorMessages(code: string, params: Record<string, string | number> = {}): string {
  return JSON.stringify({ 'zh-CN': translate('zh-CN', code, params), en: translate('en', code, params) });
}

export function jobView(row: JobRow, lang: Lang): JobView {
  let message = '';
  if (row.error_code) {
    try {
      message = (JSON.parse(row.error_message ?? '{}') as Record<Lang, string>)[lang] ?? translate(lang, row.error_code);
    } catch {
      message = translate(lang, row.error_code);
    }
  }
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    submittedBy: row.actor_username,
    areaCode: row.actor_area_code,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    heartbeatAt: row.heartbeat_at,
    attempts: row.attempts,
    progress: { done: row.progress_done, total: row.progress_total, phase: row.phase },
    result: row.result === null ? null : (JSON.parse(row.result) as unknown),
    error: row.error_code ? { code: row.error_code, message } : null,
  };
}

/**
 * A job is visible to its submitter and to anyone whose area covers the submitter's area
 * (a district official sees a community's import); to everyone else it does not exist.
 */
export async function getJob(deps: Deps, actor: Actor, id: number, lang: Lang = 'zh-CN'): Promise<JobView> {
  const row = await q.findJob(deps.db, id);
  if (!row) throw new DomainError('not_found', 'job_not_found');
  if (row.actor_user_id !== actor.userId) assertAreaReadable(actor, row.actor_area_code, 'job_not_found');
  return jobView(row, lang);
}

export async function listMyJobs(deps: Deps, actor: Actor, query: { page: number; pageSize: number }, lang: Lang = 'zh-CN'): Promise<{ items: JobView[]; total: number }> {
  const { items, total } = await q.listJobsOf(deps.db, actor.userId, { offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: items.map((r) => jobView(r, lang)), total };
}
