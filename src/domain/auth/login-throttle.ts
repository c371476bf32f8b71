/** Login limits (src/config.ts reads them from the environment). */
export interface LoginLimits {
  failuresPerUser: number;
  failuresPerIp: number;
  delaySeconds: number;
  maxDelaySeconds: number;
  /** Requests per minute and source to the login and setup routes, successful or not. */
  requestsPerMinute: number;
}

/** What one failed-login counter keys on: the source alone, or the source and the name tried. */
export type ThrottleScope = 'ip' | 'user';

export function throttleKey(scope: ThrottleScope, ip: string, username: string): string {
  return scope === 'ip' ? `ip:${ip}` : `user:${ip}|${username.trim().toLowerCase()}`.slice(0, 200);
}

/**
 * Progressive delay (issue 15 point 7): the first `threshold` failures cost nothing; from then on
 * every further failure makes the source wait `delaySeconds`, doubling each time up to the cap.
 * It is per source — never per account — so a flood from one address cannot lock the real user
 * out from another; and it ends by itself, so nobody can lock an account for good.
 */
export function delayAfterFailures(failures: number, scope: ThrottleScope, limits: LoginLimits): number {
  const threshold = scope === 'ip' ? limits.failuresPerIp : limits.failuresPerUser;
  if (failures < threshold) return 0;
  const doubled = limits.delaySeconds * 2 ** Math.min(failures - threshold, 30);
  return Math.min(doubled, limits.maxDelaySeconds);
}

/** A counter left alone this long starts again from zero. */
export function throttleResetMs(limits: LoginLimits): number {
  return Math.max(limits.maxDelaySeconds, 15 * 60) * 1000 * 2;
}
