import { describe, expect, it } from 'vitest';
import {
  auditEntryHash,
  auditEntryMac,
  checkpointLine,
  checkpointSignatureValid,
  findChainBreak,
  GENESIS_HASH,
  parseCheckpointLine,
  signCheckpoint,
  type AuditEntryContent,
  type ChainRules,
} from './audit-chain.ts';

const KEY = Buffer.from('k'.repeat(64));
const OTHER_KEY = Buffer.from('x'.repeat(64));

/** n entries; those with seq ≤ legacyUpTo hashed the old way (sha256), the rest with the key. */
function chain(n: number, legacyUpTo = 0, key: Uint8Array = KEY): (AuditEntryContent & { hash: string })[] {
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
    const hash = seq <= legacyUpTo ? auditEntryHash(e) : auditEntryMac(key, e);
    out.push({ ...e, hash });
    prevHash = hash;
  }
  return out;
}

const rules: ChainRules = { key: KEY, legacyUpTo: null };

describe('audit hash chain', () => {
  it('hashes deterministically and changes with every field, keyed and unkeyed', () => {
    const [e] = chain(1);
    if (!e) throw new Error('no entry');
    expect(auditEntryMac(KEY, e)).toBe(e.hash);
    expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(auditEntryMac(OTHER_KEY, e)).not.toBe(e.hash);
    expect(auditEntryHash(e)).not.toBe(e.hash);
    for (const field of ['at', 'actorUsername', 'action', 'entityType', 'entityId', 'areaCode', 'oldValue', 'newValue', 'prevHash'] as const) {
      expect(auditEntryMac(KEY, { ...e, [field]: `${e[field]}x` })).not.toBe(e.hash);
      expect(auditEntryHash({ ...e, [field]: `${e[field]}x` })).not.toBe(auditEntryHash(e));
    }
    expect(auditEntryMac(KEY, { ...e, actorId: null })).not.toBe(e.hash);
  });

  it('accepts an intact chain, also when verified page by page', () => {
    const entries = chain(10);
    expect(findChainBreak(entries, rules)).toMatchObject({ brokenAt: null, keyed: 10, legacy: 0 });
    const first = findChainBreak(entries.slice(0, 4), rules);
    expect(findChainBreak(entries.slice(4), rules, first.cursor).brokenAt).toBeNull();
    expect(findChainBreak(entries, { key: OTHER_KEY, legacyUpTo: null }).brokenAt).toEqual({ seq: 1, reason: 'hash_mismatch' });
  });

  it('accepts entries hashed before the key existed, up to the first checkpoint and never after a keyed one', () => {
    const upgraded = chain(10, 4);
    expect(findChainBreak(upgraded, rules)).toMatchObject({ brokenAt: null, keyed: 6, legacy: 4 });
    expect(findChainBreak(upgraded, { key: KEY, legacyUpTo: 4 }).brokenAt).toBeNull();
    expect(findChainBreak(upgraded, { key: KEY, legacyUpTo: 3 }).brokenAt).toEqual({ seq: 4, reason: 'unkeyed_entry' });
    // Rewritten without the key from entry 7 on: unkeyed hashes after keyed ones.
    const rewritten = chain(10, 4);
    for (let i = 6; i < 10; i++) {
      const e = { ...rewritten[i]!, prevHash: rewritten[i - 1]!.hash, newValue: i === 6 ? '{"v":-1}' : rewritten[i]!.newValue };
      rewritten[i] = { ...e, hash: auditEntryHash(e) };
    }
    expect(findChainBreak(rewritten, rules).brokenAt).toEqual({ seq: 7, reason: 'unkeyed_entry' });
  });

  it('names the first edited, removed or re-linked entry', () => {
    const edited = chain(6);
    edited[3] = { ...edited[3]!, newValue: '{"v":999}' };
    expect(findChainBreak(edited, rules).brokenAt).toEqual({ seq: 4, reason: 'hash_mismatch' });

    const removed = chain(6).filter((e) => e.seq !== 3);
    expect(findChainBreak(removed, rules).brokenAt).toEqual({ seq: 4, reason: 'sequence_gap' });

    // Editing an entry and recomputing its own hash still breaks the next link.
    const rehashed = chain(6);
    const forged = { ...rehashed[1]!, newValue: '{"v":-1}' };
    rehashed[1] = { ...forged, hash: auditEntryMac(KEY, forged) };
    expect(findChainBreak(rehashed, rules).brokenAt).toEqual({ seq: 3, reason: 'prev_hash_mismatch' });
  });

  it('checks the entries a checkpoint vouches for', () => {
    const entries = chain(6, 6);
    const checkpoints = new Map([[4, entries[3]!.hash]]);
    expect(findChainBreak(entries, { key: KEY, legacyUpTo: 4, checkpoints }).brokenAt).toEqual({ seq: 5, reason: 'unkeyed_entry' });
    const legacyOnly = chain(4, 4);
    expect(findChainBreak(legacyOnly, { key: KEY, legacyUpTo: 4, checkpoints }).brokenAt).toBeNull();
    // The whole legacy part rewritten and re-hashed: the hash at the checkpoint differs.
    const rewritten = chain(4, 4).map((e) => ({ ...e }));
    let prev = GENESIS_HASH;
    for (const e of rewritten) {
      e.prevHash = prev;
      if (e.seq === 2) e.newValue = '{"v":-2}';
      e.hash = auditEntryHash(e);
      prev = e.hash;
    }
    expect(findChainBreak(rewritten, { key: KEY, legacyUpTo: 4, checkpoints }).brokenAt).toEqual({ seq: 4, reason: 'checkpoint_mismatch' });
  });
});

describe('audit checkpoints', () => {
  it('signs, prints as one line and parses back; a changed field or another key fails', () => {
    const c = signCheckpoint(KEY, { seq: 42, hash: 'a'.repeat(64), headAt: '2026-03-02T02:00:00.000Z', at: '2026-03-02T03:00:00.000Z' });
    const parsed = parseCheckpointLine(checkpointLine(c));
    expect(parsed).toEqual(c);
    expect(checkpointSignatureValid(KEY, parsed!)).toBe(true);
    expect(checkpointSignatureValid(OTHER_KEY, parsed!)).toBe(false);
    expect(checkpointSignatureValid(KEY, { ...c, seq: 41 })).toBe(false);
    expect(checkpointSignatureValid(KEY, { ...c, hash: 'b'.repeat(64) })).toBe(false);
    expect(parseCheckpointLine('not json')).toBeNull();
    expect(parseCheckpointLine('{"seq":-1}')).toBeNull();
  });
});
