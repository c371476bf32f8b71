import { randomBytes } from 'node:crypto';
import type { Deps } from '../../deps.ts';
import { delayAfterFailures, throttleKey, throttleResetMs, type ThrottleScope } from '../../domain/auth/login-throttle.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { burnVerifyTime, verifyPassword } from './password.ts';
import * as q from './queries.ts';
import { tokenHashOf, userView, type UserView } from './service.ts';

export interface LoginAttempt {
  username: string;
  password: string;
  /** The client address (request.ip; behind a proxy with TRUST_PROXY=true, X-Forwarded-For). */
  ip: string;
}

type FailureReason = 'unknown_user' | 'inactive' | 'wrong_password' | 'locked';

function secondsUntil(iso: string, now: Date): number {
  return Math.max(1, Math.ceil((new Date(iso).getTime() - now.getTime()) / 1000));
}

/**
 * Checks the password and opens a session (issue 15 point 7). Unknown user, disabled or locked
 * account and wrong password get the same 401 after the same argon2 work, so the answer tells
 * nothing about which names exist. Failures build up a delay per source — per IP and per IP and
 * username, in the database so every API process sees it — answered 429 with Retry-After while
 * it runs; a success clears the source's counter for that username only. Each failure is
 * audited (username tried, address, reason; never the password), and so is each delay begun.
 */
export async function login(deps: Deps, attempt: LoginAttempt): Promise<{ token: string; expiresAt: string; user: UserView }> {
  const now = deps.clock.now();
  const nowS = now.toISOString();
  const username = attempt.username.trim();
  const keys: Record<ThrottleScope, string> = { ip: throttleKey('ip', attempt.ip, username), user: throttleKey('user', attempt.ip, username) };
  const blockedUntil = await q.throttleBlockedUntil(deps.db, [keys.ip, keys.user], nowS);
  if (blockedUntil) throw new DomainError('too_many', 'too_many_login_attempts', { params: { retryAfter: secondsUntil(blockedUntil, now) } });

  const user = await q.findUserByUsername(deps.db, username);
  let reason: FailureReason | null;
  if (!user) {
    await burnVerifyTime(attempt.password);
    reason = 'unknown_user';
  } else {
    const ok = await verifyPassword(user.password_hash, attempt.password);
    reason = user.active !== 1 ? 'inactive' : user.locked_until && user.locked_until > nowS ? 'locked' : ok ? null : 'wrong_password';
  }

  if (reason !== null || !user) {
    await recordFailure(deps, attempt, keys, reason ?? 'unknown_user', user ?? null, now);
    throw new DomainError('unauthenticated', 'invalid_credentials');
  }

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + deps.config.sessionTtlHours * 3600_000).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await q.updateUser(trx, user.id, { failed_logins: 0, updated_at: nowS });
    await q.clearLoginThrottle(trx, keys.user);
    await q.insertSession(trx, { tokenHash: tokenHashOf(token), userId: user.id, createdAt: nowS, expiresAt });
    await recordAudit(trx, deps, { userId: user.id, username: user.username }, {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      areaCode: user.area_code,
      newValue: { ip: attempt.ip },
    });
  });
  return { token, expiresAt, user: await userView(deps, user) };
}

async function recordFailure(
  deps: Deps,
  attempt: LoginAttempt,
  keys: Record<ThrottleScope, string>,
  reason: FailureReason,
  user: { id: number; area_code: string } | null,
  now: Date,
): Promise<void> {
  const nowS = now.toISOString();
  const staleBefore = new Date(now.getTime() - throttleResetMs(deps.config.login)).toISOString();
  // The name as tried, cut to the column: an attacker's 10 kB "username" is not worth keeping whole.
  const tried = attempt.username.trim().slice(0, 64);
  await deps.db.transaction().execute(async (trx) => {
    if (user) await trx.updateTable('users').set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) })).where('id', '=', user.id).execute();
    await recordAudit(trx, deps, null, {
      action: 'auth.login_failed',
      entityType: 'user',
      entityId: user ? user.id : tried,
      areaCode: user?.area_code ?? null,
      newValue: { username: tried, ip: attempt.ip, reason },
    });
    for (const scope of ['ip', 'user'] as const) {
      const failures = await q.countLoginFailure(trx, keys[scope], nowS, staleBefore);
      const delay = delayAfterFailures(failures, scope, deps.config.login);
      if (delay === 0) continue;
      const until = new Date(now.getTime() + delay * 1000).toISOString();
      await q.blockLoginSource(trx, keys[scope], until);
      await recordAudit(trx, deps, null, {
        action: 'auth.lockout',
        entityType: 'user',
        entityId: user ? user.id : tried,
        areaCode: user?.area_code ?? null,
        newValue: { scope, username: tried, ip: attempt.ip, failures, until, delaySeconds: delay },
      });
    }
  });
}

/**
 * One request to a rate-limited route (login, setup) counted in a fixed window shared by every
 * API process through the database; returns the count so far and the milliseconds left.
 */
export async function countRequest(deps: Deps, key: string, windowMs: number): Promise<{ hits: number; ttlMs: number }> {
  const now = deps.clock.now();
  const r = await q.countRateLimitHit(deps.db, key.slice(0, 200), now.toISOString(), new Date(now.getTime() - windowMs).toISOString());
  return { hits: r.hits, ttlMs: Math.max(0, new Date(r.windowStart).getTime() + windowMs - now.getTime()) };
}

/** The same count without counting (rate-limit's `read`). */
export async function peekRequests(deps: Deps, key: string, windowMs: number): Promise<{ hits: number; ttlMs: number }> {
  const now = deps.clock.now();
  const r = await q.readRateLimitHits(deps.db, key.slice(0, 200));
  if (!r) return { hits: 0, ttlMs: 0 };
  const ttlMs = new Date(r.windowStart).getTime() + windowMs - now.getTime();
  return ttlMs > 0 ? { hits: r.hits, ttlMs } : { hits: 0, ttlMs: 0 };
}
