import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema, requestLang } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { explain } from '../calculations/service.ts';
import { explanationSchema, traceSchema } from '../calculations/schema.ts';
import { localProgramListQuery, localProgramSchema, localProgramUpdateSchema, newLocalProgramSchema } from './schema.ts';
import { todayInChina } from '../../clock.ts';
import { LOCAL_CODE_PATTERN } from '../../domain/programs/local.ts';
import { createLocalProgram, evaluateLocalForHousehold, listLocalPrograms, updateLocalProgram } from './service.ts';

const localResultSchema = z.object({
  program: z.string(),
  eligible: z.boolean(),
  monthlyAmount: z.number().int(),
  coveredPersons: z.number().int(),
  reasons: z.array(z.string()),
  trace: traceSchema,
  policyVersion: z.string(),
  explanation: explanationSchema,
});

const tags = ['programs'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;

export function programRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/programs/local',
      {
        schema: {
          tags,
          summary: '地方项目列表 (those applying to the area and those defined below it; appliesTo: only those reaching that area)',
          querystring: localProgramListQuery,
          response: { 200: z.object({ items: z.array(localProgramSchema) }), ...errors },
        },
      },
      async (request) => listLocalPrograms(deps, actorOf(request), request.query),
    );
    app.post(
      '/programs/local',
      { schema: { tags, summary: '新增地方项目 (admin; audited)', body: newLocalProgramSchema, response: { 201: localProgramSchema, ...errors } } },
      async (request, reply) => reply.status(201).send(await createLocalProgram(deps, actorOf(request), request.body)),
    );
    app.post(
      '/programs/local/:code/evaluate',
      {
        schema: {
          tags,
          summary: '按户测算地方项目 (eligibility and amount for a registered household, each rule a trace line)',
          params: z.strictObject({ code: z.string().regex(LOCAL_CODE_PATTERN) }),
          body: z.strictObject({ householdId: z.number().int().positive(), subjectPersonId: z.number().int().positive().optional(), asOf: z.iso.date().optional() }),
          response: { 200: localResultSchema, ...errors },
        },
      },
      async (request) => {
        const { memberNames, ...result } = await evaluateLocalForHousehold(deps, actorOf(request), {
          code: request.params.code,
          householdId: request.body.householdId,
          subjectPersonId: request.body.subjectPersonId ?? null,
          asOf: request.body.asOf ?? todayInChina(deps.clock),
        });
        return { ...result, explanation: explain(result, requestLang(request), memberNames) };
      },
    );
    app.put(
      '/programs/local/:id',
      {
        schema: {
          tags,
          summary: '修改地方项目 (admin; the version read, 409 when changed meanwhile; audited)',
          params: z.strictObject({ id: z.coerce.number().int().positive() }),
          body: localProgramUpdateSchema,
          response: { 200: localProgramSchema, ...errors },
        },
      },
      async (request) => updateLocalProgram(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
