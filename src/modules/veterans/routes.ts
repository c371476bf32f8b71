import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { benefitInputSchema, benefitListSchema, entitledInputSchema, entitledListQuery, entitledListSchema, entitledSchema, taskDoneSchema, taskListQuery, taskListSchema, taskSchema } from './schema.ts';
import { completeTask, grantBenefits, listEntitled, listTasks, registerEntitled } from './service.ts';

const tags = ['veterans'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;
const idParams = z.strictObject({ id: z.coerce.number().int().positive() });

export function veteranRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/veterans/entitled',
      { schema: { tags, summary: '优抚对象名册 (area-scoped; priority while active)', querystring: entitledListQuery, response: { 200: entitledListSchema, ...errors } } },
      async (request) => listEntitled(deps, actorOf(request), request.query),
    );
    app.post(
      '/veterans/entitled',
      { schema: { tags, summary: '登记优抚对象 (group and document; sets the registry flag 优抚对象)', body: entitledInputSchema, response: { 201: entitledSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await registerEntitled(deps, actorOf(request), request.body)),
    );
    app.post(
      '/veterans/entitled/:id/benefits',
      {
        schema: {
          tags,
          summary: '优抚金核定 (county): enrols the recipient in the group’s payment lines at the policy’s amounts; payrolls are then prepared like any program’s',
          params: idParams,
          body: benefitInputSchema,
          response: { 201: benefitListSchema, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await grantBenefits(deps, actorOf(request), request.params.id, request.body)),
    );
    app.get(
      '/veterans/tasks',
      { schema: { tags, summary: '优抚任务 (a recipient’s death opens a task to comfort the family, due within 7 days)', querystring: taskListQuery, response: { 200: taskListSchema, ...errors } } },
      async (request) => listTasks(deps, actorOf(request), request.query),
    );
    app.post(
      '/veterans/tasks/:id/done',
      { schema: { tags, summary: '任务办结 (the visit made and what was done)', params: idParams, body: taskDoneSchema, response: { 200: taskSchema, ...errors } } },
      async (request) => completeTask(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
