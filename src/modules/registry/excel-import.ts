import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import { nowIso, todayInChina } from '../../clock.ts';
import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertPermission, type Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import type { IdNumber } from '../../domain/id-number.ts';
import { translate } from '../../messages.ts';
import { collectGarbage } from '../../memory.ts';
import { recordAudit } from '../audit/service.ts';
import { JobYield, runJobInProcess, submitJob, type Job, type JobHandler, type JobProgress } from '../jobs/service.ts';
import type { JobView } from '../jobs/schema.ts';
import { checkNewHousehold, createHouseholdsIn, sectionsNameMembers } from './bulk-create.ts';
import { assertCommunity } from './household-access.ts';
import { HOUSEHOLD_COLUMNS, HOUSEHOLD_SHEET, MEMBER_COLUMNS, MEMBER_SHEET } from './excel-layout.ts';
import { importHouseholdRecord, newHouseholdFromRecord, type HouseholdRecord } from './import-household.ts';
import type { StagedHousehold, StagedMember } from './import-parse.ts';
import { writeAnnotatedReport } from './import-report.ts';
import { boundHeapGrowth, stageWorkbook } from './import-stage.ts';
import { clearStaging, countHouseholdsAfter, errorsOf, insertErrors, nextHouseholds, orphanMembers, rowsOfHeads, type StagedError } from './import-staging.ts';
import * as q from './queries.ts';

export { openImportReport } from './import-report.ts';

export type ImportError = StagedError;

/** What an import job leaves as its result (GET /jobs/{id}), declared once for the API and the code. */
export const importResultSchema = z.object({
  dryRun: z.boolean(),
  households: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(z.object({ sheet: z.string(), row: z.number().int(), column: z.string(), message: z.string() })),
  reportId: z.string().nullable().describe('id of the annotated workbook (the upload with bad cells marked), when there are errors'),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** A household import job's input; the workbook itself is the job's file. */
export interface HouseholdImportInput {
  dryRun: boolean;
  fileName?: string;
}

interface ImportCheckpoint {
  /** Sheet row of the last household applied (households are applied in sheet order). */
  lastRow: number;
  done: number;
  total: number;
  households: number;
  created: number;
  updated: number;
  skipped: number;
  errorCount: number;
}

/**
 * Households per batch, each batch one transaction. On SQLite a transaction is one synchronous
 * slice of the event loop (better-sqlite3), so batches stay small enough for other requests
 * to keep their latency; PostgreSQL waits on the network instead, and larger batches save
 * round trips.
 */
export const IMPORT_BATCH = { sqlite: 50, postgres: 250 } as const;
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function uploadsDir(deps: Deps): string {
  return path.join(deps.config.dataDir, 'imports');
}

class UploadTruncated extends Error {}

/**
 * Streams an uploaded workbook to the data directory (never whole in memory). Refused before
 * any job exists: a file over the limit (413), one that is not a zip container like every
 * .xlsx (400), and an upload cut short (400, not the 500 it used to be).
 */
export async function storeImportUpload(deps: Deps, source: Readable & { truncated?: boolean }): Promise<string> {
  fs.mkdirSync(uploadsDir(deps), { recursive: true });
  const name = `${randomUUID()}.xlsx`;
  const file = path.join(uploadsDir(deps), name);
  let head = Buffer.alloc(0);
  let size = 0;
  const sniff = new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (head.length < 4) head = Buffer.concat([head, chunk]).subarray(0, 4);
      size += chunk.length;
      done(null, chunk);
    },
  });
  try {
    try {
      await pipeline(source, sniff, fs.createWriteStream(file));
    } catch (e) {
      if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw e;
      throw new UploadTruncated(String(e));
    }
    if (source.truncated) throw Object.assign(new Error('too large'), { code: 'FST_REQ_FILE_TOO_LARGE' });
    if (size === 0) throw new DomainError('validation', 'document_empty', { field: 'file' });
    if (!head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) throw new DomainError('validation', 'import_not_xlsx', { field: 'file' });
    return path.join('imports', name);
  } catch (e) {
    fs.rmSync(file, { force: true });
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new DomainError('too_large', 'document_too_large', { field: 'file', params: { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 } });
    }
    if (e instanceof UploadTruncated) throw new DomainError('validation', 'import_upload_truncated', { field: 'file' });
    throw e;
  }
}

