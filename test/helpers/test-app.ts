import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { DEMO_PASSWORD } from '../../src/modules/demo/service.ts';
import { startJobRunner } from '../../src/modules/jobs/service.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestDeps, type TestDeps, type TestDialect } from './test-deps.ts';

export interface TestApp {
  app: FastifyInstance;
  deps: TestDeps;
  /** Logs in and returns the Cookie header value for later requests. */
  login(username: string, password?: string): Promise<string>;
}

/**
 * `runJobs: true` starts the background job runner as `serve` does; otherwise jobs wait in the
 * queue until the test runs them (`await runJobsUntilIdle(deps)`), which keeps tests deterministic.
 */
export async function buildTestApp(dialect: TestDialect, opts: { now?: string; busyTimeoutMs?: number; runJobs?: boolean } = {}): Promise<TestApp & { close(): Promise<void> }> {
  const deps = await createTestDeps(dialect, opts);
  const app = await buildApp(deps, { serveWeb: false });
  await app.ready();
  const runner = opts.runJobs ? startJobRunner(deps, { pollMs: 50 }) : null;
  const login = async (username: string, password = DEMO_PASSWORD) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'mz_session');
    if (!cookie) throw new Error('no session cookie');
    return `mz_session=${cookie.value}`;
  };
  return {
    app,
    deps,
    login,
    close: async () => {
      await runner?.stop();
      await app.close();
      await deps.dispose();
    },
  };
}

/** One app per suite, built before its tests and torn down after. */
export function useTestApp(dialect: TestDialect, opts: { now?: string; busyTimeoutMs?: number; runJobs?: boolean } = {}): () => TestApp {
  let t: (TestApp & { close(): Promise<void> }) | undefined;
  beforeAll(async () => {
    t = await buildTestApp(dialect, opts);
  });
  afterAll(async () => {
    await t?.close();
  });
  return () => {
    if (!t) throw new Error('test app is not ready');
    return t;
  };
}
