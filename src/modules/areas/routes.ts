import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { areaCodeParamSchema, areaNodeResponseSchema } from './schema.ts';
import { getAreaNode } from './service.ts';

export function areaRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/areas/:code',
      {
        schema: {
          tags: ['areas'],
          summary: '区划及其下级 (an area and its children)',
          params: areaCodeParamSchema,
          response: { 200: areaNodeResponseSchema, 401: errorBodySchema, 404: errorBodySchema },
        },
      },
      async (request) => getAreaNode(deps, actorOf(request), request.params.code),
    );
  };
}
