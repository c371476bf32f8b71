import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { debtDeductSchema, debtListQuery, debtListSchema, debtRepaySchema, debtSchema, debtWriteOffSchema } from './debt-schema.ts';
import { deductDebt, listDebts, repayDebt, writeOffDebt } from './debts.ts';

const tags = ['payments'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;
const idParams = z.strictObject({ id: z.coerce.number().int().positive() });

/** 欠款: recoveries no payroll can collect, and how each is settled. */
export function debtRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/debts',
      { schema: { tags, summary: '欠款列表 (open by default, oldest first, with age in days)', querystring: debtListQuery, response: { 200: debtListSchema, ...errors } } },
      async (request) => listDebts(deps, actorOf(request), request.query),
    );
    app.post(
      '/debts/:id/deduct',
      { schema: { tags, summary: '欠款抵扣 (county): a recovery on another live enrolment of the household', params: idParams, body: debtDeductSchema, response: { 200: debtSchema, ...errors } } },
      async (request) => deductDebt(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/debts/:id/repay',
      { schema: { tags, summary: '欠款退还 (street, county): bank transfer or cash with receipt', params: idParams, body: debtRepaySchema, response: { 200: debtSchema, ...errors } } },
      async (request) => repayDebt(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/debts/:id/write-off',
      { schema: { tags, summary: '欠款核销 (county) with a reason', params: idParams, body: debtWriteOffSchema, response: { 200: debtSchema, ...errors } } },
      async (request) => writeOffDebt(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
