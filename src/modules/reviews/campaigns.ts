/**
 * 专项核查 (DOMAIN.md §5): the county re-checks every live enrolment of an area and program at
 * once. The reviews are created set-based (one INSERT … SELECT); progress and the summary are
 * read from the reviews themselves, so the summary is their outcomes by construction.
 */
import { nowIso, todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordAudit } from '../audit/service.ts';
import * as q from './queries.ts';

export async function startCampaign(deps: Deps, actor: Actor, input: { areaCode: string; program: string }): Promise<{ id: number; reviews: number }> {
  if (actor.role !== 'county_approver') throw new DomainError('forbidden', 'forbidden');
  assertAreaReadable(actor, input.areaCode, 'area_not_found');
  assertAreaWritable(actor, input.areaCode);
  const now = nowIso(deps.clock);
  const today = todayInChina(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const c = await q.insertCampaign(trx, { area_code: input.areaCode, program: input.program, reviews: 0, created_by: actor.userId, created_at: now });
    const n = await q.insertCampaignReviews(trx, { campaignId: c.id, areaCode: input.areaCode, program: input.program, today, actorId: actor.userId, now });
    await q.setCampaignCount(trx, c.id, n);
    // One entry for the campaign: its reviews are listed by campaign id, each step audited as it happens.
    await recordAudit(trx, deps, actor, { action: 'review_campaign.start', entityType: 'review_campaign', entityId: c.id, areaCode: input.areaCode, newValue: { program: input.program, reviews: n } });
    return { id: c.id, reviews: n };
  });
}

/** 专项核查 of the user's area, newest first (a campaign's progress is read one at a time). */
export async function listCampaigns(deps: Deps, actor: Actor) {
  const rows = await q.campaignList(deps.db, actor.areaCode, 100);
  const names = await q.areaNames(deps.db, [...new Set(rows.map((c) => c.area_code))]);
  return { items: rows.map((c) => ({ id: c.id, areaCode: c.area_code, areaName: names.get(c.area_code) ?? c.area_code, program: c.program, reviews: c.reviews, createdAt: c.created_at })) };
}

interface Tally {
  total: number;
  /** 已复核: decided */
  rechecked: number;
  continued: number;
  /** raised, lowered or suspended */
  changed: number;
  exited: number;
  /** exits by gradual exit (渐退), among `exited` */
  gradualExits: number;
  /** money per month the decided outcomes change (fen; negative: less paid) */
  monthlyDifference: number;
  byState: Record<string, number>;
}

const emptyTally = (): Tally => ({ total: 0, rechecked: 0, continued: 0, changed: 0, exited: 0, gradualExits: 0, monthlyDifference: 0, byState: {} });

function add(t: Tally, r: { state: string; outcome: string | null; n: number; difference: number; gradual: number }): void {
  t.total += r.n;
  t.byState[r.state] = (t.byState[r.state] ?? 0) + r.n;
  if (r.state !== 'decided') return;
  t.rechecked += r.n;
  t.monthlyDifference += r.difference;
  if (r.outcome === 'continue') t.continued += r.n;
  else if (r.outcome === 'stop') {
    t.exited += r.n;
    t.gradualExits += r.gradual;
  } else t.changed += r.n;
}

export async function getCampaign(deps: Deps, actor: Actor, id: number) {
  const c = await q.findCampaign(deps.db, id);
  if (!c) throw new DomainError('not_found', 'review_campaign_not_found', { params: { id } });
  assertAreaReadable(actor, c.area_code, 'review_campaign_not_found');
  const rows = await q.campaignTallies(deps.db, id);
  const summary = emptyTally();
  const streets = new Map<string, Tally>();
  const communities = new Map<string, Tally>();
  for (const r of rows) {
    // A street or community user sees the progress of their own area within the campaign.
    if (!r.areaCode.startsWith(actor.areaCode)) continue;
    add(summary, r);
    const street = r.areaCode.slice(0, 9);
    if (!streets.has(street)) streets.set(street, emptyTally());
    add(streets.get(street)!, r);
    if (!communities.has(r.areaCode)) communities.set(r.areaCode, emptyTally());
    add(communities.get(r.areaCode)!, r);
  }
  const names = await q.areaNames(deps.db, [c.area_code, ...streets.keys(), ...communities.keys()]);
  const list = (m: Map<string, Tally>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([areaCode, t]) => ({ areaCode, areaName: names.get(areaCode) ?? areaCode, ...t }));
  return {
    id: c.id,
    areaCode: c.area_code,
    areaName: names.get(c.area_code) ?? c.area_code,
    program: c.program,
    reviews: c.reviews,
    createdAt: c.created_at,
    summary,
    streets: list(streets),
    communities: list(communities),
  };
}
