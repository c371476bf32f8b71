/**
 * What anchors the audit chain outside the database: the HMAC key (AUDIT_HMAC_KEY, or a key
 * file in the data directory created 0600 on first use) and the append-only file of signed
 * head checkpoints. Whoever holds only the database can neither re-hash the chain nor rewind
 * it past a checkpoint without it showing.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AuditConfig } from '../../config.ts';
import { checkpointLine, parseCheckpointLine, type AuditCheckpoint } from '../../domain/audit-chain.ts';

export function loadAuditKey(config: AuditConfig): Buffer {
  if (config.hmacKey) return Buffer.from(config.hmacKey, 'utf8');
  const file = config.hmacKeyFile;
  try {
    return keyFromText(fs.readFileSync(file, 'utf8'), file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // 'wx': two processes starting at once — one creates, the other reads the winner's key.
    fs.writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return keyFromText(fs.readFileSync(file, 'utf8'), file);
}

function keyFromText(text: string, file: string): Buffer {
  const key = text.trim();
  if (key.length < 32) throw new Error(`The audit key in ${file} is shorter than 32 characters`);
  return Buffer.from(key, 'utf8');
}

export function readCheckpoints(file: string): { checkpoints: AuditCheckpoint[]; unreadableLines: number[] } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { checkpoints: [], unreadableLines: [] };
    throw e;
  }
  const checkpoints: AuditCheckpoint[] = [];
  const unreadableLines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const c = parseCheckpointLine(line);
    if (c) checkpoints.push(c);
    else unreadableLines.push(i + 1);
  });
  return { checkpoints, unreadableLines };
}

/** O_APPEND: one line per write, never rewritten; several processes may append. */
export function appendCheckpoint(file: string, c: AuditCheckpoint): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, `${checkpointLine(c)}\n`, { mode: 0o600 });
}
