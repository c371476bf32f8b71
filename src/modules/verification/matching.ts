import { nowIso, todayInChina } from '../../clock.ts';
import type { DbOrTrx, Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertAreaWritable, assertAreaReadable, type Actor } from '../../domain/actor.ts';
import { areaLevelOf } from '../../domain/area-code.ts';
import { addWorkingDays } from '../../domain/calendar.ts';
import { assertNever, DomainError } from '../../domain/errors.ts';
import {
  assetLimit,
  assetsText,
  businessText,
  deathText,
  declaredExemptVehicle,
  evaluateHousehold,
  housesText,
  imprisonmentText,
  incomeText,
  vehicleText,
  type Finding,
  type FindingRule,
  type FindingText,
} from '../../domain/verification/rules.ts';
import { recordAudit } from '../audit/service.ts';
import { JobYield, submitJobIn, type Job, type JobHandler, type JobProgress } from '../jobs/service.ts';
import { policyInForce } from '../policies/service.ts';
import {
  countEnrolledHouseholds,
  declarationsOf,
  enrolledHouseholdsPage,
  exemptVehiclesOf,
  hitsOfHouseholds,
  sliceAreas,
  sliceBreaches,
  slicePersons,
  type HouseholdForMatching,
  type LimitGroup,
  type MemberHit,
  type RunSlice,
} from './matching-queries.ts';

export interface HouseholdFindings {
  household: HouseholdForMatching;
  findings: Finding[];
  limits: { assetLimit: number; maxHouses: number; alertWorkingDays: number };
}

/**
 * Findings for a set of households: what they declared, the records matched on their members'
 * ID numbers, and the limits of the policy in force in each household's area (read once per area).
 */
export async function findingsOfHouseholds(db: DbOrTrx, householdIds: readonly number[], today: string): Promise<HouseholdFindings[]> {
  const [declarations, hits] = await Promise.all([declarationsOf(db, householdIds), hitsOfHouseholds(db, householdIds)]);
  const policies = new Map<string, Awaited<ReturnType<typeof policyInForce>>>();
  const out: HouseholdFindings[] = [];
  for (const id of householdIds) {
    const h = declarations.get(id);
    if (!h) continue;
    let p = policies.get(h.areaCode);
    if (!p) {
      p = await policyInForce(db, h.areaCode, today);
      policies.set(h.areaCode, p);
    }
    const d = p.policy.dibao;
    const standard = h.urbanRural === 'urban' ? d.urbanStandard : d.ruralStandard;
    const limits = { assetLimit: assetLimit(standard, d.assetMonths, h.members.length), maxHouses: d.maxHouses, alertWorkingDays: p.policy.cases.alertWorkingDays };
    const records = hits.filter((x) => x.householdId === id);
    out.push({ household: h, limits, findings: evaluateHousehold(h, limits, records, today) });
  }
  return out;
}

/** A finding that breaks a rule, as the run raises it. */
interface AlertDraft {
  rule: FindingRule;
  hit: MemberHit;
  areaCode: string;
  text: FindingText;
}

/** The limits of the policy in force in an area, and the deadline of an alert raised there today. */
interface AreaLimits {
  /** financial assets allowed per member, fen (the standard × its months) */
  perMember: { urban: number; rural: number };
  maxHouses: number;
  dueDate: string;
}

async function areaLimits(db: DbOrTrx, areaCode: string, today: string): Promise<AreaLimits> {
  const { policy } = await policyInForce(db, areaCode, today);
  const d = policy.dibao;
  return {
    perMember: { urban: assetLimit(d.urbanStandard, d.assetMonths, 1), rural: assetLimit(d.ruralStandard, d.assetMonths, 1) },
    maxHouses: d.maxHouses,
    dueDate: addWorkingDays(today, policy.cases.alertWorkingDays),
  };
}

/** The slice's areas grouped by equal limits (usually one group: the city sets them). */
function limitGroups(areas: readonly string[], limits: Map<string, AreaLimits>): LimitGroup[] {
  const groups = new Map<string, LimitGroup>();
  for (const a of areas) {
    const l = limits.get(a)!;
    const key = `${l.perMember.urban}:${l.perMember.rural}:${l.maxHouses}`;
    const g = groups.get(key);
    if (g) (g.areaCodes as string[]).push(a);
    else groups.set(key, { areaCodes: [a], perMember: l.perMember, maxHouses: l.maxHouses });
  }
  return [...groups.values()];
}

/**
 * The alerts of one slice of a run: the records that break a rule, found set-based in one pass
 * (sliceBreaches: every rule's condition in SQL), with the texts evaluateHousehold gives them.
 * Two residues are read for the few breaches only: whether a vehicle's plate is among those the
 * household declared exempt, and what an over-limit household declared (its assets, its houses).
 */
