import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * A full garbage collection, now, so the pages it frees go back to the system. For the rare
 * moment a process has just dropped a large working set that V8 would otherwise keep until the
 * heap next needs room: after seeding the demo district (a server started on a fresh database
 * served with 308 MB resident; 277 MB with this, 224 MB on a plain start), and after an
 * import's workbook is staged (the parse worker gone, the main heap full of the batches it
 * posted) before the households are applied. A full collection of a heap this size takes about
 * a tenth of a second. `gc` exists only under --expose-gc: the flag is turned on for a moment
 * to fetch it from a fresh context.
 */
export function collectGarbage(): void {
  // Best effort: memory is all it is for, so nothing here may fail the caller (an import job
  // that ended `failed` because a collection could not be had would lose a user's work).
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('typeof gc === "function" ? gc : undefined') as (() => void) | undefined;
    gc?.();
  } catch {
    // no collection this time
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
}
