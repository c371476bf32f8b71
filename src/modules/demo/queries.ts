import type { DbOrTrx } from '../../db/types.ts';

export async function countHouseholds(db: DbOrTrx): Promise<number> {
  const r = await db.selectFrom('households').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Every ID number on file: a fill appended to a populated database must not draw them again. */
export async function allIdNumbers(db: DbOrTrx): Promise<string[]> {
  const rows = await db.selectFrom('persons').select('id_number').execute();
  return rows.map((r) => r.id_number);
}

export async function usersNamed(db: DbOrTrx, usernames: string[]): Promise<{ id: number; username: string }[]> {
  return db.selectFrom('users').select(['id', 'username']).where('username', 'in', usernames).execute();
}
