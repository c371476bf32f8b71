import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { createDrive, deliverLine, getDrive, listDrives, listLines, payDriveByPayroll } from './service.ts';
import { deliverySchema, drivePayrollSchema, driveListSchema, driveSchema, lineListQuery, lineListSchema, lineSchema, newDriveSchema } from './schema.ts';

const tags = ['condolences'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;
const idParams = z.strictObject({ id: z.coerce.number().int().positive() });

export function condolenceRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/condolence-drives',
      {
        schema: {
          tags,
          summary: '慰问活动 (set in, above or below the actor\'s area; totals 户/人/人次/元 of the actor\'s part)',
          querystring: z.strictObject({ page: z.coerce.number().int().min(1).max(100_000).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20) }),
          response: { 200: driveListSchema, ...errors },
        },
      },
      async (request) => listDrives(deps, actorOf(request), request.query),
    );
    app.post(
      '/condolence-drives',
      {
        schema: {
          tags,
          summary: '新建慰问活动 (street or county; builds the lists per household set-based; refused over budget or stock; audited)',
          body: newDriveSchema,
          response: { 201: driveSchema, ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await createDrive(deps, actorOf(request), request.body)),
    );
    app.get(
      '/condolence-drives/:id',
      { schema: { tags, summary: '慰问活动详情 (goods planned and issued, totals planned and delivered)', params: idParams, response: { 200: driveSchema, ...errors } } },
      async (request) => getDrive(deps, actorOf(request), request.params.id),
    );
    app.get(
      '/condolence-drives/:id/lines',
      { schema: { tags, summary: '慰问名单 / 签收表 (per community, the actor\'s part; filter by area and status)', params: idParams, querystring: lineListQuery, response: { 200: lineListSchema, ...errors } } },
      async (request) => listLines(deps, actorOf(request), request.params.id, request.query),
    );
    app.post(
      '/condolence-drives/:id/lines/:lineId/delivery',
      {
        schema: {
          tags,
          summary: '登记发放签收 (who received it, when, signature or photo; once; audited)',
          params: z.strictObject({ id: z.coerce.number().int().positive(), lineId: z.coerce.number().int().positive() }),
          body: deliverySchema,
          response: { 200: lineSchema, ...errors },
        },
      },
      async (request) => deliverLine(deps, actorOf(request), request.params.id, request.params.lineId, request.body),
    );
    app.post(
      '/condolence-drives/:id/payroll',
      {
        schema: {
          tags,
          summary:
            '通过发放名册发放现金 (county; one lump-sum payroll per drive, a line per household with cash into its account; households without a usable account listed as withheld; 201 new, 200 existing; audited)',
          params: idParams,
          response: { 200: drivePayrollSchema, 201: drivePayrollSchema, ...errors },
        },
      },
      async (request, reply) => {
        const r = await payDriveByPayroll(deps, actorOf(request), request.params.id);
        return reply.status(r.created ? 201 : 200).send(r);
      },
    );
  };
}
