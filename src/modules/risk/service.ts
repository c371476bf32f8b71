import { nowIso, todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaReadable, assertAreaWritable, type Actor } from '../../domain/actor.ts';
import { areaLevelOf, isWithinArea } from '../../domain/area-code.ts';
import { monthOf } from '../../domain/calendar.ts';
import { DomainError } from '../../domain/errors.ts';
import { maskIdNumber } from '../../domain/masking.ts';
import { mayReadRiskFindings, mayRunRiskChecks, mayWorkRiskFindings } from '../../domain/risk/access.ts';
import { assertOutcome } from '../../domain/risk/finding.ts';
import { RISK_RULES, type RiskRule } from '../../domain/risk/rules.ts';
import { recordAudit } from '../audit/service.ts';
import { JobYield, runJobInProcess, submitJobIn, type Job, type JobHandler, type JobProgress } from '../jobs/service.ts';
import { DETECTORS } from './detect.ts';
import * as q from './queries.ts';
import type { FindingListQuery, RiskFindingView, RiskRunView, RiskStats } from './schema.ts';

type RuleSummary = Record<string, { found: number; created: number; ms: number }>;

function assertRole(ok: boolean): void {
  if (!ok) throw new DomainError('forbidden', 'forbidden');
}

function runView(r: NonNullable<Awaited<ReturnType<typeof q.runWithJob>>>): RiskRunView {
  return {
    id: Number(r.id),
    areaCode: r.area_code,
    jobId: r.job_id === null ? null : Number(r.job_id),
    status: (r.job_status ?? r.status) as RiskRunView['status'],
    createdBy: r.created_by_username,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
    durationMs: r.duration_ms === null ? null : Number(r.duration_ms),
    progress: { done: Number(r.progress_done ?? 0), total: r.progress_total === null || r.progress_total === undefined ? null : Number(r.progress_total), phase: r.phase ?? null },
    error: r.error_code ?? null,
    summary: r.summary ? (JSON.parse(r.summary) as RuleSummary) : null,
  };
}

function findingView(r: q.RiskFindingRow): RiskFindingView {
  return {
    id: Number(r.id),
    rule: r.rule as RiskRule,
    areaCode: r.area_code,
    householdIds: JSON.parse(r.household_ids) as number[],
    personIds: JSON.parse(r.person_ids) as number[],
    evidence: JSON.parse(r.evidence) as Record<string, unknown>,
    status: r.status,
    firstRunId: Number(r.first_run_id),
    lastRunId: Number(r.last_run_id),
    createdAt: r.created_at,
    outcome: r.outcome_at ? { note: r.outcome_note ?? '', by: r.outcome_by_username, at: r.outcome_at } : null,
    version: Number(r.version),
  };
}

/** Creates a run of the area and its job in one transaction (audited). */
async function createRun(deps: Deps, actor: Actor, areaCode: string | undefined, submit: boolean) {
  assertRole(mayRunRiskChecks(actor.role));
  const area = areaCode ?? actor.areaCode;
  if (!areaLevelOf(area)) throw new DomainError('validation', 'area_not_found', { field: 'areaCode', params: { areaCode: area } });
  assertAreaWritable(actor, area);
  return deps.db.transaction().execute(async (trx) => {
    const run = await q.insertRun(trx, { areaCode: area, createdBy: actor.userId, createdByUsername: actor.username, now: nowIso(deps.clock) });
    const runId = Number(run.id);
    let jobId: number | null = null;
    if (submit) {
      const job = await submitJobIn(trx, deps, actor, 'risk_check', { runId });
      jobId = Number(job.id);
      await q.updateRun(trx, runId, { job_id: jobId });
    }
    await recordAudit(trx, deps, actor, { action: 'risk.run', entityType: 'risk_run', entityId: runId, areaCode: area, newValue: { areaCode: area, rules: RISK_RULES } });
    return { id: runId, jobId };
  });
}

/** POST /risk-checks/runs: queues a run of every rule over the area as a job; the job runner does the work. */
export async function startRiskRun(deps: Deps, actor: Actor, input: { areaCode?: string | undefined }): Promise<{ id: number; jobId: number }> {
  const { id, jobId } = await createRun(deps, actor, input.areaCode, true);
  return { id, jobId: jobId! };
}

