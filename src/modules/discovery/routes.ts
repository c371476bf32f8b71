import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import * as s from './schema.ts';
import { getDiscoveryRun, listLeads, lowIncomeMonthly, lowIncomeRegister, recordLeadOutcome, startDiscoveryRun } from './service.ts';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema } as const;

export function discoveryRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['proactive discovery (主动发现)'];
    app.post(
      '/discovery-runs',
      { schema: { tags, summary: '主动发现 (every discovery rule over the area\'s unassisted households, as a job; 202 with the run id; county, street, verifier)', body: s.discoveryRunBody, response: { 202: z.object({ id: z.number().int(), jobId: z.number().int() }), ...errors } } },
      async (request, reply) => reply.status(202).send(await startDiscoveryRun(deps, actorOf(request), request.body.areaCode)),
    );
    app.get(
      '/discovery-runs/:id',
      { schema: { tags, summary: '主动发现任务 (status running/done/failed and leads per rule)', params: s.idParams, response: { 200: s.discoveryRunView, ...errors } } },
      async (request) => getDiscoveryRun(deps, actorOf(request), request.params.id),
    );
    app.get(
      '/discovery-leads',
      { schema: { tags, summary: '主动发现线索 (persons likely eligible but not assisted, each with its rule and evidence; names masked)', querystring: s.leadQuery, response: { 200: s.leadList, ...errors } } },
      async (request) => listLeads(deps, actorOf(request), request.query),
    );
    app.post(
      '/discovery-leads/:id/outcome',
      { schema: { tags, summary: '走访结果 (the community\'s outreach visit: applied, not eligible or declined; audited)', params: s.idParams, body: s.leadOutcomeBody, response: { 200: s.leadOutcomeView, ...errors } } },
      async (request) => recordLeadOutcome(deps, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/low-income-register',
      { schema: { tags, summary: '低收入人口 (the register in a month: tekun, dibao, edge, rigid-expense hardship, recent exits, monitored leads; masked)', querystring: s.registerQuery, response: { 200: s.registerList, ...errors } } },
      async (request) => lowIncomeRegister(deps, actorOf(request), request.query),
    );
    app.get(
      '/low-income-register/monthly',
      { schema: { tags, summary: '低收入人口月度统计 (households and persons per group, month by month)', querystring: s.monthlyQuery, response: { 200: s.monthlyView, ...errors } } },
      async (request) => lowIncomeMonthly(deps, actorOf(request), request.query),
    );
  };
}
