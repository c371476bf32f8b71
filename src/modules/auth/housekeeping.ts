import type { Deps } from '../../deps.ts';
import { throttleResetMs } from '../../domain/auth/login-throttle.ts';

/** Rate-limit windows are at most this long (login: a minute): a row older can count nothing. */
const LONGEST_RATE_WINDOW_MS = 24 * 3_600_000;

export interface AuthPurge {
  sessions: number;
  throttles: number;
  rateWindows: number;
  setupTokens: number;
}

/**
 * Deletes the rows the login machinery leaves behind once they can no longer matter: sessions
 * past their absolute or idle expiry, login-failure counters that have reset and block nothing,
 * rate-limit windows long over, and setup tokens expired or used. Without it every failed
 * login from a new address, every window and every session stayed for ever (a flood of
 * attempts grew the tables without bound). Run by the server at start and every few minutes;
 * set-based, safe to run from several processes at once.
 */
export async function purgeStaleAuthRows(deps: Deps): Promise<AuthPurge> {
  const now = deps.clock.now();
  const nowS = now.toISOString();
  const idleSince = new Date(now.getTime() - deps.config.sessionIdleMinutes * 60_000).toISOString();
  const throttleStale = new Date(now.getTime() - throttleResetMs(deps.config.login)).toISOString();
  const windowsOver = new Date(now.getTime() - LONGEST_RATE_WINDOW_MS).toISOString();
  const sessions = await deps.db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', nowS), eb(eb.fn.coalesce('last_seen_at', 'created_at'), '<=', idleSince)]))
    .executeTakeFirst();
  const throttles = await deps.db
    .deleteFrom('login_throttle')
    .where('last_failure_at', '<', throttleStale)
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<=', nowS)]))
    .executeTakeFirst();
  const rateWindows = await deps.db.deleteFrom('rate_limit_hits').where('window_start', '<=', windowsOver).executeTakeFirst();
  const setupTokens = await deps.db
    .deleteFrom('setup_tokens')
    .where((eb) => eb.or([eb('expires_at', '<=', nowS), eb('used_at', 'is not', null)]))
    .executeTakeFirst();
  return {
    sessions: Number(sessions.numDeletedRows),
    throttles: Number(throttles.numDeletedRows),
    rateWindows: Number(rateWindows.numDeletedRows),
    setupTokens: Number(setupTokens.numDeletedRows),
  };
}
