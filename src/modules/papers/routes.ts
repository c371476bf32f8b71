import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import type { FastifyReply } from 'fastify';
import { actorOf } from '../../server/session.ts';
import { CASE_PAPERS, ROSTER_PROGRAMS, casePaper, certificatePaper, consentPaper, payrollPaper, rosterPaper, type PrintedPaper } from './service.ts';

const tags = ['papers'];
const idParams = z.strictObject({ id: z.coerce.number().int().positive() });

/** Inline, so the browser opens the print dialog; the Chinese name for the saved file. */
function send(reply: FastifyReply, p: PrintedPaper) {
  return reply
    .header('content-type', 'application/pdf')
    .header('cache-control', 'no-store')
    .header('content-disposition', `inline; filename="paper.pdf"; filename*=UTF-8''${encodeURIComponent(p.filename)}`)
    .send(p.stream as never);
}

export function paperRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/applications/:id/papers/:kind',
      {
        schema: {
          tags,
          summary: '打印案件文书 PDF (社会救助申请审批表, 入户调查表, 邻里访问记录, 民主评议记录; filled from the case; audited)',
          params: z.strictObject({ id: z.coerce.number().int().positive(), kind: z.enum(CASE_PAPERS) }),
        },
      },
      async (request, reply) => send(reply, await casePaper(deps, actorOf(request), request.params.id, request.params.kind)),
    );
    app.get(
      '/households/:id/papers/consent',
      { schema: { tags, summary: '家庭经济状况核对授权书 PDF (one page per adult member, to sign; audited)', params: idParams  } },
      async (request, reply) => send(reply, await consentPaper(deps, actorOf(request), request.params.id)),
    );
    app.get(
      '/payrolls/:id/pdf',
      { schema: { tags, summary: '发放名册 PDF (every line, masked, with a column to sign; audited)', params: idParams  } },
      async (request, reply) => send(reply, await payrollPaper(deps, actorOf(request), request.params.id)),
    );
    app.get(
      '/enrolments/:id/pdf',
      { schema: { tags, summary: '救助证 PDF (the enrolment’s certificate, issued by the district bureau; audited)', params: idParams  } },
      async (request, reply) => send(reply, await certificatePaper(deps, actorOf(request), request.params.id)),
    );
    app.get(
      '/rosters/pdf',
      {
        schema: {
          tags,
          summary: '低保/特困 花名册 PDF (the active recipients of an area, masked; audited)',
          querystring: z.strictObject({ areaCode: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/).optional(), program: z.enum(ROSTER_PROGRAMS) }),
        },
      },
      async (request, reply) => send(reply, await rosterPaper(deps, actorOf(request), request.query)),
    );
  };
}
