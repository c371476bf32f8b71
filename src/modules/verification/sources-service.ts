import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { nowIso, todayInChina } from '../../clock.ts';
import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { maskIdNumber, maskName } from '../../domain/masking.ts';
import { isSourceId, parseSourceRow, recordKey, sourceDefinition, SOURCES, type RowProblem, type SourceDefinition, type SourceId, type SourceRecord } from '../../domain/verification/sources.ts';
import { recordAudit, recordRead } from '../audit/service.ts';
import { submitJob, type JobHandler } from '../jobs/service.ts';
import type { JobView } from '../jobs/schema.ts';
import { readSourceFile } from './source-file.ts';

/**
 * The records other departments hand over are the most sensitive data in the system (issue 18):
 * only the verification centre and the administrator import or read them, every read is
 * audited, and no export to another party includes them.
 */
export function assertSourceAccess(actor: Actor): void {
  if (actor.role !== 'verifier' && actor.role !== 'admin') throw new DomainError('forbidden', 'source_records_forbidden');
}

function sourceOf(id: string): SourceId {
  if (!isSourceId(id)) throw new DomainError('not_found', 'source_not_found', { params: { id } });
  return id;
}

export interface SourceImportView {
  id: number;
  sourceId: string;
  mode: 'replace' | 'append';
  fileName: string;
  importedOn: string;
  importedAt: string;
  rowCount: number;
  badRowCount: number;
}

export interface ImportOutcome extends SourceImportView {
  /** records new to the source (an append-mode file re-sent keeps what it holds once) */
  added: number;
  errors: { row: number; column: string; message: string }[];
}

function importView(r: { id: number; source_id: string; mode: 'replace' | 'append'; file_name: string; imported_on: string; imported_at: string; row_count: number; bad_row_count: number }): SourceImportView {
  return { id: r.id, sourceId: r.source_id, mode: r.mode, fileName: r.file_name, importedOn: r.imported_on, importedAt: r.imported_at, rowCount: r.row_count, badRowCount: r.bad_row_count };
}

/** GET /data-sources: each source with its column mapping and its latest import. */
export async function listDataSources(deps: Deps) {
  const latest = await deps.db
    .selectFrom('source_imports')
    .selectAll()
    .where('id', 'in', (eb) => eb.selectFrom('source_imports').select((e) => e.fn.max('id').as('id')).groupBy('source_id'))
    .execute();
  const counts = await deps.db.selectFrom('source_records').select(['source_id', (e) => e.fn.countAll<number | string>().as('n')]).groupBy('source_id').execute();
  return {
    items: SOURCES.map((s) => {
      const last = latest.find((l) => l.source_id === s.id);
      return {
        id: s.id,
        name: s.name,
        department: s.department,
        mode: s.mode,
        columns: s.columns.map((c) => ({ header: c.header, required: c.required })),
        records: Number(counts.find((c) => c.source_id === s.id)?.n ?? 0),
        lastImport: last ? importView(last) : null,
      };
    }),
  };
}

const INSERT_CHUNK = 400;
/** At most this many row problems are kept with an import and returned (the count is exact). */
const MAX_ERRORS = 1000;

interface ParsedSourceFile {
  good: { record: SourceRecord; key: string }[];
  errors: ImportOutcome['errors'];
  bad: number;
}

/** Every row of a department's file validated (ID numbers per GB 11643, 15-digit ones converted). */
async function parseSourceUpload(deps: Deps, source: SourceDefinition, buffer: Buffer, onProgress?: (done: number, total: number) => Promise<void>): Promise<ParsedSourceFile> {
  const { headers, rows } = await readSourceFile(buffer);
  const missing = source.columns.filter((c) => c.required && !headers.includes(c.header)).map((c) => c.header);
  if (missing.length > 0) throw new DomainError('validation', 'source_headers_missing', { field: 'file', params: { headers: missing.join('、') } });
  const today = todayInChina(deps.clock);
  const out: ParsedSourceFile = { good: [], errors: [], bad: 0 };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const r = parseSourceRow(source, row.cells, today);
    if (r.ok) out.good.push({ record: r.record, key: recordKey(source.id, r.record) });
    else {
      out.bad++;
      if (out.errors.length < MAX_ERRORS) out.errors.push(...r.problems.map((p: RowProblem) => ({ row: row.rowNumber, column: p.column, message: p.message })));
    }
    if (onProgress && (i + 1) % 20000 === 0) await onProgress(i + 1, rows.length);
  }
  out.errors = out.errors.slice(0, MAX_ERRORS);
  return out;
}

