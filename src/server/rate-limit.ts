import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Deps } from '../deps.ts';
import { DomainError } from '../domain/errors.ts';
import { countRequest, peekRequests } from '../modules/auth/login.ts';

type Callback = (err: Error | null, res?: { current: number; ttl: number }) => void;

/**
 * @fastify/rate-limit's store in our database (table rate_limit_hits), so two API processes
 * behind a proxy share one count per source (issue 20 point 4) — process memory would give each
 * its own. Fixed windows on the deps clock.
 */
function databaseStore(deps: Deps) {
  return class DatabaseStore {
    incr(key: string, cb: Callback, timeWindow: number): void {
      countRequest(deps, key, timeWindow).then(
        (r) => cb(null, { current: r.hits, ttl: r.ttlMs }),
        (err: Error) => cb(err),
      );
    }

    read(key: string, cb: Callback, timeWindow: number): void {
      peekRequests(deps, key, timeWindow).then(
        (r) => cb(null, { current: r.hits, ttl: r.ttlMs }),
        (err: Error) => cb(err),
      );
    }

    child(): DatabaseStore {
      return new DatabaseStore();
    }
  };
}

/**
 * Registers the plugin with no global limit: routes opt in with `loginRateLimit(deps)` in their
 * config. The key is the route and the source, so login and setup count apart.
 */
export async function registerRateLimit(app: FastifyInstance, deps: Deps): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    store: databaseStore(deps),
    keyGenerator: (request: FastifyRequest) => `${request.routeOptions.url ?? request.url}|${request.ip}`,
    errorResponseBuilder: (_request, context) =>
      new DomainError('too_many', 'too_many_requests', { params: { retryAfter: Math.max(1, Math.ceil(context.ttl / 1000)) } }),
  });
}

/** The per-source ceiling of the login and setup routes (LOGIN_RATE_LIMIT_PER_MINUTE). */
export function loginRateLimit(deps: Deps) {
  return { rateLimit: { max: deps.config.login.requestsPerMinute, timeWindow: 60_000 } };
}
