import { useCallback, useEffect, useState } from 'react';
import type { Area } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { policiesApi } from './api.ts';

/**
 * Names for area codes: the user's own path is known from the session; the user's area's
 * children (offered in the area input) and any other code asked for are fetched once.
 */
export function useAreaNames() {
  const { user } = useSession();
  const { lang } = useI18n();
  const [names, setNames] = useState<Record<string, string>>(() => Object.fromEntries(user.areaPath.map((a) => [a.code, a.name])));
  const [children, setChildren] = useState<Area[]>([]);

  useEffect(() => {
    let cancelled = false;
    policiesApi.area(user.areaCode).then(
      (res) => {
        if (cancelled) return;
        setChildren(res.children);
        setNames((prev) => ({ ...prev, [res.area.code]: res.area.name, ...Object.fromEntries(res.children.map((c) => [c.code, c.name])) }));
      },
      () => undefined, // names are a nicety: codes still show
    );
    return () => {
      cancelled = true;
    };
  }, [user.areaCode]);

  const ensure = useCallback(
    (code: string) => {
      if (names[code] !== undefined) return;
      policiesApi.area(code).then(
        (res) => setNames((prev) => ({ ...prev, [res.area.code]: res.area.name })),
        () => setNames((prev) => ({ ...prev, [code]: '' })),
      );
    },
    [names],
  );

  /** "江岸区（420102）", or the bare code while the name is unknown. */
  const label = useCallback(
    (code: string) => (names[code] ? (lang === 'en' ? `${names[code]} (${code})` : `${names[code]}（${code}）`) : code),
    [names, lang],
  );

  return { userArea: user.areaCode, names, children, ensure, label };
}
