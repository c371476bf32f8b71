import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { createDatabase } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorForUsername } from '../auth/service.ts';
import type { JobHandler } from './handler.ts';
import * as q from './queries.ts';
import { getJob, runJobsUntilIdle, startJobRunner, submitJob } from './service.ts';

/** Test kinds: each records what it did, so a test can see a job ran once and resumed. */
function testHandlers(over: Record<string, JobHandler>) {
  return { kinds: Object.keys(over), handlerFor: (kind: string) => over[kind] };
}

describe.each(dialects)('jobs on %s', (dialect) => {
  const t = useTestApp(dialect);
  /** A second "process": its own connection pool on the same database, the same clock. */
  let other: Deps;
  beforeAll(() => {
    const deps = t().deps;
    other = { ...deps, db: createDatabase(deps.config.database), log: pino({ level: 'silent' }) };
  });
  afterAll(async () => {
    await other.db.destroy();
  });
  const now = () => t().deps.clock.now().toISOString();
  const later = (ms: number) => new Date(t().deps.clock.now().getTime() + ms).toISOString();

  it('lets exactly one of two processes claim each job, however they race', async () => {
    const actor = await actorForUsername(t().deps, 'community');
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push((await submitJob(t().deps, actor, 'household_import', { n: i })).id);
    const claims = await Promise.all(
      Array.from({ length: 30 }, (_, i) => q.claimJob(i % 2 ? other.db : t().deps.db, `p${i % 2}`, now(), later(60_000), ['household_import'])),
    );
    const taken = claims.filter((c) => c !== undefined).map((c) => c!.id);
    expect(taken.sort((a, b) => a - b)).toEqual(ids);
    expect(new Set(taken).size).toBe(taken.length);
    // Leave them failed so later tests' runners find nothing of this kind.
    for (const c of claims) if (c) await q.finishJob(t().deps.db, c.id, c.lease_owner!, now(), { status: 'failed', errorCode: 'job_failed', errorMessage: '{}' });
  });

  it('resumes a resumable job from its checkpoint after its process died, and fails a non-resumable one cleanly', async () => {
    const actor = await actorForUsername(t().deps, 'community');
    const seen: unknown[] = [];
    const counter: JobHandler<{ steps: number }> = {
      resumable: true,
      async run(deps, job, progress) {
        seen.push(progress.checkpoint);
        let step = (progress.checkpoint as { step: number } | null)?.step ?? 0;
        for (; step < 4; step++) {
          await deps.db.transaction().execute((trx) => progress.save(trx, { step: step + 1 }, { done: step + 1, total: 4, phase: 'count' }));
        }
        return { steps: step };
      },
    };
    const once: JobHandler = { resumable: false, run: async () => ({ ran: true }) };
    const handlers = testHandlers({ test_counter: counter as JobHandler, test_once: once });
    const a = await submitJob(t().deps, actor, 'test_counter' as never, {});
    const b = await submitJob(t().deps, actor, 'test_once' as never, {});
    // Process one claims both, checkpoints the counter at step 2, then dies (no heartbeat).
    for (const id of [a.id, b.id]) await q.claimJob(t().deps.db, 'dead', now(), later(30_000), ['test_counter', 'test_once'], id);
    await q.touchJob(t().deps.db, a.id, 'dead', now(), later(30_000), { checkpoint: JSON.stringify({ step: 2 }), progress_done: 2, progress_total: 4 });
    // Before the lease expires nobody takes them over.
    expect(await runJobsUntilIdle(other, { handlers })).toBe(0);
    t().deps.clock.advance(31_000);
    expect(await runJobsUntilIdle(other, { handlers })).toBe(2);
    expect(seen).toEqual([{ step: 2 }]);
    const resumed = await getJob(t().deps, actor, a.id);
    expect(resumed).toMatchObject({ status: 'succeeded', attempts: 2, result: { steps: 4 }, progress: { done: 4, total: 4 } });
    const failed = await getJob(t().deps, actor, b.id, 'en');
    expect(failed).toMatchObject({ status: 'failed', result: null, error: { code: 'job_interrupted', message: expect.stringContaining('interrupted') } });
  });

  it('stops a process whose lease was taken over: its batch rolls back instead of being written twice', async () => {
    const actor = await actorForUsername(t().deps, 'community');
    const job = await submitJob(t().deps, actor, 'test_counter' as never, {});
    await q.claimJob(t().deps.db, 'slow', now(), later(1000), ['test_counter'], job.id);
    t().deps.clock.advance(2000);
    await q.claimJob(other.db, 'fast', now(), later(30_000), ['test_counter'], job.id);
    const slowSave = t()
      .deps.db.transaction()
      .execute(async (trx) => {
        await trx.updateTable('jobs').set({ phase: 'written by slow' }).where('id', '=', job.id).execute();
        await q.touchJob(trx, job.id, 'slow', now(), later(1000), { checkpoint: '{"step":9}' }).then((held) => {
          if (!held) throw new Error('lease lost');
        });
      });
    await expect(slowSave).rejects.toThrow('lease lost');
    const row = await q.findJob(t().deps.db, job.id);
    expect(row).toMatchObject({ lease_owner: 'fast', checkpoint: null });
    expect(row!.phase).not.toBe('written by slow');
    await q.finishJob(t().deps.db, job.id, 'fast', now(), { status: 'failed', errorCode: 'job_failed', errorMessage: '{}' });
  });

  it('wakes a sleeping runner when a job is submitted rather than at its next poll; on PostgreSQL the runner of another process', async () => {
    const actor = await actorForUsername(t().deps, 'community');
    const started = new Map<number, number>();
    const wake: JobHandler = {
      resumable: true,
      async run(_deps, job) {
        started.set(job.id, Date.now());
        return {};
      },
    };
    const handlers = testHandlers({ test_wake: wake });
    // An hour between polls: only the wake-up can start these jobs within the test. On PostgreSQL
    // the runner claims through a pool of its own (another process), so only NOTIFY reaches it.
    const runner = startJobRunner(dialect === 'postgres' ? other : t().deps, { handlers, pollMs: 3_600_000 });
    try {
      await new Promise((r) => setTimeout(r, 1000));
      for (let i = 0; i < 2; i++) {
        const submitted = Date.now();
        const job = await submitJob(t().deps, actor, 'test_wake' as never, { i });
        await expect.poll(() => started.get(job.id), { timeout: 10_000, interval: 10 }).toBeDefined();
        expect(started.get(job.id)! - submitted).toBeLessThan(10_000);
        await expect.poll(async () => (await getJob(t().deps, actor, job.id)).status, { timeout: 10_000, interval: 20 }).toBe('succeeded');
      }
    } finally {
      await runner.stop();
    }
  });

  it('records a failure with its message in both languages, and an unexpected error without internals', async () => {
    const actor = await actorForUsername(t().deps, 'community');
    const handlers = testHandlers({
      test_refused: { resumable: true, run: async () => Promise.reject(new DomainError('validation', 'import_sheets_missing', { params: { sheets: '户信息、成员' } })) },
      test_broken: { resumable: true, run: async () => Promise.reject(new Error('secret internals')) },
    });
    const refused = await submitJob(t().deps, actor, 'test_refused' as never, {});
    const broken = await submitJob(t().deps, actor, 'test_broken' as never, {});
    await runJobsUntilIdle(t().deps, { handlers });
    expect(await getJob(t().deps, actor, refused.id)).toMatchObject({ status: 'failed', error: { code: 'import_sheets_missing', message: expect.stringContaining('户信息、成员') } });
    expect(await getJob(t().deps, actor, refused.id, 'en')).toMatchObject({ error: { message: expect.stringContaining('lacks the sheets') } });
    const b = await getJob(t().deps, actor, broken.id);
    expect(b).toMatchObject({ status: 'failed', error: { code: 'job_failed' } });
    expect(JSON.stringify(b)).not.toContain('secret internals');
  });

  it('shows a job to its submitter and to users whose area covers it, to nobody else (404), and lists own jobs', async () => {
    const actor = await actorForUsername(t().deps, 'community');
    const job = await submitJob(t().deps, actor, 'household_import', { dryRun: true });
    const get = async (user: string) => t().app.inject({ url: `/api/v1/jobs/${job.id}`, headers: { cookie: await t().login(user) } });
    expect((await get('community')).json()).toMatchObject({ id: job.id, status: 'queued', submittedBy: 'community', areaCode: '420102010001' });
    expect((await get('street')).statusCode).toBe(200);
    expect((await get('county')).statusCode).toBe(200);
    await expect(getJob(t().deps, { userId: 9999, username: 'x', role: 'community_worker', areaCode: '420102010002' }, job.id)).rejects.toMatchObject({ code: 'job_not_found' });
    const missing = await t().app.inject({ url: '/api/v1/jobs/999999', headers: { cookie: await t().login('community') } });
    expect(missing.statusCode).toBe(404);
    const list = await t().app.inject({ url: '/api/v1/jobs?pageSize=5', headers: { cookie: await t().login('community') } });
    expect(list.json().items[0]).toMatchObject({ id: job.id });
    expect(list.json().total).toBeGreaterThan(5);
    const countyList = await t().app.inject({ url: '/api/v1/jobs', headers: { cookie: await t().login('county') } });
    expect(countyList.json()).toEqual({ items: [], total: 0 });
    expect((await t().app.inject({ url: `/api/v1/jobs/${job.id}` })).statusCode).toBe(401);
    await t().deps.db.updateTable('jobs').set({ status: 'failed' }).where('id', '=', job.id).execute();
  });
});
