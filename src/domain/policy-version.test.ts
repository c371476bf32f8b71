import { describe, expect, it } from 'vitest';
import { policyVersionEffectiveFrom } from './policy-version.ts';

describe('policyVersionEffectiveFrom', () => {
  it('reads the date a stored version took effect and drops the fingerprint', () => {
    expect(policyVersionEffectiveFrom('2025-07-01/3f9a1c2b')).toBe('2025-07-01');
  });
  it('has no date for a what-if policy or anything else', () => {
    expect(policyVersionEffectiveFrom('inline/3f9a1c2b')).toBeNull();
    expect(policyVersionEffectiveFrom('')).toBeNull();
  });
});
