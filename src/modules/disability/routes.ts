import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import {
  baseInputSchema,
  baseListQuery,
  baseListSchema,
  baseSchema,
  certificateInputSchema,
  certificateListQuery,
  certificateListSchema,
  certificateSchema,
  evaluationSchema,
  serviceInputSchema,
  serviceListQuery,
  serviceListSchema,
  serviceSchema,
} from './schema.ts';
import { createBase, evaluateBase, listBases, listCertificates, listServices, recordService, saveCertificate, updateBase } from './service.ts';

const tags = ['disability'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;
const idParams = z.strictObject({ id: z.coerce.number().int().positive() });

export function disabilityRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/disability/certificates',
      { schema: { tags, summary: '残疾证台账 (area-scoped; reviewDue=true: review date within 30 days or past)', querystring: certificateListQuery, response: { 200: certificateListSchema, ...errors } } },
      async (request) => listCertificates(deps, actorOf(request), request.query),
    );
    app.post(
      '/disability/certificates',
      {
        schema: {
          tags,
          summary: '登记或更正残疾证 (one per person; the number is the ID number + category digit + grade digit; writes the person’s category and grade, which the two subsidies read; revoked clears them)',
          body: certificateInputSchema,
          response: { 200: certificateSchema, ...errors },
        },
      },
      async (request) => saveCertificate(deps, actorOf(request), request.body),
    );
    app.get(
      '/disability/services',
      { schema: { tags, summary: '康复服务、辅助器具、无障碍改造台账', querystring: serviceListQuery, response: { 200: serviceListSchema, ...errors } } },
      async (request) => listServices(deps, actorOf(request), request.query),
    );
    app.post(
      '/disability/services',
      { schema: { tags, summary: '登记康复服务 / 辅具发放 / 无障碍改造 (the person must hold a valid certificate)', body: serviceInputSchema, response: { 201: serviceSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await recordService(deps, actorOf(request), request.body)),
    );
    app.get(
      '/disability/employment-bases',
      { schema: { tags, summary: '就业扶贫基地', querystring: baseListQuery, response: { 200: baseListSchema, ...errors } } },
      async (request) => listBases(deps, actorOf(request), request.query),
    );
    app.post(
      '/disability/employment-bases',
      { schema: { tags, summary: '申报就业扶贫基地 (application by April; money in fen)', body: baseInputSchema, response: { 201: baseSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await createBase(deps, actorOf(request), request.body)),
    );
    app.put(
      '/disability/employment-bases/:id',
      { schema: { tags, summary: '更新基地情况 (the July inspection figures); the verdict waits for the next evaluation', params: idParams, body: baseInputSchema, response: { 200: baseSchema, ...errors } } },
      async (request) => updateBase(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/disability/employment-bases/:id/evaluation',
      {
        schema: {
          tags,
          summary: '基地认定核查: each criterion met or not (≥ 10 disabled employees or ≥ 20 disabled households served; output ≥ 100,000 yuan; per-capita income ≥ 10,000 yuan; applied by April; inspected in July)',
          params: idParams,
          response: { 200: evaluationSchema, ...errors },
        },
      },
      async (request) => evaluateBase(deps, actorOf(request), request.params.id),
    );
  };
}
