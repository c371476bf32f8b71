import { buildApp } from '../../src/server/app.ts';
import { createTestDeps } from './test-deps.ts';

/**
 * A real listening server over a fresh SQLite database with the demo district and users,
 * serving the built web app — what the browser tests drive.
 */
export async function startTestServer(): Promise<{ url: string; close(): Promise<void> }> {
  const deps = await createTestDeps('sqlite', { now: new Date().toISOString() });
  const app = await buildApp({ ...deps, clock: { now: () => new Date() } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await app.close();
      await deps.dispose();
    },
  };
}
