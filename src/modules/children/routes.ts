import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { childEndSchema, childInputSchema, childListQuery, childListSchema, childRecordSchema, childUpdateSchema } from './schema.ts';
import { endChild, listChildren, registerChild, updateChild } from './service.ts';

const tags = ['children'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;
const idParams = z.strictObject({ id: z.coerce.number().int().positive() });

export function childrenRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/children/records',
      { schema: { tags, summary: '困境儿童台账：孤儿、事实无人抚养儿童、留守儿童 (area-scoped)', querystring: childListQuery, response: { 200: childListSchema, ...errors } } },
      async (request) => listChildren(deps, actorOf(request), request.query),
    );
    app.post(
      '/children/records',
      {
        schema: {
          tags,
          summary: '登记困境儿童 (reason by kind; guardian for orphans, parent away and carer for left-behind children; sets the registry flag the allowance reads)',
          body: childInputSchema,
          response: { 201: childRecordSchema, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await registerChild(deps, actorOf(request), request.body)),
    );
    app.put(
      '/children/records/:id',
      { schema: { tags, summary: '更新监护人、监护协议、照料人', params: idParams, body: childUpdateSchema, response: { 200: childRecordSchema, ...errors } } },
      async (request) => updateChild(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/children/records/:id/end',
      { schema: { tags, summary: '终止登记 (adopted, parents back …); clears the registry flag', params: idParams, body: childEndSchema, response: { 200: childRecordSchema, ...errors } } },
      async (request) => endChild(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
