import fs from 'node:fs';
import v8 from 'node:v8';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Deps } from '../../deps.ts';
import { DomainError } from '../../domain/errors.ts';
import type { ParseMessage, ParseOutcome, ParseWorkerData } from './import-parse.ts';
import { insertStagedRows } from './import-staging.ts';

/**
 * The parse worker's heap. Reading a workbook makes much short-lived garbage (XML events,
 * cell objects) and keeps the shared-string table, which grows with the file. In the main
 * thread V8 let that garbage grow to several hundred MB before collecting it; a worker of its
 * own, with an old generation sized to the file (6 MB per MB of workbook, at least 128, at most
 * 384 for the 50 MB upload limit), collects early, and the main event loop only inserts. The
 * young generation is 32 MB, not 16: with 16 a parse spent over a third of its time collecting
 * (each batch's cells outlived the tiny nursery and were promoted). The shared-string table is
 * compact (`sharedStringTable`): for the 22 MB bench workbook of 100,000 households the live
 * heap went from ~80 MB to ~40 MB, the worker's CPU time from ~31 s to ~23 s and the parse's
 * peak RSS from ~283 to ~227 MB, under the same limits (a larger heap bought the same speed for
 * ~45 MB more).
 */
export function parseWorkerLimits(fileBytes: number): ResourceLimits {
  return { maxOldGenerationSizeMb: Math.min(384, Math.max(128, Math.ceil((6 * fileBytes) / 2 ** 20))), maxYoungGenerationSizeMb: 32 };
}

/** Batches (500 rows each) in flight between the worker and the inserts. */
const WINDOW = 4;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The main thread's share. Applying batches promotes much short-lived garbage (each batch's
 * records, queries and audit entries outlive a scavenge), and V8's default heap growth let the
 * old generation reach 3–4 × the live heap (~270 MB for ~75 MB live) before a full collection.
 * A growth factor of 1.5 keeps it near 130 MB; the cost is more frequent, mostly concurrent,
 * marking. Set once per process, when the first import starts (a V8 flag read at every GC).
 */
let heapGrowthBounded = false;
export function boundHeapGrowth(): void {
  if (heapGrowthBounded) return;
  heapGrowthBounded = true;
  v8.setFlagsFromString('--heap-growing-percent=50');
}

/**
 * Reads the workbook `file` in a worker thread (`import-parse.ts`'s `parseWorkbook`) into
 * `import_rows`: each batch the worker posts is inserted here, in its own transaction, on the
 * one connection of this process (SQLite has one writer), yielding to the event loop between
 * batches. The outcome is the parse's: every bad cell an error, rows in sheet order.
 */
export async function stageWorkbook(deps: Deps, jobId: number, file: string, limits: ResourceLimits = parseWorkerLimits(fs.statSync(file).size)): Promise<ParseOutcome> {
  const workerData: ParseWorkerData = { file, window: WINDOW };
  const worker = new Worker(new URL('./import-parse-worker.mjs', import.meta.url), { workerData, resourceLimits: limits, stdout: false, stderr: false });
  let settled = false;
  let work = Promise.resolve();
  return new Promise<ParseOutcome>((resolve, reject) => {
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(e);
    };
    const handle = async (m: ParseMessage) => {
      if (settled) return;
      switch (m.type) {
        case 'rows':
          await deps.db.transaction().execute((trx) => insertStagedRows(trx, jobId, m.rows));
          worker.postMessage(1);
          await yieldToEventLoop();
          return;
        case 'done':
          settled = true;
          resolve({ errors: m.errors, badKeys: new Set(m.badKeys), householdKeys: new Set(m.householdKeys) });
          return;
        case 'failed':
          if (m.domain) return fail(new DomainError(m.domain.kind, m.domain.code, { field: m.domain.field, params: m.domain.params }));
          deps.log.info({ err: m.unreadable, jobId }, 'import: the upload is not a readable workbook');
          return fail(new DomainError('validation', 'import_not_xlsx', { field: 'file' }));
      }
    };
    // Messages are handled one after the other: a batch is committed before the next starts.
    worker.on('message', (m: ParseMessage) => (work = work.then(() => handle(m)).catch(fail)));
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        deps.log.warn({ jobId, limits }, 'import: the workbook did not fit the parse worker heap');
        fail(new DomainError('validation', 'import_workbook_too_big', { field: 'file' }));
      } else fail(e);
    });
    worker.on('exit', (code) => (work = work.then(() => fail(new Error(`import parse worker exited (${code}) before its end`)))));
  });
}
