import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

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

function canonical(e: AuditEntryContent): string {
  return JSON.stringify([e.seq, e.at, e.actorId, e.actorUsername, e.action, e.entityType, e.entityId, e.areaCode, e.oldValue, e.newValue, e.prevHash]);
}

/**
 * Version 1 (entries written before the key existed): sha256 over a fixed-order JSON array.
 * Any change to a stored field, a deleted or re-ordered row breaks the chain from that entry
 * on — but whoever holds the database can recompute it, so it is accepted only up to the
 * first signed checkpoint (see findChainBreak).
 */
export function auditEntryHash(e: AuditEntryContent): string {
  return createHash('sha256').update(canonical(e), 'utf8').digest('hex');
}

/**
 * Version 2: HMAC-SHA256 of the same array under a key kept outside the database (a file in
 * the data directory or AUDIT_HMAC_KEY). Without the key no one can re-hash an edited chain
 * or append an entry that verifies.
 */
export function auditEntryMac(key: Uint8Array, e: AuditEntryContent): string {
  return createHmac('sha256', key).update(canonical(e), 'utf8').digest('hex');
}

export type HashVersion = 'keyed' | 'legacy';

/** Which of the two hashes the stored one is, or null when it is neither. */
export function hashVersionOf(key: Uint8Array, e: AuditEntryContent & { hash: string }): HashVersion | null {
  if (sameHex(auditEntryMac(key, e), e.hash)) return 'keyed';
  if (auditEntryHash(e) === e.hash) return 'legacy';
  return null;
}

function sameHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export type ChainBreakReason =
  | 'hash_mismatch'
  | 'prev_hash_mismatch'
  | 'sequence_gap'
  /** an unkeyed (version 1) hash where only keyed ones may be: re-hashed or forged without the key */
  | 'unkeyed_entry'
  /** the entry at a checkpoint's seq is not the one the checkpoint signed */
  | 'checkpoint_mismatch'
  /** the chain ends before a checkpoint: truncated and the head rewound */
  | 'behind_checkpoint'
  /** a checkpoint line whose signature is wrong: the file was edited without the key */
  | 'checkpoint_forged';

export type ChainBreak = { seq: number; reason: ChainBreakReason };

export interface ChainCursor {
  prevHash: string;
  prevSeq: number;
  /** a keyed entry has been seen: no unkeyed one may follow */
  keyedSeen: boolean;
}

export const CHAIN_START: ChainCursor = { prevHash: GENESIS_HASH, prevSeq: 0, keyedSeen: false };

export interface ChainRules {
  key: Uint8Array;
  /**
   * Unkeyed entries are accepted up to this seq (the first checkpoint, written when the key
   * was introduced); null when there is no checkpoint yet (then only before the first keyed one).
   */
  legacyUpTo: number | null;
  /** seq → hash the signed checkpoints vouch for */
  checkpoints?: ReadonlyMap<number, string>;
}

/**
 * Walks entries in seq order (a page at a time is fine: pass the cursor back) and returns
 * the first break, or null, with counts of keyed and legacy entries.
 */
export function findChainBreak(
  entries: Iterable<AuditEntryContent & { hash: string }>,
  rules: ChainRules,
  start: ChainCursor = CHAIN_START,
): { brokenAt: ChainBreak | null; cursor: ChainCursor; keyed: number; legacy: number } {
  let cursor = { ...start };
  let keyed = 0;
  let legacy = 0;
  const broken = (seq: number, reason: ChainBreakReason) => ({ brokenAt: { seq, reason }, cursor, keyed, legacy });
  for (const e of entries) {
    if (e.seq !== cursor.prevSeq + 1) return broken(e.seq, 'sequence_gap');
    if (e.prevHash !== cursor.prevHash) return broken(e.seq, 'prev_hash_mismatch');
    const version = hashVersionOf(rules.key, e);
    if (version === null) return broken(e.seq, 'hash_mismatch');
    if (version === 'legacy') {
      if (cursor.keyedSeen || (rules.legacyUpTo !== null && e.seq > rules.legacyUpTo)) return broken(e.seq, 'unkeyed_entry');
      legacy += 1;
    } else {
      keyed += 1;
    }
    const vouched = rules.checkpoints?.get(e.seq);
    if (vouched !== undefined && vouched !== e.hash) return broken(e.seq, 'checkpoint_mismatch');
    cursor = { prevHash: e.hash, prevSeq: e.seq, keyedSeen: cursor.keyedSeen || version === 'keyed' };
  }
  return { brokenAt: null, cursor, keyed, legacy };
}

/** 检查点: a signed statement of the chain's head, kept outside the database and on paper. */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  /** when the entry at seq was written */
  headAt: string | null;
  /** when the checkpoint was taken */
  at: string;
  sig: string;
}

function checkpointPayload(c: Omit<AuditCheckpoint, 'sig'>): string {
  return JSON.stringify(['minzheng-audit-checkpoint-v1', c.seq, c.hash, c.headAt, c.at]);
}

export function signCheckpoint(key: Uint8Array, c: Omit<AuditCheckpoint, 'sig'>): AuditCheckpoint {
  return { ...c, sig: createHmac('sha256', key).update(checkpointPayload(c), 'utf8').digest('hex') };
}

export function checkpointSignatureValid(key: Uint8Array, c: AuditCheckpoint): boolean {
  return sameHex(signCheckpoint(key, c).sig, c.sig);
}

/** One line of the append-only checkpoint file. */
export function checkpointLine(c: AuditCheckpoint): string {
  return JSON.stringify({ seq: c.seq, hash: c.hash, headAt: c.headAt, at: c.at, sig: c.sig });
}

export function parseCheckpointLine(line: string): AuditCheckpoint | null {
  try {
    const v = JSON.parse(line) as Partial<AuditCheckpoint>;
    if (typeof v.seq !== 'number' || !Number.isSafeInteger(v.seq) || v.seq < 0) return null;
    if (typeof v.hash !== 'string' || typeof v.at !== 'string' || typeof v.sig !== 'string') return null;
    if (v.headAt !== null && typeof v.headAt !== 'string') return null;
    return { seq: v.seq, hash: v.hash, headAt: v.headAt ?? null, at: v.at, sig: v.sig };
  } catch {
    return null;
  }
}
