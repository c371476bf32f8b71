import type { DbOrTrx, Trx } from '../../db/types.ts';
import type { PolicyRow } from '../../domain/policy.ts';

export async function policyRowsFor(db: DbOrTrx, areaCodes: string[]): Promise<PolicyRow[]> {
  if (areaCodes.length === 0) return [];
  const rows = await db
    .selectFrom('policy_params')
    .select(['area_code', 'key', 'effective_from', 'value', 'version'])
    .where('area_code', 'in', areaCodes)
    .execute();
  return rows.map((r) => ({ areaCode: r.area_code, key: r.key, effectiveFrom: r.effective_from, value: JSON.parse(r.value), version: r.version }));
}

export async function policyRowsInSubtree(db: DbOrTrx, ancestors: string[], prefix: string): Promise<PolicyRow[]> {
  const rows = await db
    .selectFrom('policy_params')
    .select(['area_code', 'key', 'effective_from', 'value', 'version'])
    .where((eb) => eb.or([eb('area_code', 'in', ancestors), eb('area_code', 'like', `${prefix}%`)]))
    .execute();
  return rows.map((r) => ({ areaCode: r.area_code, key: r.key, effectiveFrom: r.effective_from, value: JSON.parse(r.value), version: r.version }));
}

export async function parameterHistory(db: DbOrTrx, areaCodes: string[], key: string) {
  return db
    .selectFrom('policy_params as p')
    .leftJoin('users as u', 'u.id', 'p.created_by')
    .select(['p.area_code', 'p.key', 'p.effective_from', 'p.value', 'p.version', 'p.note', 'p.created_at', 'u.username'])
    .where('p.area_code', 'in', areaCodes)
    .where('p.key', '=', key)
    .orderBy('p.effective_from', 'desc')
    .orderBy('p.version', 'desc')
    .execute();
}

export async function nextVersion(trx: Trx, areaCode: string, key: string): Promise<number> {
  const r = await trx
    .selectFrom('policy_params')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('area_code', '=', areaCode)
    .where('key', '=', key)
    .executeTakeFirst();
  return Number(r?.v ?? 0) + 1;
}

export async function insertParameters(
  trx: Trx,
  rows: { areaCode: string; key: string; effectiveFrom: string; value: unknown; version: number; note: string | null; createdBy: number | null; createdAt: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('policy_params')
    .values(
      rows.map((r) => ({
        area_code: r.areaCode,
        key: r.key,
        effective_from: r.effectiveFrom,
        value: JSON.stringify(r.value),
        version: r.version,
        note: r.note,
        created_by: r.createdBy,
        created_at: r.createdAt,
      })),
    )
    .execute();
}

export async function countParameters(db: DbOrTrx): Promise<number> {
  const r = await db.selectFrom('policy_params').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}
