import type { HouseholdRow, PersonRow, Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { DomainError } from '../../domain/errors.ts';
import { compositionProblem, type Relation } from '../../domain/household.ts';
import { maskIdNumber } from '../../domain/masking.ts';
import { findArea } from '../areas/service.ts';
import { householdFile, type HouseholdFile } from './file-view.ts';
import * as q from './queries.ts';

/** Guards and loaders shared by the registry's use cases (service.ts, operations.ts). */
/** The household, if it exists and lies in the actor's area; otherwise 404 either way. */
export async function householdInScope(db: Deps['db'] | Trx, actor: Actor, id: number): Promise<HouseholdRow> {
  const h = await q.findHousehold(db, id);
  if (!h || !isWithinArea(actor.areaCode, h.area_code)) {
    throw new DomainError('not_found', 'household_not_found', { params: { id } });
  }
  return h;
}

export function assertActive(h: HouseholdRow): void {
  if (h.status !== 'active') throw new DomainError('conflict', 'household_inactive', { params: { id: h.id, status: h.status } });
}

/** Claims the version the caller saw; a stale one is a 409 and nothing is written. */
export async function claimVersion(trx: Trx, h: HouseholdRow, expected: number, now: string, field = 'version'): Promise<void> {
  if (!(await q.bumpHouseholdVersion(trx, h.id, expected, now))) {
    const current = await q.findHousehold(trx, h.id);
    throw new DomainError('conflict', 'stale_version', { field, params: { id: h.id, current: current?.version ?? 0, given: expected } });
  }
}

/**
 * A person is on one household's file at a time. The message names the other household
 * only when the actor may see it.
 */
export async function personElsewhereError(db: Deps['db'] | Trx, actor: Actor, person: PersonRow, field: string): Promise<DomainError> {
  const other = person.household_id === null ? undefined : await q.findHousehold(db, person.household_id);
  if (other && isWithinArea(actor.areaCode, other.area_code)) {
    const area = await findArea(db, other.area_code);
    return new DomainError('conflict', 'person_in_other_household', {
      field,
      params: { idNumber: maskIdNumber(person.id_number), name: person.name, householdId: other.id, areaName: area?.name ?? other.area_code, address: other.address },
    });
  }
  return new DomainError('conflict', 'person_in_other_area', { field, params: { idNumber: maskIdNumber(person.id_number) } });
}

export function assertComposition(members: { relation: Relation | string }[], field: string): void {
  const problem = compositionProblem(members as { relation: Relation }[]);
  if (problem) throw new DomainError('unprocessable', `household_${problem}`, { field });
}

export async function assertCommunity(db: Deps['db'] | Trx, areaCode: string): Promise<{ name: string }> {
  const area = await findArea(db, areaCode);
  if (!area) throw new DomainError('unprocessable', 'area_not_found', { field: 'areaCode', params: { areaCode } });
  if (area.level !== 'community') throw new DomainError('unprocessable', 'area_not_community', { field: 'areaCode', params: { areaCode } });
  return area;
}

export async function loadFile(db: Deps['db'] | Trx, actor: Actor, h: HouseholdRow, today: string): Promise<HouseholdFile> {
  const [members, finances, area] = await Promise.all([q.membersOf(db, h.id), q.financesOf(db, h.id), findArea(db, h.area_code)]);
  return householdFile(h, area?.name ?? h.area_code, members, finances, actor, today);
}

