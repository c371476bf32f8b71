import type { DbOrTrx } from '../../db/types.ts';

/** The ID number of each enrolment's payee person (the subject, or the household's head). */
export async function idNumbersOfEnrolments(db: DbOrTrx, ids: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await db
      .selectFrom('enrolments as e')
      .innerJoin('households as h', 'h.id', 'e.household_id')
      .innerJoin('persons as p', (j) => j.on((eb) => eb('p.id', '=', eb.fn.coalesce('e.person_id', 'h.head_person_id'))))
      .select(['e.id', 'p.id_number'])
      .where('e.id', 'in', chunk)
      .execute();
    for (const r of rows) out.set(r.id, r.id_number);
  }
  return out;
}
