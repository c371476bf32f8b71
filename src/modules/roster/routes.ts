import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { rosterHtml, rosterPdf } from './roster-output.ts';
import { standingRoster } from './service.ts';

const params = z.strictObject({ areaCode: z.string().regex(/^\d{12}$/) });

/** 长期公示: the standing roster of a community, public like the notice board (names masked). */
export function rosterPublicRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/public/roster/:areaCode',
      { schema: { tags: ['public'], summary: '长期公示 (current recipients of a community from the latest approved payrolls, names masked)', security: [], params } },
      async (request, reply) => reply.type('text/html; charset=utf-8').send(rosterHtml(await standingRoster(deps, request.params.areaCode))),
    );
    app.get(
      '/public/roster/:areaCode/roster.pdf',
      { schema: { tags: ['public'], summary: '长期公示 PDF (printable, names masked)', security: [], params } },
      async (request, reply) => {
        const r = await standingRoster(deps, request.params.areaCode);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="roster-${request.params.areaCode}.pdf"`)
          .send(rosterPdf(deps.config.cjkFont, r) as never);
      },
    );
  };
}
