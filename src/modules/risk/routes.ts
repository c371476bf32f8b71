import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { findingListQuery, findingOutcomeSchema, riskFindingDetailSchema, riskFindingSchema, riskRunSchema, riskStatsSchema, runParams, startRunSchema } from './schema.ts';
import { getRiskFinding, getRiskRun, listRiskFindings, listRiskRuns, recordRiskOutcome, startRiskRun, viewRiskStats } from './service.ts';

const tags = ['risk'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;

export function riskRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/risk-checks/runs',
      {
        schema: {
          tags,
          summary: '发起风险核查 (every risk rule over the area, as a background job; county and admin; audited)',
          body: startRunSchema,
          response: { 202: z.object({ id: z.number().int(), jobId: z.number().int() }), ...errors },
        },
      },
      async (request, reply) => reply.status(202).send(await startRiskRun(deps, actorOf(request), request.body)),
    );
    app.get(
      '/risk-checks/runs',
      { schema: { tags, summary: '风险核查记录 (the latest runs of the area)', response: { 200: z.object({ items: z.array(riskRunSchema) }), ...errors } } },
      async (request) => listRiskRuns(deps, actorOf(request)),
    );
    app.get(
      '/risk-checks/runs/:id',
      { schema: { tags, summary: '一次风险核查 (status, progress, findings per rule)', params: runParams, response: { 200: riskRunSchema, ...errors } } },
      async (request) => getRiskRun(deps, actorOf(request), request.params.id),
    );
    app.get(
      '/risk-findings',
      {
        schema: {
          tags,
          summary: '风险核查发现 (area-scoped; filter by run, rule, status)',
          querystring: findingListQuery,
          response: { 200: z.object({ items: z.array(riskFindingSchema), total: z.number().int() }), ...errors },
        },
      },
      async (request) => listRiskFindings(deps, actorOf(request), request.query),
    );
    app.get(
      '/risk-findings/stats',
      {
        schema: {
          tags,
          summary: '风险核查统计 (findings per rule and outcome)',
          querystring: z.strictObject({ areaCode: z.string().regex(/^\d{2,12}$/).optional() }),
          response: { 200: riskStatsSchema, ...errors },
        },
      },
      async (request) => viewRiskStats(deps, actorOf(request), request.query.areaCode),
    );
    app.get(
      '/risk-findings/:id',
      { schema: { tags, summary: '风险核查发现详情 (evidence and the records it names)', params: runParams, response: { 200: riskFindingDetailSchema, ...errors } } },
      async (request) => getRiskFinding(deps, actorOf(request), request.params.id),
    );
    app.post(
      '/risk-findings/:id/outcome',
      {
        schema: {
          tags,
          summary: '核查结论 (confirmed 属实 / dismissed 不属实, with a note; county and street; audited)',
          params: runParams,
          body: findingOutcomeSchema,
          response: { 200: riskFindingSchema, ...errors },
        },
      },
      async (request) => recordRiskOutcome(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
