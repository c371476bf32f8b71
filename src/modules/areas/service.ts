import type { DbOrTrx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, type Actor } from '../../domain/actor.ts';
import { areaAncestry, statCodeOf } from '../../domain/area-code.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordAudit, type AuditActor } from '../audit/service.ts';
import { districtSubtree } from './division-catalog.ts';
import * as q from './queries.ts';

export type { Area } from './queries.ts';
export type AreaNode = q.Area & { hasChildren: boolean };

export async function getAreaNode(deps: Deps, actor: Actor, code: string): Promise<{ area: AreaNode; children: AreaNode[] }> {
  assertAreaReadable(actor, code, 'area_not_found');
  const area = await q.findArea(deps.db, code);
  if (!area) throw new DomainError('not_found', 'area_not_found', { params: { areaCode: code } });
  const children = await q.childAreas(deps.db, code);
  return { area: { ...area, hasChildren: children.length > 0 }, children };
}

/** The area and its ancestors, root first: what the header shows as 湖北省 / 武汉市 / … */
export async function areaPath(db: DbOrTrx, code: string): Promise<q.Area[]> {
  const chain = areaAncestry(code);
  const found = await q.findAreas(db, chain);
  return chain.map((c) => found.find((a) => a.code === c)).filter((a): a is q.Area => a !== undefined);
}

/** Every area of a level below `code` (e.g. all communities of a district). */
export async function childAreasOf(db: DbOrTrx, code: string, level: q.Area['level']): Promise<q.Area[]> {
  return q.areasBelow(db, code, level);
}

export async function findArea(db: DbOrTrx, code: string): Promise<q.Area | undefined> {
  return q.findArea(db, code);
}

/** The first district on file: the default area of public pages in a one-district install. */
export async function firstDistrict(deps: Deps): Promise<string | undefined> {
  return q.firstAreaOfLevel(deps.db, 'district');
}

/** Loads a whole district (with its province and city) from the published catalogue. */
export async function importDistrict(deps: Deps, actor: AuditActor, districtCode: string): Promise<{ inserted: number }> {
  const areas = districtSubtree(districtCode).map((a) => ({ ...a, statCode: statCodeOf(a.code) }));
  return deps.db.transaction().execute(async (trx) => {
    const inserted = await q.insertAreas(trx, areas);
    if (inserted > 0) {
      await recordAudit(trx, deps, actor, {
        action: 'areas.import',
        entityType: 'area',
        entityId: districtCode,
        areaCode: districtCode,
        newValue: { inserted, total: areas.length },
      });
    }
    return { inserted };
  });
}
