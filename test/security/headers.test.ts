import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/modules/demo/service.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestDeps, dialects, type TestDeps } from '../helpers/test-deps.ts';

const webBuilt = fs.existsSync(path.join(import.meta.dirname, '..', '..', 'web', 'dist', 'index.html'));

/** What every response carries (issue 15 point 12), whatever produced it. */
function expectSecurityHeaders(res: LightMyRequestResponse, what: string) {
  const csp = String(res.headers['content-security-policy'] ?? '');
  expect(csp, what).toContain("default-src 'self'");
  expect(csp, what).toContain("script-src 'self'");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).not.toContain('upgrade-insecure-requests');
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers['referrer-policy'], what).toBe('no-referrer');
  expect(res.headers['x-frame-options'], what).toBe('DENY');
  expect(res.headers['x-powered-by'], what).toBeUndefined();
}

describe.each(dialects)('security headers on %s', (dialect) => {
  let app: FastifyInstance;
  let deps: TestDeps;
  let cookie: string;

  beforeAll(async () => {
    deps = await createTestDeps(dialect);
    app = await buildApp(deps, { serveWeb: true });
    await app.ready();
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'community', password: DEMO_PASSWORD } });
    cookie = `mz_session=${res.cookies.find((c) => c.name === 'mz_session')?.value}`;
  });
  afterAll(async () => {
    await app?.close();
    await deps?.dispose();
  });

  it.runIf(webBuilt)('on the HTML of the app, a deep link and its assets', async () => {
    for (const url of ['/', '/login', '/households/12']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(String(res.headers['content-type'])).toContain('text/html');
      expectSecurityHeaders(res, url);
      // The app runs under this policy: inline styles (antd's CSS-in-JS) allowed, inline scripts not.
      expect(String(res.headers['content-security-policy'])).toContain("style-src 'self' 'unsafe-inline'");
      expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  it('on an API JSON response and on errors (401, 404, 400, 429)', async () => {
    const health = await app.inject({ url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    expectSecurityHeaders(health, 'health');
    const me = await app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expectSecurityHeaders(me, 'me');
    const unauth = await app.inject({ url: '/api/v1/households' });
    expect(unauth.statusCode).toBe(401);
    expectSecurityHeaders(unauth, '401');
    const missing = await app.inject({ url: '/api/v1/no-such-thing' });
    expect(missing.statusCode).toBe(404);
    expectSecurityHeaders(missing, '404');
    const bad = await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    expect(bad.statusCode).toBe(400);
    expectSecurityHeaders(bad, '400');
  });

  it('on a file download', async () => {
    const res = await app.inject({ url: '/api/v1/households/export', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-disposition'])).toMatch(/attachment/);
    expectSecurityHeaders(res, 'export');
  });

  it('gives Swagger UI its own policy that still forbids framing', async () => {
    const res = await app.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger-ui-bundle.js');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
