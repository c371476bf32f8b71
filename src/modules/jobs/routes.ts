import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema, requestLang } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { jobListQuery, jobParams, jobViewSchema } from './schema.ts';
import { getJob, listMyJobs } from './service.ts';

const tags = ['jobs'];

export function jobRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/jobs/:id',
      {
        schema: {
          tags,
          summary: '后台任务 (a job: status, progress, result; the submitter or anyone whose area covers it)',
          params: jobParams,
          response: { 200: jobViewSchema, 400: errorBodySchema, 401: errorBodySchema, 404: errorBodySchema },
        },
      },
      async (request) => getJob(deps, actorOf(request), request.params.id, requestLang(request)),
    );

    app.get(
      '/jobs',
      {
        schema: {
          tags,
          summary: '我的后台任务 (own jobs, newest first)',
          querystring: jobListQuery,
          response: { 200: z.object({ items: z.array(jobViewSchema), total: z.number().int() }), 400: errorBodySchema, 401: errorBodySchema },
        },
      },
      async (request) => listMyJobs(deps, actorOf(request), request.query, requestLang(request)),
    );
  };
}
