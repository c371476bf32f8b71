import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { COMPLAINT_FORM_SCRIPT } from '../complaints/service.ts';
import { noticeHtml, openGovernmentHtml, openNotices } from './public-notices.ts';

/**
 * Pages anyone may read without logging in — what bureaus put on notice boards and touch
 * screens: the open notices of an area (masked) and the open-government page. Nothing else.
 */
export function publicRoutes(deps: Deps, defaultDistrict: () => Promise<string>): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/public',
      { schema: { tags: ['public'], summary: '政务公开 (programs, standards, procedure, materials, channels, open notices)', querystring: z.strictObject({ area: z.string().regex(/^\d{6,12}$/).optional() }) } },
      async (request, reply) => reply.type('text/html; charset=utf-8').send(await openGovernmentHtml(deps, request.query.area ?? (await defaultDistrict()))),
    );
    app.get(
      '/public/notices/:areaCode',
      { schema: { tags: ['public'], summary: '公示 (open notices of an area, names and ID numbers masked)', params: z.strictObject({ areaCode: z.string().regex(/^\d{6,12}$/) }) } },
      async (request, reply) => reply.type('text/html; charset=utf-8').send(noticeHtml(await openNotices(deps, request.params.areaCode))),
    );
    // The complaint form's script (the page's CSP runs scripts from this origin only, none inline).
    app.get('/public/complaints.js', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').send(COMPLAINT_FORM_SCRIPT),
    );
  };
}
