/**
 * What a policy version label (`2025-07-01/3f9a1c2b`, see policyVersionLabel) says to a reader:
 * the date the standards took effect. The fingerprint after the slash identifies the rows for
 * the record; it is not shown to staff or the public. An inline (what-if) label has no date.
 */
export function policyVersionEffectiveFrom(label: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})\/[0-9a-f]+$/.exec(label);
  return m ? m[1]! : null;
}
