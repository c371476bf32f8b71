import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import {
  addCorrectiveAction,
  addInvestigation,
  assignComplaint,
  complaintAssignees,
  complaintSubjectStaff,
  concludeComplaint,
  getComplaint,
  getComplaintChannels,
  getComplaintStats,
  listComplaints,
  publicComplaintStatus,
  registerComplaint,
  replyToComplaint,
  setComplaintChannels,
  setComplaintSubject,
  submitPublicComplaint,
} from './service.ts';
import {
  assigneesSchema,
  subjectStaffQuery,
  assignSchema,
  channelsSchema,
  channelsViewSchema,
  complaintDetailSchema,
  complaintListQuery,
  complaintListSchema,
  correctiveActionSchema,
  investigationSchema,
  newComplaintSchema,
  outcomeSchema,
  publicComplaintSchema,
  publicComplaintStatusSchema,
  replySchema,
  subjectSchema,
} from './schema.ts';

const tags = ['complaints'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;
const idParams = z.strictObject({ id: z.coerce.number().int().positive() });
const areaParams = z.strictObject({ areaCode: z.string().regex(/^\d{6,12}$/) });

export function complaintRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/public/complaints',
      {
        // Per source and hour (PUBLIC_COMPLAINTS_PER_HOUR), counted in the database like login.
        config: { rateLimit: { max: deps.config.publicComplaintsPerHour, timeWindow: 3_600_000 } },
        schema: {
          tags,
          summary: '网上举报投诉 (no login; rate-limited per source; answers only the tracking code)',
          security: [],
          body: publicComplaintSchema,
          response: { 201: z.object({ trackingCode: z.string() }), 400: errorBodySchema, 404: errorBodySchema, 429: errorBodySchema },
        },
      },
      async (request, reply) => reply.status(201).send(await submitPublicComplaint(deps, request.body)),
    );
    app.get(
      '/public/complaints/:trackingCode',
      {
        schema: {
          tags,
          summary: '凭查询码查看办理情况 (no login; status, dates and the reply, never a name)',
          security: [],
          params: z.strictObject({ trackingCode: z.string().min(1).max(32) }),
          response: { 200: publicComplaintStatusSchema, 400: errorBodySchema, 404: errorBodySchema },
        },
      },
      async (request) => publicComplaintStatus(deps, request.params.trackingCode),
    );
    app.get(
      '/complaints',
      { schema: { tags, summary: '举报投诉登记簿 (the actor\'s area and below; filters by status, channel, type, overdue)', querystring: complaintListQuery, response: { 200: complaintListSchema, ...errors } } },
      async (request) => listComplaints(deps, actorOf(request), request.query),
    );
    app.post(
      '/complaints',
      { schema: { tags, summary: '登记举报投诉 (hotline, letter, visit, window, tip box, online; deadline from complaints.handlingWorkingDays; audited)', body: newComplaintSchema, response: { 201: complaintDetailSchema, ...errors } } },
      async (request, reply) => reply.status(201).send(await registerComplaint(deps, actorOf(request), request.body)),
    );
    app.get(
      '/complaints/assignees',
      { schema: { tags, summary: '可交办人员 (handlers in the actor\'s area)', response: { 200: assigneesSchema, ...errors } } },
      async (request) => complaintAssignees(deps, actorOf(request)),
    );
    app.get(
      '/complaints/subject-staff',
      { schema: { tags, summary: '可被反映的工作人员 (staff of the district, by name or login, for the subject picker)', querystring: subjectStaffQuery, response: { 200: assigneesSchema, ...errors } } },
      async (request) => complaintSubjectStaff(deps, actorOf(request), request.query.q),
    );
    app.get(
      '/complaints/stats',
      {
        schema: {
          tags,
          summary: '举报投诉统计 (received by channel and type, found true, corrected; the actor\'s area)',
          querystring: z.strictObject({ from: z.iso.date(), to: z.iso.date() }),
          response: {
            200: z.object({
              areaCode: z.string(),
              from: z.string(),
              to: z.string(),
              received: z.number().int(),
              byChannel: z.record(z.string(), z.number().int()),
              byCategory: z.record(z.string(), z.number().int()),
              foundTrue: z.number().int(),
              partlyTrue: z.number().int(),
              notTrue: z.number().int(),
              corrected: z.number().int(),
            }),
            ...errors,
          },
        },
      },
      async (request) => getComplaintStats(deps, actorOf(request), request.query),
    );
    app.get(
      '/complaints/:id',
      { schema: { tags, summary: '举报投诉详情 (history, corrective actions, what the user may do next)', params: idParams, response: { 200: complaintDetailSchema, ...errors } } },
      async (request) => getComplaint(deps, actorOf(request), request.params.id),
    );
    app.post(
      '/complaints/:id/assign',
      { schema: { tags, summary: '交办 (street or county; to a handler in the area; audited)', params: idParams, body: assignSchema, response: { 200: complaintDetailSchema, ...errors } } },
      async (request) => assignComplaint(deps, actorOf(request), request.params.id, request.body.assigneeId),
    );
    app.post(
      '/complaints/:id/investigations',
      { schema: { tags, summary: '调查记录 (audited)', params: idParams, body: investigationSchema, response: { 200: complaintDetailSchema, ...errors } } },
      async (request) => addInvestigation(deps, actorOf(request), request.params.id, request.body),
    );
    app.put(
      '/complaints/:id/subject',
      { schema: { tags, summary: '被反映对象 (household, person, staff; while open; audited)', params: idParams, body: subjectSchema, response: { 200: complaintDetailSchema, ...errors } } },
      async (request) => setComplaintSubject(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/complaints/:id/outcome',
      { schema: { tags, summary: '调查结论 属实/部分属实/不属实 (after an investigation record; audited)', params: idParams, body: outcomeSchema, response: { 200: complaintDetailSchema, ...errors } } },
      async (request) => concludeComplaint(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/complaints/:id/actions',
      { schema: { tags, summary: '整改措施 (names the enrolment change, recovery or case it made; audited)', params: idParams, body: correctiveActionSchema, response: { 200: complaintDetailSchema, ...errors } } },
      async (request) => addCorrectiveAction(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/complaints/:id/reply',
      { schema: { tags, summary: '答复举报人 (closes the complaint; shown with the tracking code, so it may name nobody; audited)', params: idParams, body: replySchema, response: { 200: complaintDetailSchema, ...errors } } },
      async (request) => replyToComplaint(deps, actorOf(request), request.params.id, request.body.reply),
    );
    app.get(
      '/areas/:areaCode/complaint-channels',
      { schema: { tags, summary: '监督投诉渠道 (as shown on the public page and in notices; inherited from above when not set)', params: areaParams, response: { 200: channelsViewSchema, ...errors } } },
      async (request) => getComplaintChannels(deps, actorOf(request), request.params.areaCode),
    );
    app.put(
      '/areas/:areaCode/complaint-channels',
      { schema: { tags, summary: '设置监督投诉渠道 (admin or county; audited)', params: areaParams, body: channelsSchema, response: { 200: channelsViewSchema, ...errors } } },
      async (request) => setComplaintChannels(deps, actorOf(request), request.params.areaCode, request.body.channels),
    );
  };
}
