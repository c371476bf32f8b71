import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { DomainError } from '../../domain/errors.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { idempotencyKeySchema } from '../cases/schema.ts';
import { addDocument, DOCUMENT_KINDS, listDocuments, openDocument } from './documents.ts';
import { householdIdParams } from './schema.ts';

const documentSchema = z.object({
  id: z.number().int(),
  householdId: z.number().int(),
  kind: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 413: errorBodySchema, 415: errorBodySchema } as const;
const tags = ['documents'];

/** RFC 6266/5987 header so Chinese file names survive every browser. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function documentRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/households/:id/documents',
      {
        schema: {
          tags,
          summary: '上传材料 (multipart: field "kind" then one file; JPEG/PNG/PDF up to 10 MB; Idempotency-Key: the same key and file return the same document, stored once)',
          consumes: ['multipart/form-data'],
          params: householdIdParams,
          headers: z.looseObject({ 'idempotency-key': idempotencyKeySchema.optional() }),
          response: { 201: documentSchema, ...errors },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart()) throw new DomainError('validation', 'document_multipart_expected', { field: 'file' });
        const part = await request.file();
        if (!part) throw new DomainError('validation', 'document_missing', { field: 'file' });
        const kindField = part.fields.kind;
        const kind = kindField && !Array.isArray(kindField) && kindField.type === 'field' ? String(kindField.value) : 'other';
        const parsedKind = z.enum(DOCUMENT_KINDS).safeParse(kind);
        if (!parsedKind.success) {
          part.file.resume();
          throw new DomainError('validation', 'document_kind_invalid', { field: 'kind' });
        }
        const document = await addDocument(deps, actorOf(request), request.params.id, {
          kind: parsedKind.data,
          filename: part.filename || 'upload',
          stream: part.file,
        }, { idempotencyKey: request.headers['idempotency-key'] });
        return reply.status(201).send(document);
      },
    );
    app.get(
      '/households/:id/documents',
      { schema: { tags, summary: '材料列表 (documents on the file)', params: householdIdParams, response: { 200: z.object({ items: z.array(documentSchema) }), ...errors } } },
      async (request) => listDocuments(deps, actorOf(request), request.params.id),
    );
    app.get(
      '/documents/:id/content',
      { schema: { tags, summary: '下载材料 (stream the file; audited)', params: z.strictObject({ id: z.coerce.number().int().positive() }) } },
      async (request, reply) => {
        const { document, stream } = await openDocument(deps, actorOf(request), request.params.id);
        reply.header('content-type', document.contentType);
        reply.header('content-length', String(document.size));
        reply.header('content-disposition', contentDisposition(document.filename));
        reply.header('x-content-type-options', 'nosniff');
        return reply.send(stream);
      },
    );
  };
}
