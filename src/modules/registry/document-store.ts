import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What a stored upload turned out to be, judged by its first bytes, not by its name. */
export type SniffedType = 'image/jpeg' | 'image/png' | 'application/pdf';

export function sniffContentType(head: Buffer): SniffedType | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (head.length >= 5 && head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

const EXTENSION: Record<SniffedType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

export interface StoredFile {
  storageKey: string;
  contentType: SniffedType;
  size: number;
  sha256: string;
}

export class UploadRejected extends Error {
  constructor(readonly reason: 'too_large' | 'type' | 'empty') {
    super(reason);
  }
}

/**
 * Streams an upload to disk (never whole in memory), hashing and counting as it goes and
 * checking the magic bytes of the first chunk. A rejected upload leaves nothing behind.
 */
export async function storeUpload(
  root: string,
  householdId: number,
  source: Readable & { truncated?: boolean },
): Promise<StoredFile> {
  const dir = path.join(root, String(householdId));
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.upload-${randomUUID()}`);
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  let type: SniffedType | null = null;
  const inspect = new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (type === null && head.length < 8) {
        head = Buffer.concat([head, chunk]).subarray(0, 8);
        if (head.length >= 8 || size + chunk.length >= 8) {
          type = sniffContentType(head);
          if (!type) return done(new UploadRejected('type'));
        }
      }
      size += chunk.length;
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, inspect, fs.createWriteStream(tmp));
    if (source.truncated) throw new UploadRejected('too_large');
    if (size === 0) throw new UploadRejected('empty');
    type ??= sniffContentType(head);
    if (!type) throw new UploadRejected('type');
    const storageKey = path.join(String(householdId), `${randomUUID()}.${EXTENSION[type]}`);
    fs.renameSync(tmp, path.join(root, storageKey));
    return { storageKey, contentType: type, size, sha256: hash.digest('hex') };
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    // @fastify/multipart aborts the stream itself when the size limit is hit.
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new UploadRejected('too_large');
    throw e;
  }
}

export function openStored(root: string, storageKey: string): fs.ReadStream {
  return fs.createReadStream(path.join(root, storageKey));
}

export function removeStored(root: string, storageKey: string): void {
  fs.rmSync(path.join(root, storageKey), { force: true });
}