/** POST /households/import: the upload stored, a job queued; the answer comes at once. */
export async function submitHouseholdImport(deps: Deps, actor: Actor, source: Readable & { truncated?: boolean }, opts: { dryRun: boolean; fileName?: string }): Promise<JobView> {
  assertPermission(actor, 'editRegistry');
  const filePath = await storeImportUpload(deps, source);
  try {
    const input: HouseholdImportInput = { dryRun: opts.dryRun, ...(opts.fileName ? { fileName: opts.fileName.slice(0, 200) } : {}) };
    return await submitJob(deps, actor, 'household_import', input, { filePath });
  } catch (e) {
    fs.rmSync(path.join(deps.config.dataDir, filePath), { force: true });
    throw e;
  }
}

/**
 * `minzheng import households FILE`: the same job, run in this process (its own lease, so a
 * server sharing the database never takes it), reporting progress as it goes.
 */
export async function importHouseholds(
  deps: Deps,
  actor: Actor,
  file: string,
  opts: { dryRun?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportResult> {
  assertPermission(actor, 'editRegistry');
  const input: HouseholdImportInput = { dryRun: Boolean(opts.dryRun), fileName: path.basename(file) };
  const row = await runJobInProcess(deps, actor, 'household_import', input, {
    filePath: path.resolve(file),
    onProgress: (p) => {
      if (p.phase === 'apply' && p.total !== null) opts.onProgress?.(p.done, p.total);
    },
  });
  if (row.status !== 'succeeded') throw new DomainError('validation', row.error_code ?? 'job_failed');
  return JSON.parse(row.result ?? 'null') as ImportResult;
}

/** Maps a service error's field (members.2.idNumber) back to the sheet row and column. */
function locate(e: DomainError, h: HouseholdRecord & { row: number }): Omit<ImportError, 'message'> {
  const m = /^(?:members|person)\.(\d+)\.(\w+)/.exec(e.field ?? '');
  if (m) {
    const member = h.members[Number(m[1])] as StagedMember | undefined;
    const column = MEMBER_COLUMNS.find((c) => c.key === m[2])?.header ?? '身份证号';
    return { sheet: MEMBER_SHEET, row: member?.row ?? h.row, column };
  }
  const column = HOUSEHOLD_COLUMNS.find((c) => c.key === e.field)?.header ?? '户主身份证号';
  return { sheet: HOUSEHOLD_SHEET, row: h.row, column };
}

type BatchRecord = HouseholdRecord & { row: number };
interface BatchOutcome {
  created: number;
  updated: number;
  skipped: number;
  errors: ImportError[];
}

/**
 * Applies one batch inside `trx`. New households none of whose members is on file or
 * elsewhere in the batch are created set-based (`createHouseholdsIn`, the same rows and audit
 * entries as one by one); every other household — an update, a doubtful one — goes through
 * `importHouseholdRecord` in sheet order under its own savepoint, so a household with an error
 * leaves nothing behind and the rest of the batch stands.
 */
async function applyBatch(trx: Trx, deps: Deps, actor: Actor, records: BatchRecord[], communities: Map<string, boolean>, out: BatchOutcome): Promise<void> {
  const today = todayInChina(deps.clock);
  const prepared = records.map((r) => {
    try {
      const p = newHouseholdFromRecord(r, today);
      const identities: IdNumber[] = checkNewHousehold(actor, p.input, today);
      return sectionsNameMembers(p.input, identities, today) ? { r, ...p, identities } : null;
    } catch {
      return null;
    }
  });
  const seen = new Map<string, number>();
  for (const p of prepared) for (const id of p?.idNumbers ?? []) seen.set(id, (seen.get(id) ?? 0) + 1);
  const onFile = new Set((await q.findPersonsByIdNumbers(trx, [...seen.keys()])).map((p) => p.id_number));
  for (const code of new Set(prepared.flatMap((p) => (p ? [p.input.areaCode] : [])))) {
    if (!communities.has(code)) communities.set(code, await assertCommunity(trx, code).then(() => true, () => false));
  }
  const bulk = prepared.filter((p): p is NonNullable<typeof p> => p !== null && communities.get(p.input.areaCode) === true && p.idNumbers.every((id) => seen.get(id) === 1 && !onFile.has(id)));
  const inBulk = new Set(bulk.map((p) => p.r));
  let oneByOne = records.filter((r) => !inBulk.has(r));
  if (bulk.length > 0) {
    await sql`savepoint import_bulk`.execute(trx);
    try {
      await createHouseholdsIn(trx, deps, actor, bulk);
      await sql`release savepoint import_bulk`.execute(trx);
      out.created += bulk.length;
    } catch (e) {
      // Something the checks did not foresee (a person registered meanwhile): the batch
      // falls back to one by one, where each household gets its own verdict.
      deps.log.debug({ err: e }, 'import: bulk path fell back to one by one');
      await sql`rollback to savepoint import_bulk`.execute(trx);
      await sql`release savepoint import_bulk`.execute(trx);
      oneByOne = records;
    }
  }
  for (const r of oneByOne) {
    await sql`savepoint import_household`.execute(trx);
    try {
      const outcome = await importHouseholdRecord(trx, deps, actor, r);
      await sql`release savepoint import_household`.execute(trx);
      out[outcome]++;
    } catch (e) {
      await sql`rollback to savepoint import_household`.execute(trx);
      await sql`release savepoint import_household`.execute(trx);
      if (!(e instanceof DomainError)) throw e;
      out.errors.push({ ...locate(e, r), message: translate('zh-CN', e.code, e.params) });
      out.skipped++;
    }
  }
}

class DryRunRollback extends Error {}

function uploadOf(deps: Deps, job: Job): string {
  if (!job.filePath) throw new Error(`import job ${job.id} has no file`);
  return path.resolve(deps.config.dataDir, job.filePath);
}

/** Reads the workbook into the staging rows; returns the checkpoint the batches start from. */
async function stage(deps: Deps, job: Job, progress: JobProgress): Promise<ImportCheckpoint> {
  await clearStaging(deps.db, job.id);
  await progress.report({ done: 0, total: null, phase: 'parse' });
  const parsed = await stageWorkbook(deps, job.id, uploadOf(deps, job));
  collectGarbage();
  const errors = [...parsed.errors];
  for (const o of await orphanMembers(deps.db, job.id)) {
    if (parsed.badKeys.has(o.headKey)) continue;
    errors.push({ sheet: MEMBER_SHEET, row: o.rowNumber, column: '户主身份证号', message: `“${HOUSEHOLD_SHEET}”中没有户主身份证号为 ${o.headKey} 的户` });
    parsed.badKeys.add(o.headKey);
  }
  const total = await countHouseholdsAfter(deps.db, job.id, 0);
  const cp: ImportCheckpoint = {
    lastRow: 0,
    done: 0,
    total,
    households: new Set([...parsed.householdKeys, ...parsed.badKeys]).size,
    created: 0,
    updated: 0,
    skipped: parsed.badKeys.size,
    errorCount: errors.length,
  };
  await deps.db.transaction().execute(async (trx) => {
    await insertErrors(trx, job.id, 1, errors);
    await progress.save(trx, cp, { done: 0, total, phase: 'apply' });
  });
  return cp;
}

/**
 * The household import as a job. Semantics kept from the request-bound import: every row is
 * read and every bad cell reported; a household with any bad cell (in its row or a member's)
 * or any rule broken is skipped whole — nothing of it is written — and the others are
 * written; a dry run goes through every rule and writes nothing. Resumable: each batch of
 * households commits with its checkpoint, so after a crash the job continues after the last
 * committed batch and every household is written exactly once.
 */
export const householdImportJob: JobHandler<ImportResult> = {
  resumable: true,
  async run(deps, job, progress) {
    const input = job.input as HouseholdImportInput;
    boundHeapGrowth();
    let cp = (progress.checkpoint as ImportCheckpoint | null) ?? (await stage(deps, job, progress));
    const communities = new Map<string, boolean>();
    for (;;) {
      if (progress.stopping()) throw new JobYield();
      const rows = await nextHouseholds(deps.db, job.id, cp.lastRow, IMPORT_BATCH[deps.dialect]);
      if (rows.length === 0) break;
      const related = await rowsOfHeads(deps.db, job.id, [...new Set(rows.map((r) => r.head_key))]);
      const bad = new Set(related.filter((r) => r.ok === 0).map((r) => r.head_key));
      const members = new Map<string, StagedMember[]>();
      for (const r of related) {
        if (r.sheet !== 'm' || r.ok !== 1) continue;
        members.set(r.head_key, [...(members.get(r.head_key) ?? []), JSON.parse(r.payload!) as StagedMember]);
      }
      const records: BatchRecord[] = rows
        .filter((r) => !bad.has(r.head_key))
        .map((r) => ({ ...(JSON.parse(r.payload!) as StagedHousehold), members: r.primary_row === 1 ? (members.get(r.head_key) ?? []) : [], row: r.row_number }));
      const out: BatchOutcome = { created: 0, updated: 0, skipped: 0, errors: [] };
      const last = rows[rows.length - 1]!.row_number;
      const next = (): ImportCheckpoint => ({
        ...cp,
        lastRow: last,
        done: cp.done + rows.length,
        created: cp.created + out.created,
        updated: cp.updated + out.updated,
        skipped: cp.skipped + out.skipped,
        errorCount: cp.errorCount + out.errors.length,
      });
      const record = async (trx: Trx, n: ImportCheckpoint) => {
        await insertErrors(trx, job.id, cp.errorCount + 1, out.errors);
        await progress.save(trx, n, { done: n.done, total: n.total, phase: 'apply' });
      };
      let n: ImportCheckpoint;
      if (input.dryRun) {
        // A dry run goes through every rule, then rolls the batch back; only the verdicts stay.
        await deps.db
          .transaction()
          .execute(async (trx) => {
            await applyBatch(trx, deps, job.actor, records, communities, out);
            throw new DryRunRollback();
          })
          .catch((e: unknown) => {
            if (!(e instanceof DryRunRollback)) throw e;
          });
        n = next();
        await deps.db.transaction().execute((trx) => record(trx, n));
      } else {
        n = await deps.db.transaction().execute(async (trx) => {
          await applyBatch(trx, deps, job.actor, records, communities, out);
          const n = next();
          await record(trx, n);
          return n;
        });
      }
      cp = n;
      await yieldToEventLoop();
    }
    const errors = await errorsOf(deps.db, job.id);
    let reportId: string | null = null;
    if (errors.length > 0) {
      await progress.report({ done: cp.done, total: cp.total, phase: 'report' });
      reportId = await writeAnnotatedReport(deps, job.actor, uploadOf(deps, job), errors);
    }
    return { dryRun: input.dryRun, households: cp.households, created: cp.created, updated: cp.updated, skipped: cp.skipped, errors, reportId };
  },
  async complete(trx, deps, job, result) {
    if (!result.dryRun) {
      await recordAudit(trx, deps, job.actor, {
        action: 'households.import',
        entityType: 'import',
        entityId: result.reportId ?? nowIso(deps.clock),
        areaCode: job.actor.areaCode,
        newValue: { jobId: job.id, created: result.created, updated: result.updated, skipped: result.skipped, errors: result.errors.length },
      });
    }
    await clearStaging(trx, job.id);
  },
  async cleanup(deps, job) {
    await clearStaging(deps.db, job.id);
    // Only uploads the server stored; a CLI import reads the operator's own file.
    const uploads = path.resolve(uploadsDir(deps));
    if (job.filePath && path.resolve(deps.config.dataDir, job.filePath).startsWith(uploads + path.sep)) {
      fs.rmSync(path.resolve(deps.config.dataDir, job.filePath), { force: true });
    }
  },
};
