import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { listAudit, verifyAuditChain } from './service.ts';

const auditQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
});

const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  areaCode: z.string().nullable(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  redacted: z.boolean().describe('true when health fields were hidden from this reader (values read "（已隐去）")'),
});

const chainReportSchema = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).optional(),
  keyed: z.number().int(),
  legacy: z.number().int(),
  head: z.object({ seq: z.number().int(), hash: z.string() }),
  checkpoint: z.object({ seq: z.number().int(), hash: z.string(), headAt: z.string().nullable(), at: z.string() }).optional(),
  vouchedUpTo: z.object({ seq: z.number().int(), at: z.string().nullable() }).optional(),
  warnings: z.array(z.string()),
});

export function auditRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit',
      {
        schema: {
          tags: ['audit'],
          summary: '审计日志 (audit log, newest first)',
          querystring: auditQuerySchema,
          response: { 200: z.object({ items: z.array(auditEntrySchema), total: z.number().int() }), 401: errorBodySchema, 403: errorBodySchema },
        },
      },
      async (request) => listAudit(deps, actorOf(request), request.query),
    );

    app.post(
      '/audit/verify',
      {
        schema: {
          tags: ['audit'],
          summary: '校验审计哈希链 (verify the hash chain)',
          response: { 200: chainReportSchema, 401: errorBodySchema, 403: errorBodySchema },
        },
      },
      async (request) => verifyAuditChain(deps, actorOf(request)),
    );
  };
}
