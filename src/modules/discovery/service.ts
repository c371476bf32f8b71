import { nowIso, todayInChina } from '../../clock.ts';
import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { areaLevelOf, isWithinArea } from '../../domain/area-code.ts';
import { addWorkingDays, monthOf } from '../../domain/calendar.ts';
import { DISCOVERY_RULES, type DiscoveryRule, type LeadOutcome } from '../../domain/discovery/rules.ts';
import { LOW_INCOME_GROUPS, shiftMonth, type LowIncomeGroup } from '../../domain/discovery/register.ts';
import { DomainError } from '../../domain/errors.ts';
import { maskIdNumber, maskName } from '../../domain/masking.ts';
import { recordAudit } from '../audit/service.ts';
import { submitJobIn, type JobHandler } from '../jobs/service.ts';
import { policyInForce } from '../policies/service.ts';
import { detectLeads } from './detect.ts';
import { householdRegisterGroup, registerCounts, registerPage } from './register-queries.ts';

/**
 * 主动发现 is run by those who hold the area's overview (the county, the street, the verification
 * centre); the community visits and records the outcome; every case-working role and oversight
 * reads the leads and the 低收入人口 register. The administrator runs the system, not cases.
 */
function assertMayRun(actor: Actor): void {
  if (!['county_approver', 'street_reviewer', 'verifier'].includes(actor.role)) throw new DomainError('forbidden', 'forbidden');
}
function assertMayRead(actor: Actor): void {
  if (actor.role === 'admin') throw new DomainError('forbidden', 'forbidden');
}
function assertMayWork(actor: Actor): void {
  if (actor.role !== 'community_worker' && actor.role !== 'street_reviewer') throw new DomainError('forbidden', 'discovery_work_forbidden');
}
function scopeOf(actor: Actor, areaCode: string | undefined): string {
  const scope = areaCode ?? actor.areaCode;
  if (!isWithinArea(actor.areaCode, scope)) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: scope } });
  return scope;
}

type Summary = Record<string, { found: number; created: number }>;

/** Who may run discovery over which area (the API, the CLI): checked before any run exists. */
export function checkDiscoveryRunRequest(actor: Actor, areaCode: string): void {
  assertMayRun(actor);
  if (!areaLevelOf(areaCode)) throw new DomainError('validation', 'area_not_found', { field: 'areaCode', params: { areaCode } });
  assertAreaWritable(actor, areaCode);
}

