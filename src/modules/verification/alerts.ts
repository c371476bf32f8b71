import { sql } from 'kysely';
import { nowIso, todayInChina } from '../../clock.ts';
import { SOURCE_IDS } from '../../domain/verification/sources.ts';
import type { AlertStats } from './schema.ts';
import { alertSourceName } from '../../domain/reports/alert-summary.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { DomainError } from '../../domain/errors.ts';
import { maskName } from '../../domain/masking.ts';
import { recordAudit } from '../audit/service.ts';
import { deathAlertConfirmedHook } from './death-hook.ts';

/** Who sees alerts: the case-working roles of the area, the verification centre, oversight. */
export function mayReadAlerts(role: Actor['role']): boolean {
  return role !== 'admin';
}
function assertMayReadAlerts(actor: Actor): void {
  if (!mayReadAlerts(actor.role)) throw new DomainError('forbidden', 'forbidden');
}

/**
 * 核对预警 statistics of an area (the dashboard: every alert; the monthly report: those raised
 * in the period): per source and outcome, overdue ones, and the open ones by age. Grouped in
 * SQL by source, status, day raised and due date, so the rows read stay few at any size.
 */
export async function alertStats(deps: Pick<Deps, 'db' | 'clock'>, areaCode: string, period?: { from: string; to: string }): Promise<AlertStats> {
  let q = deps.db.selectFrom('alerts').where('area_code', 'like', `${areaCode}%`);
  if (period) q = q.where('created_at', '>=', period.from).where('created_at', '<', period.to);
  const day = sql<string>`substr(created_at, 1, 10)`;
  const rows = await q
    .select(['source_id', 'status', 'due_date', day.as('day'), (e) => e.fn.countAll<number | string>().as('n')])
    .groupBy(['source_id', 'status', 'due_date', day])
    .execute();
  const today = todayInChina(deps.clock);
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const empty = () => ({ open: 0, confirmed: 0, explained: 0, overdue: 0 });
  const bySource = new Map<string, ReturnType<typeof empty>>(SOURCE_IDS.map((s) => [s, empty()]));
  const total = empty();
  const openByAge = { d0_7: 0, d8_30: 0, d31_90: 0, d90plus: 0 };
  for (const r of rows) {
    const n = Number(r.n);
    const s = bySource.get(r.source_id) ?? empty();
    s[r.status] += n;
    total[r.status] += n;
    if (r.status !== 'open') continue;
    if (r.due_date < today) {
      s.overdue += n;
      total.overdue += n;
    }
    const age = Math.floor((todayMs - Date.parse(`${r.day}T00:00:00Z`)) / 86_400_000);
    openByAge[age <= 7 ? 'd0_7' : age <= 30 ? 'd8_30' : age <= 90 ? 'd31_90' : 'd90plus'] += n;
  }
  return {
    areaCode,
    bySource: [...bySource.entries()].filter(([, c]) => c.open + c.confirmed + c.explained > 0).map(([source, c]) => ({ source, name: alertSourceName(source), ...c })),
    openByAge,
    total,
  };
}

/** Who works an alert to its outcome: the community the person lives in, or its street. */
function assertMayWorkAlerts(actor: Actor): void {
  if (actor.role !== 'community_worker' && actor.role !== 'street_reviewer') throw new DomainError('forbidden', 'alert_work_forbidden');
}

export interface AlertQuery {
  runId?: number | undefined;
  areaCode?: string | undefined;
  status?: 'open' | 'confirmed' | 'explained' | undefined;
  page: number;
  pageSize: number;
}