/** Stores the good rows by the source's rule, with the import row and its audit entry, in the caller's transaction. */
async function writeSourceImport(trx: Trx, deps: Deps, actor: Actor, source: SourceDefinition, fileName: string, parsed: ParsedSourceFile): Promise<ImportOutcome> {
  const { good, errors, bad } = parsed;
  const imp = await trx
    .insertInto('source_imports')
    .values({
      source_id: source.id,
      mode: source.mode,
      file_name: fileName.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || 'upload',
      imported_on: todayInChina(deps.clock),
      imported_at: nowIso(deps.clock),
      imported_by: actor.userId,
      row_count: good.length,
      bad_row_count: bad,
      errors: JSON.stringify(errors.slice(0, MAX_ERRORS)),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (source.mode === 'replace' && good.length > 0) await trx.deleteFrom('source_records').where('source_id', '=', source.id).execute();
  let added = 0;
  for (let i = 0; i < good.length; i += INSERT_CHUNK) {
    const inserted = await trx
      .insertInto('source_records')
      .values(
        good.slice(i, i + INSERT_CHUNK).map(({ record: r, key }) => ({
          source_id: source.id,
          import_id: imp.id,
          record_key: key,
          id_number: r.idNumber,
          name: r.name.slice(0, 64),
          kind: r.kind,
          event_date: r.eventDate,
          end_date: r.endDate,
          amount: r.amount,
          item: r.item,
          exempt: r.exempt ? 1 : 0,
          detail: JSON.stringify(r.detail),
        })),
      )
      .onConflict((oc) => oc.columns(['source_id', 'record_key']).doNothing())
      .returning('id')
      .execute();
    added += inserted.length;
  }
  await recordAudit(trx, deps, actor, {
    action: 'source.import',
    entityType: 'data_source',
    entityId: source.id,
    newValue: { importId: imp.id, fileName: imp.file_name, mode: source.mode, rows: good.length, badRows: bad, added },
  });
  return { ...importView(imp), added, errors };
}

/**
 * A department's file imported in one go (the CLI, the demo, test fixtures): every row
 * validated, bad rows reported with their column and reason and left out, the good ones stored
 * by the source's rule. A replace-mode source is replaced only by a file with at least one good
 * row, so a file of nothing but errors never wipes what the centre holds.
 */
export async function importSourceFile(deps: Deps, actor: Actor, id: string, file: { buffer: Buffer; fileName: string }): Promise<ImportOutcome> {
  assertSourceAccess(actor);
  const source = sourceDefinition(sourceOf(id));
  const parsed = await parseSourceUpload(deps, source, file.buffer);
  return deps.db.transaction().execute((trx) => writeSourceImport(trx, deps, actor, source, file.fileName, parsed));
}

export interface SourceImportInput {
  sourceId: SourceId;
  fileName: string;
}

function sourceUploadsDir(deps: Deps): string {
  return path.join(deps.config.dataDir, 'imports');
}

/**
 * POST /data-sources/:id/imports: the file (up to 30 MB) stored in the data directory and a
 * `source_import` job queued; the answer (202) comes at once, GET /jobs/{id} shows progress and
 * then the import outcome. Access and the source are checked before any job exists.
 */
export async function submitSourceImport(deps: Deps, actor: Actor, id: string, file: { buffer: Buffer; fileName: string }): Promise<JobView> {
  assertSourceAccess(actor);
  const source = sourceOf(id);
  if (file.buffer.length === 0) throw new DomainError('validation', 'document_empty', { field: 'file' });
  fs.mkdirSync(sourceUploadsDir(deps), { recursive: true });
  const name = `${randomUUID()}.source`;
  fs.writeFileSync(path.join(sourceUploadsDir(deps), name), file.buffer);
  const filePath = path.join('imports', name);
  try {
    const input: SourceImportInput = { sourceId: source, fileName: file.fileName.slice(0, 200) || 'upload' };
    return await submitJob(deps, actor, 'source_import', input, { filePath });
  } catch (e) {
    fs.rmSync(path.join(deps.config.dataDir, filePath), { force: true });
    throw e;
  }
}

/**
 * The import as a job. The records are written in one transaction together with the job's
 * checkpoint (the outcome), so a restart finds either nothing written (and parses the file
 * again) or the outcome committed (and returns it): never half an import, never twice.
 */
export const sourceImportJob: JobHandler<ImportOutcome> = {
  resumable: true,
  async run(deps, job, progress) {
    const done = progress.checkpoint as { outcome?: ImportOutcome } | null;
    if (done?.outcome) return done.outcome;
    const input = job.input as SourceImportInput;
    assertSourceAccess(job.actor);
    const source = sourceDefinition(sourceOf(input.sourceId));
    if (!job.filePath) throw new Error(`source import job ${job.id} has no file`);
    await progress.report({ done: 0, total: null, phase: 'parse' });
    const buffer = fs.readFileSync(path.resolve(deps.config.dataDir, job.filePath));
    const parsed = await parseSourceUpload(deps, source, buffer, (n, total) => progress.report({ done: n, total, phase: 'validate' }));
    const total = parsed.good.length + parsed.bad;
    await progress.report({ done: total, total, phase: 'write' });
    return deps.db.transaction().execute(async (trx) => {
      const outcome = await writeSourceImport(trx, deps, job.actor, source, input.fileName, parsed);
      await progress.save(trx, { outcome }, { done: total, total, phase: 'write' });
      return outcome;
    });
  },
  async cleanup(deps, job) {
    if (job.filePath) fs.rmSync(path.resolve(deps.config.dataDir, job.filePath), { force: true });
  },
};

/** GET /data-sources/:id/imports: the import history of a source. */
export async function listSourceImports(deps: Deps, actor: Actor, id: string): Promise<{ items: SourceImportView[] }> {
  assertSourceAccess(actor);
  const rows = await deps.db.selectFrom('source_imports').selectAll().where('source_id', '=', sourceOf(id)).orderBy('id', 'desc').limit(100).execute();
  return { items: rows.map(importView) };
}

/** GET /data-sources/:id/records: a page of records, names and ID numbers masked; audited. */
export async function listSourceRecords(deps: Deps, actor: Actor, id: string, query: { page: number; pageSize: number; idNumber?: string | undefined }) {
  assertSourceAccess(actor);
  const sourceId = sourceOf(id);
  let q = deps.db.selectFrom('source_records').where('source_id', '=', sourceId);
  if (query.idNumber) q = q.where('id_number', '=', query.idNumber.toUpperCase());
  const [rows, total] = await Promise.all([
    q.selectAll().orderBy('id').limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute(),
    q.select((e) => e.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  await recordRead(deps, actor, { action: 'read.source_records', entityType: 'data_source', entityId: sourceId, areaCode: null, detail: { records: rows.length, page: query.page, byIdNumber: Boolean(query.idNumber) } });
  return {
    items: rows.map((r) => ({
      id: r.id,
      importId: r.import_id,
      name: maskName(r.name),
      idNumber: maskIdNumber(r.id_number),
      kind: r.kind,
      eventDate: r.event_date,
      endDate: r.end_date,
      amount: r.amount === null ? null : Number(r.amount),
      item: r.item,
      exempt: r.exempt === 1,
    })),
    total: Number(total.n),
  };
}
