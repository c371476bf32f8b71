import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { createProvider, createService, getCatalogue, getWallet, placeOrder, runMonthlyCredits } from './service.ts';
import { catalogueSchema, creditRunResultSchema, creditRunSchema, newOrderSchema, newProviderSchema, newServiceSchema, orderSchema, providerSchema, serviceSchema, walletSchema } from './schema.ts';

const tags = ['home-care'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;

export function homeCareRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/care-providers',
      { schema: { tags, summary: '登记居家养老服务机构 (county; audited)', body: newProviderSchema, response: { 201: providerSchema, ...errors } } },
      async (request, reply) => reply.status(201).send(await createProvider(deps, actorOf(request), request.body)),
    );
    app.get(
      '/service-catalogue',
      { schema: { tags, summary: '居家养老服务目录 (priced items the actor\'s area may order)', response: { 200: catalogueSchema, ...errors } } },
      async (request) => getCatalogue(deps, actorOf(request)),
    );
    app.post(
      '/service-catalogue',
      { schema: { tags, summary: '登记服务项目 (county; a code, a price per unit, the provider; audited)', body: newServiceSchema, response: { 201: serviceSchema, ...errors } } },
      async (request, reply) => reply.status(201).send(await createService(deps, actorOf(request), request.body)),
    );
    app.post(
      '/wallets/credit-runs',
      { schema: { tags, summary: '按月发放服务补贴额度 (county; set-based; once per person, month and source; audited)', body: creditRunSchema, response: { 200: creditRunResultSchema, ...errors } } },
      async (request) => runMonthlyCredits(deps, actorOf(request), request.body),
    );
    app.get(
      '/wallets/:personId',
      {
        schema: {
          tags,
          summary: '服务补贴账户 (balance of unexpired credits; each credit with its source; latest orders with the credits they used)',
          params: z.strictObject({ personId: z.coerce.number().int().positive() }),
          response: { 200: walletSchema, ...errors },
        },
      },
      async (request) => getWallet(deps, actorOf(request), request.params.personId),
    );
    app.post(
      '/service-orders',
      {
        schema: {
          tags,
          summary: '服务下单 (spends credits per priced item, first to expire first; 409 when the balance is short; audited)',
          body: newOrderSchema,
          response: { 201: orderSchema.extend({ balance: z.number().int() }), ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await placeOrder(deps, actorOf(request), request.body)),
    );
  };
}