/** Inserts the run (audited); the caller queues (API) or runs (CLI, demo) its job. */
export async function createDiscoveryRun(trx: Trx, deps: Deps, actor: Actor, areaCode: string): Promise<number> {
  const run = await trx
    .insertInto('discovery_runs')
    .values({ area_code: areaCode, job_id: null, status: 'running', summary: null, created_by: actor.userId, created_at: nowIso(deps.clock), finished_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(trx, deps, actor, { action: 'discovery.run', entityType: 'discovery_run', entityId: run.id, areaCode, newValue: { areaCode, rules: DISCOVERY_RULES } });
  return run.id;
}

/** POST /discovery-runs: every discovery rule over the area, as a job (202 with the run id). */
export async function startDiscoveryRun(deps: Deps, actor: Actor, areaCode: string): Promise<{ id: number; jobId: number }> {
  checkDiscoveryRunRequest(actor, areaCode);
  return deps.db.transaction().execute(async (trx) => {
    const id = await createDiscoveryRun(trx, deps, actor, areaCode);
    const job = await submitJobIn(trx, deps, actor, 'discovery_run', { runId: id });
    await trx.updateTable('discovery_runs').set({ job_id: job.id }).where('id', '=', id).execute();
    return { id, jobId: job.id };
  });
}

const INSERT_CHUNK = 300;

/**
 * The job of a run: the leads detected (set-based queries, outside any transaction), then saved
 * in one transaction with the run's summary and an audit entry. A lead is unique per (rule,
 * person): ON CONFLICT DO NOTHING keeps a re-run (or a restarted job) from adding any twice.
 */
export const discoveryRunJob: JobHandler<{ runId: number; summary: Summary }> = {
  resumable: true,
  async run(deps, job, progress) {
    const done = progress.checkpoint as { result?: { runId: number; summary: Summary } } | null;
    if (done?.result) return done.result;
    const { runId } = job.input as { runId: number };
    const run = await deps.db.selectFrom('discovery_runs').selectAll().where('id', '=', runId).executeTakeFirst();
    if (!run) throw new DomainError('not_found', 'discovery_run_not_found');
    const today = todayInChina(deps.clock);
    await progress.report({ done: 0, total: DISCOVERY_RULES.length, phase: 'detect' });
    const { leads, areaOf } = await detectLeads(deps.db, run.area_code, today);
    const due = addWorkingDays(today, (await policyInForce(deps.db, run.area_code, today)).policy.cases.alertWorkingDays);
    const now = nowIso(deps.clock);
    return deps.db.transaction().execute(async (trx) => {
      const summary: Summary = Object.fromEntries(DISCOVERY_RULES.map((r) => [r, { found: 0, created: 0 }]));
      for (const l of leads) summary[l.rule]!.found += 1;
      for (let i = 0; i < leads.length; i += INSERT_CHUNK) {
        const inserted = await trx
          .insertInto('discovery_leads')
          .values(
            leads.slice(i, i + INSERT_CHUNK).map((l) => ({
              run_id: runId,
              rule: l.rule,
              person_id: l.personId,
              household_id: l.householdId,
              area_code: areaOf.get(l.householdId) ?? run.area_code,
              evidence: JSON.stringify(l.evidence),
              summary: l.summary.slice(0, 500),
              status: 'open' as const,
              due_date: due,
              outcome: null,
              visited_on: null,
              note: null,
              created_at: now,
              worked_at: null,
              worked_by: null,
            })),
          )
          .onConflict((oc) => oc.columns(['rule', 'person_id']).doNothing())
          .returning('rule')
          .execute();
        for (const r of inserted) summary[r.rule]!.created += 1;
      }
      await trx.updateTable('discovery_runs').set({ status: 'done', summary: JSON.stringify(summary), finished_at: nowIso(deps.clock) }).where('id', '=', runId).execute();
      await recordAudit(trx, deps, job.actor, { action: 'discovery.leads', entityType: 'discovery_run', entityId: runId, areaCode: run.area_code, newValue: summary });
      const result = { runId, summary };
      await progress.save(trx, { result }, { done: DISCOVERY_RULES.length, total: DISCOVERY_RULES.length, phase: 'done' });
      return result;
    });
  },
};

const STATUS: Record<string, 'running' | 'done' | 'failed'> = { queued: 'running', running: 'running', succeeded: 'done', failed: 'failed' };

/** GET /discovery-runs/:id: status (from its job) and the leads found and new per rule. */
export async function getDiscoveryRun(deps: Deps, actor: Actor, id: number) {
  assertMayRead(actor);
  const r = await deps.db
    .selectFrom('discovery_runs as d')
    .leftJoin('jobs as j', 'j.id', 'd.job_id')
    .select(['d.id', 'd.area_code', 'd.status', 'd.summary', 'd.created_at', 'd.finished_at', 'j.status as job_status'])
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!r) throw new DomainError('not_found', 'discovery_run_not_found');
  assertAreaReadable(actor, r.area_code, 'discovery_run_not_found');
  const summary = r.summary ? (JSON.parse(r.summary) as Summary) : null;
  const sum = (k: 'found' | 'created') => (summary ? Object.values(summary).reduce((s, x) => s + x[k], 0) : 0);
  return {
    id: r.id,
    areaCode: r.area_code,
    status: r.status === 'done' ? ('done' as const) : r.job_status ? (STATUS[r.job_status] ?? 'running') : r.status,
    counts: { found: sum('found'), newLeads: sum('created') },
    byRule: summary,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  };
}

export interface LeadQuery {
  areaCode?: string | undefined;
  runId?: number | undefined;
  rule?: DiscoveryRule | undefined;
  status?: 'open' | 'visited' | undefined;
  page: number;
  pageSize: number;
}

/** GET /discovery-leads: the leads of an area (the actor's own by default), names masked, with counts by rule. */
export async function listLeads(deps: Deps, actor: Actor, query: LeadQuery) {
  assertMayRead(actor);
  const scope = scopeOf(actor, query.areaCode);
  let q = deps.db.selectFrom('discovery_leads as l').innerJoin('persons as p', 'p.id', 'l.person_id').innerJoin('households as h', 'h.id', 'l.household_id').where('l.area_code', 'like', `${scope}%`);
  if (query.runId !== undefined) q = q.where('l.run_id', '=', query.runId);
  if (query.status) q = q.where('l.status', '=', query.status);
  const counted = q;
  if (query.rule) q = q.where('l.rule', '=', query.rule);
  const [rows, total, byRule] = await Promise.all([
    q.selectAll('l').select(['p.name', 'p.id_number', 'h.address']).orderBy('l.status').orderBy('l.due_date').orderBy('l.id').limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute(),
    q.select((e) => e.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    counted.select(['l.rule', (e) => e.fn.countAll<number | string>().as('n')]).groupBy('l.rule').execute(),
  ]);
  const today = todayInChina(deps.clock);
  return {
    items: rows.map((r) => ({
      id: r.id,
      runId: r.run_id,
      rule: r.rule as DiscoveryRule,
      personId: r.person_id,
      personName: maskName(r.name),
      idNumber: maskIdNumber(r.id_number),
      householdId: r.household_id,
      address: r.address,
      areaCode: r.area_code,
      summary: r.summary,
      evidence: JSON.parse(r.evidence) as Record<string, string | number | boolean | null>,
      status: r.status,
      dueDate: r.due_date,
      overdue: r.status === 'open' && r.due_date < today,
      outcome: r.outcome,
      visitedOn: r.visited_on,
      note: r.note,
      createdAt: r.created_at,
    })),
    total: Number(total.n),
    counts: { byRule: Object.fromEntries(byRule.map((b) => [b.rule, Number(b.n)])) as Record<string, number> },
  };
}

/**
 * POST /discovery-leads/:id/outcome: the community's outreach visit and what came of it — the
 * resident applied, is not eligible, or declined. Once per lead; audited.
 */
export async function recordLeadOutcome(deps: Deps, actor: Actor, id: number, input: { outcome: LeadOutcome; visitedOn: string; note?: string | undefined }) {
  const lead = await deps.db.selectFrom('discovery_leads').selectAll().where('id', '=', id).executeTakeFirst();
  if (!lead) throw new DomainError('not_found', 'discovery_lead_not_found');
  assertAreaReadable(actor, lead.area_code, 'discovery_lead_not_found');
  assertMayWork(actor);
  assertAreaWritable(actor, lead.area_code);
  if (lead.status !== 'open') throw new DomainError('conflict', 'discovery_lead_visited');
  const today = todayInChina(deps.clock);
  if (input.visitedOn > today || input.visitedOn < lead.created_at.slice(0, 10)) throw new DomainError('validation', 'discovery_visit_date', { field: 'visitedOn' });
  const note = input.note?.trim().slice(0, 500) || null;
  if (input.outcome !== 'applied' && !note) throw new DomainError('validation', 'discovery_note_required', { field: 'note' });
  return deps.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('discovery_leads')
      .set({ status: 'visited', outcome: input.outcome, visited_on: input.visitedOn, note, worked_at: nowIso(deps.clock), worked_by: actor.userId })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new DomainError('conflict', 'discovery_lead_visited');
    await recordAudit(trx, deps, actor, {
      action: 'discovery.lead.outcome',
      entityType: 'discovery_lead',
      entityId: id,
      areaCode: lead.area_code,
      oldValue: { status: lead.status },
      newValue: { status: 'visited', outcome: input.outcome, visitedOn: input.visitedOn, note, rule: lead.rule, personId: lead.person_id, householdId: lead.household_id },
    });
    return { id, status: updated.status, outcome: updated.outcome, visitedOn: updated.visited_on, note: updated.note };
  });
}

