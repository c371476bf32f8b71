import { sql } from 'kysely';
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
  /** who did it */
  actorId?: number | undefined;
  /** an action, or every action under a prefix ending in a dot (`payroll.`) */
  action?: string | undefined;
  /** only the reveal log: `read.*` and the listed reveal actions */
  revealActions?: readonly string[] | undefined;
  /** the household's own entries and those of its persons, cases and enrolments */
  householdId?: number | undefined;
  applicationId?: number | undefined;
  payrollId?: number | undefined;
  /** ISO instants: at >= from, at < to */
  from?: string | undefined;
  to?: string | undefined;
}

const idText = sql<string>`cast(id as varchar(32))`;

function filtered(db: DbOrTrx, f: AuditFilter) {
  let q = db.selectFrom('audit_log as l').where((eb) =>
    f.includeArealess
      ? eb.or([eb('l.area_code', 'like', `${f.scope}%`), eb('l.area_code', 'is', null)])
      : eb('l.area_code', 'like', `${f.scope}%`),
  );
  if (f.entityType) q = q.where('l.entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('l.entity_id', '=', f.entityId);
  if (f.actorId !== undefined) q = q.where('l.actor_id', '=', f.actorId);
  if (f.action) q = f.action.endsWith('.') ? q.where('l.action', 'like', `${f.action}%`) : q.where('l.action', '=', f.action);
  if (f.revealActions) {
    const reveal = f.revealActions;
    q = q.where((eb) => eb.or([eb('l.action', 'like', 'read.%'), eb('l.action', 'in', [...reveal])]));
  }
  if (f.from) q = q.where('l.at', '>=', f.from);
  if (f.to) q = q.where('l.at', '<', f.to);
  if (f.applicationId !== undefined) q = q.where('l.entity_type', '=', 'application').where('l.entity_id', '=', String(f.applicationId));
  if (f.payrollId !== undefined) q = q.where('l.entity_type', '=', 'payroll').where('l.entity_id', '=', String(f.payrollId));
  if (f.householdId !== undefined) {
    const hid = f.householdId;
    // Each branch is an (entity_type, entity_id) lookup on audit_entity_idx.
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('l.entity_type', '=', 'household'), eb('l.entity_id', '=', String(hid))]),
        eb.and([eb('l.entity_type', '=', 'person'), eb('l.entity_id', 'in', db.selectFrom('persons').select(idText.as('eid')).where('household_id', '=', hid))]),
        eb.and([eb('l.entity_type', '=', 'application'), eb('l.entity_id', 'in', db.selectFrom('applications').select(idText.as('eid')).where('household_id', '=', hid))]),
        eb.and([eb('l.entity_type', '=', 'enrolment'), eb('l.entity_id', 'in', db.selectFrom('enrolments').select(idText.as('eid')).where('household_id', '=', hid))]),
      ]),
    );
  }
  return q;
}

/** Entries newest first, with the actor's display name and the area's name. */
export async function listAuditEntries(db: DbOrTrx, f: AuditFilter, page: { offset: number; limit: number }) {
  const [items, total] = await Promise.all([
    filtered(db, f)
      .leftJoin('users as u', 'u.id', 'l.actor_id')
      .leftJoin('areas as a', 'a.code', 'l.area_code')
      .selectAll('l')
      .select(['u.display_name as actor_name', 'a.name as area_name'])
      .orderBy('l.seq', 'desc')
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
    filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** Users who appear as actors in the reader's scope (the filter's choices). */
export async function usersInScope(db: DbOrTrx, scope: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role', 'area_code', 'active'])
    .where('area_code', 'like', `${scope}%`)
    .orderBy('area_code')
    .orderBy('username')
    .limit(1000)
    .execute();
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