/** GET /alerts: the alerts of an area (the actor's own by default), with counts by source and age. */
export async function listAlerts(deps: Deps, actor: Actor, query: AlertQuery) {
  assertMayReadAlerts(actor);
  const scope = query.areaCode ?? actor.areaCode;
  if (!isWithinArea(actor.areaCode, scope)) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: scope } });
  let q = deps.db.selectFrom('alerts as a').innerJoin('persons as p', 'p.id', 'a.person_id').where('a.area_code', 'like', `${scope}%`);
  if (query.runId !== undefined) q = q.where('a.run_id', '=', query.runId);
  if (query.status) q = q.where('a.status', '=', query.status);
  const [rows, total, bySource] = await Promise.all([
    q
      .selectAll('a')
      .select('p.name')
      .orderBy('a.due_date')
      .orderBy('a.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    q.select((e) => e.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    q.select(['a.source_id', (e) => e.fn.countAll<number | string>().as('n')]).groupBy('a.source_id').execute(),
  ]);
  const today = todayInChina(deps.clock);
  const items = rows.map((r) => ({
    id: r.id,
    runId: r.run_id,
    rule: r.rule,
    source: r.source_id,
    personId: r.person_id,
    personName: maskName(r.name),
    householdId: r.household_id,
    areaCode: r.area_code,
    declared: r.declared,
    matched: r.matched,
    status: r.status,
    dueDate: r.due_date,
    overdue: r.status === 'open' && r.due_date < today,
    outcome: r.outcome,
    reason: r.reason,
    createdAt: r.created_at,
    workedAt: r.worked_at,
  }));
  return {
    items,
    total: Number(total.n),
    counts: { bySource: Object.fromEntries(bySource.map((b) => [b.source_id, Number(b.n)])) as Record<string, number> },
  };
}

export type AlertOutcomeInput = { outcome: 'confirmed'; proposal: 'review' | 'stop'; reason?: string | undefined } | { outcome: 'explained'; reason: string };

/**
 * POST /alerts/:id/outcome: confirmed (the record is right: a review of the benefit, or an
 * immediate stop, is proposed) or explained (closed with the reason, e.g. the vehicle is used for
 * a living). A confirmed death always proposes the stop of every benefit (the hook).
 */
export async function workAlert(deps: Deps, actor: Actor, id: number, input: AlertOutcomeInput) {
  const alert = await deps.db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!alert) throw new DomainError('not_found', 'alert_not_found');
  assertAreaReadable(actor, alert.area_code, 'alert_not_found');
  assertMayWorkAlerts(actor);
  assertAreaWritable(actor, alert.area_code);
  if (alert.status !== 'open') throw new DomainError('conflict', 'alert_already_worked');
  if (input.outcome === 'explained' && input.reason.trim() === '') throw new DomainError('validation', 'alert_reason_required', { field: 'reason' });
  if (input.outcome === 'confirmed' && alert.rule === 'death' && input.proposal !== 'stop') throw new DomainError('validation', 'alert_death_stops', { field: 'proposal' });
  const outcome = input.outcome === 'confirmed' ? input.proposal : null;
  const reason = input.reason?.trim().slice(0, 500) || null;
  return deps.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('alerts')
      .set({ status: input.outcome, outcome, reason, worked_at: nowIso(deps.clock), worked_by: actor.userId })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new DomainError('conflict', 'alert_already_worked');
    await recordAudit(trx, deps, actor, {
      action: 'alert.work',
      entityType: 'alert',
      entityId: id,
      areaCode: alert.area_code,
      oldValue: { status: alert.status },
      newValue: { status: input.outcome, outcome, reason, rule: alert.rule, personId: alert.person_id },
    });
    let enrolmentChanges: NonNullable<Awaited<ReturnType<typeof deathAlertConfirmedHook>>>['enrolmentChanges'] | undefined;
    if (input.outcome === 'confirmed' && alert.rule === 'death') {
      const record = await trx.selectFrom('source_records').select('event_date').where('id', '=', alert.record_id).executeTakeFirst();
      const stopped = await deathAlertConfirmedHook(trx, deps, actor, {
        alertId: id,
        personId: alert.person_id,
        householdId: alert.household_id,
        areaCode: alert.area_code,
        deathDate: record?.event_date ?? null,
        sourceId: alert.source_id,
      });
      enrolmentChanges = stopped?.enrolmentChanges ?? [];
    }
    return { id, status: updated.status, outcome: updated.outcome, reason: updated.reason, ...(enrolmentChanges ? { enrolmentChanges } : {}) };
  });
}
