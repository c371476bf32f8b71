import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareInstallation } from '../../src/cli/serve.ts';
import type { Config } from '../../src/config.ts';
import { loadConfig } from '../../src/config.ts';
import { countUsers } from '../../src/modules/auth/service.ts';
import { DEMO_PASSWORD } from '../../src/modules/demo/service.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestDeps, dialects, type TestDeps } from '../helpers/test-deps.ts';

/** An app over a fresh database with some config changed (production mode, tighter limits). */
async function appWith(dialect: (typeof dialects)[number], change: (c: Config) => Partial<Config>, opts: { seedDemo?: boolean } = {}) {
  const base = await createTestDeps(dialect, opts);
  const deps: TestDeps = { ...base, config: { ...base.config, ...change(base.config) } };
  const app = await buildApp(deps, { serveWeb: false });
  await app.ready();
  return { app, deps, close: async () => (await app.close(), await base.dispose()) };
}

function loginAs(app: FastifyInstance, username: string, password: string, ip = '127.0.0.1') {
  return app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: ip, payload: { username, password } });
}

function cookieOf(res: { cookies: { name: string; value: string }[] }): string {
  const c = res.cookies.find((x) => x.name === 'mz_session');
  if (!c) throw new Error('no session cookie');
  return `mz_session=${c.value}`;
}

describe('the demo and production modes (config)', () => {
  it('runs the demo only on the embedded SQLite outside production, unless told', () => {
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/minzheng' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', MINZHENG_DEMO: 'true' }).demo).toBe(true);
    expect(loadConfig({ MINZHENG_DEMO: 'false' }).demo).toBe(false);
  });
});

describe('whom the server believes about the client address (TRUST_PROXY)', () => {
  it('parses false, true, a hop count and a list of proxy addresses, and refuses anything else', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.0.1.0/24' }).trustProxy).toEqual(['10.0.0.5', '10.0.1.0/24']);
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
  });

  it('takes X-Forwarded-For only from a listed proxy: a client elsewhere cannot choose its address', async () => {
    const { app, close } = await appWith('sqlite', () => ({ trustProxy: ['10.0.0.5'] }));
    try {
      const tries = async (from: string, claimed: (i: number) => string) => {
        for (let i = 0; i < 5; i++) await app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: from, headers: { 'x-forwarded-for': claimed(i) }, payload: { username: 'street', password: 'wrong-wrong-1' } });
      };
      // Through the proxy, each real client is its own source: five failures delay that source only.
      await tries('10.0.0.5', () => '203.0.113.7');
      expect((await loginAs(app, 'street', DEMO_PASSWORD, '10.0.0.5')).statusCode).toBe(200);
      // A client not behind the proxy claiming a fresh address for each attempt is still one source.
      await tries('198.51.100.9', (i) => `192.0.2.${i + 1}`);
      const again = await app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: '198.51.100.9', headers: { 'x-forwarded-for': '192.0.2.99' }, payload: { username: 'street', password: DEMO_PASSWORD } });
      expect(again.statusCode).toBe(429);
    } finally {
      await close();
    }
  });
});

