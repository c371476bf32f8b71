import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.ts';

/**
 * The Content-Security-Policy of the app and the API (issue 15 point 12). Scripts only from our
 * own origin (the Vite bundle has no inline script). Styles also inline: antd 6 writes its
 * CSS-in-JS into <style> elements at run time, which 'self' alone would block. No framing at
 * all, no plugins, forms post only here. No `upgrade-insecure-requests`: the app is also served
 * over plain HTTP on a laptop or an intranet address, where it would break every asset.
 */
export const APP_CSP = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
};

/**
 * Swagger UI (/api/docs) gets its own policy from @fastify/swagger-ui (`staticCSP: true`: scripts
 * from 'self' plus the hashes of any inline ones); this forbids framing, lets its React views set
 * inline styles, and drops the upgrade (plain HTTP deployments).
 */
export function docsCsp(header: string): string {
  return header
    .replace(/frame-ancestors [^;]*;/, "frame-ancestors 'none';")
    .replace(/style-src ([^;]*);/, (_m, v: string) => `style-src ${v.trim()} 'unsafe-inline';`)
    .replace(/\s*upgrade-insecure-requests;?/, '')
    .trim();
}

/**
 * @fastify/helmet on every response — HTML, JSON, errors, files: CSP, X-Content-Type-Options
 * nosniff, X-Frame-Options DENY, Referrer-Policy no-referrer (URLs carry household and case
 * ids), and HSTS only when the deployment says it is behind HTTPS (COOKIE_SECURE).
 */
export async function registerSecurityHeaders(app: FastifyInstance, deps: Deps): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: APP_CSP },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: deps.config.cookieSecure ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
}
