import type { Clock } from '../../clock.ts';
import { nowIso } from '../../clock.ts';
import type { Trx } from '../../db/types.ts';
import type { Deps } from '../../deps.ts';
import { assertPermission, type Actor } from '../../domain/actor.ts';
import { areaLevelOf } from '../../domain/area-code.ts';
import {
  auditEntryMac,
  CHAIN_START,
  checkpointSignatureValid,
  findChainBreak,
  signCheckpoint,
  type AuditCheckpoint,
  type ChainBreak,
  type ChainCursor,
} from '../../domain/audit-chain.ts';
import { redactHealth } from '../../domain/health-redaction.ts';
import { permissionsOf } from '../../domain/roles.ts';
import { appendCheckpoint, readCheckpoints } from './anchor.ts';
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

/** What appending to the chain needs: the time and the key (both parts of Deps). */
export type AuditContext = { clock: Clock; auditKey: Uint8Array };

/**
 * Appends one entry to the hash chain, keyed with the HMAC key. Always called inside the
 * transaction that makes the change, so the change and its record commit or vanish together.
 */
export async function recordAudit(trx: Trx, ctx: AuditContext, actor: AuditActor, input: AuditInput): Promise<void> {
  const { clock } = ctx;
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
  await q.insertAuditEntry(trx, { ...entry, hash: auditEntryMac(ctx.auditKey, entry) });
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
  /** 打印: a printed paper (forms, rosters, payroll sheets, certificates) */
  'read.paper',
  'read.source_records',
  'read.verification_findings',
  'read.household_benefits',
] as const;
export type ReadAction = (typeof READ_ACTIONS)[number];

/** Records one audited read in its own short transaction (a read has no change to commit with). */
export async function recordRead(
  deps: Pick<Deps, 'db' | 'clock' | 'auditKey'>,
  actor: AuditActor,
  input: { action: ReadAction; entityType: string; entityId: string | number; areaCode: string | null; detail?: Record<string, unknown> },
): Promise<void> {
  await deps.db.transaction().execute((trx) =>
    recordAudit(trx, deps, actor, {
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

/**
 * Appends several entries in one go (a bulk import's households): the seqs are claimed
 * together and the chain is hashed here in order, exactly as one-by-one appends would.
 */
export async function recordAudits(trx: Trx, ctx: AuditContext, actor: AuditActor, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const { firstSeq, prevHash } = await q.claimSeqs(trx, inputs.length);
  const at = nowIso(ctx.clock);
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
    const hash = auditEntryMac(ctx.auditKey, entry);
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
  /** true when health fields were hidden from this reader */
  redacted: boolean;
}

export interface ChainReport {
  intact: boolean;
  checked: number;
  firstBroken?: ChainBreak;
  /** entries hashed with the key, and the older ones hashed without it (before the key existed) */
  keyed: number;
  legacy: number;
  head: { seq: number; hash: string };
  /** the latest signed checkpoint, if any */
  checkpoint?: { seq: number; hash: string; headAt: string | null; at: string };
  /** how far back the chain is vouched for by a checkpoint kept outside the database */
  vouchedUpTo?: { seq: number; at: string | null };
  /** what verify could not rule out (no checkpoint yet, unreadable lines in the file) */
  warnings: string[];
}

/**
 * Re-computes the whole chain with the key, page by page, and checks it against the head row
 * and every signed checkpoint: an edited, deleted, inserted or re-hashed entry, a forged
 * append and a truncation with a rewound head past a checkpoint are all caught.
 * `actor` null = the CLI.
 */
export async function verifyAuditChain(
  deps: Deps,
  actor: Actor | null,
  onProgress?: (checked: number, total: number) => void,
): Promise<ChainReport> {
  if (actor) assertPermission(actor, 'readAudit');
  const head = await q.auditHead(deps.db);
  const { checkpoints, unreadableLines } = readCheckpoints(deps.config.audit.checkpointFile);
  const warnings: string[] = [];
  if (unreadableLines.length > 0) warnings.push(`unreadable checkpoint lines: ${unreadableLines.join(', ')}`);
  const latest = checkpoints.reduce<AuditCheckpoint | undefined>((m, c) => (m === undefined || c.seq >= m.seq ? c : m), undefined);
  const base = {
    head,
    warnings,
    ...(latest ? { checkpoint: { seq: latest.seq, hash: latest.hash, headAt: latest.headAt, at: latest.at } } : {}),
  };
  const forged = checkpoints.find((c) => !checkpointSignatureValid(deps.auditKey, c));
  if (forged) return { ...base, intact: false, checked: 0, keyed: 0, legacy: 0, firstBroken: { seq: forged.seq, reason: 'checkpoint_forged' } };

  const rules = {
    key: deps.auditKey,
    legacyUpTo: checkpoints.length > 0 ? Math.min(...checkpoints.map((c) => c.seq)) : null,
    checkpoints: new Map(checkpoints.filter((c) => c.seq > 0).map((c) => [c.seq, c.hash])),
  };
  let cursor: ChainCursor = CHAIN_START;
  let checked = 0;
  let keyed = 0;
  let legacy = 0;
  for (;;) {
    const rows = await q.auditPageAfter(deps.db, cursor.prevSeq, 5000);
    if (rows.length === 0) break;
    const result = findChainBreak(rows.map(q.auditEntryFromRow), rules, cursor);
    checked += rows.length;
    keyed += result.keyed;
    legacy += result.legacy;
    if (result.brokenAt) return { ...base, intact: false, checked, keyed, legacy, firstBroken: result.brokenAt };
    cursor = result.cursor;
    onProgress?.(checked, head.seq);
  }
  const counts = { checked, keyed, legacy };
  if (cursor.prevSeq !== head.seq || cursor.prevHash !== head.hash) {
    return { ...base, ...counts, intact: false, firstBroken: { seq: cursor.prevSeq + 1, reason: 'sequence_gap' } };
  }
  // Truncated with the head rewound: the chain is consistent but shorter than a checkpoint says.
  if (latest && latest.seq > head.seq) {
    return { ...base, ...counts, intact: false, firstBroken: { seq: head.seq + 1, reason: 'behind_checkpoint' } };
  }
  if (!latest) warnings.push('no checkpoint yet: run `npx minzheng audit checkpoint` and file the printout');
  return {
    ...base,
    ...counts,
    intact: true,
    ...(latest ? { vouchedUpTo: { seq: latest.seq, at: latest.headAt ?? latest.at } } : {}),
  };
}

/**
 * Signs the head and appends it to the checkpoint file. Reads only committed entries, so a
 * checkpoint never names an entry that could still roll back. `onlyIfAdvanced`: nothing is
 * written when the newest checkpoint already names the head (the periodic run).
 */
export async function writeAuditCheckpoint(deps: Deps, opts: { onlyIfAdvanced?: boolean } = {}): Promise<AuditCheckpoint | null> {
  const file = deps.config.audit.checkpointFile;
  if (opts.onlyIfAdvanced) {
    const { checkpoints } = readCheckpoints(file);
    const latest = checkpoints.reduce((m, c) => Math.max(m, c.seq), -1);
    const head = await q.auditHead(deps.db);
    if (latest >= head.seq) return null;
  }
  const head = await q.auditHeadEntry(deps.db);
  const checkpoint = signCheckpoint(deps.auditKey, { seq: head.seq, hash: head.hash, headAt: head.at, at: nowIso(deps.clock) });
  appendCheckpoint(file, checkpoint);
  return checkpoint;
}
