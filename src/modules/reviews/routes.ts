import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { reviewNotice, reviewNoticePdf } from './notice.ts';
import {
  campaignSchema,
  campaignViewSchema,
  confirmationSchema,
  dueItemSchema,
  dueQuery,
  openReviewSchema,
  proposalSchema,
  reviewListQuery,
  reviewViewSchema,
  verificationSchema,
  visitSchema,
} from './schema.ts';
import { confirmOutcome, getCampaign, getReview, listCampaigns, listDue, listReviews, openReview, proposeOutcome, recordVerification, recordVisit, startCampaign } from './service.ts';

const tags = ['reviews'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;
const idParams = z.strictObject({ id: z.coerce.number().int().positive() });

export function reviewRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/reviews/due',
      {
        schema: {
          tags,
          summary: '到期复核 (enrolments due for review on or before `before`, default 30 days ahead; overdue first)',
          querystring: dueQuery,
          response: { 200: z.object({ total: z.number().int(), capped: z.boolean(), before: z.string(), items: z.array(dueItemSchema) }), ...errors },
        },
      },
      async (request) => listDue(deps, actorOf(request), request.query),
    );
    app.get(
      '/reviews',
      { schema: { tags, summary: '复核案件 (reviews of an area, by state or campaign)', querystring: reviewListQuery, response: { 200: z.object({ total: z.number().int(), items: z.array(reviewViewSchema) }), ...errors } } },
      async (request) => listReviews(deps, actorOf(request), request.query),
    );
    app.post(
      '/reviews',
      { schema: { tags, summary: '发起复核 (open the review of one enrolment; 409 when one is open)', body: openReviewSchema, response: { 201: reviewViewSchema, ...errors } } },
      async (request, reply) => reply.status(201).send(await openReview(deps, actorOf(request), request.body.enrolmentId)),
    );
    app.get(
      '/reviews/:id',
      { schema: { tags, summary: '复核案件 (kind "review": the recalculated amount beside the amount in force; audited)', params: idParams, response: { 200: reviewViewSchema, ...errors } } },
      async (request) => getReview(deps, actorOf(request), request.params.id),
    );
    app.post(
      '/reviews/:id/visit',
      { schema: { tags, summary: '入户核查 (community or street: the home visit)', params: idParams, body: visitSchema, response: { 200: reviewViewSchema, ...errors } } },
      async (request) => recordVisit(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/reviews/:id/verification',
      { schema: { tags, summary: '核对 (verifier or street: the records matched)', params: idParams, body: verificationSchema, response: { 200: reviewViewSchema, ...errors } } },
      async (request) => recordVerification(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/reviews/:id/proposal',
      {
        schema: {
          tags,
          summary: '街道审核意见 (continue/raise decided by the street; lower/suspend/stop go to the county)',
          params: idParams,
          body: proposalSchema,
          response: { 200: reviewViewSchema, ...errors },
        },
      },
      async (request) => proposeOutcome(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/reviews/:id/confirmation',
      { schema: { tags, summary: '区县确认 (county: confirm the proposal, applied to the enrolment, or return it)', params: idParams, body: confirmationSchema, response: { 200: reviewViewSchema, ...errors } } },
      async (request) => confirmOutcome(deps, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/reviews/:id/notice.pdf',
      { schema: { tags, summary: '变更/停发通知书 PDF (with the right to appeal; audited)', params: idParams } },
      async (request, reply) => {
        const d = await reviewNotice(deps, actorOf(request), request.params.id);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="review-${d.id}.pdf"; filename*=UTF-8''${encodeURIComponent(`${d.title}-${d.id}.pdf`)}`)
          .send(reviewNoticePdf(deps.config.cjkFont, d) as never);
      },
    );
    app.post(
      '/review-campaigns',
      { schema: { tags, summary: '专项核查 (county: one review per live enrolment of the area and program)', body: campaignSchema, response: { 201: z.object({ id: z.number().int(), reviews: z.number().int() }), ...errors } } },
      async (request, reply) => reply.status(201).send(await startCampaign(deps, actorOf(request), request.body)),
    );
    app.get(
      '/review-campaigns',
      {
        schema: {
          tags,
          summary: '专项核查列表 (campaigns of the user’s area and the areas containing it, newest first)',
          response: { 200: z.object({ items: z.array(z.object({ id: z.number().int(), areaCode: z.string(), areaName: z.string(), program: z.string(), reviews: z.number().int(), createdAt: z.string() })) }), ...errors },
        },
      },
      async (request) => listCampaigns(deps, actorOf(request)),
    );
    app.get(
      '/review-campaigns/:id',
      { schema: { tags, summary: '专项核查进度 (progress per street and community; summary of the outcomes)', params: idParams, response: { 200: campaignViewSchema, ...errors } } },
      async (request) => getCampaign(deps, actorOf(request), request.params.id),
    );
  };
}
