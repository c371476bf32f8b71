import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { verifyAuditChain } from './service.ts';
import { auditActions, auditActors, exportAudit, listAudit } from './desk.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const auditFilterSchema = z.strictObject({
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  actorId: z.coerce.number().int().positive().optional().describe('who did it (a user id)'),
  action: z.string().max(64).optional().describe('an action code, or a prefix ending in a dot (payroll.)'),
  reveals: z.enum(['true', 'false']).optional().transform((v) => v === 'true').describe('true: only the reveal log (full ID/account numbers seen, files viewed, bulk exports)'),
  householdId: z.coerce.number().int().positive().optional().describe('the household and its persons, cases and enrolments'),
  applicationId: z.coerce.number().int().positive().optional(),
  payrollId: z.coerce.number().int().positive().optional(),
  from: date.optional().describe('first day (China time), included'),
  to: date.optional().describe('last day (China time), included'),
});

const auditQuerySchema = auditFilterSchema.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorUsername: z.string().nullable(),
  actorName: z.string().nullable(),
  actorLabel: z.string().describe('real name with the login in brackets: 刘芳（county）; 系统 for the system'),
  action: z.string(),
  actionLabel: z.string().describe('the action in Chinese'),
  entityType: z.string(),
  entityLabel: z.string(),
  entityId: z.string(),
  areaCode: z.string().nullable(),
  areaName: z.string().nullable(),
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

    app.get(
      '/audit/actors',
      {
        schema: {
          tags: ['audit'],
          summary: '审计筛选用户列表 (the users of the reader\'s area, for the user filter)',
          response: {
            200: z.object({ items: z.array(z.object({ id: z.number().int(), username: z.string(), displayName: z.string(), role: z.string(), active: z.boolean() })) }),
            401: errorBodySchema,
            403: errorBodySchema,
          },
        },
      },
      async (request) => auditActors(deps, actorOf(request)),
    );

    app.get(
      '/audit/actions',
      {
        schema: {
          tags: ['audit'],
          summary: '审计操作名称表 (every action code with its Chinese name, for the action filter; which ones make the reveal log)',
          response: {
            200: z.object({ items: z.array(z.object({ code: z.string(), label: z.string(), reveal: z.boolean() })) }),
            401: errorBodySchema,
            403: errorBodySchema,
          },
        },
      },
      async (request) => auditActions(actorOf(request)),
    );

    app.get(
      '/audit/export',
      {
        schema: {
          tags: ['audit'],
          summary: '导出审计日志 (.xlsx for 纪检监察, the filtered entries in Chinese with their hashes; at most 20,000; audited)',
          querystring: auditFilterSchema,
          response: { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 422: errorBodySchema },
        },
      },
      async (request, reply) => {
        const { body } = await exportAudit(deps, actorOf(request), request.query);
        const name = `审计日志-${todayInChina(deps.clock)}.xlsx`;
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="audit-log.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`)
          .send(body as never);
      },
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
