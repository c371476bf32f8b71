import { randomBytes } from 'node:crypto';
import { nowIso } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { areaLevelOf } from '../../domain/area-code.ts';
import { DomainError } from '../../domain/errors.ts';
import { findArea, importDistrict } from '../areas/service.ts';
import { recordAudit } from '../audit/service.ts';
import * as q from './queries.ts';
import { assertPasswordAllowed, createUser, tokenHashOf, type UserListItem } from './service.ts';

/** Whether the installation still waits for its first administrator (a production start). */
export async function setupRequired(deps: Deps): Promise<boolean> {
  return !deps.config.demo && (await q.countAdmins(deps.db)) === 0;
}

/**
 * A production start with no administrator (issue 15 point 5): a one-time token, printed at start
 * and stored only as its hash, lets the first administrator be created once, within
 * `setupTokenTtlHours`. Null when an administrator exists or in the demo.
 */
export async function issueSetupToken(deps: Deps): Promise<{ token: string; expiresAt: string } | null> {
  if (!(await setupRequired(deps))) return null;
  const token = randomBytes(24).toString('base64url');
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.config.setupTokenTtlHours * 3600_000).toISOString();
  await q.insertSetupToken(deps.db, { tokenHash: tokenHashOf(token), createdAt: now.toISOString(), expiresAt });
  return { token, expiresAt };
}

export interface FirstAdmin {
  token: string;
  username: string;
  displayName?: string | undefined;
  password: string;
  /** The area the administrator is bound to; a district (6 digits) of the national catalogue is imported when missing. */
  areaCode: string;
}

/**
 * Creates the first administrator with the setup token. The token is spent in the same
 * transaction as the check that no administrator exists, so two racing requests make one admin;
 * the password is the admin's own choice (the policy applies; no change needed at first login).
 */
export async function completeSetup(deps: Deps, input: FirstAdmin): Promise<UserListItem> {
  if (deps.config.demo) throw new DomainError('conflict', 'setup_not_needed');
  // Checked before the token is spent, so a refused password does not burn it.
  assertPasswordAllowed(deps, input.password, input.username);
  if (!(await findArea(deps.db, input.areaCode))) {
    if (areaLevelOf(input.areaCode) !== 'district') throw new DomainError('unprocessable', 'area_not_found', { field: 'areaCode', params: { areaCode: input.areaCode } });
    await importDistrict(deps, null, input.areaCode).catch(() => {
      throw new DomainError('unprocessable', 'area_not_found', { field: 'areaCode', params: { areaCode: input.areaCode } });
    });
  }
  const spent = await deps.db.transaction().execute(async (trx) => {
    if ((await q.countAdmins(trx)) > 0) return 'done' as const;
    if (!(await q.useSetupToken(trx, tokenHashOf(input.token), nowIso(deps.clock)))) return 'invalid' as const;
    await recordAudit(trx, deps, null, { action: 'setup.token_used', entityType: 'setup', entityId: 'first_admin', newValue: { username: input.username } });
    return 'ok' as const;
  });
  if (spent === 'done') throw new DomainError('conflict', 'setup_not_needed');
  if (spent === 'invalid') throw new DomainError('forbidden', 'setup_token_invalid', { field: 'token' });
  return createUser(deps, null, { username: input.username, displayName: input.displayName ?? '系统管理员', role: 'admin', areaCode: input.areaCode, password: input.password });
}
