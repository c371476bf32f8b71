import type { Insertable, Selectable } from 'kysely';
import type { DbOrTrx, LocalProgramTable, Trx } from '../../db/types.ts';
import { areaAncestry } from '../../domain/area-code.ts';
import { localProgramRulesSchema, type LocalProgramDefinition } from '../../domain/programs/local.ts';

export type LocalProgramRow = Selectable<LocalProgramTable>;

export function definitionFromRow(r: LocalProgramRow): LocalProgramDefinition {
  return {
    code: r.code,
    name: r.name,
    areaCode: r.area_code,
    subject: r.subject,
    amountBasis: r.amount_basis,
    amount: Number(r.amount),
    kind: r.kind,
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to,
    active: r.active === 1,
    version: r.version,
    rules: localProgramRulesSchema.parse(JSON.parse(r.rules)),
  };
}

export async function findByCode(db: DbOrTrx, code: string): Promise<LocalProgramRow | undefined> {
  return db.selectFrom('local_programs').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function findById(db: DbOrTrx, id: number): Promise<LocalProgramRow | undefined> {
  return db.selectFrom('local_programs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Programs defined at the area or above it (they apply to it), or below it (the area's own). */
export async function listVisible(db: DbOrTrx, areaCode: string, f: { appliesTo?: string | undefined; activeOnly?: boolean }) {
  let q = db.selectFrom('local_programs as l').leftJoin('areas as a', 'a.code', 'l.area_code').selectAll('l').select('a.name as area_name');
  if (f.appliesTo) q = q.where('l.area_code', 'in', areaAncestry(f.appliesTo));
  else q = q.where((eb) => eb.or([eb('l.area_code', 'in', areaAncestry(areaCode)), eb('l.area_code', 'like', `${areaCode}%`)]));
  if (f.activeOnly) q = q.where('l.active', '=', 1);
  return q.orderBy('l.area_code').orderBy('l.code').execute();
}

export async function namesOf(db: DbOrTrx, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('local_programs').select(['code', 'name']).where('code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

export async function insert(trx: Trx, row: Insertable<LocalProgramTable>): Promise<LocalProgramRow> {
  return trx.insertInto('local_programs').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Optimistic concurrency: the update applies only to the version the editor saw. */
export async function update(trx: Trx, id: number, version: number, patch: Partial<Insertable<LocalProgramTable>>): Promise<boolean> {
  const r = await trx.updateTable('local_programs').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
