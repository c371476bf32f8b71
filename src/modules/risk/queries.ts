import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { DbOrTrx, Trx } from '../../db/types.ts';
import type { RiskFindingTable, RiskRunTable } from '../../db/types.ts';
import { commonArea, fingerprintOf, type RiskCandidate } from '../../domain/risk/finding.ts';

export type RiskRunRow = Selectable<RiskRunTable>;
export type RiskFindingRow = Selectable<RiskFindingTable>;

const BATCH = 400;

function chunks<T>(items: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function insertRun(trx: Trx, run: { areaCode: string; createdBy: number; createdByUsername: string; now: string }): Promise<RiskRunRow> {
  return trx
    .insertInto('risk_runs')
    .values({ area_code: run.areaCode, job_id: null, status: 'queued', created_by: run.createdBy, created_by_username: run.createdByUsername, created_at: run.now, finished_at: null, duration_ms: null, summary: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findRun(db: DbOrTrx, id: number): Promise<RiskRunRow | undefined> {
  return db.selectFrom('risk_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateRun(db: DbOrTrx, id: number, fields: Partial<Omit<RiskRunRow, 'id'>>): Promise<void> {
  await db.updateTable('risk_runs').set(fields).where('id', '=', id).execute();
}

/** A run with its job's status and progress (a run follows its job). */
export async function runWithJob(db: DbOrTrx, id: number) {
  return db
    .selectFrom('risk_runs as r')
    .leftJoin('jobs as j', 'j.id', 'r.job_id')
    .selectAll('r')
    .select(['j.status as job_status', 'j.progress_done', 'j.progress_total', 'j.phase', 'j.error_code'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export async function listRuns(db: DbOrTrx, scope: string, limit: number) {
  return db
    .selectFrom('risk_runs as r')
    .leftJoin('jobs as j', 'j.id', 'r.job_id')
    .selectAll('r')
    .select(['j.status as job_status', 'j.progress_done', 'j.progress_total', 'j.phase', 'j.error_code'])
    .where('r.area_code', 'like', `${scope}%`)
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * Stores what a rule found in a run. A candidate whose records already have an open finding
 * (or one dismissed as not true) adds none: the run is linked to the existing open one. The
 * partial unique index on open fingerprints and `ON CONFLICT DO NOTHING` keep two runs at once
 * from opening the same finding twice, on either engine.
 */
export async function saveFindings(trx: Trx, runId: number, candidates: RiskCandidate[], now: string): Promise<{ found: number; created: number; ids: number[] }> {
  const byFingerprint = new Map<string, RiskCandidate>();
  for (const c of candidates) byFingerprint.set(fingerprintOf(c), c);
  const fingerprints = [...byFingerprint.keys()];
  const existingOpen: number[] = [];
  const known = new Set<string>();
  for (const part of chunks(fingerprints)) {
    const rows = await trx.selectFrom('risk_findings').select(['id', 'fingerprint', 'status']).where('fingerprint', 'in', part).where('status', 'in', ['open', 'dismissed']).execute();
    for (const r of rows) {
      known.add(r.fingerprint);
      if (r.status === 'open') existingOpen.push(Number(r.id));
    }
  }
  const fresh = fingerprints.filter((f) => !known.has(f));
  const created: number[] = [];
  for (const part of chunks(fresh)) {
    const rows = await trx
      .insertInto('risk_findings')
      .values(
        part.map((f) => {
          const c = byFingerprint.get(f)!;
          return {
            rule: c.rule,
            fingerprint: f,
            area_code: commonArea(c.areaCodes),
            household_ids: JSON.stringify([...new Set(c.householdIds)].sort((a, b) => a - b)),
            person_ids: JSON.stringify([...new Set(c.personIds)].sort((a, b) => a - b)),
            evidence: JSON.stringify(c.evidence),
            status: 'open' as const,
            first_run_id: runId,
            last_run_id: runId,
            created_at: now,
            outcome_note: null,
            outcome_by: null,
            outcome_by_username: null,
            outcome_at: null,
          };
        }),
      )
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .execute();
    created.push(...rows.map((r) => Number(r.id)));
  }
  for (const part of chunks(existingOpen)) {
    await trx.updateTable('risk_findings').set({ last_run_id: runId }).where('id', 'in', part).execute();
  }
  const ids = [...existingOpen, ...created];
  for (const part of chunks(ids)) {
    await trx
      .insertInto('risk_finding_runs')
      .values(part.map((id) => ({ run_id: runId, finding_id: id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  return { found: fingerprints.length, created: created.length, ids };
}

export interface FindingFilter {
  scope: string;
  runId?: number | undefined;
  rule?: string | undefined;
  status?: string | undefined;
}

function filtered(db: DbOrTrx, f: FindingFilter) {
  let q = db.selectFrom('risk_findings as f').where('f.area_code', 'like', `${f.scope}%`);
  if (f.rule) q = q.where('f.rule', '=', f.rule);
  if (f.status) q = q.where('f.status', '=', f.status as RiskFindingRow['status']);
  if (f.runId !== undefined) {
    const runId = f.runId;
    q = q.where(({ exists, selectFrom }) => exists(selectFrom('risk_finding_runs as fr').select('fr.finding_id').whereRef('fr.finding_id', '=', 'f.id').where('fr.run_id', '=', runId)));
  }
  return q;
}

export async function listFindings(db: DbOrTrx, f: FindingFilter, page: { offset: number; limit: number }): Promise<{ items: RiskFindingRow[]; total: number }> {
  const [items, count] = await Promise.all([
    filtered(db, f).selectAll('f').orderBy('f.id', 'desc').offset(page.offset).limit(page.limit).execute(),
    filtered(db, f).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
  ]);
  return { items, total: Number(count?.n ?? 0) };
}

export async function findFinding(db: DbOrTrx, id: number): Promise<RiskFindingRow | undefined> {
  return db.selectFrom('risk_findings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Records the outcome if the finding is still open (guarded: two reviewers cannot both close it). */
export async function closeFinding(trx: Trx, id: number, fields: { status: 'confirmed' | 'dismissed'; note: string; by: number; byUsername: string; at: string }): Promise<RiskFindingRow | undefined> {
  return trx
    .updateTable('risk_findings')
    .set({ status: fields.status, outcome_note: fields.note, outcome_by: fields.by, outcome_by_username: fields.byUsername, outcome_at: fields.at, version: sql`version + 1` })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returningAll()
    .executeTakeFirst();
}

/** The households and persons a finding names, for its detail. */
export async function recordsOf(db: DbOrTrx, householdIds: number[], personIds: number[]) {
  const households = householdIds.length
    ? await db
        .selectFrom('households as h')
        .leftJoin('persons as hp', 'hp.id', 'h.head_person_id')
        .leftJoin('areas as a', 'a.code', 'h.area_code')
        .select(['h.id', 'h.area_code', 'a.name as area_name', 'h.address', 'hp.name as head_name'])
        .where('h.id', 'in', householdIds.slice(0, 200))
        .execute()
    : [];
  const persons = personIds.length
    ? await db.selectFrom('persons').select(['id', 'name', 'id_number', 'household_id']).where('id', 'in', personIds.slice(0, 200)).execute()
    : [];
  return { households, persons };
}

/** Findings per rule and status in an area (the monthly report and the dashboard), optionally those raised in a period. */
export async function findingCounts(db: DbOrTrx, scope: string, period?: { from: string; to: string }) {
  let q = db.selectFrom('risk_findings').select(['rule', 'status', (eb) => eb.fn.countAll<number | string>().as('n')]).where('area_code', 'like', `${scope}%`);
  if (period) q = q.where('created_at', '>=', period.from).where('created_at', '<', period.to);
  const rows = await q.groupBy(['rule', 'status']).execute();
  return rows.map((r) => ({ rule: r.rule, status: r.status, count: Number(r.n) }));
}

/** The first active administrator whose area covers `areaCode` (the nightly run acts as them). */
export async function firstAdministratorOver(db: DbOrTrx, areaCode: string) {
  const rows = await db.selectFrom('users').select(['id', 'username', 'role', 'area_code']).where('role', '=', 'admin').where('active', '=', 1).orderBy('id').execute();
  return rows.find((u) => areaCode.startsWith(u.area_code));
}
