import { nowIso } from '../../clock.ts';
import type { DbOrTrx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { areaAncestry } from '../../domain/area-code.ts';
import { DomainError } from '../../domain/errors.ts';
import { findArea } from '../areas/service.ts';
import { recordAudit, type AuditActor } from '../audit/service.ts';
import * as q from './queries.ts';

/** 监督渠道: per-area complaint channels for the public page and the notices. */

/** Where nothing is set: channels that exist everywhere (the national hotline and this system's own form). */
export const DEFAULT_COMPLAINT_CHANNELS = ['政务服务便民热线：12345', '网上举报：本页“网上举报投诉”表单（凭查询码查看办理结果）'];

/** The channels in force for an area: its own, else the nearest area above that set them. */
export async function complaintChannelsFor(db: DbOrTrx, areaCode: string): Promise<{ channels: string[]; inheritedFrom: string | null }> {
  const chain = areaAncestry(areaCode);
  const rows = await q.channelRowsFor(db, chain);
  for (const code of [...chain].reverse()) {
    const row = rows.find((r) => r.area_code === code);
    if (row) return { channels: JSON.parse(row.channels) as string[], inheritedFrom: code === areaCode ? null : code };
  }
  return { channels: DEFAULT_COMPLAINT_CHANNELS, inheritedFrom: null };
}

export async function getComplaintChannels(deps: Deps, actor: Actor, areaCode: string) {
  assertAreaReadable(actor, areaCode, 'area_not_found');
  if (!(await findArea(deps.db, areaCode))) throw new DomainError('not_found', 'area_not_found', { params: { areaCode } });
  return { areaCode, ...(await complaintChannelsFor(deps.db, areaCode)) };
}

/** Set by the administrator or the county bureau, for their area or one below it (audited). */
export async function setComplaintChannels(deps: Deps, actor: AuditActor & Actor, areaCode: string, channels: string[]) {
  if (actor.role !== 'admin' && actor.role !== 'county_approver') throw new DomainError('forbidden', 'complaint_channels_role');
  assertAreaWritable(actor, areaCode);
  if (!(await findArea(deps.db, areaCode))) throw new DomainError('not_found', 'area_not_found', { params: { areaCode } });
  await writeChannels(deps, actor, areaCode, channels);
  return getComplaintChannels(deps, actor, areaCode);
}

async function writeChannels(deps: Deps, actor: AuditActor, areaCode: string, channels: string[]): Promise<void> {
  const before = await complaintChannelsFor(deps.db, areaCode);
  await deps.db.transaction().execute(async (trx) => {
    await q.upsertChannels(trx, areaCode, channels, actor?.userId ?? null, nowIso(deps.clock));
    await recordAudit(trx, deps, actor, { action: 'complaint.channels', entityType: 'area', entityId: areaCode, areaCode, oldValue: before.channels, newValue: channels });
  });
}

/** Seeding (the demo, an install script): channels set by the system, audited as such. */
export async function seedComplaintChannels(deps: Deps, areaCode: string, channels: string[]): Promise<void> {
  await writeChannels(deps, null, areaCode, channels);
}
