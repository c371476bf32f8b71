import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '../../domain/errors.ts';
import { parseWorkbook, UnreadableWorkbook, type ParseMessage, type ParseWorkerData } from './import-parse.ts';

/**
 * The parse worker (started by `stageWorkbook` through `import-parse-worker.mjs`): reads the
 * workbook and posts its staged rows to the main thread, which inserts them. At most `window`
 * batches are unacknowledged at a time, so a parser faster than the inserts never piles rows
 * up in either heap.
 */
const port = parentPort!;
const { file, window } = workerData as ParseWorkerData;
let credit = window;
let wake: (() => void) | null = null;
port.on('message', () => {
  credit++;
  wake?.();
  wake = null;
});
const post = (m: ParseMessage) => port.postMessage(m);

try {
  const outcome = await parseWorkbook(fs.createReadStream(file), async (rows) => {
    while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
    credit--;
    post({ type: 'rows', rows });
  });
  post({ type: 'done', errors: outcome.errors, badKeys: [...outcome.badKeys], householdKeys: [...outcome.householdKeys] });
} catch (e) {
  if (e instanceof DomainError) post({ type: 'failed', domain: { kind: e.kind, code: e.code, field: e.field, params: e.params } });
  else if (e instanceof UnreadableWorkbook) post({ type: 'failed', unreadable: e.message });
  else throw e;
}
port.unref();
