import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { nowIso } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { assertPermission, type Actor } from '../../domain/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { claimIdempotent, findIdempotent, requestHash, setIdempotentResult, type IdempotencyRef } from '../../db/idempotency.ts';
import { recordAudit, recordRead } from '../audit/service.ts';
import { openStored, removeStored, storeUpload, UploadRejected } from './document-store.ts';
import { assertActive, householdInScope } from './household-access.ts';

/** `signature`: a signature drawn on the phone's screen at a home visit (issue 19). */
export const DOCUMENT_KINDS = ['id_copy', 'application_form', 'consent', 'photo', 'certificate', 'other', 'signature'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export interface DocumentView {
  id: number;
  householdId: number;
  kind: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

function documentsRoot(deps: Deps): string {
  return path.join(deps.config.dataDir, 'documents');
}

/** Stores an uploaded file on the household's file (一户一档), audited. */
export async function addDocument(
  deps: Deps,
  actor: Actor,
  householdId: number,
  upload: { kind: DocumentKind; filename: string; stream: Readable & { truncated?: boolean }; personId?: number },
  opts: { idempotencyKey?: string | undefined } = {},
): Promise<DocumentView> {
  assertPermission(actor, 'editRegistry');
  const h = await householdInScope(deps.db, actor, householdId);
  assertActive(h);
  let stored;
  try {
    stored = await storeUpload(documentsRoot(deps), householdId, upload.stream);
  } catch (e) {
    if (e instanceof UploadRejected) {
      if (e.reason === 'too_large') throw new DomainError('too_large', 'document_too_large', { field: 'file', params: { maxMb: MAX_DOCUMENT_BYTES / 1024 / 1024 } });
      if (e.reason === 'empty') throw new DomainError('validation', 'document_empty', { field: 'file' });
      throw new DomainError('unsupported_media', 'document_type_unsupported', { field: 'file' });
    }
    throw e;
  }
  // A photo sent again by the phone's outbox after a lost answer (issue 19): the key names the
  // upload, the content's hash tells a retry from a key reused for another file. The bytes must be
  // read to know the hash, so a retry's copy is stored and then dropped again.
  const idem: IdempotencyRef | null =
    opts.idempotencyKey === undefined ? null : { userId: actor.userId, scope: 'document', key: opts.idempotencyKey, requestHash: requestHash({ householdId, kind: upload.kind, personId: upload.personId ?? null, sha256: stored.sha256 }) };
  if (idem) {
    const prior = await findIdempotent(deps.db, idem);
    if (prior) {
      removeStored(documentsRoot(deps), stored.storageKey);
      return replayUpload(deps, idem, prior);
    }
  }
  let written: DocumentView | null;
  try {
    written = await deps.db.transaction().execute(async (trx) => {
      if (idem && !(await claimIdempotent(trx, idem, { documentId: null }, nowIso(deps.clock)))) return null;
      const row = await trx
        .insertInto('documents')
        .values({
          household_id: householdId,
          kind: upload.kind,
          // Control characters (a NUL above all: PostgreSQL refuses it in text) have no place in a file name.
          filename: upload.filename.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || 'upload',
          content_type: stored.contentType,
          size: stored.size,
          sha256: stored.sha256,
          storage_key: stored.storageKey,
          uploaded_by: actor.userId,
          uploaded_at: nowIso(deps.clock),
          // 核对授权书: the member who signed it (issue 18)
          ...(upload.personId === undefined ? {} : { person_id: upload.personId }),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, deps, actor, {
        action: 'document.add',
        entityType: 'household',
        entityId: householdId,
        areaCode: h.area_code,
        newValue: { documentId: row.id, kind: row.kind, filename: row.filename, size: row.size, sha256: row.sha256, ...(upload.personId === undefined ? {} : { personId: upload.personId }) },
      });
      if (idem) await setIdempotentResult(trx, idem, { documentId: row.id });
      return viewOf(row);
    });
  } catch (e) {
    removeStored(documentsRoot(deps), stored.storageKey);
    throw e;
  }
  if (written) return written;
  // A retry racing the original with the same key: the original's document, this copy dropped.
  removeStored(documentsRoot(deps), stored.storageKey);
  const prior = idem ? await findIdempotent(deps.db, idem) : null;
  if (!idem || !prior) throw new Error('idempotency key claimed but not found');
  return replayUpload(deps, idem, prior);
}

/** The answer to a repeated key: the document the first upload stored; another file under the key is refused. */
async function replayUpload(deps: Deps, idem: IdempotencyRef, prior: { requestHash: string; result: unknown }): Promise<DocumentView> {
  if (prior.requestHash !== idem.requestHash) throw new DomainError('conflict', 'idempotency_key_reused_document', { field: 'Idempotency-Key' });
  const { documentId } = prior.result as { documentId: number };
  const row = await deps.db.selectFrom('documents').selectAll().where('id', '=', documentId).executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'document_not_found');
  return viewOf(row);
}

function viewOf(r: { id: number; household_id: number; kind: string; filename: string; content_type: string; size: number; sha256: string; uploaded_at: string }): DocumentView {
  return {
    id: r.id,
    householdId: r.household_id,
    kind: r.kind,
    filename: r.filename,
    contentType: r.content_type,
    size: r.size,
    sha256: r.sha256,
    uploadedAt: r.uploaded_at,
  };
}

/** 材料列表: what lies on the file (ID copies, certificates), audited as a read. */
export async function listDocuments(deps: Deps, actor: Actor, householdId: number): Promise<{ items: DocumentView[] }> {
  const h = await householdInScope(deps.db, actor, householdId);
  const rows = await deps.db.selectFrom('documents').selectAll().where('household_id', '=', householdId).orderBy('id', 'desc').execute();
  await recordRead(deps, actor, { action: 'read.documents', entityType: 'household', entityId: householdId, areaCode: h.area_code, detail: { documents: rows.length } });
  return { items: rows.map(viewOf) };
}

/** Opens a stored document as a stream; each download is audited like a file view. */
export async function openDocument(deps: Deps, actor: Actor, documentId: number): Promise<{ document: DocumentView; stream: Readable }> {
  const row = await deps.db.selectFrom('documents').selectAll().where('id', '=', documentId).executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'document_not_found');
  const h = await householdInScope(deps.db, actor, row.household_id).catch(() => {
    throw new DomainError('not_found', 'document_not_found');
  });
  await deps.db.transaction().execute((trx) =>
    recordAudit(trx, deps, actor, {
      action: 'document.download',
      entityType: 'household',
      entityId: row.household_id,
      areaCode: h.area_code,
      newValue: { documentId: row.id, filename: row.filename },
    }),
  );
  return { document: viewOf(row), stream: openStored(documentsRoot(deps), row.storage_key) };
}

/**
 * The images a home-visit record points at (photos, signatures): each must be a JPEG or PNG on
 * this household's file. Returns the ids that are not, so the caller can name the field.
 */
export async function foreignOrNonImageDocuments(db: Deps['db'], householdId: number, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('documents').select(['id', 'household_id', 'content_type']).where('id', 'in', [...ids]).execute();
  const ok = new Set(rows.filter((r) => r.household_id === householdId && r.content_type.startsWith('image/')).map((r) => r.id));
  return ids.filter((id) => !ok.has(id));
}

/** The bytes of a household's images, for a printed record (入户调查表 with its photos and signatures). */
export async function documentImages(deps: Deps, householdId: number, ids: readonly number[]): Promise<Map<number, Buffer>> {
  const out = new Map<number, Buffer>();
  if (ids.length === 0) return out;
  const rows = await deps.db.selectFrom('documents').select(['id', 'storage_key', 'content_type']).where('household_id', '=', householdId).where('id', 'in', [...ids]).execute();
  for (const r of rows) {
    if (!r.content_type.startsWith('image/')) continue;
    try {
      out.set(r.id, await fs.promises.readFile(path.join(documentsRoot(deps), r.storage_key)));
    } catch {
      // A file missing from storage prints as missing, not as a failed paper.
    }
  }
  return out;
}