async function sliceAlerts(db: DbOrTrx, s: RunSlice, today: string, limits: Map<string, AreaLimits>): Promise<{ findings: number; drafts: AlertDraft[] }> {
  const areas = await sliceAreas(db, s);
  for (const a of areas) if (!limits.has(a)) limits.set(a, await areaLimits(db, a, today));
  const { findings, breaches } = await sliceBreaches(db, s, today, limitGroups(areas, limits));

  const vehicles = breaches.filter((b) => b.rule === 'vehicle_not_exempt' && b.item !== null);
  const exemptVehicles = await exemptVehiclesOf(db, [...new Set(vehicles.map((b) => b.householdId))]);
  const overLimit = [...new Set(breaches.filter((b) => b.rule === 'assets_above_limit' || b.rule === 'houses_above_limit').map((b) => b.householdId))];
  const declarations = new Map<number, HouseholdForMatching>();
  for (let i = 0; i < overLimit.length; i += 500) for (const [id, h] of await declarationsOf(db, overLimit.slice(i, i + 500))) declarations.set(id, h);

  const drafts: AlertDraft[] = [];
  for (const b of breaches) {
    let text: FindingText;
    switch (b.rule) {
      case 'death':
        text = deathText(b);
        break;
      case 'imprisonment':
        text = imprisonmentText(b, true);
        break;
      case 'vehicle_not_exempt':
        if (declaredExemptVehicle(b.item, exemptVehicles.get(b.householdId) ?? [])) continue;
        text = vehicleText(b, false);
        break;
      case 'business_registration':
        text = businessText(b);
        break;
      case 'undeclared_pension':
      case 'undeclared_wage':
        text = incomeText(b, b.declaredIncome);
        break;
      case 'assets_above_limit': {
        const h = declarations.get(b.householdId)!;
        const l = limits.get(h.areaCode)!;
        text = assetsText(h.financialAssets, b.financialTotal, assetLimit(h.urbanRural === 'urban' ? l.perMember.urban : l.perMember.rural, 1, h.members.length));
        break;
      }
      case 'houses_above_limit':
        text = housesText(declarations.get(b.householdId)!.houses, b.houses, limits.get(b.areaCode)!.maxHouses);
        break;
      default:
        assertNever(b.rule);
    }
    drafts.push({ rule: b.rule, hit: b, areaCode: b.areaCode, text });
  }
  return { findings, drafts };
}

/** Each finding that breaks a rule becomes an alert, once: (person, rule, source, record) is unique. */
async function raiseAlerts(trx: Trx, deps: Deps, runId: number, drafts: readonly AlertDraft[], limits: Map<string, AreaLimits>): Promise<number> {
  const createdAt = nowIso(deps.clock);
  const rows = drafts.map((d) => ({
    run_id: runId,
    rule: d.rule,
    source_id: d.hit.sourceId,
    record_key: d.hit.recordKey,
    record_id: d.hit.id,
    person_id: d.hit.personId,
    household_id: d.hit.householdId,
    // The person's community works the alert (households live in communities).
    area_code: d.areaCode,
    declared: d.text.declared.slice(0, 200),
    matched: d.text.matched.slice(0, 200),
    status: 'open' as const,
    due_date: limits.get(d.areaCode)!.dueDate,
    // A death proposes the stop of every benefit of the person at once (confirmed by the community).
    outcome: d.rule === 'death' ? ('stop' as const) : null,
    reason: null,
    created_at: createdAt,
    worked_at: null,
    worked_by: null,
  }));
  let added = 0;
  for (let i = 0; i < rows.length; i += 300) {
    // ON CONFLICT DO NOTHING on the unique identity: a re-run, or a run racing another on an
    // overlapping area, inserts each alert at most once on both engines.
    const inserted = await trx
      .insertInto('alerts')
      .values(rows.slice(i, i + 300))
      .onConflict((oc) => oc.columns(['person_id', 'rule', 'source_id', 'record_key']).doNothing())
      .returning('id')
      .execute();
    added += inserted.length;
  }
  return added;
}

function assertAreaCode(areaCode: string): void {
  if (!areaLevelOf(areaCode)) throw new DomainError('validation', 'area_not_found', { field: 'areaCode', params: { areaCode } });
}

function assertMayRunMatching(actor: Actor): void {
  if (actor.role !== 'verifier' && actor.role !== 'county_approver') throw new DomainError('forbidden', 'forbidden');
}