/** The command line (`minzheng risk-check`, nightly): the same run, done here and now with progress. */
export async function runRiskChecksNow(
  deps: Deps,
  actor: Actor,
  areaCode: string,
  onProgress?: (p: { done: number; total: number | null; phase: string }) => void,
): Promise<RiskRunView> {
  const { id } = await createRun(deps, actor, areaCode, false);
  const job = await runJobInProcess(deps, actor, 'risk_check', { runId: id }, onProgress ? { onProgress } : {});
  await q.updateRun(deps.db, id, { job_id: Number(job.id) });
  return runView((await q.runWithJob(deps.db, id))!);
}

/** Who a scheduled run acts as when no user is named: the first active administrator over the area. */
export async function nightlyActorFor(deps: Deps, areaCode: string): Promise<Actor> {
  const u = await q.firstAdministratorOver(deps.db, areaCode);
  if (!u) throw new DomainError('not_found', 'risk_no_administrator', { params: { areaCode } });
  return { userId: Number(u.id), username: u.username, role: 'admin', areaCode: u.area_code };
}

interface Checkpoint {
  next: number;
  summary: RuleSummary;
  startedMs: number;
}

/**
 * The job of a run: each rule detected (one set-based query, outside any transaction), then its
 * findings saved with the checkpoint and an audit entry in one transaction. Resumable: after a
 * restart it continues with the next rule, and a rule done twice adds nothing (fingerprints).
 */
export const riskCheckJob: JobHandler<{ runId: number; summary: RuleSummary; durationMs: number }> = {
  resumable: true,
  async run(deps: Deps, job: Job, progress: JobProgress) {
    const { runId } = job.input as { runId: number };
    const run = await q.findRun(deps.db, runId);
    if (!run) throw new DomainError('not_found', 'risk_run_not_found');
    const cp = (progress.checkpoint as Checkpoint | null) ?? { next: 0, summary: {}, startedMs: deps.clock.now().getTime() };
    await q.updateRun(deps.db, runId, { status: 'running', job_id: job.id });
    const today = todayInChina(deps.clock);
    const scope = { scope: run.area_code, month: monthOf(today) };
    const total = RISK_RULES.length;
    for (let i = cp.next; i < total; i++) {
      const rule = RISK_RULES[i]!;
      await progress.report({ done: i, total, phase: rule });
      const t0 = performance.now();
      const candidates = await DETECTORS[rule]({ db: deps.db, scope, today });
      await deps.db.transaction().execute(async (trx) => {
        const saved = await q.saveFindings(trx, runId, candidates, nowIso(deps.clock));
        cp.summary[rule] = { found: saved.found, created: saved.created, ms: Math.round(performance.now() - t0) };
        cp.next = i + 1;
        if (saved.created > 0 || saved.found > 0) {
          await recordAudit(trx, deps, job.actor, { action: 'risk.findings', entityType: 'risk_run', entityId: runId, areaCode: run.area_code, newValue: { rule, ...cp.summary[rule] } });
        }
        await progress.save(trx, cp, { done: i + 1, total, phase: rule });
      });
      if (progress.stopping() && i + 1 < total) throw new JobYield();
    }
    return { runId, summary: cp.summary, durationMs: deps.clock.now().getTime() - cp.startedMs };
  },
  async complete(trx, deps, job, result) {
    const r = result;
    const run = await q.findRun(trx, r.runId);
    const now = nowIso(deps.clock);
    const duration = Object.values(r.summary).reduce((s, x) => s + x.ms, 0);
    await q.updateRun(trx, r.runId, { status: 'succeeded', finished_at: now, summary: JSON.stringify(r.summary), duration_ms: duration });
    await recordAudit(trx, deps, job.actor, { action: 'risk.run.complete', entityType: 'risk_run', entityId: r.runId, areaCode: run?.area_code ?? null, newValue: r.summary });
  },
};

export async function getRiskRun(deps: Deps, actor: Actor, id: number): Promise<RiskRunView> {
  assertRole(mayReadRiskFindings(actor.role));
  const r = await q.runWithJob(deps.db, id);
  if (!r) throw new DomainError('not_found', 'risk_run_not_found');
  assertAreaReadable(actor, r.area_code, 'risk_run_not_found');
  return runView(r);
}

export async function listRiskRuns(deps: Deps, actor: Actor): Promise<{ items: RiskRunView[] }> {
  assertRole(mayReadRiskFindings(actor.role));
  return { items: (await q.listRuns(deps.db, actor.areaCode, 20)).map(runView) };
}

