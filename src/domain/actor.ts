import { isWithinArea } from './area-code.ts';
import { DomainError } from './errors.ts';
import { permissionsOf, type Permissions, type Role } from './roles.ts';

/** The logged-in user as services see it: who acts, in which role, over which area. */
export interface Actor {
  userId: number;
  username: string;
  role: Role;
  areaCode: string;
}

/** Writes into an area outside the actor's jurisdiction are refused outright. */
export function assertAreaWritable(actor: Actor, areaCode: string): void {
  if (!isWithinArea(actor.areaCode, areaCode)) {
    throw new DomainError('forbidden', 'area_out_of_scope', { field: 'areaCode', params: { areaCode } });
  }
}

/** Reads outside the jurisdiction look exactly like a missing record: nothing leaks. */
export function assertAreaReadable(actor: Actor, areaCode: string, notFoundCode = 'not_found'): void {
  if (!isWithinArea(actor.areaCode, areaCode)) {
    throw new DomainError('not_found', notFoundCode, { params: { areaCode } });
  }
}

export function assertPermission(actor: Actor, flag: keyof Permissions): void {
  if (!permissionsOf(actor.role)[flag]) throw new DomainError('forbidden', 'forbidden');
}
