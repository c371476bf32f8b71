import { describe, expect, it } from 'vitest';
import { auditEntryHash, findChainBreak, GENESIS_HASH, type AuditEntryContent } from './audit-chain.ts';

function chain(n: number): (AuditEntryContent & { hash: string })[] {
  const out: (AuditEntryContent & { hash: string })[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const e = {
      seq,
      at: `2026-01-0${(seq % 9) + 1}T00:00:00.000Z`,
      actorId: seq,
      actorUsername: `u${seq}`,
      action: 'household.update',
      entityType: 'household',
      entityId: String(seq * 10),
      areaCode: '420102010001',
      oldValue: JSON.stringify({ v: seq - 1 }),
      newValue: JSON.stringify({ v: seq }),
      prevHash,
    };
    const hash = auditEntryHash(e);
    out.push({ ...e, hash });
    prevHash = hash;
  }
  return out;
}

describe('audit hash chain', () => {
  it('hashes deterministically and changes with every field', () => {
    const [e] = chain(1);
    if (!e) throw new Error('no entry');
    expect(auditEntryHash(e)).toBe(e.hash);
    expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    for (const field of ['at', 'actorUsername', 'action', 'entityType', 'entityId', 'areaCode', 'oldValue', 'newValue', 'prevHash'] as const) {
      expect(auditEntryHash({ ...e, [field]: `${e[field]}x` })).not.toBe(e.hash);
    }
    expect(auditEntryHash({ ...e, actorId: null })).not.toBe(e.hash);
  });

  it('accepts an intact chain, also when verified page by page', () => {
    const entries = chain(10);
    expect(findChainBreak(entries).brokenAt).toBeNull();
    const first = findChainBreak(entries.slice(0, 4));
    expect(findChainBreak(entries.slice(4), { prevHash: first.lastHash, prevSeq: first.lastSeq }).brokenAt).toBeNull();
  });

  it('names the first edited, removed or re-linked entry', () => {
    const edited = chain(6);
    edited[3] = { ...edited[3]!, newValue: '{"v":999}' };
    expect(findChainBreak(edited).brokenAt).toEqual({ seq: 4, reason: 'hash_mismatch' });

    const removed = chain(6).filter((e) => e.seq !== 3);
    expect(findChainBreak(removed).brokenAt).toEqual({ seq: 4, reason: 'sequence_gap' });

    // Editing an entry and recomputing its own hash still breaks the next link.
    const rehashed = chain(6);
    const forged = { ...rehashed[1]!, newValue: '{"v":-1}' };
    rehashed[1] = { ...forged, hash: auditEntryHash(forged) };
    expect(findChainBreak(rehashed).brokenAt).toEqual({ seq: 3, reason: 'prev_hash_mismatch' });
  });
});
