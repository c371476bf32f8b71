import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { recordAudit } from '../audit/service.ts';

export interface DeathConfirmed {
  alertId: number;
  personId: number;
  householdId: number;
  areaCode: string;
  /** the date of death or cremation the record gives */
  deathDate: string | null;
  sourceId: string;
}

/**
 * HOOK — a death record (公安 or 殡葬) confirmed by the community: every benefit of the person is
 * to stop from the next payroll (DOMAIN.md §5 "a recorded death stops every benefit of that
 * person from the next month automatically").
 *
 * The stop itself belongs to the person-status work (built in parallel): when it lands, call its
 * service here, inside this transaction, e.g. `await recordDeath(trx, deps, actor, { personId,
 * deathDate, evidence: { alertId, sourceId } })`. Until then the confirmed proposal is recorded
 * on the alert (outcome `stop`) and in the audit log as `person.death_stop_proposed`, which is
 * what that service can pick up.
 */
export async function deathAlertConfirmedHook(trx: Trx, deps: Deps, actor: Actor, e: DeathConfirmed): Promise<void> {
  await recordAudit(trx, deps, actor, {
    action: 'person.death_stop_proposed',
    entityType: 'person',
    entityId: e.personId,
    areaCode: e.areaCode,
    newValue: { alertId: e.alertId, householdId: e.householdId, deathDate: e.deathDate, sourceId: e.sourceId },
  });
}
