import { sql } from 'kysely';
import { dialectOf } from '../../db/database.ts';
import type { DbOrTrx, JobRow } from '../../db/types.ts';

export interface NewJob {
  kind: string;
  actorUserId: number;
  actorUsername: string;
  actorRole: string;
  actorAreaCode: string;
  input: string;
  filePath: string | null;
  now: string;
}

export async function insertJob(db: DbOrTrx, j: NewJob): Promise<JobRow> {
  return db
    .insertInto('jobs')
    .values({
      kind: j.kind,
      status: 'queued',
      actor_user_id: j.actorUserId,
      actor_username: j.actorUsername,
      actor_role: j.actorRole,
      actor_area_code: j.actorAreaCode,
      created_at: j.now,
      attempts: 0,
      progress_done: 0,
      input: j.input,
      file_path: j.filePath,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findJob(db: DbOrTrx, id: number): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listJobsOf(db: DbOrTrx, userId: number, page: { offset: number; limit: number }): Promise<{ items: JobRow[]; total: number }> {
  const [items, total] = await Promise.all([
    db.selectFrom('jobs').selectAll().where('actor_user_id', '=', userId).orderBy('id', 'desc').offset(page.offset).limit(page.limit).execute(),
    db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('actor_user_id', '=', userId).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/**
 * Takes the oldest job that is queued, or running under a lease that has expired (its process
 * died), for `owner` until `leaseUntil`. The candidate is chosen and taken in one UPDATE whose
 * WHERE repeats the condition: on PostgreSQL the subquery locks the row `FOR UPDATE SKIP
 * LOCKED`, so a concurrent claimer skips it instead of waiting and taking it after us; on
 * SQLite the statement runs under the database's single write lock. Either way, when two
 * processes race, exactly one UPDATE matches the row and the other gets nothing back.
 */
export async function claimJob(db: DbOrTrx, owner: string, now: string, leaseUntil: string, kinds: string[], onlyId?: number): Promise<JobRow | undefined> {
  if (kinds.length === 0) return undefined;
  const candidate = db
    .selectFrom('jobs')
    .select('id')
    .where('kind', 'in', kinds)
    .$if(onlyId !== undefined, (qb) => qb.where('id', '=', onlyId!))
    .where((eb) => eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'running'), eb('lease_expires_at', '<', now)])]))
    .orderBy('id')
    .limit(1)
    .$if(dialectOf(db) === 'postgres', (qb) => qb.forUpdate().skipLocked());
  return db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      lease_owner: owner,
      lease_expires_at: leaseUntil,
      heartbeat_at: now,
      started_at: eb.fn.coalesce('started_at', sql.val(now)),
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', '=', candidate)
    .where((eb) => eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'running'), eb('lease_expires_at', '<', now)])]))
    .returningAll()
    .executeTakeFirst();
}

/** Extends the lease (and records progress) only while `owner` still holds it. */
export async function touchJob(
  db: DbOrTrx,
  id: number,
  owner: string,
  now: string,
  leaseUntil: string,
  fields: { progress_done?: number; progress_total?: number | null; phase?: string | null; checkpoint?: string } = {},
): Promise<boolean> {
  const r = await db
    .updateTable('jobs')
    .set({ heartbeat_at: now, lease_expires_at: leaseUntil, ...fields })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function finishJob(
  db: DbOrTrx,
  id: number,
  owner: string,
  now: string,
  end: { status: 'succeeded'; result: string } | { status: 'failed'; errorCode: string; errorMessage: string },
): Promise<boolean> {
  const r = await db
    .updateTable('jobs')
    .set({
      status: end.status,
      finished_at: now,
      heartbeat_at: now,
      lease_owner: null,
      lease_expires_at: null,
      ...(end.status === 'succeeded' ? { result: end.result } : { error_code: end.errorCode, error_message: end.errorMessage }),
    })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Gives a job back to the queue (a graceful stop between checkpoints). */
export async function releaseJob(db: DbOrTrx, id: number, owner: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'queued', lease_owner: null, lease_expires_at: null })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .where('status', '=', 'running')
    .execute();
}
