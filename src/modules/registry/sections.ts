import type { PersonRow, Trx } from '../../db/types.ts';
import { DomainError } from '../../domain/errors.ts';
import { identityOf } from './person-input.ts';
import * as q from './queries.ts';
import type { HouseholdPatch } from './schema.ts';

/** Incomes, deductions, assets and obligors: the means-test sections of a household file. */
type SectionInput = { idNumber?: string | null | undefined; personId?: number | null | undefined };

/** Resolves each row's member (by ID number or person id) among the household's members. */
function memberIdFor(row: SectionInput, members: PersonRow[], field: string, today: string): number | null {
  if (row.personId !== undefined && row.personId !== null) {
    const m = members.find((p) => p.id === row.personId);
    if (!m) throw new DomainError('unprocessable', 'member_not_in_household', { field: `${field}.personId` });
    return m.id;
  }
  if (row.idNumber) {
    const id = identityOf({ idNumber: row.idNumber }, `${field}.idNumber`, today);
    const m = members.find((p) => p.id_number === id.idNumber);
    if (!m) throw new DomainError('unprocessable', 'member_not_in_household', { field: `${field}.idNumber` });
    return m.id;
  }
  return null;
}

export async function writeSections(
  trx: Trx,
  householdId: number,
  input: Pick<HouseholdPatch, 'incomes' | 'deductions' | 'assets' | 'obligors'>,
  members: PersonRow[],
  today: string,
): Promise<string[]> {
  const written: string[] = [];
  if (input.incomes) {
    const rows = input.incomes.map((r, i) => ({
      person_id: memberIdFor(r, members, `incomes.${i}`, today) as number,
      type: r.type,
      monthly: r.monthly,
      note: r.note ?? null,
    }));
    await q.replaceSection(trx, householdId, 'incomes', rows);
    written.push('incomes');
  }
  if (input.deductions) {
    const rows = input.deductions.map((r, i) => ({ person_id: memberIdFor(r, members, `deductions.${i}`, today) as number, type: r.type, monthly: r.monthly }));
    await q.replaceSection(trx, householdId, 'deductions', rows);
    written.push('deductions');
  }
  if (input.assets) {
    const rows = input.assets.map((r, i) => ({
      person_id: memberIdFor(r, members, `assets.${i}`, today),
      type: r.type,
      value: r.value,
      exempt: r.exempt ? 1 : 0,
      area_sqm: r.areaSqm ?? null,
      description: r.description ?? null,
    }));
    await q.replaceSection(trx, householdId, 'assets', rows);
    written.push('assets');
  }
  if (input.obligors) {
    const rows = input.obligors.map((o, i) => ({
      name: o.name,
      id_number: o.idNumber ? identityOf({ idNumber: o.idNumber }, `obligors.${i}.idNumber`, today).idNumber : null,
      relation: o.relation,
      monthly_support: o.monthlySupport,
      able_to_support: o.ableToSupport ? 1 : 0,
    }));
    await q.replaceSection(trx, householdId, 'obligors', rows);
    written.push('obligors');
  }
  return written;
}

