import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { careFiguresSchema, careGoodsSchema } from './schema.ts';
import { careStatistics } from './service.ts';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema } as const;
const figures = careFiguresSchema;

export function careStatisticsRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/care-statistics',
      {
        schema: {
          tags: ['care-statistics'],
          summary: '走访慰问、探访关爱、居家养老统计 (户次/人次/元, services and wallet money; per child area)',
          querystring: z.strictObject({ areaCode: z.string().regex(/^\d{6,12}$/).optional(), from: z.iso.date(), to: z.iso.date() }),
          response: {
            200: z.object({ areaCode: z.string(), from: z.string(), to: z.string(), total: z.object(figures), goods: careGoodsSchema, byArea: z.array(z.object({ areaCode: z.string(), ...figures })) }),
            ...errors,
          },
        },
      },
      async (request) => careStatistics(deps, actorOf(request), request.query),
    );
  };
}
