import type { AreaRow, DbOrTrx, Trx } from '../../db/types.ts';
import type { AreaLevel } from '../../domain/area-code.ts';

export interface Area {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
  statCode: string;
  urbanRural: 'urban' | 'rural' | null;
}

export function areaFromRow(r: AreaRow): Area {
  return {
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parent_code,
    statCode: r.stat_code,
    urbanRural: r.urban_rural,
  };
}

export async function findArea(db: DbOrTrx, code: string): Promise<Area | undefined> {
  const row = await db.selectFrom('areas').selectAll().where('code', '=', code).executeTakeFirst();
  return row && areaFromRow(row);
}

export async function findAreas(db: DbOrTrx, codes: string[]): Promise<Area[]> {
  if (codes.length === 0) return [];
  const rows = await db.selectFrom('areas').selectAll().where('code', 'in', codes).execute();
  return rows.map(areaFromRow);
}

/** Children with a flag telling the UI whether to offer expansion. */
export async function childAreas(db: DbOrTrx, parentCode: string): Promise<(Area & { hasChildren: boolean })[]> {
  const rows = await db
    .selectFrom('areas as a')
    .selectAll('a')
    .select((eb) =>
      eb
        .exists(eb.selectFrom('areas as c').select('c.code').whereRef('c.parent_code', '=', 'a.code'))
        .as('has_children'),
    )
    .where('a.parent_code', '=', parentCode)
    .orderBy('a.code')
    .execute();
  return rows.map((r) => ({ ...areaFromRow(r), hasChildren: Boolean(r.has_children) }));
}

export async function areasBelow(db: DbOrTrx, code: string, level: Area['level']): Promise<Area[]> {
  const rows = await db.selectFrom('areas').selectAll().where('code', 'like', `${code}%`).where('level', '=', level).orderBy('code').execute();
  return rows.map(areaFromRow);
}

export async function hasChildAreas(db: DbOrTrx, code: string): Promise<boolean> {
  const row = await db.selectFrom('areas').select('code').where('parent_code', '=', code).limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function countAreas(db: DbOrTrx): Promise<number> {
  const r = await db.selectFrom('areas').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Inserts missing areas; existing codes are left as they are (idempotent seeding). */
export async function insertAreas(trx: Trx, areas: Omit<Area, never>[]): Promise<number> {
  let inserted = 0;
  // Parents first, in chunks: both engines cap bound parameters per statement.
  for (let i = 0; i < areas.length; i += 200) {
    const chunk = areas.slice(i, i + 200);
    const res = await trx
      .insertInto('areas')
      .values(
        chunk.map((a) => ({
          code: a.code,
          name: a.name,
          level: a.level,
          parent_code: a.parentCode,
          stat_code: a.statCode,
          urban_rural: a.urbanRural,
        })),
      )
      .onConflict((oc) => oc.column('code').doNothing())
      .executeTakeFirst();
    inserted += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

export async function firstAreaOfLevel(db: DbOrTrx, level: Area['level']): Promise<string | undefined> {
  const row = await db.selectFrom('areas').select('code').where('level', '=', level).orderBy('code').limit(1).executeTakeFirst();
  return row?.code;
}
