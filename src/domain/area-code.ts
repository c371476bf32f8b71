/**
 * Administrative division codes. We keep each area's code in its shortest hierarchical
 * form — province 2 digits, city 4, district/county 6 (GB/T 2260), street/township 9,
 * community/village 12 (统计用区划代码) — so that "this area and everything below it"
 * is a plain prefix test, in memory and in SQL (`code LIKE '420102%'`).
 */
export const AREA_LEVELS = ['province', 'city', 'district', 'street', 'community'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

const LENGTH_BY_LEVEL: Record<AreaLevel, number> = {
  province: 2,
  city: 4,
  district: 6,
  street: 9,
  community: 12,
};

export function areaLevelOf(code: string): AreaLevel | null {
  if (!/^\d+$/.test(code)) return null;
  return AREA_LEVELS.find((l) => LENGTH_BY_LEVEL[l] === code.length) ?? null;
}

/** True when `code` is `scope` itself or lies below it. */
export function isWithinArea(scope: string, code: string): boolean {
  return code.startsWith(scope);
}

/** The 12-digit statistical code: the hierarchical code padded with zeros. */
export function statCodeOf(code: string): string {
  return code.padEnd(12, '0');
}

/** The GB/T 2260 six-digit form for province/city/district (42 → 420000). */
export function gbCodeOf(code: string): string {
  return code.length <= 6 ? code.padEnd(6, '0') : code;
}

/** Codes from the root down to `code` itself, e.g. 420102010 → [42, 4201, 420102, 420102010]. */
export function areaAncestry(code: string): string[] {
  return AREA_LEVELS.map((l) => LENGTH_BY_LEVEL[l])
    .filter((len) => len <= code.length)
    .map((len) => code.slice(0, len));
}

/** The parent's code, or null for a province. */
export function parentAreaCode(code: string): string | null {
  const chain = areaAncestry(code);
  return chain.length >= 2 ? (chain[chain.length - 2] ?? null) : null;
}
