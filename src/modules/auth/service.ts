import { createHash, randomBytes } from 'node:crypto';
import { nowIso } from '../../clock.ts';
import type { UserRow } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaWritable, assertPermission, type Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { DomainError } from '../../domain/errors.ts';
import { isRole, ROLE_AREA_LEVELS, type Role } from '../../domain/roles.ts';
import { areaPath, findArea, type Area } from '../areas/service.ts';
import { recordAudit } from '../audit/service.ts';
import { burnVerifyTime, hashPassword, isStrongEnough, verifyPassword } from './password.ts';
import * as q from './queries.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  areaCode: string;
  areaName: string;
  areaPath: Pick<Area, 'code' | 'name' | 'level'>[];
}

export interface UserListItem extends Omit<UserView, 'areaPath'> {
  active: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

/** "2026-11-23 06:15" in Beijing time: how a locked-out user reads "until when". */
function chinaTime(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function tokenHashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function actorFromRow(u: UserRow): Actor {
  if (!isRole(u.role)) throw new Error(`user ${u.id} has unknown role ${u.role}`);
  return { userId: u.id, username: u.username, role: u.role, areaCode: u.area_code };
}

export async function userView(deps: Deps, u: UserRow): Promise<UserView> {
  const path = await areaPath(deps.db, u.area_code);
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: actorFromRow(u).role,
    areaCode: u.area_code,
    areaName: path.at(-1)?.name ?? u.area_code,
    areaPath: path.map((a) => ({ code: a.code, name: a.name, level: a.level })),
  };
}

/**
 * Checks the password and opens a session. Five wrong passwords in a row lock the
 * account for 15 minutes; the counter and the lock are committed even though the
 * attempt fails, and both are audited.
 */
export async function login(deps: Deps, username: string, password: string): Promise<{ token: string; expiresAt: string; user: UserView }> {
  const now = deps.clock.now();
  const nowS = now.toISOString();
  const user = await q.findUserByUsername(deps.db, username);
  if (!user || user.active !== 1) {
    await burnVerifyTime(password);
    throw new DomainError('unauthenticated', 'invalid_credentials');
  }
  if (user.locked_until && user.locked_until > nowS) {
    throw new DomainError('locked', 'account_locked', { params: { until: chinaTime(user.locked_until) } });
  }
  const ok = await verifyPassword(user.password_hash, password);
  const actor = { userId: user.id, username: user.username };
  if (!ok) {
    const lockedUntil = await deps.db.transaction().execute(async (trx) => {
      const failures = await q.incrementFailedLogins(trx, user.id, nowS);
      if (failures < MAX_FAILED_LOGINS) return null;
      const until = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();
      await q.updateUser(trx, user.id, { locked_until: until, failed_logins: 0, updated_at: nowS });
      await recordAudit(trx, deps, actor, {
        action: 'auth.lock',
        entityType: 'user',
        entityId: user.id,
        areaCode: user.area_code,
        newValue: { lockedUntil: until, failures },
      });
      return until;
    });
    if (lockedUntil) throw new DomainError('locked', 'account_locked', { params: { until: chinaTime(lockedUntil) } });
    throw new DomainError('unauthenticated', 'invalid_credentials');
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + deps.config.sessionTtlHours * 3600_000).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await q.updateUser(trx, user.id, { failed_logins: 0, locked_until: null, updated_at: nowS });
    await q.insertSession(trx, { tokenHash: tokenHashOf(token), userId: user.id, createdAt: nowS, expiresAt });
    await recordAudit(trx, deps, actor, { action: 'auth.login', entityType: 'user', entityId: user.id, areaCode: user.area_code });
  });
  return { token, expiresAt, user: await userView(deps, user) };
}

export async function logout(deps: Deps, token: string): Promise<void> {
  const user = await q.findLiveSessionUser(deps.db, tokenHashOf(token), nowIso(deps.clock));
  await deps.db.transaction().execute(async (trx) => {
    const n = await q.deleteSession(trx, tokenHashOf(token));
    if (n > 0 && user) {
      await recordAudit(trx, deps, { userId: user.id, username: user.username }, {
        action: 'auth.logout',
        entityType: 'user',
        entityId: user.id,
        areaCode: user.area_code,
      });
    }
  });
}

/** The actor behind a session cookie, or null when the session is unknown or expired. */
export async function actorForSession(deps: Deps, token: string): Promise<{ actor: Actor; user: UserRow } | null> {
  const user = await q.findLiveSessionUser(deps.db, tokenHashOf(token), nowIso(deps.clock));
  return user ? { actor: actorFromRow(user), user } : null;
}

