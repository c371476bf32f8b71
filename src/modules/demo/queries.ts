import { sql } from 'kysely';
import type { DbOrTrx, Trx } from '../../db/types.ts';

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

/**
 * 收款账户: a person paid a person-level benefit is paid into an account of their own, so each
 * adult enrolled so gets one (a demo number derived from the id); a minor's benefit goes to the
 * head as guardian, into the household's account held by the head. Two set-based statements.
 */
export async function givePayeesAccounts(trx: Trx, a: { areaCode: string; adultBornBy: string; now: string }): Promise<void> {
  const area = `${a.areaCode}%`;
  await sql`update persons set bank_name = '中国邮政储蓄银行', bank_account = '6217' || cast(1000000000000000 + id as text)
    where bank_account is null and birth_date <= ${a.adultBornBy}
      and id in (select e.person_id from enrolments e where e.person_id is not null and e.area_code like ${area})`.execute(trx);
  await sql`insert into enrolment_payees (enrolment_id, kind, institution_id, name, id_number, bank_name, bank_account, reason, updated_by, updated_at)
    select e.id, 'guardian', null, hd.name, hd.id_number, h.bank_name, h.bank_account, '未成年人，由监护人（户主）代领', null, ${a.now}
    from enrolments e
    join persons p on p.id = e.person_id
    join households h on h.id = e.household_id
    join persons hd on hd.id = h.head_person_id
    where e.area_code like ${area} and p.birth_date > ${a.adultBornBy} and hd.id <> p.id and h.bank_account is not null and h.bank_account_holder = hd.name
      and not exists (select 1 from enrolment_payees x where x.enrolment_id = e.id)`.execute(trx);
}

/** Elderly persons with service credits in the area, those of the focus community first (the demo's orders). */
export async function walletHolders(db: DbOrTrx, areaCode: string, community: string, limit: number): Promise<{ personId: number; areaCode: string }[]> {
  const rows = await db
    .selectFrom('wallet_credits')
    .select(['person_id', 'area_code'])
    .where('area_code', 'like', `${areaCode}%`)
    .groupBy(['person_id', 'area_code'])
    .orderBy(sql`case when area_code like ${`${community}%`} then 0 else 1 end`)
    .orderBy('person_id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ personId: r.person_id, areaCode: r.area_code }));
}