/** GET /low-income-register: the persons on the register in a month (this month by default), masked. */
export async function lowIncomeRegister(deps: Deps, actor: Actor, query: { areaCode?: string | undefined; month?: string | undefined; group?: LowIncomeGroup | undefined; page: number; pageSize: number }) {
  assertMayRead(actor);
  const scope = scopeOf(actor, query.areaCode);
  const month = query.month ?? monthOf(todayInChina(deps.clock));
  const { rows, total } = await registerPage(deps.db, scope, month, { group: query.group, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return {
    month,
    items: rows.map((r) => ({ personId: r.personId, householdId: r.householdId, name: maskName(r.name), idNumber: maskIdNumber(r.idNumber), birthDate: r.birthDate, areaCode: r.areaCode, group: r.group })),
    total,
    counts: (await registerCounts(deps.db, scope, month)).groups,
  };
}

/** GET /low-income-register/monthly: households and persons per group, month by month (the last `months`). */
export async function lowIncomeMonthly(deps: Deps, actor: Actor, query: { areaCode?: string | undefined; to?: string | undefined; months: number }) {
  assertMayRead(actor);
  const scope = scopeOf(actor, query.areaCode);
  const to = query.to ?? monthOf(todayInChina(deps.clock));
  const out = [];
  for (let i = query.months - 1; i >= 0; i--) {
    const month = shiftMonth(to, -i);
    out.push({ month, ...(await registerCounts(deps.db, scope, month)) });
  }
  return { areaCode: scope, groups: [...LOW_INCOME_GROUPS], months: out };
}

/** The 低收入人口 register group of a household in a month, or null (other modules ask through here). */
export function householdOnRegister(db: Deps['db'], householdId: number, areaCode: string, month: string) {
  return householdRegisterGroup(db, householdId, areaCode, month);
}
