import type { DbOrTrx, Trx, AuditRow } from '../../db/types.ts';
import type { AuditEntryContent } from '../../domain/audit-chain.ts';

/** Bumps the head's seq; on PostgreSQL the row lock serialises concurrent appenders. */
export async function claimNextSeq(trx: Trx): Promise<{ seq: number; prevHash: string }> {
  const head = await trx
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  return { seq: head.seq, prevHash: head.hash };
}

export async function insertAuditEntry(trx: Trx, e: AuditEntryContent & { hash: string }): Promise<void> {
  await insertAuditEntries(trx, [e]);
}

export function auditEntryFromRow(r: AuditRow): AuditEntryContent & { hash: string } {
  return {
    seq: r.seq,
    at: r.at,
    actorId: r.actor_id,
    actorUsername: r.actor_username,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    areaCode: r.area_code,
    oldValue: r.old_value,
    newValue: r.new_value,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

export async function auditPageAfter(db: DbOrTrx, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db.selectFrom('audit_log').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

export async function auditHead(db: DbOrTrx): Promise<{ seq: number; hash: string }> {
  return db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

export interface AuditFilter {
  /** Area prefix the reader may see; entries without an area only for readers at district level or above. */
  scope: string;
  includeArealess: boolean;
  entityType?: string | undefined;
  entityId?: string | undefined;
}

function filtered(db: DbOrTrx, f: AuditFilter) {
  let q = db.selectFrom('audit_log').where((eb) =>
    f.includeArealess
      ? eb.or([eb('area_code', 'like', `${f.scope}%`), eb('area_code', 'is', null)])
      : eb('area_code', 'like', `${f.scope}%`),
  );
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  return q;
}

export async function listAuditEntries(db: DbOrTrx, f: AuditFilter, page: { offset: number; limit: number }) {
  const [items, total] = await Promise.all([
    filtered(db, f).selectAll().orderBy('seq', 'desc').offset(page.offset).limit(page.limit).execute(),
    filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** The head with the time of its entry (null for an empty chain). */
export async function auditHeadEntry(db: DbOrTrx): Promise<{ seq: number; hash: string; at: string | null }> {
  const head = await auditHead(db);
  if (head.seq === 0) return { ...head, at: null };
  const entry = await db.selectFrom('audit_log').select('at').where('seq', '=', head.seq).executeTakeFirst();
  return { ...head, at: entry?.at ?? null };
}

/** Claims `n` consecutive seqs at once (a bulk write's entries); returns the first and the head hash before them. */
export async function claimSeqs(trx: Trx, n: number): Promise<{ firstSeq: number; prevHash: string }> {
  const head = await trx
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', n) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  return { firstSeq: head.seq - n + 1, prevHash: head.hash };
}

export async function insertAuditEntries(trx: Trx, entries: (AuditEntryContent & { hash: string })[]): Promise<void> {
  if (entries.length === 0) return;
  for (let i = 0; i < entries.length; i += 400) {
    await trx
      .insertInto('audit_log')
      .values(
        entries.slice(i, i + 400).map((e) => ({
          seq: e.seq,
          at: e.at,
          actor_id: e.actorId,
          actor_username: e.actorUsername,
          action: e.action,
          entity_type: e.entityType,
          entity_id: e.entityId,
          area_code: e.areaCode,
          old_value: e.oldValue,
          new_value: e.newValue,
          prev_hash: e.prevHash,
          hash: e.hash,
        })),
      )
      .execute();
  }
  await trx.updateTable('audit_head').set({ hash: entries[entries.length - 1]!.hash }).where('id', '=', 1).execute();
}
