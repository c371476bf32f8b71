import type { Lang } from '../i18n/index.tsx';

/**
 * A policy version label (`2025-07-01/3f9a1c2b`) as staff read it: the date the standards took
 * effect; the fingerprint stays in the record, off the screen. A what-if policy says so.
 */
export function policyVersionText(label: string, lang: Lang): string {
  const m = /^(\d{4}-\d{2}-\d{2})\/[0-9a-f]+$/.exec(label);
  if (m) return lang === 'en' ? `standards in force from ${m[1]}` : `${m[1]} 起执行的标准`;
  if (label.startsWith('inline/')) return lang === 'en' ? 'what-if policy (not in force)' : '模拟政策（未施行）';
  return label;
}