describe.each(dialects)('login abuse and sessions on %s (issue 15 point 7)', (dialect) => {
  let t: Awaited<ReturnType<typeof appWith>>;
  beforeAll(async () => {
    t = await appWith(dialect, () => ({}));
  });
  afterAll(async () => t?.close());

  it('answers an unknown user, a wrong password and a locked or disabled account alike, after similar work', async () => {
    const { app, deps } = t;
    await deps.db.updateTable('users').set({ locked_until: '2099-01-01T00:00:00.000Z' }).where('username', '=', 'auditor').execute();
    await deps.db.updateTable('users').set({ active: 0 }).where('username', '=', 'verifier').execute();
    const timed = async (username: string, password: string, ip: string) => {
      const started = performance.now();
      const res = await loginAs(app, username, password, ip);
      return { res, ms: performance.now() - started };
    };
    const unknown = await timed('nobody-here', 'wrong-pass-1', '10.0.0.1');
    const wrong = await timed('street', 'wrong-pass-1', '10.0.0.2');
    const locked = await timed('auditor', DEMO_PASSWORD, '10.0.0.3');
    const disabled = await timed('verifier', DEMO_PASSWORD, '10.0.0.4');
    for (const r of [unknown, wrong, locked, disabled]) {
      expect(r.res.statusCode).toBe(401);
      expect(r.res.json()).toEqual({ error: { code: 'invalid_credentials', message: '用户名或密码错误' } });
    }
    // The same argon2 verification runs for an unknown name: no fast path that gives names away.
    const again = await timed('nobody-else', 'wrong-pass-1', '10.0.0.5');
    const wrongAgain = await timed('street', 'wrong-pass-2', '10.0.0.6');
    const fastest = Math.min(again.ms, wrongAgain.ms);
    expect(Math.max(again.ms, wrongAgain.ms) / fastest).toBeLessThan(5);
    expect(again.ms).toBeGreaterThan(5);
    await deps.db.updateTable('users').set({ locked_until: null, active: 1 }).where('username', 'in', ['auditor', 'verifier']).execute();
  });

  it('audits failed logins with the name tried, the address and the reason, never the password', async () => {
    const { deps } = t;
    const rows = await deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'auth.login_failed').execute();
    const values = rows.map((r) => JSON.parse(r.new_value ?? '{}') as { username: string; ip: string; reason: string });
    expect(values).toContainEqual({ username: 'nobody-here', ip: '10.0.0.1', reason: 'unknown_user' });
    expect(values).toContainEqual({ username: 'street', ip: '10.0.0.2', reason: 'wrong_password' });
    expect(values).toContainEqual({ username: 'auditor', ip: '10.0.0.3', reason: 'locked' });
    expect(values).toContainEqual({ username: 'verifier', ip: '10.0.0.4', reason: 'inactive' });
    expect(JSON.stringify(rows)).not.toContain('wrong-pass-1');
    expect(JSON.stringify(rows)).not.toContain(DEMO_PASSWORD);
  });

  it('does not let a flood from one address lock the real user out from another', async () => {
    const { app, deps } = t;
    let throttled = 0;
    for (let i = 0; i < 40; i++) {
      const res = await loginAs(app, 'community', `guess-${i}-x`, '203.0.113.9');
      if (res.statusCode === 429) throttled++;
      else expect(res.statusCode).toBe(401);
    }
    expect(throttled).toBeGreaterThan(30);
    const flooder = await loginAs(app, 'community', DEMO_PASSWORD, '203.0.113.9');
    expect(flooder.statusCode).toBe(429);
    const real = await loginAs(app, 'community', DEMO_PASSWORD, '198.51.100.7');
    expect(real.statusCode).toBe(200);
    const lockouts = await deps.db.selectFrom('audit_log').select('new_value').where('action', '=', 'auth.lockout').execute();
    expect(lockouts.length).toBeGreaterThan(0);
    expect(lockouts.map((r) => JSON.parse(r.new_value ?? '{}').ip)).toContain('203.0.113.9');
  });

  it('answers 429 with a Retry-After that doubles with each further failure, and ends by itself', async () => {
    const { app, deps } = t;
    const ip = '192.0.2.44';
    const { delaySeconds, failuresPerUser } = deps.config.login;
    for (let i = 1; i <= failuresPerUser; i++) expect((await loginAs(app, 'county', 'wrong-pass-1', ip)).statusCode).toBe(401);
    const first = await loginAs(app, 'county', DEMO_PASSWORD, ip);
    expect(first.statusCode).toBe(429);
    expect(first.json().error.code).toBe('too_many_login_attempts');
    expect(Number(first.headers['retry-after'])).toBe(delaySeconds);
    for (const expected of [delaySeconds * 2, delaySeconds * 4]) {
      deps.clock.advance(Number((await loginAs(app, 'county', 'x', ip)).headers['retry-after']) * 1000 + 500);
      expect((await loginAs(app, 'county', 'wrong-pass-1', ip)).statusCode).toBe(401);
      const blocked = await loginAs(app, 'county', DEMO_PASSWORD, ip);
      expect(blocked.statusCode).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBe(expected);
    }
    deps.clock.advance(delaySeconds * 4 * 1000 + 500);
    expect((await loginAs(app, 'county', DEMO_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('never throttles successful logins below the configured request ceiling', async () => {
    const { app } = t;
    for (let i = 0; i < 30; i++) expect((await loginAs(app, 'street', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('ends a session idle for 30 minutes, sliding on use, besides the absolute expiry', async () => {
    const { app, deps } = t;
    const cookie = cookieOf(await loginAs(app, 'community', DEMO_PASSWORD, '198.51.100.8'));
    const me = () => app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(deps.config.sessionIdleMinutes).toBe(30);
    for (let i = 0; i < 3; i++) {
      deps.clock.advance(29 * 60_000);
      expect((await me()).statusCode).toBe(200);
    }
    deps.clock.advance(30 * 60_000 + 1000);
    expect((await me()).statusCode).toBe(401);
  });

  it('ends the session on logout sent with a JSON content type and no body', async () => {
    const { app } = t;
    const cookie = cookieOf(await loginAs(app, 'street', DEMO_PASSWORD, '198.51.100.9'));
    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, 'content-type': 'application/json' } });
    expect(out.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
    // And with a body that is not what anything expects.
    const cookie2 = cookieOf(await loginAs(app, 'street', DEMO_PASSWORD, '198.51.100.9'));
    const odd = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: cookie2, 'content-type': 'application/json' }, payload: '{"x":1}' });
    expect(odd.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie: cookie2 } })).statusCode).toBe(401);
    // A route that needs a body still says so (400), not 415.
    const empty = await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' } });
    expect(empty.statusCode).toBe(400);
  });

  it('refuses short, common and username passwords (the demo password is the demo’s own)', async () => {
    const { app } = t;
    const admin = cookieOf(await loginAs(app, 'admin', DEMO_PASSWORD, '198.51.100.10'));
    const create = (username: string, password: string) =>
      app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie: admin }, payload: { username, displayName: '测试', role: 'auditor', areaCode: '420102', password } });
    for (const [password, code] of [
      ['abc12', 'validation_failed'],
      ['abcdefgh', 'password_too_weak'],
      ['woaini1314', 'password_common'],
      ['qq123456', 'password_common'],
      ['a123456789', 'password_common'],
      ['P@ssw0rd', 'password_common'],
      ['policytest1', 'password_is_username'],
    ] as const) {
      const res = await create('policytest1', password);
      expect(res.statusCode, password).toBe(400);
      expect(res.json().error, password).toMatchObject({ code, field: 'password' });
    }
    expect((await create('policytest1', 'Ruo-kou-7-long')).statusCode).toBe(201);
  });
});

