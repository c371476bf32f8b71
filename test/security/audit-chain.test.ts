import fs from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { auditEntryHash, auditEntryMac, type AuditEntryContent } from '../../src/domain/audit-chain.ts';
import { auditEntryFromRow } from '../../src/modules/audit/queries.ts';
import { recordAudit, verifyAuditChain, writeAuditCheckpoint } from '../../src/modules/audit/service.ts';
import { createTestDeps, dialects, type TestDeps } from '../helpers/test-deps.ts';

/**
 * Issue 15 point 9: someone who holds the database (but not the key file or the checkpoint
 * file) rewrites the audit log. Each attack passed `audit verify` before the chain was keyed
 * and anchored; each must now be caught.
 */
describe.each(dialects)('the audit chain against a database holder on %s', (dialect) => {
  async function chainOf(entries: number): Promise<TestDeps> {
    const d = await createTestDeps(dialect, { seedDemo: false });
    await appendEntries(d, entries, 'before');
    return d;
  }

  it('verifies an untouched chain and says how far back it vouches', async () => {
    const d = await chainOf(12);
    try {
      const unanchored = await verifyAuditChain(d, null);
      expect(unanchored).toMatchObject({ intact: true, checked: 12, keyed: 12, legacy: 0 });
      expect(unanchored.vouchedUpTo).toBeUndefined();
      expect(unanchored.warnings.join()).toMatch(/no checkpoint/);

      const c = await writeAuditCheckpoint(d);
      expect(c).toMatchObject({ seq: 12 });
      expect(fs.statSync(d.config.audit.checkpointFile).mode & 0o777).toBe(0o600);
      expect(fs.statSync(d.config.audit.hmacKeyFile).mode & 0o777).toBe(0o600);
      await appendEntries(d, 3, 'after');
      expect(await writeAuditCheckpoint(d, { onlyIfAdvanced: true })).toMatchObject({ seq: 15 });
      expect(await writeAuditCheckpoint(d, { onlyIfAdvanced: true })).toBeNull();
      const report = await verifyAuditChain(d, null);
      expect(report).toMatchObject({ intact: true, checked: 15, head: { seq: 15 }, vouchedUpTo: { seq: 15 }, warnings: [] });
      // The key is not in the database.
      const key = fs.readFileSync(d.config.audit.hmacKeyFile, 'utf8').trim();
      const dump = JSON.stringify(await d.db.selectFrom('audit_log').selectAll().execute()) + JSON.stringify(await d.db.selectFrom('audit_head').selectAll().execute());
      expect(dump).not.toContain(key);
    } finally {
      await d.dispose();
    }
  });

  it('catches a truncation with the head rewound to a consistent earlier entry', async () => {
    const d = await chainOf(12);
    try {
      await writeAuditCheckpoint(d);
      await dropAppendOnlyGuard(d);
      const keep = await d.db.selectFrom('audit_log').selectAll().where('seq', '=', 8).executeTakeFirstOrThrow();
      await d.db.deleteFrom('audit_log').where('seq', '>', 8).execute();
      await d.db.updateTable('audit_head').set({ seq: 8, hash: keep.hash }).where('id', '=', 1).execute();
      expect(await verifyAuditChain(d, null)).toMatchObject({ intact: false, firstBroken: { seq: 9, reason: 'behind_checkpoint' }, checkpoint: { seq: 12 } });
    } finally {
      await d.dispose();
    }
  });

  it('catches an edited entry with every later one re-hashed without the key', async () => {
    const d = await chainOf(12);
    try {
      await writeAuditCheckpoint(d);
      await appendEntries(d, 6, 'after');
      await dropAppendOnlyGuard(d);
      // After the checkpoint: re-hashed the only way possible without the key.
      await rewriteFrom(d, 15, (e) => ({ ...e, newValue: '{"amount":1}' }), auditEntryHash);
      expect(await verifyAuditChain(d, null)).toMatchObject({ intact: false, firstBroken: { seq: 15, reason: 'unkeyed_entry' } });

      // Before the checkpoint, and re-hashed with a guessed key: the checkpoint's entry differs.
      const d2 = await chainOf(12);
      try {
        await writeAuditCheckpoint(d2);
        await dropAppendOnlyGuard(d2);
        const guessed = { ...d2, auditKey: Buffer.from('guessed-key-guessed-key-guessed-key') };
        await rewriteFrom(d2, 5, (e) => ({ ...e, actorUsername: 'nobody' }), (e) => auditEntryMac(guessed.auditKey, e));
        expect(await verifyAuditChain(d2, null)).toMatchObject({ intact: false, firstBroken: { seq: 5, reason: 'hash_mismatch' } });
        await rewriteFrom(d2, 5, (e) => e, auditEntryHash);
        expect(await verifyAuditChain(d2, null)).toMatchObject({ intact: false, firstBroken: { seq: 5, reason: 'unkeyed_entry' } });
      } finally {
        await d2.dispose();
      }
    } finally {
      await d.dispose();
    }
  });

  it('catches a forged entry appended at the end', async () => {
    const d = await chainOf(12);
    try {
      await writeAuditCheckpoint(d);
      const head = await d.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
      const forged: AuditEntryContent = {
        seq: head.seq + 1, at: d.clock.now().toISOString(), actorId: 1, actorUsername: 'admin', action: 'payroll.approve',
        entityType: 'payroll', entityId: '1', areaCode: '420102', oldValue: null, newValue: '{"approved":true}', prevHash: head.hash,
      };
      const hash = auditEntryHash(forged);
      await d.db
        .insertInto('audit_log')
        .values({ seq: forged.seq, at: forged.at, actor_id: 1, actor_username: 'admin', action: forged.action, entity_type: 'payroll', entity_id: '1', area_code: '420102', old_value: null, new_value: forged.newValue, prev_hash: forged.prevHash, hash })
        .execute();
      await d.db.updateTable('audit_head').set({ seq: forged.seq, hash }).where('id', '=', 1).execute();
      expect(await verifyAuditChain(d, null)).toMatchObject({ intact: false, firstBroken: { seq: 13, reason: 'unkeyed_entry' } });
    } finally {
      await d.dispose();
    }
  });

  it('catches a checkpoint file edited without the key', async () => {
    const d = await chainOf(6);
    try {
      await writeAuditCheckpoint(d);
      const line = JSON.parse(fs.readFileSync(d.config.audit.checkpointFile, 'utf8').trim());
      fs.writeFileSync(d.config.audit.checkpointFile, `${JSON.stringify({ ...line, seq: 3 })}\n`);
      expect(await verifyAuditChain(d, null)).toMatchObject({ intact: false, firstBroken: { reason: 'checkpoint_forged' } });
    } finally {
      await d.dispose();
    }
  });

  it('keeps verifying a chain written before the key existed, and accepts no unkeyed entry after its first checkpoint', async () => {
    const d = await chainOf(8);
    try {
      // What an existing database holds: every entry hashed with plain sha256.
      await dropAppendOnlyGuard(d);
      await rewriteFrom(d, 1, (e) => e, auditEntryHash);
      expect(await verifyAuditChain(d, null)).toMatchObject({ intact: true, keyed: 0, legacy: 8 });
      await writeAuditCheckpoint(d); // the server does this at its first start with the key
      await appendEntries(d, 4, 'after');
      expect(await verifyAuditChain(d, null)).toMatchObject({ intact: true, keyed: 4, legacy: 8, vouchedUpTo: { seq: 8 } });
      await rewriteFrom(d, 10, (e) => e, auditEntryHash);
      expect(await verifyAuditChain(d, null)).toMatchObject({ intact: false, firstBroken: { seq: 10, reason: 'unkeyed_entry' } });
    } finally {
      await d.dispose();
    }
  });
});

