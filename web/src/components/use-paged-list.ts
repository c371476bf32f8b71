import { useCallback, useEffect, useState } from 'react';
import type { Page } from '../api/types.ts';

/**
 * A list paged on the server (ProTable-style): refetches when the page, the page size or
 * `filterKey` (the serialised filters) change; a filter change goes back to page 1.
 */
export function usePagedList<T>(fetchPage: (page: number, pageSize: number) => Promise<Page<T>>, filterKey: string, initialPageSize = 20) {
  const [pagination, setPagination] = useState({ page: 1, pageSize: initialPageSize, filterKey });
  const [result, setResult] = useState<Page<T>>({ items: [], total: 0 });
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [reloads, setReloads] = useState(0);

  if (pagination.filterKey !== filterKey) setPagination({ page: 1, pageSize: pagination.pageSize, filterKey });
  const { page, pageSize } = pagination;

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    fetchPage(page, pageSize).then(
      (res) => {
        if (cancelled) return;
        setResult(res);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (cancelled) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
    // fetchPage is a fresh closure each render; filterKey stands for what it depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [page, pageSize, pagination.filterKey, reloads]);

  const changePage = useCallback((nextPage: number, nextPageSize: number) => {
    setPagination((prev) => ({ ...prev, page: nextPageSize === prev.pageSize ? nextPage : 1, pageSize: nextPageSize }));
  }, []);
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  return { ...result, page, pageSize, loading, error, changePage, reload };
}
