import type { Kysely } from 'kysely';

/**
 * Issue 15 points 5 and 7. Sessions slide: `last_seen_at` ends an idle session besides its
 * absolute expiry. A user given a temporary password must change it (`must_change_password`).
 * Failed logins build up a delay per source (`login_throttle`, keyed by IP and by IP + username,
 * so a flood cannot lock the real user out from elsewhere); the request ceiling of the login and
 * setup routes (`rate_limit_hits`) lives in the database too, so several API processes behind a
 * proxy share both. The first admin of a production start comes from a one-time setup token,
 * stored hashed (`setup_tokens`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('last_seen_at', 'varchar(32)').execute();
  await db.schema.alterTable('users').addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'varchar(200)', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('blocked_until', 'varchar(32)')
    .execute();

  await db.schema
    .createTable('rate_limit_hits')
    .addColumn('key', 'varchar(200)', (c) => c.primaryKey())
    .addColumn('window_start', 'varchar(32)', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('setup_tokens')
    .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('used_at', 'varchar(32)')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['setup_tokens', 'rate_limit_hits', 'login_throttle']) await db.schema.dropTable(t).execute();
  await db.schema.alterTable('users').dropColumn('must_change_password').execute();
  await db.schema.alterTable('sessions').dropColumn('last_seen_at').execute();
}
