/**
 * Backup and restore of the whole database, the engine's own way: SQLite's online backup API
 * (a consistent copy while the server keeps running) and PostgreSQL's pg_dump -Fc / pg_restore.
 * The audit key and checkpoint file are not in the database and are not in the backup: keep
 * them (or AUDIT_HMAC_KEY) with the backup, separately, or the restored chain cannot be verified.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { sql } from 'kysely';
import type { DatabaseConfig } from '../config.ts';
import { openSqlite } from './database.ts';
import type { Db } from './types.ts';

export type Progress = (message: string) => void;

export async function backupDatabase(database: DatabaseConfig, file: string, progress: Progress = () => {}): Promise<void> {
  const target = path.resolve(file);
  // Never over an earlier backup: that one may be the good copy.
  if (fs.existsSync(target)) throw new Error(`${target} exists already; choose a new file`);
  if (database.dialect === 'sqlite') {
    const source = openSqlite(database.file, database.busyTimeoutMs);
    try {
      let last = -1;
      await source.backup(target, {
        progress({ totalPages, remainingPages }) {
          const percent = totalPages === 0 ? 100 : Math.floor(((totalPages - remainingPages) / totalPages) * 100);
          if (percent !== last && percent < 100) progress(`backup ${percent}% (${totalPages - remainingPages}/${totalPages} pages)`);
          last = percent;
          return 2000;
        },
      });
      progress('backup 100%');
    } finally {
      source.close();
    }
    return;
  }
  const args = ['--format=custom', '--verbose', `--file=${target}`, ...(database.schema ? [`--schema=${database.schema}`] : []), `--dbname=${database.url}`];
  await runTool('pg_dump', args, progress);
}

/** Whether the configured database holds no tables of ours (nothing to overwrite). */
export async function databaseIsEmpty(db: Db, database: DatabaseConfig): Promise<boolean> {
  return (await tableNames(db, database)).length === 0;
}

/**
 * Restores a backup into the configured database, which must be empty unless `force`
 * (then SQLite's file is replaced, PostgreSQL's objects dropped first with --clean).
 * The caller runs the migrations afterwards, so an older backup comes up to date.
 */
export async function restoreDatabase(database: DatabaseConfig, file: string, opts: { force: boolean }, progress: Progress = () => {}): Promise<void> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new Error(`${source} does not exist`);
  if (database.dialect === 'sqlite') {
    const backup = new SQLite(source, { readonly: true, fileMustExist: true });
    try {
      const check = backup.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`${source} is not a sound SQLite database (${String(check)})`);
      if (opts.force) for (const suffix of ['-wal', '-shm']) fs.rmSync(`${database.file}${suffix}`, { force: true });
      fs.mkdirSync(path.dirname(database.file), { recursive: true });
      let last = -1;
      await backup.backup(database.file, {
        progress({ totalPages, remainingPages }) {
          const percent = totalPages === 0 ? 100 : Math.floor(((totalPages - remainingPages) / totalPages) * 100);
          if (percent !== last && percent < 100) progress(`restore ${percent}% (${totalPages - remainingPages}/${totalPages} pages)`);
          last = percent;
          return 2000;
        },
      });
      progress('restore 100%');
    } finally {
      backup.close();
    }
    return;
  }
  // A schema's dump does not carry the database-wide extensions its indexes use (the search
  // indexes' pg_trgm operator class lives in public): create them first, as migration 0013 does.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('create extension if not exists pg_trgm with schema public');
  } finally {
    await client.end();
  }
  const args = ['--verbose', '--no-owner', '--no-privileges', '--exit-on-error', ...(opts.force ? ['--clean', '--if-exists'] : []), `--dbname=${database.url}`, source];
  await runTool('pg_restore', args, progress);
}

/** Every table of ours with its row count, in name order (the migrations' bookkeeping included). */
export async function tableRowCounts(db: Db, database: DatabaseConfig): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of await tableNames(db, database)) {
    const row = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(name)}`.execute(db);
    counts[name] = Number(row.rows[0]?.n ?? 0);
  }
  return counts;
}

async function tableNames(db: Db, database: DatabaseConfig): Promise<string[]> {
  if (database.dialect === 'sqlite') {
    const rows = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
    return rows.rows.map((r) => r.name);
  }
  const rows = await sql<{ name: string }>`select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/**
 * pg_dump / pg_restore: the bare name first (the system finds it on PATH), then the newest
 * under /usr/lib/postgresql/<version>/bin, where Debian installs them off PATH.
 */
export function pgToolCandidates(tool: 'pg_dump' | 'pg_restore'): string[] {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  return [tool, ...versions.map((v) => path.join(root, v, 'bin', tool)).filter((p) => fs.existsSync(p))];
}

async function runTool(tool: 'pg_dump' | 'pg_restore', args: string[], progress: Progress): Promise<void> {
  for (const command of pgToolCandidates(tool)) {
    try {
      return await runOnce(command, tool, args, progress);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  throw new Error(`${tool} not found on PATH or under /usr/lib/postgresql/*/bin (install postgresql-client)`);
}

function runOnce(command: string, tool: string, args: string[], progress: Progress): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const errors: string[] = [];
    let pending = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        // --verbose names each table as it goes: that is the progress; errors are kept for the message.
        if (/error|fatal/i.test(line)) errors.push(line);
        else if (/(dumping contents of table|processing data for table|creating TABLE)/.test(line)) progress(line.replace(/^\S+: /, ''));
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${tool} failed (exit ${code}): ${[...errors, pending].filter(Boolean).join('\n').slice(0, 2000)}`));
    });
  });
}
