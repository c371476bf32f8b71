import type { Kysely } from 'kysely';

/**
 * Issue 19: a home-visit record written on a phone with no connection is sent again and again
 * until an answer arrives. The phone names each record once with an `Idempotency-Key`; the
 * server keeps the key here, per user and per kind of request, in the same transaction as the
 * write — so the same key never makes a second row, whichever process gets the retry.
 * `request_hash` tells a retry (same body) from a key reused for something else; `result` is
 * what the first request made (JSON: the record's id and its case).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('scope', 'varchar(32)', (c) => c.notNull())
    .addColumn('key', 'varchar(100)', (c) => c.notNull())
    .addColumn('request_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'scope', 'key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('idempotency_keys').execute();
}
