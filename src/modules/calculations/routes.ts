import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInChina } from '../../clock.ts';
import type { Deps } from '../../deps.ts';
import { CALCULATED_PROGRAMS, scenarioSchema } from '../../domain/programs/index.ts';
import { errorBodySchema, requestLang } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { explain } from './explanation.ts';
import { explanationSchema, traceSchema } from './schema.ts';
import { calculateScenario, viewHouseholdCalculation } from './service.ts';
import { simulationInputSchema, simulationResultSchema } from './simulation-schema.ts';
import { simulatePolicyChange } from './simulation.ts';

const tags = ['calculations'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 422: errorBodySchema } as const;

const resultSchema = z.object({
  program: z.string(),
  eligible: z.boolean(),
  monthlyAmount: z.number().int().describe('fen'),
  perCapitaIncome: z.number().int().optional(),
  reasons: z.array(z.string()),
  trace: traceSchema,
  policyVersion: z.string(),
  explanation: explanationSchema,
});

export function calculationRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/calculations',
      {
        schema: {
          tags,
          summary: '待遇测算 (run a scenario: the given policy, or the area’s policy in force on asOf)',
          body: scenarioSchema,
          response: { 200: resultSchema, ...errors },
        },
      },
      async (request) => {
        actorOf(request);
        const result = await calculateScenario(deps, request.body);
        return { ...result, explanation: explain(result, requestLang(request)) };
      },
    );
    app.post(
      '/households/:id/calculations',
      {
        schema: {
          tags,
          summary: '按户测算 (run a program for a registered household on a date; audited)',
          params: z.strictObject({ id: z.coerce.number().int().positive() }),
          body: z.strictObject({
            program: z.enum(CALCULATED_PROGRAMS),
            asOf: z.iso.date().optional(),
            subjectPersonId: z.number().int().positive().optional(),
          }),
          response: { 200: resultSchema.extend({ scenario: z.unknown() }), ...errors },
        },
      },
      async (request) => {
        const { result, scenario, members } = await viewHouseholdCalculation(deps, actorOf(request), request.params.id, {
          program: request.body.program,
          asOf: request.body.asOf ?? todayInChina(deps.clock),
          subjectPersonId: request.body.subjectPersonId,
        });
        return { ...result, scenario, explanation: explain(result, requestLang(request), members.map((m) => m.name)) };
      },
    );
    app.post(
      '/simulations',
      {
        schema: {
          tags,
          summary: '政策模拟 (if a standard changed from a date: who gains or loses eligibility, budget change by street and community)',
          body: simulationInputSchema,
          response: { 200: simulationResultSchema, ...errors },
        },
      },
      async (request) => simulatePolicyChange(deps, actorOf(request), request.body),
    );
  };
}
