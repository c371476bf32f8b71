import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { benefitInputSchema, benefitListSchema, entitledInputSchema, entitledListQuery, entitledListSchema, entitledSchema, taskDoneSchema, taskListQuery, taskListSchema, taskSchema } from './schema.ts';
import { appointLiaison, completeTask, grantBenefits, hangPlaque, listEntitled, listForums, listLiaisons, listPlaques, listTasks, listVisits, recordForum, recordVisit, registerEntitled } from './service.ts';
import { careListQuery, forumInputSchema, forumListSchema, forumSchema, liaisonInputSchema, liaisonListSchema, liaisonSchema, plaqueInputSchema, plaqueListSchema, plaqueSchema, visitInputSchema, visitListSchema, visitSchema } from './care-schema.ts';

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
    // 精神抚慰 registers: liaisons, visits, forums, 光荣牌.
    app.get(
      '/veterans/liaisons',
      { schema: { tags, summary: '优抚对象联络员 (one per 15–25 recipients of a zone; saved with a warning outside the range)', querystring: careListQuery, response: { 200: liaisonListSchema, ...errors } } },
      async (request) => listLiaisons(deps, actorOf(request), request.query),
    );
    app.post(
      '/veterans/liaisons',
      { schema: { tags, summary: '优抚对象联络员 (one per 15–25 recipients of a zone; saved with a warning outside the range)', body: liaisonInputSchema, response: { 201: liaisonSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await appointLiaison(deps, actorOf(request), request.body)),
    );
    app.get(
      '/veterans/visits',
      { schema: { tags, summary: '优抚对象走访', querystring: careListQuery, response: { 200: visitListSchema, ...errors } } },
      async (request) => listVisits(deps, actorOf(request), request.query),
    );
    app.post(
      '/veterans/visits',
      { schema: { tags, summary: '优抚对象走访', body: visitInputSchema, response: { 201: visitSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await recordVisit(deps, actorOf(request), request.body)),
    );
    app.get(
      '/veterans/forums',
      { schema: { tags, summary: '优抚对象座谈会 (three a year per street: the list counts this year’s)', querystring: careListQuery, response: { 200: forumListSchema, ...errors } } },
      async (request) => listForums(deps, actorOf(request), request.query),
    );
    app.post(
      '/veterans/forums',
      { schema: { tags, summary: '优抚对象座谈会 (three a year per street: the list counts this year’s)', body: forumInputSchema, response: { 201: forumSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await recordForum(deps, actorOf(request), request.body)),
    );
    app.get(
      '/veterans/plaques',
      { schema: { tags, summary: '光荣牌 (one per household)', querystring: careListQuery, response: { 200: plaqueListSchema, ...errors } } },
      async (request) => listPlaques(deps, actorOf(request), request.query),
    );
    app.post(
      '/veterans/plaques',
      { schema: { tags, summary: '光荣牌 (one per household)', body: plaqueInputSchema, response: { 201: plaqueSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await hangPlaque(deps, actorOf(request), request.body)),
    );
  };
}
