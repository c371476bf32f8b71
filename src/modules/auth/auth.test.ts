import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/helpers/test-deps.ts';
import { useTestApp } from '../../../test/helpers/test-app.ts';

describe.each(dialects)('auth and users on %s', (dialect) => {
  const t = useTestApp(dialect);

  it('logs in with a HttpOnly SameSite=Strict session cookie and answers /me', async () => {
    const { app } = t();
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'community', password: 'minzheng-demo' } });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/mz_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const user = res.json().user;
    expect(user).toMatchObject({ username: 'community', role: 'community_worker', areaCode: '420102010001', areaName: '操场社区' });
    expect(user.areaPath.map((a: { name: string }) => a.name)).toEqual(['湖北省', '武汉市', '江岸区', '二七街道', '操场社区']);
    expect(JSON.stringify(res.json())).not.toMatch(/password_hash|argon2|minzheng-demo/i);
    expect(user.mustChangePassword).toBe(false);

    const cookie = `mz_session=${res.cookies[0]?.value}`;
    const me = await app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe('community');
  });

  it('refuses a wrong password and an unknown user with the same 401', async () => {
    const { app } = t();
    const wrong = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'street', password: 'nope-nope-1' } });
    const unknown = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'ghost', password: 'nope-nope-1' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error).toEqual({ code: 'invalid_credentials', message: '用户名或密码错误' });
  });

  it('answers /me with 401 without a cookie, and after logout', async () => {
    const { app, login } = t();
    expect((await app.inject({ url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const cookie = await login('verifier');
    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/mz_session=;/);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('expires sessions after the configured lifetime', async () => {
    const { app, login, deps } = t();
    const cookie = await login('auditor');
    deps.clock.advance(deps.config.sessionTtlHours * 3600_000 + 1000);
    try {
      expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
    } finally {
      deps.clock.advance(-(deps.config.sessionTtlHours * 3600_000 + 1000));
    }
  });

  it('delays a source after 5 failed logins for a username (429, Retry-After), audited, and an admin reset lifts it', async () => {
    const { app, login, deps } = t();
    const admin = await login('admin');
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: { username: 'locktest', displayName: '锁定测试', role: 'community_worker', areaCode: '420102010002', password: 'first-pass-1' },
    });
    expect(created.statusCode).toBe(201);
    const attempt = (password: string) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: '10.1.1.1', payload: { username: 'locktest', password } });
    for (let i = 1; i <= 5; i++) expect((await attempt('wrong-pass-1')).statusCode).toBe(401);
    const sixth = await attempt('first-pass-1');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().error.code).toBe('too_many_login_attempts');
    expect(Number(sixth.headers['retry-after'])).toBe(deps.config.login.delaySeconds);
    // The delay ends by itself; the right password then works.
    deps.clock.advance(deps.config.login.delaySeconds * 1000 + 1000);
    expect((await attempt('first-pass-1')).statusCode).toBe(200);

    // Delay again, then the admin's reset lifts it at once.
    for (let i = 1; i <= 5; i++) await attempt('wrong-pass-1');
    expect((await attempt('first-pass-1')).statusCode).toBe(429);
    const id = created.json().user.id;
    const reset = await app.inject({ method: 'POST', url: `/api/v1/users/${id}/reset-password`, headers: { cookie: admin }, payload: { password: 'second-pass-2' } });
    expect(reset.statusCode).toBe(204);
    expect((await attempt('first-pass-1')).statusCode).toBe(401);
    expect((await attempt('second-pass-2')).statusCode).toBe(200);

    const audit = await app.inject({ url: `/api/v1/audit?entityType=user&entityId=${id}&pageSize=100`, headers: { cookie: admin } });
    const actions = audit.json().items.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'auth.lockout')).toHaveLength(2);
    expect(actions.filter((a: string) => a === 'auth.login_failed').length).toBeGreaterThanOrEqual(11);
    expect(actions).toContain('user.create');
    expect(actions).toContain('user.reset_password');
  });

  it('lets an admin create users only inside their area, with the role at a fitting level', async () => {
    const { app, login } = t();
    const admin = await login('admin');
    const post = (cookie: string, payload: object) => app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie }, payload });
    const base = { displayName: '王五', role: 'street_reviewer', areaCode: '420102012', password: 'street-pass-1' };
    expect((await post(admin, { ...base, username: 'danshuichi' })).statusCode).toBe(201);
    const dup = await post(admin, { ...base, username: 'danshuichi' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'username_taken', field: 'username' });
    const level = await post(admin, { ...base, username: 'wronglevel', role: 'community_worker' });
    expect(level.statusCode).toBe(422);
    expect(level.json().error.field).toBe('areaCode');
    const weak = await post(admin, { ...base, username: 'weakpass', password: 'aaaaaaaa' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.field).toBe('password');

    // A street-level admin of 二七街道 cannot create users in 丹水池街道.
    expect((await post(admin, { ...base, username: 'erqiadmin', role: 'admin', areaCode: '420102010' })).statusCode).toBe(201);
    const streetAdmin = await login('erqiadmin', 'street-pass-1');
    const outside = await post(streetAdmin, { ...base, username: 'outside', areaCode: '420102012' });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('area_out_of_scope');
    const list = await app.inject({ url: '/api/v1/users?pageSize=200', headers: { cookie: streetAdmin } });
    expect(list.statusCode).toBe(200);
    for (const u of list.json().items) expect(u.areaCode.startsWith('420102010')).toBe(true);
    expect((await app.inject({ url: '/api/v1/users?areaCode=420102012', headers: { cookie: streetAdmin } })).statusCode).toBe(404);
  });

  it('forbids user management to every role but admin', async () => {
    const { app, login } = t();
    for (const username of ['county', 'street', 'community', 'verifier', 'auditor']) {
      const cookie = await login(username);
      expect((await app.inject({ url: '/api/v1/users', headers: { cookie } })).statusCode).toBe(403);
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: { cookie },
        payload: { username: `x${username}`, displayName: 'x', role: 'auditor', areaCode: '420102', password: 'abcdefg-1' },
      });
      expect(res.statusCode).toBe(403);
    }
  });
});
