/**
 * Health data (DOMAIN.md §7): a person's health status (健康状况: 重病/慢性病) and diagnosis
 * (病种) are the most sensitive part of a file, shown only to roles with `viewHealth`. The file
 * page already leaves them out for other roles; the change history and the audit log keep the
 * old → new of every edit, so the same values are redacted there when they are read — what is
 * stored (and hashed into the audit chain) stays as it was.
 */

/** The person fields that are health data, as they appear in audit values (column and API names alike). */
export const HEALTH_FIELDS: readonly string[] = ['health', 'diagnosis'];

/** What a redacted value reads as. */
export const REDACTED = '（已隐去）';

/**
 * The value with every health field, at any depth, replaced by {@link REDACTED}, and whether
 * anything was replaced. A null is replaced too: "no diagnosis" beside a redacted new one would
 * still tell what the old one was. That a health field changed stays visible; its values do not.
 */
export function redactHealth(value: unknown): { value: unknown; redacted: boolean } {
  let redacted = false;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, inner] of Object.entries(v)) {
      if (HEALTH_FIELDS.includes(k)) {
        out[k] = REDACTED;
        redacted = true;
      } else {
        out[k] = walk(inner);
      }
    }
    return out;
  };
  const result = walk(value);
  return { value: result, redacted };
}
