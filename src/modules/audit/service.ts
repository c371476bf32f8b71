import type { Clock } from '../../clock.ts';
import { nowIso } from '../../clock.ts';
import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertPermission, type Actor } from '../../domain/actor.ts';
import { areaLevelOf } from '../../domain/area-code.ts';
import { auditEntryHash, findChainBreak, GENESIS_HASH, type ChainBreak } from '../../domain/audit-chain.ts';
import { redactHealth } from '../../domain/health-redaction.ts';
import { permissionsOf } from '../../domain/roles.ts';
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
 * Reads of personal data that are audited (DOMAIN.md §7: every view of a household file), each
 * recorded once per request with ids and counts, never the names or numbers that were read.
 */
export const READ_ACTIONS = [
  'read.change_history',
  'read.documents',
  'read.case',
  'read.enrolment',
  'read.decision_pdf',
  'read.calculation',
  'read.search_id',
  'read.report_export',
] as const;
export type ReadAction = (typeof READ_ACTIONS)[number];

/** Records one audited read in its own short transaction (a read has no change to commit with). */
export async function recordRead(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: AuditActor,
  input: { action: ReadAction; entityType: string; entityId: string | number; areaCode: string | null; detail?: Record<string, unknown> },
): Promise<void> {
  await deps.db.transaction().execute((trx) =>
    recordAudit(trx, deps.clock, actor, {
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      areaCode: input.areaCode,
      newValue: input.detail,
    }),
  );
}

/**
 * An entry's old and new values as a reader may see them: health fields redacted for roles
 * without `viewHealth` (DOMAIN.md §7), the stored entry unchanged.
 */
export function auditValuesFor(actor: Pick<Actor, 'role'>, oldJson: string | null, newJson: string | null): { oldValue: unknown; newValue: unknown; redacted: boolean } {
  const oldValue: unknown = oldJson === null ? null : JSON.parse(oldJson);
  const newValue: unknown = newJson === null ? null : JSON.parse(newJson);
  if (permissionsOf(actor.role).viewHealth) return { oldValue, newValue, redacted: false };
  const o = redactHealth(oldValue);
  const n = redactHealth(newValue);
  return { oldValue: o.value, newValue: n.value, redacted: o.redacted || n.redacted };
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
  /** true when health fields were hidden from this reader */
  redacted: boolean;
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
      ...auditValuesFor(actor, r.old_value, r.new_value),
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
