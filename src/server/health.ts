import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pingDatabase } from '../db/database.ts';
import type { Deps } from '../deps.ts';

export function healthRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/health',
      {
        schema: {
          tags: ['system'],
          summary: '健康检查 (liveness and database reachability)',
          security: [],
          response: { 200: z.object({ status: z.literal('ok'), db: z.enum(['sqlite', 'postgres']) }) },
        },
      },
      async () => {
        await pingDatabase(deps.db);
        return { status: 'ok' as const, db: deps.dialect };
      },
    );
  };
}
