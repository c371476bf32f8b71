import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/helpers/test-app.ts';
import { dialects } from '../../test/helpers/test-deps.ts';
import { buildApp } from './app.ts';

describe.each(dialects)('API conventions on %s', (dialect) => {
  const t = useTestApp(dialect);
  const login = (payload: unknown, headers: Record<string, string> = {}) =>
    t().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: payload as object, headers });

  it('reports health with the engine in use', async () => {
    const res = await t().app.inject({ url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: dialect });
  });

  it('publishes OpenAPI JSON covering every route and Swagger UI', async () => {
    const { app } = t();
    const spec = (await app.inject({ url: '/api/openapi.json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    for (const p of ['/api/v1/health', '/api/v1/auth/login', '/api/v1/auth/me', '/api/v1/areas/{code}', '/api/v1/users', '/api/v1/audit']) {
      expect(spec.paths).toHaveProperty([p]);
    }
    expect(spec.paths['/api/v1/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
    const docs = await app.inject({ url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toMatch(/swagger/i);
  });

  it('answers malformed JSON, wrong types, unknown fields and oversize bodies with 4xx and our error shape', async () => {
    const { app } = t();
    const bad = await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username": ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_json');

    const wrongType = await login({ username: 42, password: 'x' });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error).toMatchObject({ code: 'validation_failed', field: 'username' });

    const unknown = await login({ username: 'a', password: 'b', admin: true });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'validation_failed', field: 'admin' });

    const huge = await login({ username: 'a', password: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('body_too_large');

    const text = await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/xml' }, payload: '<x/>' });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('unsupported_media_type');

    const missing = await app.inject({ url: '/api/v1/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('route_not_found');
  });

  it('answers 401 before looking at the body of a non-public route; public routes say so in the OpenAPI document', async () => {
    const { app } = t();
    for (const [method, url] of [['POST', '/api/v1/households'], ['POST', '/api/v1/applications/1/transitions'], ['PUT', '/api/v1/programs/local/1']] as const) {
      for (const payload of [{}, { nonsense: true }]) {
        const res = await app.inject({ method, url, payload });
        expect(res.statusCode, `${method} ${url}`).toBe(401);
        expect(res.json().error.code).toBe('unauthenticated');
      }
    }
    // Public: the login still validates its body, logout always answers.
    expect((await login({})).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: 'mz_session=stale' } })).statusCode).toBe(204);
    const spec = (await app.inject({ url: '/api/openapi.json' })).json();
    const publicOps = Object.entries(spec.paths as Record<string, Record<string, { security?: unknown[] }>>).flatMap(([p, ops]) =>
      Object.entries(ops).filter(([, op]) => Array.isArray(op.security) && op.security.length === 0).map(([m]) => `${m.toUpperCase()} ${p}`),
    );
    expect(publicOps.sort()).toEqual(['GET /api/v1/auth/mode', 'GET /api/v1/health', 'POST /api/v1/auth/login', 'POST /api/v1/auth/logout', 'POST /api/v1/setup', 'POST /api/v1/public/complaints', 'GET /api/v1/public/complaints/{trackingCode}', 'GET /public/roster/{areaCode}', 'GET /public/roster/{areaCode}/roster.pdf'].sort());
  });

  it('answers router errors (an over-long path parameter, a broken percent-encoding) in our error shape', async () => {
    const { app } = t();
    const cookie = await t().login('county');
    const long = await app.inject({ url: `/api/v1/households/${'9'.repeat(500)}`, headers: { cookie } });
    expect(long.statusCode).toBe(414);
    expect(long.json()).toEqual({ error: { code: 'url_parameter_too_long', message: '请求地址中的参数过长' } });
    const broken = await app.inject({ url: '/api/v1/households/%E0%A4%A', headers: { cookie, 'accept-language': 'en' } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toEqual({ error: { code: 'url_invalid', message: 'The request URL is not valid' } });
  });

  it('refuses a NUL character anywhere in a body, query or path with a 400 naming the field', async () => {
    const { app } = t();
    const cookie = await t().login('county');
    const inQuery = await app.inject({ url: '/api/v1/institutions?q=a%00b', headers: { cookie } });
    expect(inQuery.statusCode).toBe(400);
    expect(inQuery.json().error).toMatchObject({ code: 'validation_failed', field: 'q' });
    const inBody = await app.inject({ method: 'POST', url: '/api/v1/staff-relatives', headers: { cookie }, payload: { staffName: 'a\u0000', staffPosition: 'x', relativeName: 'y', relativeIdNumber: '420102199003071234', relation: 'z', areaCode: '420102' } });
    expect(inBody.statusCode).toBe(400);
    expect(inBody.json().error).toMatchObject({ code: 'validation_failed', field: 'staffName' });
    const inKey = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: '{"username":"a","password":"b","x\\u0000":1}', headers: { 'content-type': 'application/json' } });
    expect(inKey.statusCode).toBe(400);
  });

  it('speaks zh-CN by default and English when the client asks for it', async () => {
    const zh = await login({ username: 'nobody', password: 'wrong-1' });
    expect(zh.json().error.message).toBe('用户名或密码错误');
    const en = await login({ username: 'nobody', password: 'wrong-1' }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.json().error.message).toBe('Wrong username or password');
    const enValidation = await login({ username: 'a' }, { 'accept-language': 'en' });
    expect(enValidation.json().error.message).toMatch(/^Invalid input: password/);
    const zhValidation = await login({ username: 'a' });
    expect(zhValidation.json().error.message).toMatch(/^输入有误：password/);
  });

  it('hides internals of unexpected errors behind a 500 with a request id', async () => {
    const { deps } = t();
    const app = await buildApp(deps, { serveWeb: false });
    // Public (no session needed), so the handler itself is what fails.
    app.get('/api/v1/boom', { schema: { security: [] } }, async () => {
      throw new Error('secret table name users_pw');
    });
    const res = await app.inject({ url: '/api/v1/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('internal_error');
    expect(res.body).not.toMatch(/secret|users_pw/);
    await app.close();
  });

  it('gives the audit log to auditors and admins only, with chain verification', async () => {
    const { app, login: as } = t();
    for (const who of ['auditor', 'admin']) {
      const cookie = await as(who);
      const list = await app.inject({ url: '/api/v1/audit?pageSize=5', headers: { cookie } });
      expect(list.statusCode).toBe(200);
      expect(list.json().items.length).toBeGreaterThan(0);
      const verify = await app.inject({ method: 'POST', url: '/api/v1/audit/verify', headers: { cookie } });
      expect(verify.json()).toMatchObject({ intact: true });
    }
    for (const who of ['community', 'street', 'county', 'verifier']) {
      const cookie = await as(who);
      expect((await app.inject({ url: '/api/v1/audit', headers: { cookie } })).statusCode).toBe(403);
      expect((await app.inject({ method: 'POST', url: '/api/v1/audit/verify', headers: { cookie } })).statusCode).toBe(403);
    }
  });
});
