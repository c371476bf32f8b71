import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/helpers/test-app.ts';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { purgeStaleAuthRows } from './housekeeping.ts';

/** The login machinery's spent rows go; what can still matter stays (issue 15: unbounded tables). */
describe.each(dialects)('purging spent login rows on %s', (dialect) => {
  const t = useTestApp(dialect);

  it('deletes idle and expired sessions, reset counters and past windows, and keeps the live ones', async () => {
    const { app, login, deps } = t();
    const counts = async () => ({
      sessions: Number((await deps.db.selectFrom('sessions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
      throttles: Number((await deps.db.selectFrom('login_throttle').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
      windows: Number((await deps.db.selectFrom('rate_limit_hits').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    });
    await purgeStaleAuthRows(deps);
    const idle = await login('auditor');
    await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'street', password: 'wrong-wrong-1' } });
    const before = await counts();
    expect(before.sessions).toBeGreaterThan(0);
    expect(before.throttles).toBeGreaterThan(0);
    expect(before.windows).toBeGreaterThan(0);

    // Nothing is spent yet: a fresh session, a counter and a window still count.
    expect(await purgeStaleAuthRows(deps)).toEqual({ sessions: 0, throttles: 0, rateWindows: 0, setupTokens: 0 });

    const day = 25 * 3_600_000;
    deps.clock.advance(day);
    try {
      const purged = await purgeStaleAuthRows(deps);
      expect(purged.sessions).toBe(before.sessions);
      expect(purged.throttles).toBe(before.throttles);
      expect(purged.rateWindows).toBe(before.windows);
      // A session opened after the jump lives on through the next purge; the idle one is gone.
      const live = await login('verifier');
      await purgeStaleAuthRows(deps);
      expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie: live } })).statusCode).toBe(200);
      expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie: idle } })).statusCode).toBe(401);
      expect((await counts()).sessions).toBe(1);
    } finally {
      deps.clock.advance(-day);
    }
  });
});
