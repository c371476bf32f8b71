import { nowIso } from '../../clock.ts';
import type { DbOrTrx, Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import type { PersonFlag } from '../../domain/household.ts';

/** A person as the service registers (disability, children, veterans) need them: who, where, alive. */
export interface PersonOnFile {
  id: number;
  name: string;
  idNumber: string;
  birthDate: string;
  student: boolean;
  householdId: number;
  areaCode: string;
  lifeStatus: string;
  flags: string[];
}

/**
 * The person behind a register entry, within the actor's area (outside it: 404, like the
 * registry); `write` also asks the area to be writable.
 */
export async function personOnFile(db: DbOrTrx, actor: Actor, personId: number, opts: { write: boolean; field?: string }): Promise<PersonOnFile> {
  const p = await db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.id', 'p.name', 'p.id_number', 'p.birth_date', 'p.student', 'p.household_id', 'p.life_status', 'p.flags', 'h.area_code'])
    .where('p.id', '=', personId)
    .executeTakeFirst();
  if (!p || p.household_id === null) throw new DomainError('not_found', 'person_not_found', { field: opts.field ?? 'personId', params: { id: personId } });
  assertAreaReadable(actor, p.area_code, 'person_not_found');
  if (opts.write) assertAreaWritable(actor, p.area_code);
  return {
    id: p.id,
    name: p.name,
    idNumber: p.id_number,
    birthDate: p.birth_date,
    student: p.student === 1,
    householdId: p.household_id,
    areaCode: p.area_code,
    lifeStatus: p.life_status,
    flags: p.flags ? p.flags.split(',') : [],
  };
}

/**
 * Writes what a service register is the source of onto the person's file — the certificate's
 * disability columns, a child's or an entitled person's flag — and bumps the household's
 * version, as every edit of the file does. The caller audits the change in its transaction.
 */
export async function writePersonFacts(
  trx: Trx,
  deps: Deps,
  person: PersonOnFile,
  patch: { disability?: { disability_category: string | null; disability_grade: number | null; disability_certificate: string | null }; flag?: { flag: PersonFlag; on: boolean } },
): Promise<void> {
  const now = nowIso(deps.clock);
  let flags: string | undefined;
  if (patch.flag) {
    const set = new Set((await trx.selectFrom('persons').select('flags').where('id', '=', person.id).executeTakeFirstOrThrow()).flags?.split(',').filter(Boolean) ?? []);
    if (patch.flag.on) set.add(patch.flag.flag);
    else set.delete(patch.flag.flag);
    flags = [...set].join(',');
  }
  await trx
    .updateTable('persons')
    .set({ ...(patch.disability ?? {}), ...(flags !== undefined ? { flags } : {}), updated_at: now })
    .where('id', '=', person.id)
    .execute();
  await trx.updateTable('households').set((eb) => ({ version: eb('version', '+', 1), updated_at: now })).where('id', '=', person.householdId).execute();
}
