import { nowIso, todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { isWithinArea } from '../../domain/area-code.ts';
import { DomainError } from '../../domain/errors.ts';
import { maskName } from '../../domain/masking.ts';
import { recordAudit } from '../audit/service.ts';
import { deathAlertConfirmedHook } from './death-hook.ts';

/** Who sees alerts: the case-working roles of the area, the verification centre, oversight. */
function assertMayReadAlerts(actor: Actor): void {
  if (actor.role === 'admin') throw new DomainError('forbidden', 'forbidden');
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
