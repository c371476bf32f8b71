import { nowIso } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaWritable, assertPermission, type Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { DomainError } from '../../domain/errors.ts';
import { ROLE_AREA_LEVELS, type Role } from '../../domain/roles.ts';
import { findArea } from '../areas/service.ts';
import { recordAudit } from '../audit/service.ts';
import * as q from './queries.ts';
import { actorFromRow, type UserListItem } from './service.ts';

/** What an administrator may change on an account (issue 17 point 3). */
export interface UserChange {
  active?: boolean | undefined;
  role?: Role | undefined;
  areaCode?: string | undefined;
  displayName?: string | undefined;
}

/**
 * Disables or re-enables an account, or moves it to another role or area. A change of any of
 * these ends the user's open sessions at once (the old role's rights go with them); the change
 * is audited with the old and new values in the same transaction. An administrator cannot
 * disable or demote themself, nor the last active administrator.
 */
export async function updateUserAccount(deps: Deps, actor: Actor, userId: number, change: UserChange): Promise<UserListItem> {
  assertPermission(actor, 'manageUsers');
  const user = await q.findUserById(deps.db, userId);
  if (!user || !isWithinArea(actor.areaCode, user.area_code)) throw new DomainError('not_found', 'user_not_found');
  const role = change.role ?? actorFromRow(user).role;
  const areaCode = change.areaCode ?? user.area_code;
  const active = change.active ?? user.active === 1;
  const displayName = change.displayName ?? user.display_name;
  const accessChanged = role !== user.role || areaCode !== user.area_code || active !== (user.active === 1);
  if (user.id === actor.userId && accessChanged) throw new DomainError('forbidden', 'user_cannot_change_self');
  assertAreaWritable(actor, areaCode);
  const area = await findArea(deps.db, areaCode);
  if (!area) throw new DomainError('unprocessable', 'area_not_found', { field: 'areaCode', params: { areaCode } });
  if (!ROLE_AREA_LEVELS[role].includes(area.level)) {
    throw new DomainError('unprocessable', 'role_area_level_mismatch', { field: 'areaCode', params: { role, level: area.level } });
  }
  return deps.db.transaction().execute(async (trx) => {
    if (user.role === 'admin' && user.active === 1 && (role !== 'admin' || !active) && (await q.countAdmins(trx)) <= 1) {
      throw new DomainError('conflict', 'user_last_admin');
    }
    await q.updateUser(trx, user.id, { role, area_code: areaCode, active: active ? 1 : 0, display_name: displayName, updated_at: nowIso(deps.clock) });
    if (accessChanged) await q.deleteUserSessions(trx, user.id);
    const before = { active: user.active === 1, role: user.role, areaCode: user.area_code, displayName: user.display_name };
    const after = { active, role, areaCode, displayName };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => after[k] !== before[k]);
    await recordAudit(trx, deps, actor, {
      action: !active && before.active ? 'user.disable' : active && !before.active ? 'user.enable' : 'user.update',
      entityType: 'user',
      entityId: user.id,
      areaCode: areaCode,
      oldValue: Object.fromEntries(changed.map((k) => [k, before[k]])),
      newValue: { ...Object.fromEntries(changed.map((k) => [k, after[k]])), sessionsRevoked: accessChanged },
    });
    return {
      id: user.id,
      username: user.username,
      displayName,
      role,
      areaCode,
      areaName: area.name,
      active,
      lockedUntil: user.locked_until,
      createdAt: user.created_at,
    };
  });
}

/**
 * 强制修改密码: the user keeps the password but must replace it at the next login; open sessions end.
 */
export async function requirePasswordChange(deps: Deps, actor: Actor, userId: number): Promise<void> {
  assertPermission(actor, 'manageUsers');
  const user = await q.findUserById(deps.db, userId);
  if (!user || !isWithinArea(actor.areaCode, user.area_code)) throw new DomainError('not_found', 'user_not_found');
  await deps.db.transaction().execute(async (trx) => {
    await q.updateUser(trx, user.id, { must_change_password: 1, updated_at: nowIso(deps.clock) });
    await q.deleteUserSessions(trx, user.id);
    await recordAudit(trx, deps, actor, {
      action: 'user.require_password_change',
      entityType: 'user',
      entityId: user.id,
      areaCode: user.area_code,
      oldValue: { mustChangePassword: user.must_change_password === 1 },
      newValue: { mustChangePassword: true, sessionsRevoked: true },
    });
  });
}
