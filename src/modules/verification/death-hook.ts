import { todayInChina } from '../../clock.ts';
import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { recordAudit } from '../audit/service.ts';
import { recordPersonStatusIn } from '../person-status/service.ts';

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
 * A death record (公安 or 殡葬) confirmed by the community: the death is recorded on the person
 * by the person-status service — the same code `POST /persons/:id/status` runs — inside the
 * alert's transaction, so every benefit of the person stops from the month after the death
 * (DOMAIN.md §5), months already paid after it become a recovery, and the next payroll leaves
 * the person out. A person already recorded as deceased is left as is (the alert only confirms it).
 */
export async function deathAlertConfirmedHook(trx: Trx, deps: Deps, actor: Actor, e: DeathConfirmed) {
  const person = await trx.selectFrom('persons').select(['life_status']).where('id', '=', e.personId).executeTakeFirst();
  const date = e.deathDate ?? todayInChina(deps.clock);
  await recordAudit(trx, deps, actor, {
    action: 'person.death_stop_proposed',
    entityType: 'person',
    entityId: e.personId,
    areaCode: e.areaCode,
    newValue: { alertId: e.alertId, householdId: e.householdId, deathDate: date, sourceId: e.sourceId },
  });
  if (!person || person.life_status === 'deceased') return null;
  return recordPersonStatusIn(trx, deps, actor, e.personId, {
    status: 'deceased',
    date,
    source: e.sourceId === 'funeral' ? 'funeral' : 'police',
    note: `核对预警 #${e.alertId}（${e.sourceId === 'funeral' ? '殡葬' : '公安'}死亡记录）确认`,
  });
}