/** GET /risk-findings: the findings of the actor's area (or an area inside it), newest first. */
export async function listRiskFindings(deps: Deps, actor: Actor, query: FindingListQuery): Promise<{ items: RiskFindingView[]; total: number }> {
  assertRole(mayReadRiskFindings(actor.role));
  const scope = query.areaCode ?? actor.areaCode;
  if (!isWithinArea(actor.areaCode, scope)) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: scope } });
  const { items, total } = await q.listFindings(deps.db, { scope, runId: query.runId, rule: query.rule, status: query.status }, { offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: items.map(findingView), total };
}

async function findingInScope(deps: Deps, actor: Actor, id: number): Promise<q.RiskFindingRow> {
  const row = await q.findFinding(deps.db, id);
  if (!row) throw new DomainError('not_found', 'risk_finding_not_found');
  assertAreaReadable(actor, row.area_code, 'risk_finding_not_found');
  return row;
}

/** A finding with the households and persons it names (ID numbers masked). */
export async function getRiskFinding(deps: Deps, actor: Actor, id: number) {
  assertRole(mayReadRiskFindings(actor.role));
  const row = await findingInScope(deps, actor, id);
  const view = findingView(row);
  const { households, persons } = await q.recordsOf(deps.db, view.householdIds, view.personIds);
  return {
    ...view,
    households: households.map((h) => ({ id: Number(h.id), areaCode: h.area_code, areaName: h.area_name ?? null, address: h.address, headName: h.head_name ?? null })),
    persons: persons.map((p) => ({ id: Number(p.id), name: p.name, idNumberMasked: maskIdNumber(p.id_number), householdId: p.household_id === null ? null : Number(p.household_id) })),
  };
}

/** Works a finding to its outcome (属实 confirmed / 不属实 dismissed) with a note; audited. */
export async function recordRiskOutcome(deps: Deps, actor: Actor, id: number, input: { status: 'confirmed' | 'dismissed'; note: string }): Promise<RiskFindingView> {
  assertRole(mayWorkRiskFindings(actor.role));
  const row = await findingInScope(deps, actor, id);
  assertAreaWritable(actor, row.area_code);
  assertOutcome(row.status, input.status, input.note);
  return deps.db.transaction().execute(async (trx) => {
    const updated = await q.closeFinding(trx, id, { status: input.status, note: input.note.trim(), by: actor.userId, byUsername: actor.username, at: nowIso(deps.clock) });
    if (!updated) throw new DomainError('conflict', 'risk_finding_closed', { params: { status: 'closed' } });
    await recordAudit(trx, deps, actor, {
      action: 'risk.finding.outcome',
      entityType: 'risk_finding',
      entityId: id,
      areaCode: row.area_code,
      oldValue: { status: row.status },
      newValue: { status: input.status, note: input.note.trim(), rule: row.rule },
    });
    return findingView(updated);
  });
}

/** 风险核查统计: findings per rule and outcome in an area (the dashboard card; the monthly report per month raised). */
export async function riskFindingStats(deps: Pick<Deps, 'db'>, areaCode: string, period?: { from: string; to: string }): Promise<RiskStats> {
  const counts = await q.findingCounts(deps.db, areaCode, period);
  const byRule = RISK_RULES.map((rule) => {
    const of = (status: string) => counts.filter((c) => c.rule === rule && c.status === status).reduce((s, c) => s + c.count, 0);
    return { rule, open: of('open'), confirmed: of('confirmed'), dismissed: of('dismissed') };
  });
  const sum = (k: 'open' | 'confirmed' | 'dismissed') => byRule.reduce((s, r) => s + r[k], 0);
  return { areaCode, byRule, total: { open: sum('open'), confirmed: sum('confirmed'), dismissed: sum('dismissed') } };
}

export async function viewRiskStats(deps: Deps, actor: Actor, areaCode?: string): Promise<RiskStats> {
  assertRole(mayReadRiskFindings(actor.role));
  const scope = areaCode ?? actor.areaCode;
  if (!isWithinArea(actor.areaCode, scope)) throw new DomainError('not_found', 'area_not_found', { field: 'areaCode', params: { areaCode: scope } });
  return riskFindingStats(deps, scope);
}

