import type { DbOrTrx, HouseholdRow, NewPersonRow, PersonRow, Trx } from '../../db/types.ts';

export async function findHousehold(db: DbOrTrx, id: number): Promise<HouseholdRow | undefined> {
  return db.selectFrom('households').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function membersOf(db: DbOrTrx, householdId: number): Promise<PersonRow[]> {
  return db.selectFrom('persons').selectAll().where('household_id', '=', householdId).orderBy('id').execute();
}

export async function findPerson(db: DbOrTrx, id: number): Promise<PersonRow | undefined> {
  return db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPersonsByIdNumbers(db: DbOrTrx, idNumbers: string[]): Promise<PersonRow[]> {
  if (idNumbers.length === 0) return [];
  return db.selectFrom('persons').selectAll().where('id_number', 'in', idNumbers).execute();
}

export async function insertHousehold(trx: Trx, row: Omit<HouseholdRow, 'id'>): Promise<HouseholdRow> {
  return trx.insertInto('households').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertPerson(trx: Trx, row: NewPersonRow): Promise<PersonRow> {
  return trx.insertInto('persons').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updatePerson(trx: Trx, id: number, patch: Partial<Omit<PersonRow, 'id'>>): Promise<void> {
  await trx.updateTable('persons').set(patch).where('id', '=', id).execute();
}

/**
 * Whether the person has a disability certificate on record (valid or revoked): the certificate
 * register (src/modules/disability) is then the source of the person's disability columns.
 * Read here, not through that module's service, because that service builds on this one.
 */
export async function hasDisabilityCertificate(db: DbOrTrx, personId: number): Promise<boolean> {
  const r = await db.selectFrom('disability_certificates').select('id').where('person_id', '=', personId).limit(1).executeTakeFirst();
  return r !== undefined;
}

export async function updateHouseholdFields(trx: Trx, id: number, patch: Partial<Omit<HouseholdRow, 'id' | 'version'>>): Promise<void> {
  await trx.updateTable('households').set(patch).where('id', '=', id).execute();
}

/**
 * Optimistic concurrency: bumps the version only if the caller saw the current one.
 * Returns false when someone else changed the household first.
 */
export async function bumpHouseholdVersion(trx: Trx, id: number, expected: number, now: string): Promise<boolean> {
  const r = await trx
    .updateTable('households')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setPersonsHousehold(trx: Trx, personIds: number[], householdId: number | null, now: string): Promise<void> {
  if (personIds.length === 0) return;
  await trx.updateTable('persons').set({ household_id: householdId, updated_at: now }).where('id', 'in', personIds).execute();
}

export interface FinanceRows {
  incomes: { person_id: number; type: string; monthly: number; note: string | null }[];
  deductions: { person_id: number; type: string; monthly: number }[];
  assets: { person_id: number | null; type: string; value: number; exempt: number; area_sqm: number | null; description: string | null }[];
  obligors: { name: string; id_number: string | null; relation: string; monthly_support: number; able_to_support: number }[];
}

export async function financesOf(db: DbOrTrx, householdId: number): Promise<FinanceRows> {
  const [incomes, deductions, assets, obligors] = await Promise.all([
    db.selectFrom('income_items').select(['person_id', 'type', 'monthly', 'note']).where('household_id', '=', householdId).orderBy('id').execute(),
    db.selectFrom('deductions').select(['person_id', 'type', 'monthly']).where('household_id', '=', householdId).orderBy('id').execute(),
    db
      .selectFrom('assets')
      .select(['person_id', 'type', 'value', 'exempt', 'area_sqm', 'description'])
      .where('household_id', '=', householdId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('obligors')
      .select(['name', 'id_number', 'relation', 'monthly_support', 'able_to_support'])
      .where('household_id', '=', householdId)
      .orderBy('id')
      .execute(),
  ]);
  return { incomes, deductions, assets, obligors };
}

type Section = keyof FinanceRows;
const TABLE_OF: Record<Section, 'income_items' | 'deductions' | 'assets' | 'obligors'> = {
  incomes: 'income_items',
  deductions: 'deductions',
  assets: 'assets',
  obligors: 'obligors',
};

/** A section of the file is replaced as a whole: what the caseworker sees is what is stored. */
export async function replaceSection<S extends Section>(trx: Trx, householdId: number, section: S, rows: FinanceRows[S]): Promise<void> {
  const table = TABLE_OF[section] as 'income_items';
  await trx.deleteFrom(table).where('household_id', '=', householdId).execute();
  if (rows.length === 0) return;
  // One statement per section; each table's rows share the shape given by FinanceRows.
  await trx
    .insertInto(table)
    .values(rows.map((r) => ({ ...r, household_id: householdId })) as never)
    .execute();
}

/** Rows of one household's finances move with a member who leaves (split) or comes (merge). */
export async function reassignMemberFinances(trx: Trx, personIds: number[], toHouseholdId: number): Promise<void> {
  if (personIds.length === 0) return;
  for (const table of ['income_items', 'deductions', 'assets'] as const) {
    await trx.updateTable(table).set({ household_id: toHouseholdId }).where('person_id', 'in', personIds).execute();
  }
}

export async function deleteMemberFinances(trx: Trx, personIds: number[]): Promise<void> {
  if (personIds.length === 0) return;
  for (const table of ['income_items', 'deductions', 'assets'] as const) {
    await trx.deleteFrom(table).where('person_id', 'in', personIds).execute();
  }
}

export async function moveAllFinances(trx: Trx, fromHouseholdId: number, toHouseholdId: number): Promise<void> {
  for (const table of ['income_items', 'deductions', 'assets', 'obligors'] as const) {
    await trx.updateTable(table).set({ household_id: toHouseholdId }).where('household_id', '=', fromHouseholdId).execute();
  }
}

/** Households, members and finances of a page of households in four queries (exports). */
export async function filesOfMany(db: DbOrTrx, ids: number[]) {
  if (ids.length === 0) return { households: [], members: [], incomes: [], deductions: [], assets: [] };
  const [households, members, incomes, deductions, assets] = await Promise.all([
    db.selectFrom('households').selectAll().where('id', 'in', ids).execute(),
    db.selectFrom('persons').selectAll().where('household_id', 'in', ids).orderBy('id').execute(),
    db.selectFrom('income_items').selectAll().where('household_id', 'in', ids).execute(),
    db.selectFrom('deductions').selectAll().where('household_id', 'in', ids).execute(),
    db.selectFrom('assets').selectAll().where('household_id', 'in', ids).execute(),
  ]);
  return { households, members, incomes, deductions, assets };
}

/** The person columns the means test reads: bulk work loads no more than these. */
export const MEANS_TEST_PERSON_COLUMNS = [
  'id',
  'household_id',
  'id_number',
  'name',
  'relation',
  'labor_capacity',
  'employment',
  'student',
  'health',
  'disability_category',
  'disability_grade',
  'self_care',
  'in_prison',
  'flags',
  'life_status',
] as const;
export type MeansTestPerson = Pick<PersonRow, (typeof MEANS_TEST_PERSON_COLUMNS)[number]>;

/** The means-test rows of every active household in an area, one query per table. */
export async function meansTestRowsInArea(db: DbOrTrx, areaCode: string) {
  const inArea = db.selectFrom('households').select('id').where('area_code', 'like', `${areaCode}%`).where('status', '=', 'active');
  const [households, members, incomes, deductions, assets, obligors] = await Promise.all([
    db.selectFrom('households').select(['id', 'area_code', 'urban_rural']).where('area_code', 'like', `${areaCode}%`).where('status', '=', 'active').orderBy('id').execute(),
    db
      .selectFrom('persons')
      .select(MEANS_TEST_PERSON_COLUMNS)
      .where('household_id', 'in', inArea)
      .execute() as Promise<(MeansTestPerson & { household_id: number })[]>,
    db.selectFrom('income_items').select(['household_id', 'person_id', 'type', 'monthly', 'note']).where('household_id', 'in', inArea).execute(),
    db.selectFrom('deductions').select(['household_id', 'person_id', 'type', 'monthly']).where('household_id', 'in', inArea).execute(),
    db
      .selectFrom('assets')
      .select(['household_id', 'person_id', 'type', 'value', 'exempt', 'area_sqm', 'description'])
      .where('household_id', 'in', inArea)
      .execute(),
    db
      .selectFrom('obligors')
      .select(['household_id', 'name', 'id_number', 'relation', 'monthly_support', 'able_to_support'])
      .where('household_id', 'in', inArea)
      .execute(),
  ]);
  return { households, members, incomes, deductions, assets, obligors };
}
