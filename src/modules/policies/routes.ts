import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { POLICY_KEYS, policySchema, type PolicyKey } from '../../domain/policy.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { todayInChina } from '../../clock.ts';
import { getParameterHistory, getPolicy, setParameter } from './service.ts';

const tags = ['policies'];
const areaCode = z.string().regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, '区划代码应为 2、4、6、9 或 12 位数字');
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 422: errorBodySchema } as const;
const sourceSchema = z.object({ areaCode: z.string(), effectiveFrom: z.string(), version: z.number().int() });

export function policyRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/policies/:areaCode',
      {
        schema: {
          tags,
          summary: '现行政策 (the policy in force for an area on a date, with where each value comes from)',
          params: z.strictObject({ areaCode }),
          querystring: z.strictObject({ asOf: z.iso.date().optional() }),
          response: {
            200: z.object({ areaCode: z.string(), asOf: z.string(), policy: policySchema, sources: z.record(z.string(), sourceSchema), version: z.string() }),
            ...errors,
          },
        },
      },
      async (request) => getPolicy(deps, actorOf(request), request.params.areaCode, request.query.asOf ?? todayInChina(deps.clock)),
    );
    app.get(
      '/policies/:areaCode/history',
      {
        schema: {
          tags,
          summary: '参数历史 (every version of one parameter that applies to the area)',
          params: z.strictObject({ areaCode }),
          querystring: z.strictObject({ key: z.enum(POLICY_KEYS as [PolicyKey, ...PolicyKey[]]) }),
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  areaCode: z.string(),
                  key: z.string(),
                  effectiveFrom: z.string(),
                  value: z.unknown(),
                  version: z.number().int(),
                  note: z.string().nullable(),
                  createdAt: z.string(),
                  createdBy: z.string().nullable(),
                }),
              ),
            }),
            ...errors,
          },
        },
      },
      async (request) => getParameterHistory(deps, actorOf(request), request.params.areaCode, request.query.key),
    );
    app.post(
      '/policies/:areaCode/parameters',
      {
        schema: {
          tags,
          summary: '设置参数 (set a parameter from a date; county approver or admin)',
          params: z.strictObject({ areaCode }),
          body: z.strictObject({
            key: z.enum(POLICY_KEYS as [PolicyKey, ...PolicyKey[]]),
            effectiveFrom: z.iso.date(),
            value: z.unknown(),
            note: z.string().trim().max(500).optional(),
          }),
          response: {
            201: z.object({ areaCode: z.string(), key: z.string(), effectiveFrom: z.string(), value: z.unknown(), version: z.number().int() }),
            ...errors,
          },
        },
      },
      async (request, reply) => reply.status(201).send(await setParameter(deps, actorOf(request), { ...request.body, areaCode: request.params.areaCode })),
    );
  };
}
