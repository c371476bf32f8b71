import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/types.ts';
import { useTestDeps, dialects } from '../../../test/helpers/test-deps.ts';
import { createUser, resetPassword } from '../auth/service.ts';
import { recordAudit, verifyAuditChain } from './service.ts';

describe.each(dialects)('audit chain on %s', (dialect) => {
  const deps = useTestDeps(dialect);

  it('records who, when, what and old → new for every write, each entry hashing the previous one', async () => {
    const d = deps();
    const user = await createUser(d, null, { username: 'audit-a', displayName: '审计甲', role: 'auditor', areaCode: '420102', password: 'audit-pass-1' });
    await resetPassword(d, { userId: 1, username: 'admin', role: 'admin', areaCode: '420102' }, user.id, 'audit-pass-2');
    const rows = await d.db.selectFrom('audit_log').selectAll().where('entity_id', '=', String(user.id)).where('entity_type', '=', 'user').orderBy('seq').execute();
    expect(rows.map((r) => r.action)).toEqual(['user.create', 'user.reset_password']);
    const [create, reset] = rows;
    expect(create?.actor_username).toBeNull(); // the system
    expect(JSON.parse(create?.new_value ?? '{}')).toMatchObject({ username: 'audit-a', role: 'auditor', areaCode: '420102' });
    expect(create?.new_value).not.toMatch(/pass/);
    expect(reset?.actor_username).toBe('admin');
    expect(reset?.at).toBe(d.clock.now().toISOString());
    const before = await d.db.selectFrom('audit_log').select('hash').where('seq', '=', (reset?.seq ?? 0) - 1).executeTakeFirstOrThrow();
    expect(reset?.prev_hash).toBe(before.hash);
    expect(await verifyAuditChain(d, null)).toMatchObject({ intact: true });
  });

  it('keeps one unbroken chain when many writers append at once', async () => {
    const d = deps();
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        d.db.transaction().execute((trx) =>
          recordAudit(trx, d, null, { action: 'test.concurrent', entityType: 'test', entityId: i, newValue: { i } }),
        ),
      ),
    );
    const report = await verifyAuditChain(d, null);
    expect(report.intact).toBe(true);
    const head = await d.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    expect(report.checked).toBe(head.seq);
  });

  it('refuses updates and deletes of entries in the database itself', async () => {
    const d = deps();
    await expect(d.db.updateTable('audit_log').set({ action: 'x' }).where('seq', '=', 1).execute()).rejects.toThrow(/append-only/);
    await expect(d.db.deleteFrom('audit_log').where('seq', '=', 1).execute()).rejects.toThrow(/append-only/);
  });

  it('catches an edited entry and names the first broken one', async () => {
    const d = deps();
    // An attacker with database access drops the guard first; the chain still tells.
    await dropAppendOnlyGuard(d);
    const target = await d.db.selectFrom('audit_log').select('seq').where('action', '=', 'user.create').orderBy('seq').executeTakeFirstOrThrow();
    const original = await d.db.selectFrom('audit_log').selectAll().where('seq', '=', target.seq).executeTakeFirstOrThrow();
    await d.db.updateTable('audit_log').set({ new_value: '{"username":"someone-else"}' }).where('seq', '=', target.seq).execute();
    expect(await verifyAuditChain(d, null)).toMatchObject({ intact: false, firstBroken: { seq: target.seq, reason: 'hash_mismatch' } });
    await d.db.updateTable('audit_log').set({ new_value: original.new_value }).where('seq', '=', target.seq).execute();
    expect((await verifyAuditChain(d, null)).intact).toBe(true);
  });

  it('catches a deleted entry in the middle and a truncated tail', async () => {
    const d = deps();
    await dropAppendOnlyGuard(d);
    const head = await d.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    const middle = Math.floor(head.seq / 2);
    const saved = await d.db.selectFrom('audit_log').selectAll().where('seq', '=', middle).executeTakeFirstOrThrow();
    await d.db.deleteFrom('audit_log').where('seq', '=', middle).execute();
    expect(await verifyAuditChain(d, null)).toMatchObject({ intact: false, firstBroken: { seq: middle + 1, reason: 'sequence_gap' } });
    await d.db.insertInto('audit_log').values(saved).execute();

    const last = await d.db.selectFrom('audit_log').selectAll().where('seq', '=', head.seq).executeTakeFirstOrThrow();
    await d.db.deleteFrom('audit_log').where('seq', '=', head.seq).execute();
    expect(await verifyAuditChain(d, null)).toMatchObject({ intact: false, firstBroken: { seq: head.seq } });
    await d.db.insertInto('audit_log').values(last).execute();
    expect((await verifyAuditChain(d, null)).intact).toBe(true);
  });
});

async function dropAppendOnlyGuard(d: { db: Db; dialect: string }): Promise<void> {
  if (d.dialect === 'postgres') {
    await sql`drop trigger if exists audit_log_no_change on audit_log`.execute(d.db);
  } else {
    await sql`drop trigger if exists audit_log_no_update`.execute(d.db);
    await sql`drop trigger if exists audit_log_no_delete`.execute(d.db);
  }
}
