import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { addCaseRecord, addObjection, listRelatives, registerRelative, resolveObjection } from './records.ts';
import { newApplicationSchema, objectionSchema, recordSchema, relativeSchema, transitionSchema } from './schema.ts';
import { getApplication, inbox, submitApplication } from './service.ts';
import { transitionCase } from './transitions.ts';

const tags = ['cases'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;
const idParams = z.strictObject({ id: z.coerce.number().int().positive() });
// The case view is rich and evolves with the workflow; documented loosely here.
const caseView = z.looseObject({ id: z.number().int(), state: z.string(), program: z.string(), allowedActions: z.array(z.string()) });

export function caseRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/applications',
      { schema: { tags, summary: '受理申请 (intake at a community or any street window)', body: newApplicationSchema, response: { 201: caseView, ...errors } } },
      async (request, reply) => reply.status(201).send(await submitApplication(deps, actorOf(request), request.body)),
    );
    app.get(
      '/applications/:id',
      { schema: { tags, summary: '案件 (the case with its clock, timeline, records and allowed actions)', params: idParams, response: { 200: caseView, ...errors } } },
      async (request) => getApplication(deps, actorOf(request), request.params.id),
    );
    app.post(
      '/applications/:id/transitions',
      {
        schema: {
          tags,
          summary: '办理 (take an action: 409 names the allowed ones, 403 for the wrong role)',
          params: idParams,
          body: transitionSchema,
          response: { 200: caseView, ...errors },
        },
      },
      async (request) => transitionCase(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/applications/:id/records',
      { schema: { tags, summary: '记录 (investigation, neighbour interview, verification report, review meeting)', params: idParams, body: recordSchema, response: { 200: caseView, ...errors } } },
      async (request) => addCaseRecord(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/applications/:id/objections',
      { schema: { tags, summary: '公示异议 (an objection holds the case until resolved)', params: idParams, body: objectionSchema, response: { 200: caseView, ...errors } } },
      async (request) => addObjection(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/objections/:id/resolve',
      { schema: { tags, summary: '处理异议 (resolve an objection)', params: idParams, body: z.strictObject({ resolution: z.string().trim().min(1).max(5000) }), response: { 200: caseView, ...errors } } },
      async (request) => resolveObjection(deps, actorOf(request), request.params.id, request.body.resolution),
    );
    app.get(
      '/inbox',
      { schema: { tags, summary: '待办 (cases waiting for my role in my area, by due date)', response: { 200: z.object({ items: z.array(z.looseObject({ id: z.number().int() })) }), ...errors } } },
      async (request) => inbox(deps, actorOf(request)),
    );
    app.post(
      '/staff-relatives',
      { schema: { tags, summary: '近亲属备案 (register a close relative of staff)', body: relativeSchema, response: { 201: z.object({ id: z.number().int() }), ...errors } } },
      async (request, reply) => reply.status(201).send(await registerRelative(deps, actorOf(request), request.body)),
    );
    app.get(
      '/staff-relatives',
      { schema: { tags, summary: '近亲属备案列表', response: { 200: z.object({ items: z.array(z.looseObject({ id: z.number().int() })) }), ...errors } } },
      async (request) => listRelatives(deps, actorOf(request)),
    );
  };
}
