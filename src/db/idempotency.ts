import { createHash } from 'node:crypto';
import type { DbOrTrx, Trx } from './types.ts';

/**
 * Idempotency-Key (issue 19): a phone that wrote a home-visit record offline sends it — and each
 * of its photos and signatures — until an answer arrives. The key, per user and scope, is claimed in the write's own transaction
 * (`on conflict do nothing` — on PostgreSQL a racing second request waits for the first to
 * commit and then finds the key taken), so a retry never makes a second row, in any process.
 */
export interface IdempotencyRef {
  userId: number;
  scope: string;
  key: string;
  requestHash: string;
}

export interface StoredResult {
  requestHash: string;
  result: unknown;
}

export function requestHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

export async function findIdempotent(db: DbOrTrx, ref: Omit<IdempotencyRef, 'requestHash'>): Promise<StoredResult | null> {
  const row = await db.selectFrom('idempotency_keys').select(['request_hash', 'result']).where('user_id', '=', ref.userId).where('scope', '=', ref.scope).where('key', '=', ref.key).executeTakeFirst();
  return row ? { requestHash: row.request_hash, result: JSON.parse(row.result) as unknown } : null;
}

/** Claims the key with its result; false when another request has it already. */
export async function claimIdempotent(trx: Trx, ref: IdempotencyRef, result: unknown, at: string): Promise<boolean> {
  const r = await trx
    .insertInto('idempotency_keys')
    .values({ user_id: ref.userId, scope: ref.scope, key: ref.key, request_hash: ref.requestHash, result: JSON.stringify(result), created_at: at })
    .onConflict((oc) => oc.columns(['user_id', 'scope', 'key']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function setIdempotentResult(trx: Trx, ref: IdempotencyRef, result: unknown): Promise<void> {
  await trx.updateTable('idempotency_keys').set({ result: JSON.stringify(result) }).where('user_id', '=', ref.userId).where('scope', '=', ref.scope).where('key', '=', ref.key).execute();
}