async function appendEntries(d: TestDeps, n: number, tag: string): Promise<void> {
  for (let i = 0; i < n; i++) {
    await d.db.transaction().execute((trx) => recordAudit(trx, d, null, { action: 'test.write', entityType: 'test', entityId: `${tag}-${i}`, areaCode: '420102', newValue: { i } }));
  }
}


/** Edits entries from `fromSeq` on and re-links and re-hashes them and the head, as an attacker would. */
async function rewriteFrom(d: TestDeps, fromSeq: number, edit: (e: AuditEntryContent) => AuditEntryContent, hash: (e: AuditEntryContent) => string): Promise<void> {
  const rows = await d.db.selectFrom('audit_log').selectAll().where('seq', '>=', fromSeq - 1).orderBy('seq').execute();
  let prevHash = rows[0]!.seq === fromSeq - 1 ? rows[0]!.hash : '0'.repeat(64);
  for (const row of rows.filter((r) => r.seq >= fromSeq)) {
    const { hash: _old, ...content } = auditEntryFromRow(row);
    const e = { ...(row.seq === fromSeq ? edit(content) : content), prevHash };
    const h = hash(e);
    await d.db.updateTable('audit_log').set({ actor_username: e.actorUsername, new_value: e.newValue, prev_hash: e.prevHash, hash: h }).where('seq', '=', row.seq).execute();
    prevHash = h;
  }
  await d.db.updateTable('audit_head').set({ hash: prevHash }).where('id', '=', 1).execute();
}

async function dropAppendOnlyGuard(d: TestDeps): Promise<void> {
  if (d.dialect === 'postgres') {
    await sql`drop trigger if exists audit_log_no_change on audit_log`.execute(d.db);
  } else {
    await sql`drop trigger if exists audit_log_no_update`.execute(d.db);
    await sql`drop trigger if exists audit_log_no_delete`.execute(d.db);
  }
}