describe.each(dialects)('the login rate limit on %s', (dialect) => {
  let t: Awaited<ReturnType<typeof appWith>>;
  beforeAll(async () => {
    t = await appWith(dialect, (c) => ({ login: { ...c.login, requestsPerMinute: 3 } }));
  });
  afterAll(async () => t?.close());

  it('caps requests per source and minute (@fastify/rate-limit, counted in the database)', async () => {
    const { app, deps } = t;
    for (let i = 0; i < 3; i++) expect((await loginAs(app, 'street', DEMO_PASSWORD, '10.9.9.9')).statusCode).toBe(200);
    const over = await loginAs(app, 'street', DEMO_PASSWORD, '10.9.9.9');
    expect(over.statusCode).toBe(429);
    expect(over.json().error.code).toBe('too_many_requests');
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect((await loginAs(app, 'street', DEMO_PASSWORD, '10.9.9.10')).statusCode).toBe(200);
    const row = await deps.db.selectFrom('rate_limit_hits').selectAll().where('key', 'like', '%10.9.9.9').executeTakeFirstOrThrow();
    expect(row.hits).toBe(4);
    deps.clock.advance(61_000);
    expect((await loginAs(app, 'street', DEMO_PASSWORD, '10.9.9.9')).statusCode).toBe(200);
  });
});

