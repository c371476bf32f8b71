import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import {
  matchInputSchema,
  needInputSchema,
  needListQuery,
  needListSchema,
  needSchema,
  projectDoneSchema,
  projectInputSchema,
  projectListQuery,
  projectListSchema,
  projectSchema,
  resourceInputSchema,
  resourceListQuery,
  resourceListSchema,
  resourceSchema,
  totalsQuery,
  totalsSchema,
} from './schema.ts';
import { createNeed, createResource, finishProject, listNeeds, listProjects, listResources, listTotals, matchNeed, startProject } from './service.ts';

const tags = ['community-lists'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;
const idParams = z.strictObject({ id: z.coerce.number().int().positive() });

export function communityListRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/community-lists/needs', { schema: { tags, summary: '需求清单 (area-scoped)', querystring: needListQuery, response: { 200: needListSchema, ...errors } } }, async (request) => listNeeds(deps, actorOf(request), request.query));
    app.post(
      '/community-lists/needs',
      { schema: { tags, summary: '登记居民需求', body: needInputSchema, response: { 201: needSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await createNeed(deps, actorOf(request), request.body)),
    );
    app.post(
      '/community-lists/needs/:id/match',
      { schema: { tags, summary: '需求对接资源 (open → matched)', params: idParams, body: matchInputSchema, response: { 200: needSchema, ...errors } } },
      async (request) => matchNeed(deps, actorOf(request), request.params.id, request.body),
    );
    app.get('/community-lists/resources', { schema: { tags, summary: '资源清单', querystring: resourceListQuery, response: { 200: resourceListSchema, ...errors } } }, async (request) => listResources(deps, actorOf(request), request.query));
    app.post(
      '/community-lists/resources',
      { schema: { tags, summary: '登记社区资源', body: resourceInputSchema, response: { 201: resourceSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await createResource(deps, actorOf(request), request.body)),
    );
    app.get('/community-lists/projects', { schema: { tags, summary: '项目清单', querystring: projectListQuery, response: { 200: projectListSchema, ...errors } } }, async (request) => listProjects(deps, actorOf(request), request.query));
    app.post(
      '/community-lists/projects',
      { schema: { tags, summary: '立项实施 (a matched need; the need is then in progress)', body: projectInputSchema, response: { 201: projectSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await startProject(deps, actorOf(request), request.body)),
    );
    app.post(
      '/community-lists/projects/:id/done',
      { schema: { tags, summary: '项目完成 (the need is done)', params: idParams, body: projectDoneSchema, response: { 200: projectSchema, ...errors } } },
      async (request) => finishProject(deps, actorOf(request), request.params.id, request.body),
    );
    app.get('/community-lists/totals', { schema: { tags, summary: '三张清单汇总 (per community)', querystring: totalsQuery, response: { 200: totalsSchema, ...errors } } }, async (request) => listTotals(deps, actorOf(request), request.query));
  };
}
