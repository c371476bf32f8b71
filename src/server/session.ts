import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../domain/actor.ts';
import { DomainError } from '../domain/errors.ts';
import type { Deps } from '../deps.ts';
import { actorForSession } from '../modules/auth/service.ts';

export const SESSION_COOKIE = 'mz_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** What a user with a temporary password may still reach: enough to change it, or leave. */
const OPEN_WHILE_PASSWORD_CHANGE_DUE = new Set(['/api/v1/auth/change-password', '/api/v1/auth/logout', '/api/v1/auth/me', '/api/v1/auth/mode', '/api/v1/health']);

/**
 * Resolves the session cookie to an actor on every API request; routes decide if one is needed.
 * A user whose password is temporary gets 403 `password_change_required` everywhere else.
 */
export const sessionPlugin = fp<{ deps: Deps }>(async (app: FastifyInstance, { deps }) => {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await actorForSession(deps, token);
    if (!found) return;
    request.actor = found.actor;
    const path = request.url.split('?')[0]?.replace(/\/+$/, '') ?? '';
    if (found.mustChangePassword && path.startsWith('/api/v1/') && !OPEN_WHILE_PASSWORD_CHANGE_DUE.has(path)) throw new DomainError('forbidden', 'password_change_required');
  });
  // No session, no further look at the request: a route is public only when its schema says so
  // (`security: []`, as the OpenAPI document shows it), so a bad body never answers before the 401.
  app.addHook('preValidation', async (request) => {
    if (request.actor || request.is404 || !request.url.startsWith('/api/v1/')) return;
    const security = (request.routeOptions.schema as { security?: unknown[] } | undefined)?.security;
    if (Array.isArray(security) && security.length === 0) return;
    throw new DomainError('unauthenticated', 'unauthenticated');
  });
});

/** The logged-in actor, or a 401. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('unauthenticated', 'unauthenticated');
  return request.actor;
}

export function setSessionCookie(reply: FastifyReply, deps: Deps, token: string, expiresAt: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: deps.config.cookieSecure,
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply, deps: Deps): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: deps.config.cookieSecure, path: '/' });
}
