import type { Clock } from '../../clock.ts';
import { nowIso } from '../../clock.ts';
import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertPermission, type Actor } from '../../domain/actor.ts';
import { areaLevelOf } from '../../domain/area-code.ts';
import { auditEntryHash, findChainBreak, GENESIS_HASH, type ChainBreak } from '../../domain/audit-chain.ts';
import * as q from './queries.ts';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string | number;
  areaCode?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
}

/** Who did it: a logged-in user, or the system itself (seeding, scheduled jobs). */
export type AuditActor = Pick<Actor, 'userId' | 'username'> | null;

/**
 * Appends one entry to the hash chain. Always called inside the transaction that makes
 * the change, so the change and its record commit or vanish together.
 */
export async function recordAudit(trx: Trx, clock: Clock, actor: AuditActor, input: AuditInput): Promise<void> {
  const { seq, prevHash } = await q.claimNextSeq(trx);
  const entry = {
    seq,
    at: nowIso(clock),
    actorId: actor?.userId ?? null,
    actorUsername: actor?.username ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: String(input.entityId),
    areaCode: input.areaCode ?? null,
    oldValue: input.oldValue === undefined ? null : JSON.stringify(input.oldValue),
    newValue: input.newValue === undefined ? null : JSON.stringify(input.newValue),
    prevHash,
  };
  await q.insertAuditEntry(trx, { ...entry, hash: auditEntryHash(entry) });
}

/**
 * Appends several entries in one go (a bulk import's households): the seqs are claimed
 * together and the chain is hashed here in order, exactly as one-by-one appends would.
 */
export async function recordAudits(trx: Trx, clock: Clock, actor: AuditActor, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const { firstSeq, prevHash } = await q.claimSeqs(trx, inputs.length);
  const at = nowIso(clock);
  let prev = prevHash;
  const entries = inputs.map((input, i) => {
    const entry = {
      seq: firstSeq + i,
      at,
      actorId: actor?.userId ?? null,
      actorUsername: actor?.username ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: String(input.entityId),
      areaCode: input.areaCode ?? null,
      oldValue: input.oldValue === undefined ? null : JSON.stringify(input.oldValue),
      newValue: input.newValue === undefined ? null : JSON.stringify(input.newValue),
      prevHash: prev,
    };
    const hash = auditEntryHash(entry);
    prev = hash;
    return { ...entry, hash };
  });
  await q.insertAuditEntries(trx, entries);
}

export interface AuditEntryView {
  seq: number;
  at: string;
  actorUsername: string | null;
  action: string;
  entityType: string;
  entityId: string;
  areaCode: string | null;
  oldValue: unknown;
  newValue: unknown;
}

export async function listAudit(
  deps: Deps,
  actor: Actor,
  query: { page: number; pageSize: number; entityType?: string | undefined; entityId?: string | undefined },
): Promise<{ items: AuditEntryView[]; total: number }> {
  assertPermission(actor, 'readAudit');
  const level = areaLevelOf(actor.areaCode);
  const { items, total } = await q.listAuditEntries(
    deps.db,
    {
      scope: actor.areaCode,
      includeArealess: level === 'province' || level === 'city' || level === 'district',
      entityType: query.entityType,
      entityId: query.entityId,
    },
    { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
  );
  return {
    total,
    items: items.map((r) => ({
      seq: r.seq,
      at: r.at,
      actorUsername: r.actor_username,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      areaCode: r.area_code,
      oldValue: r.old_value === null ? null : JSON.parse(r.old_value),
      newValue: r.new_value === null ? null : JSON.parse(r.new_value),
    })),
  };
}

export interface ChainReport {
  intact: boolean;
  checked: number;
  firstBroken?: ChainBreak;
}

/**
 * Re-hashes the whole chain page by page and compares its end with the head row, so
 * edited, deleted, inserted or truncated entries are all caught. `actor` null = the CLI.
 */
export async function verifyAuditChain(
  deps: Deps,
  actor: Actor | null,
  onProgress?: (checked: number, total: number) => void,
): Promise<ChainReport> {
  if (actor) assertPermission(actor, 'readAudit');
  const head = await q.auditHead(deps.db);
  let cursor = { prevHash: GENESIS_HASH, prevSeq: 0 };
  let checked = 0;
  for (;;) {
    const rows = await q.auditPageAfter(deps.db, cursor.prevSeq, 5000);
    if (rows.length === 0) break;
    const result = findChainBreak(rows.map(q.auditEntryFromRow), cursor);
    checked += rows.length;
    if (result.brokenAt) return { intact: false, checked, firstBroken: result.brokenAt };
    cursor = { prevHash: result.lastHash, prevSeq: result.lastSeq };
    onProgress?.(checked, head.seq);
  }
  if (cursor.prevSeq !== head.seq || cursor.prevHash !== head.hash) {
    return { intact: false, checked, firstBroken: { seq: cursor.prevSeq + 1, reason: 'sequence_gap' } };
  }
  return { intact: true, checked };
}
