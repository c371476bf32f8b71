import { createHash } from 'node:crypto';
import { nowIso } from '../../clock.ts';
import type { UserRow } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaWritable, assertPermission, type Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { DomainError } from '../../domain/errors.ts';
import { isRole, ROLE_AREA_LEVELS, type Role } from '../../domain/roles.ts';
import { areaPath, findArea, type Area } from '../areas/service.ts';
import { recordAudit } from '../audit/service.ts';
import { DEMO_PASSWORD, passwordProblem } from '../../domain/auth/password-policy.ts';
import { hashPassword, verifyPassword } from './password.ts';
import * as q from './queries.ts';

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  areaCode: string;
  areaName: string;
  areaPath: Pick<Area, 'code' | 'name' | 'level'>[];
  /** A temporary password: every API call but change-password, logout and me answers 403 until it is changed. */
  mustChangePassword: boolean;
}

export interface UserListItem extends Omit<UserView, 'areaPath' | 'mustChangePassword'> {
  active: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

export function tokenHashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function actorFromRow(u: UserRow): Actor {
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
    mustChangePassword: u.must_change_password === 1,
  };
}

export async function logout(deps: Deps, token: string): Promise<void> {
  const user = await q.findUserBySessionToken(deps.db, tokenHashOf(token));
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

/** Sessions are refreshed at most once a minute: the idle expiry needs no finer grain, and it saves writes. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The actor behind a session cookie, or null when the session is unknown, past its absolute
 * lifetime, or idle longer than `sessionIdleMinutes` (issue 15 point 7).
 */
export async function actorForSession(deps: Deps, token: string): Promise<{ actor: Actor; user: UserRow; mustChangePassword: boolean } | null> {
  const now = deps.clock.now();
  const idleSince = new Date(now.getTime() - deps.config.sessionIdleMinutes * 60_000).toISOString();
  const hash = tokenHashOf(token);
  const user = await q.findLiveSessionUser(deps.db, hash, now.toISOString(), idleSince);
  if (!user) return null;
  if (!user.last_seen_at || new Date(user.last_seen_at).getTime() <= now.getTime() - TOUCH_EVERY_MS) await q.touchSession(deps.db, hash, now.toISOString());
  return { actor: actorFromRow(user), user, mustChangePassword: user.must_change_password === 1 };
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

/** The password policy with this installation's rules (demo or not); throws the refusal. */
export function assertPasswordAllowed(deps: Deps, password: string, username: string): void {
  const problem = passwordProblem(password, { username, demo: deps.config.demo, demoPassword: DEMO_PASSWORD });
  if (problem) throw new DomainError('validation', problem, { field: 'password' });
}

/**
 * Creates a user inside the actor's jurisdiction. `actor` null = system (seeding, CLI bootstrap).
 * Outside the demo, a password set by an admin (or generated, `temporary`) is the user's to
 * replace at first login.
 */
export async function createUser(deps: Deps, actor: Actor | null, input: NewUser, opts: { temporary?: boolean } = {}): Promise<UserListItem> {
  if (actor) {
    assertPermission(actor, 'manageUsers');
    assertAreaWritable(actor, input.areaCode);
  }
  const area = await findArea(deps.db, input.areaCode);
  if (!area) throw new DomainError('unprocessable', 'area_not_found', { field: 'areaCode', params: { areaCode: input.areaCode } });
  if (!ROLE_AREA_LEVELS[input.role].includes(area.level)) {
    throw new DomainError('unprocessable', 'role_area_level_mismatch', { field: 'areaCode', params: { role: input.role, level: area.level } });
  }
  assertPasswordAllowed(deps, input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  const now = nowIso(deps.clock);
  const mustChange = !deps.config.demo && (actor !== null || opts.temporary === true);
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
      must_change_password: mustChange ? 1 : 0,
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

/**
 * Sets a new password, lifts every login delay on the username and ends the user's open
 * sessions. Outside the demo the new password is temporary: the user replaces it at first login.
 */
export async function resetPassword(deps: Deps, actor: Actor | null, userId: number, password: string): Promise<void> {
  if (actor) assertPermission(actor, 'manageUsers');
  const user = await q.findUserById(deps.db, userId);
  if (!user || (actor && !isWithinArea(actor.areaCode, user.area_code))) throw new DomainError('not_found', 'user_not_found');
  assertPasswordAllowed(deps, password, user.username);
  const passwordHash = await hashPassword(password);
  await deps.db.transaction().execute(async (trx) => {
    await q.updateUser(trx, userId, {
      password_hash: passwordHash,
      failed_logins: 0,
      locked_until: null,
      must_change_password: deps.config.demo ? 0 : 1,
      updated_at: nowIso(deps.clock),
    });
    await q.deleteUserSessions(trx, userId);
    await q.clearLoginThrottleForUsername(trx, user.username);
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

/**
 * The user replaces their password (required after a temporary one): the current password
 * proves it is them; the other sessions end, this one stays.
 */
export async function changePassword(deps: Deps, actor: Actor, token: string, currentPassword: string, newPassword: string): Promise<UserView> {
  const user = await q.findUserById(deps.db, actor.userId);
  if (!user) throw new DomainError('unauthenticated', 'unauthenticated');
  if (!(await verifyPassword(user.password_hash, currentPassword))) throw new DomainError('validation', 'current_password_wrong', { field: 'currentPassword' });
  if (currentPassword === newPassword) throw new DomainError('validation', 'password_unchanged', { field: 'newPassword' });
  try {
    assertPasswordAllowed(deps, newPassword, user.username);
  } catch (e) {
    if (e instanceof DomainError) throw new DomainError(e.kind, e.code, { field: 'newPassword', params: e.params });
    throw e;
  }
  const passwordHash = await hashPassword(newPassword);
  const now = nowIso(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await q.updateUser(trx, user.id, { password_hash: passwordHash, must_change_password: 0, updated_at: now });
    await q.deleteOtherSessions(trx, user.id, tokenHashOf(token));
    await recordAudit(trx, deps, actor, {
      action: 'user.change_password',
      entityType: 'user',
      entityId: user.id,
      areaCode: user.area_code,
      oldValue: { mustChangePassword: user.must_change_password === 1 },
      newValue: { mustChangePassword: false },
    });
  });
  return userView(deps, { ...user, must_change_password: 0 });
}

/**
 * The staff member a relatives-of-staff entry names (recusal, issue 17): the user with that id,
 * or else the one active user with that display name, in the district of `areaCode`. Null when
 * there is none (or, by name, more than one).
 */
export async function staffUserFor(deps: Pick<Deps, 'db'>, areaCode: string, by: { id?: number | undefined; displayName: string }): Promise<{ id: number; username: string } | null> {
  const district = areaCode.slice(0, 6);
  if (by.id !== undefined) {
    const u = await q.findUserById(deps.db, by.id);
    return u && u.area_code.startsWith(district) ? { id: u.id, username: u.username } : null;
  }
  const rows = await q.activeUsersNamed(deps.db, district, by.displayName);
  return rows.length === 1 ? { id: rows[0]!.id, username: rows[0]!.username } : null;
}
