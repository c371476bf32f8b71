import { useEffect, useSyncExternalStore } from 'react';
import { programsApi, type LocalProgram } from './api.ts';

/**
 * The local programs the user can see, loaded once per session and shared by every page that
 * names a program (cases, payrolls, reports): a `local_…` code reads as its definition's name.
 */
let programs: readonly LocalProgram[] = [];
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function emit() {
  for (const l of listeners) l();
}

/** Reload (after the administrator saved a definition). */
export function reloadLocalPrograms(): Promise<void> {
  loading = programsApi
    .list()
    .then((r) => {
      programs = r.items;
      emit();
    })
    .catch(() => {
      // Names fall back to codes; the page that needs the list shows its own error.
      loading = null;
    });
  return loading;
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useLocalPrograms(): readonly LocalProgram[] {
  const list = useSyncExternalStore(subscribe, () => programs);
  useEffect(() => {
    if (!loading) void reloadLocalPrograms();
  }, []);
  return list;
}

/** Code → name of the local programs, for label functions. */
export function useLocalProgramName(): (code: string) => string | undefined {
  const list = useLocalPrograms();
  return (code) => list.find((p) => p.code === code)?.name;
}
