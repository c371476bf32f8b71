import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import {
  activityInputSchema,
  activityListQuery,
  activityListSchema,
  activitySchema,
  exchangeInputSchema,
  pointsSchema,
  teamInputSchema,
  teamListQuery,
  teamListSchema,
  teamSchema,
  volunteerInputSchema,
  volunteerListQuery,
  volunteerListSchema,
  volunteerSchema,
} from './schema.ts';
import { createTeam, exchange, listActivities, listTeams, listVolunteers, recordActivity, registerVolunteer, volunteerPoints } from './service.ts';

const tags = ['volunteers'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;
const idParams = z.strictObject({ id: z.coerce.number().int().positive() });

export function volunteerRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/volunteers/teams', { schema: { tags, summary: '志愿服务队 (area-scoped)', querystring: teamListQuery, response: { 200: teamListSchema, ...errors } } }, async (request) => listTeams(deps, actorOf(request), request.query));
    app.post(
      '/volunteers/teams',
      { schema: { tags, summary: '成立志愿服务队', body: teamInputSchema, response: { 201: teamSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await createTeam(deps, actorOf(request), request.body)),
    );
    app.get('/volunteers', { schema: { tags, summary: '志愿者名册 (phones masked; points balance)', querystring: volunteerListQuery, response: { 200: volunteerListSchema, ...errors } } }, async (request) => listVolunteers(deps, actorOf(request), request.query));
    app.post(
      '/volunteers',
      { schema: { tags, summary: '登记志愿者 (a resident on file, or an outsider with name and phone)', body: volunteerInputSchema, response: { 201: volunteerSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await registerVolunteer(deps, actorOf(request), request.body)),
    );
    app.get('/volunteers/activities', { schema: { tags, summary: '志愿服务活动', querystring: activityListQuery, response: { 200: activityListSchema, ...errors } } }, async (request) => listActivities(deps, actorOf(request), request.query));
    app.post(
      '/volunteers/activities',
      { schema: { tags, summary: '登记志愿服务活动 (hours per participant earn points at community.pointsPerHour)', body: activityInputSchema, response: { 201: activitySchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await recordActivity(deps, actorOf(request), request.body)),
    );
    app.get('/volunteers/:id/points', { schema: { tags, summary: '积分账户 (balance and ledger)', params: idParams, response: { 200: pointsSchema, ...errors } } }, async (request) => volunteerPoints(deps, actorOf(request), request.params.id));
    app.post(
      '/volunteers/:id/exchanges',
      { schema: { tags, summary: '积分兑换 (409 when the balance is short; never below zero)', params: idParams, body: exchangeInputSchema, response: { 201: pointsSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await exchange(deps, actorOf(request), request.params.id, request.body)),
    );
  };
}
