import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { householdBenefitsSchema, statusInputSchema, statusResultSchema } from './schema.ts';
import { householdBenefits } from './benefits.ts';
import { recordPersonStatus } from './service.ts';

const tags = ['registry'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;
const idParams = z.strictObject({ id: z.coerce.number().int().positive() });

export function personStatusRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/persons/:id/status',
      {
        schema: {
          tags,
          summary: '人员状态登记 (community, street, county): a death or imprisonment stops the person’s benefits from the month after, with recovery of months paid since; 409 for an impossible change',
          params: idParams,
          body: statusInputSchema,
          response: { 200: statusResultSchema, ...errors },
        },
      },
      async (request) => recordPersonStatus(deps, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/households/:id/benefits',
      {
        schema: {
          tags,
          summary: '一户一档：保障、在办案件、最近发放、欠款与人员状态 (enrolments with amount, category, status and next review; open cases; last payments; open debts; status history)',
          params: idParams,
          response: { 200: householdBenefitsSchema, ...errors },
        },
      },
      async (request) => householdBenefits(deps, actorOf(request), request.params.id),
    );
  };
}
