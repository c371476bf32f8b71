import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * A full garbage collection, now. Seeding the demo district builds ~1,200 households' rows,
 * audit entries and case histories in this process: the heap it leaves is mostly garbage,
 * which V8 collects only when the heap next needs room, so the server would start serving
 * with ~80 MB more resident memory than it uses (measured: 308 MB after a seeding start,
 * 224 MB after a plain one). Called once after seeding, before listening. `gc` exists only
 * under --expose-gc: the flag is turned on for a moment to fetch it from a fresh context.
 */
export function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as (() => void) | undefined;
  v8.setFlagsFromString('--no-expose-gc');
  gc?.();
}
