import { useSyncExternalStore } from 'react';
import { api, ApiError } from '../api/client.ts';

/**
 * 待发送: home-visit records written on the phone, kept in IndexedDB until the server has them
 * (issue 19). Each record carries its own Idempotency-Key from the moment it is written, so
 * however often it is sent — a retry after a lost answer, two tabs, a reload — the server
 * writes it once. Photos and signatures go up first as documents of the household; each
 * upload's document id is saved back on the item, so a retry does not upload them again — and
 * each upload carries its own Idempotency-Key (the record's key and the image's place on it), so
 * an upload whose answer was lost is not stored twice when it is sent again.
 */
export interface OutboxImage {
  blob: Blob;
  filename: string;
  documentId?: number;
}

export interface OutboxItem {
  key: string;
  caseId: number;
  householdId: number;
  /** what the worker sees in the list: 户主 and the record's kind */
  title: string;
  /** the record's body without its evidence ids (filled in when sent) */
  body: Record<string, unknown>;
  photos: OutboxImage[];
  signatures: (OutboxImage & { role: 'staff' | 'resident'; name: string })[];
  createdAt: string;
  /** the server refused it (not a lost connection): the worker decides */
  error?: string;
}

const DB_NAME = 'minzheng-outbox';
const STORE = 'records';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB'));
  });
}

async function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB'));
    });
  } finally {
    db.close();
  }
}

let items: OutboxItem[] = [];
let sending = false;
const listeners = new Set<() => void>();
let snapshot = { items, sending };

function publish() {
  snapshot = { items, sending };
  for (const l of listeners) l();
}

async function reload(): Promise<void> {
  items = ((await run('readonly', (s) => s.getAll())) as OutboxItem[]).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  publish();
}

const save = (item: OutboxItem) => run('readwrite', (s) => s.put(item));
export const removeFromOutbox = async (key: string) => {
  await run('readwrite', (s) => s.delete(key));
  await reload();
};

/** A new key per record, made when the record is written (not when it is sent). */
export function newIdempotencyKey(): string {
  return `visit-${crypto.randomUUID()}`;
}

/** A network failure (no connection, a dropped answer), as opposed to the server saying no. */
function offline(e: unknown): boolean {
  return !(e instanceof ApiError) || e.status >= 500 || e.status === 0;
}

/** The Idempotency-Key of an image on a record: fixed by the record's key and the image's place. */
export function imageIdempotencyKey(recordKey: string, kind: 'photo' | 'signature', index: number): string {
  return `${recordKey}.${kind}-${index + 1}`;
}

async function upload(householdId: number, kind: 'photo' | 'signature', img: OutboxImage, key: string): Promise<number> {
  const form = new FormData();
  form.append('kind', kind); // before the file: the server reads fields that precede it
  form.append('file', img.blob, img.filename);
  return (await api<{ id: number }>('POST', `/households/${householdId}/documents`, form, { headers: { 'Idempotency-Key': key } })).id;
}

/** Sends one item; returns the case as the server has it now. Throws what the server or network threw. */
async function send<T>(item: OutboxItem): Promise<T> {
  for (const [i, p] of item.photos.entries()) {
    if (p.documentId === undefined) {
      p.documentId = await upload(item.householdId, 'photo', p, imageIdempotencyKey(item.key, 'photo', i));
      await save(item);
    }
  }
  for (const [i, s] of item.signatures.entries()) {
    if (s.documentId === undefined) {
      s.documentId = await upload(item.householdId, 'signature', s, imageIdempotencyKey(item.key, 'signature', i));
      await save(item);
    }
  }
  const body = {
    ...item.body,
    photoDocumentIds: item.photos.map((p) => p.documentId!),
    signatures: item.signatures.map((s) => ({ role: s.role, name: s.name, documentId: s.documentId! })),
  };
  return api<T>('POST', `/applications/${item.caseId}/records`, body, { headers: { 'Idempotency-Key': item.key } });
}

let flushing: Promise<void> | null = null;

/** Sends what waits, oldest first; stops at the first lost connection. One flush at a time. */
export function flushOutbox(): Promise<void> {
  flushing ??= (async () => {
    sending = true;
    publish();
    try {
      await reload();
      for (const item of items) {
        if (item.error) continue;
        try {
          await send(item);
          await run('readwrite', (s) => s.delete(item.key));
          window.dispatchEvent(new CustomEvent('minzheng:record-sent', { detail: { caseId: item.caseId } }));
        } catch (e) {
          if (offline(e)) break;
          item.error = (e as Error).message;
          await save(item);
        }
      }
    } finally {
      sending = false;
      flushing = null;
      await reload().catch(() => publish());
    }
  })();
  return flushing;
}

/**
 * Keeps a record written now: stored on the device first, then sent at once if there is a
 * connection. `sent` is the server's answer, or null when it waits for the connection.
 */
export async function submitThroughOutbox<T>(item: OutboxItem): Promise<{ sent: T | null }> {
  await save(item);
  await reload();
  if (!navigator.onLine) return { sent: null };
  try {
    await flushing;
    const result = await send<T>(item);
    await removeFromOutbox(item.key);
    return { sent: result };
  } catch (e) {
    if (offline(e)) return { sent: null };
    // The server said no (a wrong field): nothing is kept, the form shows why.
    await removeFromOutbox(item.key);
    throw e;
  }
}

/** Retries the item the server refused, after the worker has read why. */
export async function retryOutboxItem(key: string): Promise<void> {
  const item = items.find((i) => i.key === key);
  if (!item) return;
  delete item.error;
  await save(item);
  await flushOutbox();
}

/** Reads what waits without sending it (the login page: nobody to send it as yet). */
export function loadOutbox(): void {
  if (typeof indexedDB === 'undefined') return;
  void reload().catch(() => undefined);
}

let started = false;

/** Loads what waits and sends it whenever the connection comes back (and every half minute). */
export function startOutbox(): void {
  if (started || typeof indexedDB === 'undefined') return;
  started = true;
  void reload().then(() => (navigator.onLine && items.length > 0 ? flushOutbox() : undefined)).catch(() => undefined);
  window.addEventListener('online', () => void flushOutbox());
  window.setInterval(() => {
    if (navigator.onLine && items.some((i) => !i.error)) void flushOutbox();
  }, 30_000);
}

export function useOutbox(): { items: OutboxItem[]; sending: boolean } {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => snapshot,
  );
}