/** The actor for a username: the CLI acts as a named user so scope and audit still apply. */
export async function actorForUsername(deps: Deps, username: string): Promise<Actor> {
  const user = await q.findUserByUsername(deps.db, username);
  if (!user || user.active !== 1) throw new DomainError('not_found', 'user_not_found', { field: 'user' });
  return actorFromRow(user);
}

export async function currentUser(deps: Deps, actor: Actor): Promise<UserView> {
  const user = await q.findUserById(deps.db, actor.userId);
  if (!user) throw new DomainError('unauthenticated', 'unauthenticated');
  return userView(deps, user);
}

function listItemOf(u: UserRow, areaName: string): UserListItem {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: actorFromRow(u).role,
    areaCode: u.area_code,
    areaName,
    active: u.active === 1,
    lockedUntil: u.locked_until,
    createdAt: u.created_at,
  };
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  areaCode: string;
  password: string;
}

/** Creates a user inside the actor's jurisdiction. `actor` null = system (seeding, CLI bootstrap). */
export async function createUser(deps: Deps, actor: Actor | null, input: NewUser): Promise<UserListItem> {
  if (actor) {
    assertPermission(actor, 'manageUsers');
    assertAreaWritable(actor, input.areaCode);
  }
  const area = await findArea(deps.db, input.areaCode);
  if (!area) throw new DomainError('unprocessable', 'area_not_found', { field: 'areaCode', params: { areaCode: input.areaCode } });
  if (!ROLE_AREA_LEVELS[input.role].includes(area.level)) {
    throw new DomainError('unprocessable', 'role_area_level_mismatch', { field: 'areaCode', params: { role: input.role, level: area.level } });
  }
  if (!isStrongEnough(input.password)) throw new DomainError('validation', 'password_too_weak', { field: 'password' });
  const passwordHash = await hashPassword(input.password);
  const now = nowIso(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    if (await q.findUserByUsername(trx, input.username)) {
      throw new DomainError('conflict', 'username_taken', { field: 'username', params: { username: input.username } });
    }
    const row = await q.insertUser(trx, {
      username: input.username,
      display_name: input.displayName,
      role: input.role,
      area_code: input.areaCode,
      password_hash: passwordHash,
      active: 1,
      failed_logins: 0,
      locked_until: null,
      created_at: now,
      updated_at: now,
    });
    const item = listItemOf(row, area.name);
    await recordAudit(trx, deps, actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      areaCode: row.area_code,
      newValue: { username: item.username, displayName: item.displayName, role: item.role, areaCode: item.areaCode },
    });
    return item;
  });
}

/** Sets a new password, clears the lock and ends the user's open sessions. */
export async function resetPassword(deps: Deps, actor: Actor | null, userId: number, password: string): Promise<void> {
  if (actor) assertPermission(actor, 'manageUsers');
  const user = await q.findUserById(deps.db, userId);
  if (!user || (actor && !isWithinArea(actor.areaCode, user.area_code))) throw new DomainError('not_found', 'user_not_found');
  if (!isStrongEnough(password)) throw new DomainError('validation', 'password_too_weak', { field: 'password' });
  const passwordHash = await hashPassword(password);
  await deps.db.transaction().execute(async (trx) => {
    await q.updateUser(trx, userId, { password_hash: passwordHash, failed_logins: 0, locked_until: null, updated_at: nowIso(deps.clock) });
    await q.deleteUserSessions(trx, userId);
    await recordAudit(trx, deps, actor, {
      action: 'user.reset_password',
      entityType: 'user',
      entityId: userId,
      areaCode: user.area_code,
      oldValue: { locked: user.locked_until !== null },
      newValue: { locked: false },
    });
  });
}

export async function listUsers(
  deps: Deps,
  actor: Actor,
  query: { areaCode?: string | undefined; q?: string | undefined; page: number; pageSize: number },
): Promise<{ items: UserListItem[]; total: number }> {
  assertPermission(actor, 'manageUsers');
  const scope = query.areaCode ?? actor.areaCode;
  if (!isWithinArea(actor.areaCode, scope)) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: scope } });
  const { items, total } = await q.listUsers(deps.db, { scope, q: query.q }, { offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { total, items: items.map((r) => listItemOf(r, r.area_name)) };
}

export async function countUsers(deps: Deps): Promise<number> {
  return q.countUsers(deps.db);
}
