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
    .values({ token_hash: s.tokenHash, user_id: s.userId, created_at: s.createdAt, expires_at: s.expiresAt })
    .execute();
}

export async function findLiveSessionUser(db: DbOrTrx, tokenHash: string, now: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('u')
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', now)
    .where('u.active', '=', 1)
    .executeTakeFirst();
}

export async function deleteSession(db: DbOrTrx, tokenHash: string): Promise<number> {
  const r = await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function deleteUserSessions(db: DbOrTrx, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: DbOrTrx, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
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
