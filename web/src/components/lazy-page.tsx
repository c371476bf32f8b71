import { Spin } from 'antd';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/**
 * A page loaded when its route is first visited (its own JS chunk): `lazyPage(() =>
 * import('./x-page.tsx'), 'XPage')` stands where `XPage` was imported, so route files keep
 * their shape and the first load carries only the shell and the page asked for.
 */
export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(load: () => Promise<M>, name: K): M[K] {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<unknown> })) as unknown as M[K];
}

/** What shows while a page's chunk loads. */
export function PageSuspense({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>{children}</Suspense>;
}
