import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isLockTimeout } from '../db/database.ts';
import { DomainError, type ErrorKind } from '../domain/errors.ts';
import { languageOf, translate, type Lang } from '../messages.ts';
import { RequestValidationError, issueField, issueMessage } from './validation.ts';

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The one switch from error kind to HTTP status. */
export function statusOf(kind: ErrorKind): number {
  switch (kind) {
    case 'validation':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'unprocessable':
      return 422;
    case 'locked':
      return 423;
    case 'too_many':
      return 429;
    case 'too_large':
      return 413;
    case 'unsupported_media':
      return 415;
  }
}

export function requestLang(request: FastifyRequest): Lang {
  return languageOf(request.headers['accept-language']);
}

function body(code: string, message: string, field?: string): ErrorBody {
  return { error: field ? { code, message, field } : { code, message } };
}

// Fastify's own client errors (bad JSON, too large, wrong content type) keep their
// 4xx status and get one of our codes and a translated message.
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
};

/** Seconds a client is told to wait before retrying a request that met a held lock. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

/**
 * A multipart body that ends before its closing boundary (a dropped connection, a cut file):
 * @fastify/busboy says so only in the message of a plain Error.
 */
function isTruncatedMultipart(error: Error): boolean {
  return /unexpected end of multipart data|multipart: boundary not found/i.test(error.message);
}

/**
 * Errors the router raises before any route runs (a malformed percent-encoding, a path
 * parameter longer than the router accepts): Fastify's own shape otherwise; ours here.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const lang = requestLang(request);
  const code = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'url_parameter_too_long' : 'url_invalid';
  void reply.status(error.statusCode ?? 400).send(body(code, translate(lang, code)));
}

export function registerErrorHandling(app: FastifyInstance, opts: { spaFallback: boolean }): void {
  app.setErrorHandler((error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
    const lang = requestLang(request);
    if (error instanceof DomainError) {
      if (error.kind === 'too_many' && typeof error.params.retryAfter === 'number') reply.header('retry-after', String(error.params.retryAfter));
      return reply.status(statusOf(error.kind)).send(body(error.code, translate(lang, error.code, error.params), error.field));
    }
    if (error instanceof RequestValidationError) {
      const first = error.issues[0];
      const field = first ? issueField(first) : undefined;
      const detail = error.issues
        .slice(0, 5)
        .map((i) => {
          const f = issueField(i);
          return f ? `${f}: ${issueMessage(i, lang)}` : issueMessage(i, lang);
        })
        .join('; ');
      return reply.status(400).send(body('validation_failed', translate(lang, 'validation_failed', { detail }), field));
    }
    if (isLockTimeout(error)) {
      request.log.warn({ err: error }, 'database busy');
      return reply
        .status(503)
        .header('retry-after', String(BUSY_RETRY_AFTER_SECONDS))
        .send(body('database_busy', translate(lang, 'database_busy', { seconds: BUSY_RETRY_AFTER_SECONDS })));
    }
    if (isTruncatedMultipart(error)) {
      return reply.status(400).send(body('upload_incomplete', translate(lang, 'upload_incomplete'), 'file'));
    }
    const fe = error as FastifyError;
    const status = fe.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = (fe.code && FASTIFY_CODES[fe.code]) ?? 'bad_request';
      return reply.status(status).send(body(code, translate(lang, code, { detail: fe.message })));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('internal_error', translate(lang, 'internal_error', { requestId: String(request.id) })));
  });

  app.setNotFoundHandler((request, reply) => {
    // Client-side routes (/users, /areas/…) deep-link: any other GET outside /api gets the SPA.
    if (opts.spaFallback && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    const lang = requestLang(request);
    reply
      .status(404)
      .send(body('route_not_found', translate(lang, 'route_not_found', { method: request.method, url: request.url.split('?')[0] ?? '' })));
  });
}
