import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { addCaseRecord, addObjection, listRelatives, registerRelative, resolveObjection } from './records.ts';
import { idempotencyKeySchema, newApplicationSchema, objectionSchema, recordSchema, relativeSchema, transitionSchema } from './schema.ts';
import { decisionPdf, noticePdf } from './pdf.ts';
import { openNotices } from './public-notices.ts';
import { decisionDocument, viewApplication } from './case-reads.ts';
import { inbox, listCases, submitApplication } from './service.ts';
import { bulkTransition, extendCase, transitionCase } from './transitions.ts';
import { CASE_ACTIONS } from '../../domain/cases/transition.ts';
import { caseListItemSchema, caseViewSchema, inboxItemSchema, staffRelativeSchema } from './response-schema.ts';

const tags = ['cases'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;
const idParams = z.strictObject({ id: z.coerce.number().int().positive() });
const caseView = caseViewSchema;

export function caseRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/applications',
      { schema: { tags, summary: '受理申请 (intake at a community or any street window)', body: newApplicationSchema, response: { 201: caseView, ...errors } } },
      async (request, reply) => reply.status(201).send(await submitApplication(deps, actorOf(request), request.body)),
    );
    app.get(
      '/applications/:id',
      { schema: { tags, summary: '案件 (the case with its clock, timeline, records and allowed actions; each view audited)', params: idParams, response: { 200: caseView, ...errors } } },
      async (request) => viewApplication(deps, actorOf(request), request.params.id),
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
      {
        schema: {
          tags,
          summary: '记录 (investigation, neighbour interview, verification report, review meeting; Idempotency-Key: the same key returns the same result and writes no second record)',
          params: idParams,
          headers: z.looseObject({ 'idempotency-key': idempotencyKeySchema.optional() }),
          body: recordSchema,
          response: { 200: caseView, ...errors },
        },
      },
      async (request) => addCaseRecord(deps, actorOf(request), request.params.id, request.body, { idempotencyKey: request.headers['idempotency-key'] }),
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
      { schema: { tags, summary: '待办 (cases waiting for my role in my area, by due date)', response: { 200: z.object({ items: z.array(inboxItemSchema) }), ...errors } } },
      async (request) => inbox(deps, actorOf(request)),
    );
    app.post(
      '/staff-relatives',
      { schema: { tags, summary: '近亲属备案 (register a close relative of staff)', body: relativeSchema, response: { 201: z.object({ id: z.number().int() }), ...errors } } },
      async (request, reply) => reply.status(201).send(await registerRelative(deps, actorOf(request), request.body)),
    );
    app.post(
      '/applications/:id/extend',
      { schema: { tags, summary: '延期 (30 → 45 working days, with the reason)', params: idParams, body: z.strictObject({ reason: z.string().trim().min(1).max(1000) }), response: { 200: caseView, ...errors } } },
      async (request) => extendCase(deps, actorOf(request), request.params.id, request.body.reason),
    );
    app.post(
      '/applications/bulk-transitions',
      {
        schema: {
          tags,
          summary: '批量办理 (e.g. county confirmation of several reviewed cases; one answer per case)',
          body: z.strictObject({ ids: z.array(z.number().int().positive()).min(1).max(200), action: z.enum(CASE_ACTIONS), category: z.enum(['A', 'B', 'C']).optional(), comment: z.string().max(2000).optional() }),
          response: { 200: z.object({ results: z.array(z.object({ id: z.number().int(), ok: z.boolean(), state: z.string().optional(), error: z.object({ code: z.string(), message: z.string() }).optional() })) }), ...errors },
        },
      },
      async (request) => {
        const { ids, ...input } = request.body;
        return bulkTransition(deps, actorOf(request), ids, input);
      },
    );
    app.get(
      '/applications',
      {
        schema: {
          tags,
          summary: '案件列表 (cases of my area, open ones first; overdue=true for the county’s list of late cases; name= a household member’s name, pinyin or initials)',
          querystring: z.strictObject({ state: z.string().max(32).optional(), overdue: z.enum(['true', 'false']).optional(), name: z.string().max(50).optional() }),
          response: { 200: z.object({ items: z.array(caseListItemSchema) }), ...errors },
        },
      },
      async (request) => listCases(deps, actorOf(request), { state: request.query.state, overdue: request.query.overdue === 'true', name: request.query.name }),
    );
    app.get(
      '/applications/:id/decision.pdf',
      { schema: { tags, summary: '决定书 PDF (confirmation or 不予确认通知书; audited)', params: idParams } },
      async (request, reply) => {
        const d = await decisionDocument(deps, actorOf(request), request.params.id);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="decision-${d.id}.pdf"; filename*=UTF-8''${encodeURIComponent(`${d.title}-${d.id}.pdf`)}`)
          .send(decisionPdf(deps.config.cjkFont, d) as never);
      },
    );
    app.get(
      '/notices/:areaCode/notice.pdf',
      { schema: { tags, summary: '公示 PDF (the open notices of a community, masked, for the notice board)', params: z.strictObject({ areaCode: z.string().regex(/^\d{6,12}$/) }) } },
      async (request, reply) => {
        actorOf(request);
        const n = await openNotices(deps, request.params.areaCode);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="notice-${request.params.areaCode}.pdf"`)
          .send(noticePdf(deps.config.cjkFont, n) as never);
      },
    );
    app.get(
      '/staff-relatives',
      { schema: { tags, summary: '近亲属备案列表', response: { 200: z.object({ items: z.array(staffRelativeSchema) }), ...errors } } },
      async (request) => listRelatives(deps, actorOf(request)),
    );
  };
}
