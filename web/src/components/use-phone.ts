import { useSyncExternalStore } from 'react';

/**
 * Below antd's `md` breakpoint (768 px): a phone held upright. Read synchronously from
 * matchMedia, so a dialog opens as a drawer or a modal from its first render, never both.
 */
export const PHONE_QUERY = '(max-width: 767.98px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const snapshot = () => window.matchMedia(PHONE_QUERY).matches;

export function usePhone(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
