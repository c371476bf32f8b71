import { sql } from 'kysely';
import type { DbOrTrx, NewUserRow, Trx, UserRow, UserUpdate } from '../../db/types.ts';

export async function findUserByUsername(db: DbOrTrx, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findUserById(db: DbOrTrx, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(trx: Trx, row: NewUserRow): Promise<UserRow> {
  return trx.insertInto('users').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateUser(trx: DbOrTrx, id: number, patch: UserUpdate): Promise<void> {
  await trx.updateTable('users').set(patch).where('id', '=', id).execute();
}

/** Atomic increment, so two wrong passwords at once both count. */
export async function incrementFailedLogins(trx: Trx, id: number, now: string): Promise<number> {
  const r = await trx
    .updateTable('users')
    .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .returning('failed_logins')
    .executeTakeFirstOrThrow();
  return r.failed_logins;
}

export async function insertSession(trx: DbOrTrx, s: { tokenHash: string; userId: number; createdAt: string; expiresAt: string }): Promise<void> {
  await trx
    .insertInto('sessions')
    .values({ token_hash: s.tokenHash, user_id: s.userId, created_at: s.createdAt, expires_at: s.expiresAt, last_seen_at: s.createdAt })
    .execute();
}

/** The user of a session neither past its absolute expiry nor idle since `idleSince`. */
export async function findLiveSessionUser(db: DbOrTrx, tokenHash: string, now: string, idleSince: string): Promise<(UserRow & { last_seen_at: string | null }) | undefined> {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('u')
    .select('s.last_seen_at')
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', now)
    .where((eb) => eb(eb.fn.coalesce('s.last_seen_at', 's.created_at'), '>', idleSince))
    .where('u.active', '=', 1)
    .executeTakeFirst();
}

/** The user of a session, live or not: logout ends whatever session the cookie names. */
export async function findUserBySessionToken(db: DbOrTrx, tokenHash: string): Promise<UserRow | undefined> {
  return db.selectFrom('sessions as s').innerJoin('users as u', 'u.id', 's.user_id').selectAll('u').where('s.token_hash', '=', tokenHash).executeTakeFirst();
}

export async function touchSession(db: DbOrTrx, tokenHash: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteOtherSessions(db: DbOrTrx, userId: number, keepTokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('token_hash', '<>', keepTokenHash).execute();
}

/** The latest end of a delay on any of the keys, if one is still running. */
export async function throttleBlockedUntil(db: DbOrTrx, keys: string[], now: string): Promise<string | null> {
  const r = await db
    .selectFrom('login_throttle')
    .select((eb) => eb.fn.max('blocked_until').as('until'))
    .where('key', 'in', keys)
    .where('blocked_until', '>', now)
    .executeTakeFirst();
  return r?.until ?? null;
}

/**
 * Counts one failure atomically (two wrong passwords at once both count); a counter whose last
 * failure is older than `staleBefore` starts again at one.
 */
export async function countLoginFailure(trx: Trx, key: string, now: string, staleBefore: string): Promise<number> {
  const r = await trx
    .insertInto('login_throttle')
    .values({ key, failures: 1, last_failure_at: now, blocked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when login_throttle.last_failure_at < ${staleBefore} then 1 else login_throttle.failures + 1 end`,
        last_failure_at: now,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return Number(r.failures);
}

export async function blockLoginSource(trx: Trx, key: string, until: string): Promise<void> {
  await trx.updateTable('login_throttle').set({ blocked_until: until }).where('key', '=', key).execute();
}

export async function clearLoginThrottle(db: DbOrTrx, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

/** Every source's counter for a username (an admin's reset unblocks the user everywhere). */
export async function clearLoginThrottleForUsername(db: DbOrTrx, username: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', 'like', `user:%|${username.toLowerCase()}`).execute();
}

/** One request counted in the fixed window of `key`; a window begun before `windowStartBefore` restarts. */
export async function countRateLimitHit(db: DbOrTrx, key: string, now: string, windowStartBefore: string): Promise<{ hits: number; windowStart: string }> {
  const r = await db
    .insertInto('rate_limit_hits')
    .values({ key, window_start: now, hits: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql<number>`case when rate_limit_hits.window_start <= ${windowStartBefore} then 1 else rate_limit_hits.hits + 1 end`,
        window_start: sql<string>`case when rate_limit_hits.window_start <= ${windowStartBefore} then ${now} else rate_limit_hits.window_start end`,
      }),
    )
    .returning(['hits', 'window_start'])
    .executeTakeFirstOrThrow();
  return { hits: Number(r.hits), windowStart: r.window_start };
}

export async function readRateLimitHits(db: DbOrTrx, key: string): Promise<{ hits: number; windowStart: string } | undefined> {
  const r = await db.selectFrom('rate_limit_hits').select(['hits', 'window_start']).where('key', '=', key).executeTakeFirst();
  return r ? { hits: Number(r.hits), windowStart: r.window_start } : undefined;
}

export async function insertSetupToken(db: DbOrTrx, t: { tokenHash: string; createdAt: string; expiresAt: string }): Promise<void> {
  await db.insertInto('setup_tokens').values({ token_hash: t.tokenHash, created_at: t.createdAt, expires_at: t.expiresAt, used_at: null }).execute();
}

/** Marks a live, unused token used; false when there is no such token (so it works once). */
export async function useSetupToken(trx: Trx, tokenHash: string, now: string): Promise<boolean> {
  const r = await trx
    .updateTable('setup_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function countAdmins(db: DbOrTrx): Promise<number> {
  const r = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', 'admin').where('active', '=', 1).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function deleteSession(db: DbOrTrx, tokenHash: string): Promise<number> {
  const r = await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function deleteUserSessions(db: DbOrTrx, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export interface UserListFilter {
  scope: string;
  q?: string | undefined;
}

function filteredUsers(db: DbOrTrx, f: UserListFilter) {
  let query = db.selectFrom('users as u').innerJoin('areas as a', 'a.code', 'u.area_code').where('u.area_code', 'like', `${f.scope}%`);
  if (f.q) {
    const like = `%${f.q}%`;
    query = query.where((eb) => eb.or([eb('u.username', 'like', like), eb('u.display_name', 'like', like)]));
  }
  return query;
}

export async function listUsers(db: DbOrTrx, f: UserListFilter, page: { offset: number; limit: number }) {
  const [items, total] = await Promise.all([
    filteredUsers(db, f).selectAll('u').select('a.name as area_name').orderBy('u.area_code').orderBy('u.username').offset(page.offset).limit(page.limit).execute(),
    filteredUsers(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function countUsers(db: DbOrTrx): Promise<number> {
  const r = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function activeUsersNamed(db: DbOrTrx, areaPrefix: string, displayName: string): Promise<{ id: number; username: string }[]> {
  return db.selectFrom('users').select(['id', 'username']).where('display_name', '=', displayName).where('area_code', 'like', `${areaPrefix}%`).where('active', '=', 1).limit(2).execute();
}