/** Inserts the run; the caller queues (API) or runs (CLI) its job. */
export async function createMatchingRun(trx: Trx, deps: Deps, actor: Actor, areaCode: string): Promise<number> {
  const run = await trx
    .insertInto('matching_runs')
    .values({ area_code: areaCode, job_id: null, status: 'running', persons: 0, findings: 0, new_alerts: 0, created_by: actor.userId, created_at: nowIso(deps.clock), finished_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return run.id;
}

/** POST /matching-runs: every enrolled household of the area matched against every source, as a job. */
export async function startMatchingRun(deps: Deps, actor: Actor, areaCode: string): Promise<{ id: number; jobId: number }> {
  assertMayRunMatching(actor);
  assertAreaCode(areaCode);
  assertAreaWritable(actor, areaCode);
  return deps.db.transaction().execute(async (trx) => {
    const id = await createMatchingRun(trx, deps, actor, areaCode);
    const job = await submitJobIn(trx, deps, actor, 'matching_run', { runId: id, areaCode });
    await trx.updateTable('matching_runs').set({ job_id: job.id }).where('id', '=', id).execute();
    return { id, jobId: job.id };
  });
}

export function checkMatchingRunRequest(actor: Actor, areaCode: string): void {
  assertMayRunMatching(actor);
  assertAreaCode(areaCode);
  assertAreaWritable(actor, areaCode);
}

const STATUS: Record<string, 'running' | 'done' | 'failed'> = { queued: 'running', running: 'running', succeeded: 'done', failed: 'failed' };

/** GET /matching-runs/:id: its status (from its job) and counts. */
export async function getMatchingRun(deps: Deps, actor: Actor, id: number) {
  const r = await deps.db
    .selectFrom('matching_runs as m')
    .leftJoin('jobs as j', 'j.id', 'm.job_id')
    .select(['m.id', 'm.area_code', 'm.status', 'm.persons', 'm.findings', 'm.new_alerts', 'm.created_at', 'm.finished_at', 'j.status as job_status', 'j.progress_done', 'j.progress_total'])
    .where('m.id', '=', id)
    .executeTakeFirst();
  if (!r) throw new DomainError('not_found', 'matching_run_not_found');
  assertAreaReadable(actor, r.area_code, 'matching_run_not_found');
  const alerts = await deps.db.selectFrom('alerts').select((e) => e.fn.countAll<number | string>().as('n')).where('run_id', '=', id).executeTakeFirstOrThrow();
  return {
    id: r.id,
    areaCode: r.area_code,
    status: r.job_status ? (STATUS[r.job_status] ?? 'running') : r.status,
    counts: { households: r.progress_done ?? 0, householdsTotal: r.progress_total ?? null, persons: r.persons, findings: r.findings, newAlerts: Number(alerts.n) },
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  };
}

interface RunInput {
  runId: number;
  areaCode: string;
  /** households per slice (tests use a small one to cross slice boundaries) */
  sliceSize?: number;
}
interface RunCheckpoint {
  afterId: number;
  done: number;
}

/** Households per slice: each slice's queries and its alerts, counts and checkpoint commit together. */
const SLICE = 20_000;

/**
 * The matching job: the enrolled households of the area in slices of consecutive ids; per slice
 * a few set-based queries (its members, its records that break a rule in one pass) and the alerts inserted with the run's counts and the job's checkpoint in one
 * transaction (resumable after a restart: alerts are idempotent anyway).
 */
export const matchingRunJob: JobHandler<{ runId: number; households: number }> = {
  resumable: true,
  async run(deps: Deps, job: Job, progress: JobProgress) {
    const input = job.input as RunInput;
    const today = todayInChina(deps.clock);
    await deps.db.updateTable('matching_runs').set({ job_id: job.id }).where('id', '=', input.runId).where('job_id', 'is', null).execute();
    const total = await countEnrolledHouseholds(deps.db, input.areaCode);
    const limits = new Map<string, AreaLimits>();
    let cp: RunCheckpoint = (progress.checkpoint as RunCheckpoint | null) ?? { afterId: 0, done: 0 };
    await progress.report({ done: cp.done, total, phase: 'matching' });
    for (;;) {
      const ids = await enrolledHouseholdsPage(deps.db, input.areaCode, cp.afterId, input.sliceSize ?? SLICE);
      if (ids.length === 0) break;
      const slice: RunSlice = { areaCode: input.areaCode, fromId: ids[0]!, toId: ids[ids.length - 1]! };
      const persons = await slicePersons(deps.db, slice);
      const { findings, drafts } = await sliceAlerts(deps.db, slice, today, limits);
      cp = { afterId: slice.toId, done: cp.done + ids.length };
      await deps.db.transaction().execute(async (trx) => {
        const added = await raiseAlerts(trx, deps, input.runId, drafts, limits);
        await trx
          .updateTable('matching_runs')
          .set((eb) => ({ persons: eb('persons', '+', persons), findings: eb('findings', '+', findings), new_alerts: eb('new_alerts', '+', added) }))
          .where('id', '=', input.runId)
          .execute();
        await progress.save(trx, cp, { done: cp.done, total, phase: 'matching' });
      });
      if (progress.stopping() && cp.done < total) throw new JobYield();
    }
    return { runId: input.runId, households: cp.done };
  },
  async complete(trx, deps, job, result) {
    await trx.updateTable('matching_runs').set({ status: 'done', finished_at: nowIso(deps.clock) }).where('id', '=', result.runId).execute();
    const run = await trx.selectFrom('matching_runs').selectAll().where('id', '=', result.runId).executeTakeFirstOrThrow();
    await recordAudit(trx, deps, job.actor, {
      action: 'matching.run',
      entityType: 'matching_run',
      entityId: run.id,
      areaCode: run.area_code,
      newValue: { households: result.households, persons: run.persons, findings: run.findings, newAlerts: run.new_alerts },
    });
  },
  async cleanup(deps, job) {
    const input = job.input as RunInput;
    await deps.db.updateTable('matching_runs').set({ status: 'failed', finished_at: nowIso(deps.clock) }).where('id', '=', input.runId).where('status', '=', 'running').execute();
  },
};
