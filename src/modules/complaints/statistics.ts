import type { DbOrTrx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import type { ComplaintSummary } from '../../domain/reports/complaint-summary.ts';
import * as q from './queries.ts';
import { assertReader } from './views.ts';

/** 统计: complaints for the monthly report and the dashboard. */

/** The report's complaint figures, as src/domain/reports/complaint-summary.ts declares them. */
export type ComplaintStats = ComplaintSummary;

/** Complaints received in [from, to] under an area: by channel and type, found (partly) true, with a corrective action. */
export async function complaintStats(db: DbOrTrx, scope: string, from: string, to: string): Promise<ComplaintStats> {
  const s: ComplaintStats = { received: 0, byChannel: {}, byCategory: {}, foundTrue: 0, partlyTrue: 0, notTrue: 0, corrected: 0 };
  for (const r of await q.complaintCounts(db, scope, from, to)) {
    s.received += r.n;
    s.byChannel[r.channel] = (s.byChannel[r.channel] ?? 0) + r.n;
    s.byCategory[r.category] = (s.byCategory[r.category] ?? 0) + r.n;
    if (r.outcome === 'true') s.foundTrue += r.n;
    if (r.outcome === 'partly_true') s.partlyTrue += r.n;
    if (r.outcome === 'not_true') s.notTrue += r.n;
    s.corrected += r.corrected;
  }
  return s;
}

export async function getComplaintStats(deps: Deps, actor: Actor, query: { from: string; to: string }) {
  assertReader(actor);
  return { areaCode: actor.areaCode, from: query.from, to: query.to, ...(await complaintStats(deps.db, actor.areaCode, query.from, query.to)) };
}
