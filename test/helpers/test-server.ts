import { startJobRunner } from '../../src/modules/jobs/service.ts';
import { buildApp } from '../../src/server/app.ts';
import type { Deps } from '../../src/deps.ts';
import { createTestDeps } from './test-deps.ts';

const DAY = 86_400_000;

/**
 * A real listening server over a fresh SQLite database with the demo district and users,
 * serving the built web app — what the browser tests drive. Its clock is the real one plus
 * an offset a journey can move forward (`advanceDays`), so a 7-day public notice can end
 * without waiting a week.
 */
export async function startTestServer(): Promise<{ url: string; deps: Deps; advanceDays(days: number): void; close(): Promise<void> }> {
  const deps = await createTestDeps('sqlite', { now: new Date().toISOString() });
  let offset = 0;
  const clockedDeps = { ...deps, clock: { now: () => new Date(Date.now() + offset) } };
  const app = await buildApp(clockedDeps);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const jobs = startJobRunner(clockedDeps, { pollMs: 200 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    /** The server's dependencies, for set-up the journey does not show (issue 18: an enrolled household). */
    deps: clockedDeps,
    advanceDays: (days: number) => {
      offset += days * DAY;
    },
    close: async () => {
      await jobs.stop();
      await app.close();
      await deps.dispose();
    },
  };
}
