import { createHash } from 'node:crypto';

/** The fields of an audit entry that its hash covers (everything but the hash itself). */
export interface AuditEntryContent {
  seq: number;
  at: string;
  actorId: number | null;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string;
  areaCode: string | null;
  oldValue: string | null;
  newValue: string | null;
  prevHash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * sha256 over a fixed-order JSON array: any change to a stored field, a deleted row or a
 * re-ordered row changes some hash and breaks the chain from that entry on.
 */
export function auditEntryHash(e: AuditEntryContent): string {
  const canonical = JSON.stringify([
    e.seq,
    e.at,
    e.actorId,
    e.actorUsername,
    e.action,
    e.entityType,
    e.entityId,
    e.areaCode,
    e.oldValue,
    e.newValue,
    e.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export type ChainBreak = { seq: number; reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap' };

/**
 * Walks entries in seq order (a page at a time is fine: pass the last good hash and seq)
 * and returns the first break, or null.
 */
export function findChainBreak(
  entries: Iterable<AuditEntryContent & { hash: string }>,
  start: { prevHash: string; prevSeq: number } = { prevHash: GENESIS_HASH, prevSeq: 0 },
): { brokenAt: ChainBreak | null; lastHash: string; lastSeq: number } {
  let { prevHash, prevSeq } = start;
  for (const e of entries) {
    if (e.seq !== prevSeq + 1) return { brokenAt: { seq: e.seq, reason: 'sequence_gap' }, lastHash: prevHash, lastSeq: prevSeq };
    if (e.prevHash !== prevHash) return { brokenAt: { seq: e.seq, reason: 'prev_hash_mismatch' }, lastHash: prevHash, lastSeq: prevSeq };
    if (auditEntryHash(e) !== e.hash) return { brokenAt: { seq: e.seq, reason: 'hash_mismatch' }, lastHash: prevHash, lastSeq: prevSeq };
    prevHash = e.hash;
    prevSeq = e.seq;
  }
  return { brokenAt: null, lastHash: prevHash, lastSeq: prevSeq };
}
