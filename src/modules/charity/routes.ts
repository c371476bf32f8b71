import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import {
  donationInputSchema,
  issueInputSchema,
  issueResultSchema,
  itemListQuery,
  itemListSchema,
  ledgerQuery,
  ledgerSchema,
  movementListQuery,
  movementListSchema,
  movementSchema,
  purchaseInputSchema,
  quotaQuery,
  quotaSchema,
} from './schema.ts';
import { charityLedgerOf, householdQuota, issueGoods, listItems, listMovements, purchase, receiveDonation } from './service.ts';

const tags = ['charity'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;

export function charityRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/charity/donations',
      { schema: { tags, summary: '接收捐赠 (money in fen, or goods with quantity and value)', body: donationInputSchema, response: { 201: movementSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await receiveDonation(deps, actorOf(request), request.body)),
    );
    app.post(
      '/charity/purchases',
      { schema: { tags, summary: '慈善资金采购物资 (money out, goods in; 409 beyond the fund)', body: purchaseInputSchema, response: { 201: movementSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await purchase(deps, actorOf(request), request.body)),
    );
    app.post(
      '/charity/issues',
      { schema: { tags, summary: '慈善超市发放 (within the monthly quota per household: community.charityMonthlyQuota; 409 over it)', body: issueInputSchema, response: { 201: issueResultSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await issueGoods(deps, actorOf(request), request.body)),
    );
    app.get('/charity/quota', { schema: { tags, summary: '户月度领取额度', querystring: quotaQuery, response: { 200: quotaSchema, ...errors } } }, async (request) => householdQuota(deps, actorOf(request), request.query));
    app.get('/charity/items', { schema: { tags, summary: '慈善超市库存 and the fund held', querystring: itemListQuery, response: { 200: itemListSchema, ...errors } } }, async (request) => listItems(deps, actorOf(request), request.query));
    app.get('/charity/movements', { schema: { tags, summary: '收支明细', querystring: movementListQuery, response: { 200: movementListSchema, ...errors } } }, async (request) => listMovements(deps, actorOf(request), request.query));
    app.get('/charity/ledger', { schema: { tags, summary: '收支台账 (in − out = stock, money and goods; balanced or the differences)', querystring: ledgerQuery, response: { 200: ledgerSchema, ...errors } } }, async (request) => charityLedgerOf(deps, actorOf(request), request.query));
  };
}