describe.each(dialects)('a production start on %s (issue 15 point 5)', (dialect) => {
  let t: Awaited<ReturnType<typeof appWith>>;
  let token: string;
  beforeAll(async () => {
    t = await appWith(dialect, () => ({ demo: false }), { seedDemo: false });
  });
  afterAll(async () => t?.close());

  it('creates no demo users and prints a one-time setup token instead', async () => {
    const { app, deps } = t;
    const started = await prepareInstallation(deps, { households: 10 });
    expect(started.seeded).toBe(false);
    expect(await countUsers(deps)).toBe(0);
    expect(started.setup?.token).toMatch(/^[\w-]{20,}$/);
    token = started.setup!.token;
    // Stored hashed, never as printed.
    const stored = await deps.db.selectFrom('setup_tokens').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await loginAs(app, 'admin', DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/auth/mode' })).json()).toEqual({ demo: false, setupRequired: true });
  });

  it('creates the first admin with the token once; the demo password is refused', async () => {
    const { app } = t;
    const setup = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/setup', payload });
    const body = { token, username: 'chief', displayName: '管理员', areaCode: '420102', password: 'Qiang-mima-2026' };
    expect((await setup({ ...body, token: 'x'.repeat(32) })).statusCode).toBe(403);
    const demo = await setup({ ...body, password: DEMO_PASSWORD });
    expect(demo.statusCode).toBe(400);
    expect(demo.json().error.code).toBe('password_demo');
    const ok = await setup(body);
    expect(ok.statusCode).toBe(201);
    expect(ok.json().user).toMatchObject({ username: 'chief', role: 'admin', areaCode: '420102', areaName: '江岸区' });
    expect((await setup({ ...body, username: 'second' })).statusCode).toBe(409);
    const login = await loginAs(app, 'chief', 'Qiang-mima-2026');
    expect(login.statusCode).toBe(200);
    expect(login.json().user.mustChangePassword).toBe(false);
    expect((await app.inject({ url: '/api/v1/auth/mode' })).json()).toEqual({ demo: false, setupRequired: false });
  });

  it('makes a user whose password an admin set change it at first login; until then only me, logout and change-password answer', async () => {
    const { app } = t;
    const admin = cookieOf(await loginAs(app, 'chief', 'Qiang-mima-2026'));
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: { username: 'newbie', displayName: '新人', role: 'auditor', areaCode: '420102', password: 'Linshi-mima-1' },
    });
    expect(created.statusCode).toBe(201);
    const login = await loginAs(app, 'newbie', 'Linshi-mima-1');
    expect(login.json().user.mustChangePassword).toBe(true);
    const cookie = cookieOf(login);
    const blocked = await app.inject({ url: '/api/v1/households', headers: { cookie } });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).json().user.mustChangePassword).toBe(true);
    const change = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/auth/change-password', headers: { cookie }, payload });
    expect((await change({ currentPassword: 'wrong-one-1', newPassword: 'Ziji-de-mima-9' })).json().error).toMatchObject({ code: 'current_password_wrong', field: 'currentPassword' });
    expect((await change({ currentPassword: 'Linshi-mima-1', newPassword: DEMO_PASSWORD })).json().error).toMatchObject({ code: 'password_demo', field: 'newPassword' });
    expect((await change({ currentPassword: 'Linshi-mima-1', newPassword: 'Linshi-mima-1' })).json().error.code).toBe('password_unchanged');
    const changed = await change({ currentPassword: 'Linshi-mima-1', newPassword: 'Ziji-de-mima-9' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.mustChangePassword).toBe(false);
    expect((await app.inject({ url: '/api/v1/households', headers: { cookie } })).statusCode).toBe(200);
    // An admin's reset makes the password temporary again.
    const id = created.json().user.id;
    expect((await app.inject({ method: 'POST', url: `/api/v1/users/${id}/reset-password`, headers: { cookie: admin }, payload: { password: 'Chongzhi-mima-3' } })).statusCode).toBe(204);
    expect((await loginAs(app, 'newbie', 'Chongzhi-mima-3')).json().user.mustChangePassword).toBe(true);
  });
});
