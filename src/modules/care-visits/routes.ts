import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { listDueVisits, recordVisit, visitCoverage } from './service.ts';
import { coverageQuery, coverageSchema, dueListSchema, dueQuery, newVisitSchema, visitSchema } from './schema.ts';

const tags = ['care-visits'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;

export function careVisitRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/visits',
      { schema: { tags, summary: '登记探访 (health, living conditions, needs, referrals, photos; answers the next visit date; audited)', body: newVisitSchema, response: { 201: visitSchema, ...errors } } },
      async (request, reply) => reply.status(201).send(await recordVisit(deps, actorOf(request), request.body)),
    );
    app.get(
      '/visits/due',
      {
        schema: {
          tags,
          summary: '探访待办 (persons in care due a visit by `before`, default today; overdue first-class; frequencies from policy careVisits.*)',
          querystring: dueQuery,
          response: { 200: dueListSchema, ...errors },
        },
      },
      async (request) => listDueVisits(deps, actorOf(request), request.query),
    );
    app.get(
      '/visits/coverage',
      {
        schema: {
          tags,
          summary: '探访覆盖 per community of a street (per street of a district): persons in care, visited on time, due today, overdue',
          querystring: coverageQuery,
          response: { 200: coverageSchema, ...errors },
        },
      },
      async (request) => visitCoverage(deps, actorOf(request), request.query),
    );
  };
}
