import { useCallback, useEffect, useState } from 'react';
import { areasApi } from '../api/endpoints.ts';
import type { Area } from '../api/types.ts';

interface AreaTreeState {
  areas: Record<string, Area>;
  /** Child codes of the areas whose children have been loaded. */
  children: Record<string, string[]>;
}

/**
 * The area tree below `rootCode`, fetched one level at a time as nodes are expanded
 * (a district has hundreds of communities; nobody needs all of them at once).
 */
export function useAreaTree(rootCode: string) {
  const [state, setState] = useState<AreaTreeState>({ areas: {}, children: {} });
  const [error, setError] = useState<unknown>(null);

  const addNode = useCallback((area: Area, kids: Area[]) => {
    setState((prev) => {
      const areas = { ...prev.areas, [area.code]: area };
      for (const kid of kids) areas[kid.code] = kid;
      return { areas, children: { ...prev.children, [area.code]: kids.map((k) => k.code) } };
    });
  }, []);

  useEffect(() => {
    let cancelled = false;
    setState({ areas: {}, children: {} });
    areasApi.node(rootCode).then(
      (res) => !cancelled && addNode(res.area, res.children),
      (err: unknown) => !cancelled && setError(err),
    );
    return () => {
      cancelled = true;
    };
  }, [rootCode, addNode]);

  const loadChildren = useCallback(
    async (code: string) => {
      const res = await areasApi.node(code);
      addNode(res.area, res.children);
    },
    [addNode],
  );

  return { root: state.areas[rootCode], areas: state.areas, children: state.children, loadChildren, error };
}
