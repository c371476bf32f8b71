import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import {
  addLeave,
  addLog,
  approveCaregiverPayroll,
  exportCaregiverBankFile,
  assessCaregiver,
  createAgreement,
  getCaregiverPayroll,
  listAgreements,
  listCaregiverPayrolls,
  listCaregivers,
  listLogs,
  prepareCaregiverPayroll,
  registerCaregiver,
} from './caregivers.ts';
import * as s from './schema.ts';
import { issueCard, listAlarms, listAssessments, listCards, listDevices, recordAlarm, recordAssessment, registerDevice, reissueCard, respondToAlarm } from './service.ts';

const tags = ['elderly'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;
const idParams = z.strictObject({ id: z.coerce.number().int().positive() });

/** 老年人服务 (issue 21): senior cards, ability assessments, emergency call devices, caregivers. */
export function elderlyRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/elderly/cards', { schema: { tags, summary: '老年证、优待证台账 (area-scoped)', querystring: s.cardListQuery, response: { 200: s.cardListSchema, ...errors } } }, async (request) =>
      listCards(deps, actorOf(request), request.query),
    );
    app.post(
      '/elderly/cards',
      {
        schema: {
          tags,
          summary: '办理老年证 (60+) / 优待证 (seniorCards.preferentialMinAge, 65 by default): age from the ID birth date on the day of issue; fee from seniorCards.fee (0 by default); one valid card per person and kind',
          body: s.cardInputSchema,
          response: { 201: s.cardSchema, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await issueCard(deps, actorOf(request), request.body)),
    );
    app.post(
      '/elderly/cards/:id/reissue',
      { schema: { tags, summary: '补领: a new card with a new number; the old card is void', params: idParams, body: s.reissueInputSchema, response: { 201: s.cardSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await reissueCard(deps, actorOf(request), request.params.id, request.body)),
    );
    app.get(
      '/elderly/assessments',
      { schema: { tags, summary: '能力评估记录 (a person\'s history with personId), newest first', querystring: s.assessmentListQuery, response: { 200: s.assessmentListSchema, ...errors } } },
      async (request) => listAssessments(deps, actorOf(request), request.query),
    );
    app.post(
      '/elderly/assessments',
      {
        schema: {
          tags,
          summary: '登记能力评估: item scores (self_care 0–32, mobility 0–16, mental 0–30, perception_social 0–12) sum to a total of 0–90; level 0 能力完好 (90), 1 轻度失能 (66–89), 2 中度失能 (46–65), 3 重度失能 (30–45), 4 完全失能 (0–29)',
          body: s.assessmentInputSchema,
          response: { 201: s.assessmentSchema, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await recordAssessment(deps, actorOf(request), request.body)),
    );
    app.get('/elderly/devices', { schema: { tags, summary: '电子保姆设备台账', querystring: s.deviceListQuery, response: { 200: s.deviceListSchema, ...errors } } }, async (request) =>
      listDevices(deps, actorOf(request), request.query),
    );
    app.post('/elderly/devices', { schema: { tags, summary: '登记电子保姆设备 (registered to a person)', body: s.deviceInputSchema, response: { 201: s.deviceSchema, ...errors } } }, async (request, reply) =>
      reply.code(201).send(await registerDevice(deps, actorOf(request), request.body)),
    );
    app.post(
      '/elderly/devices/:id/alarms',
      { schema: { tags, summary: '登记报警 (time and kind); open until answered', params: idParams, body: s.alarmInputSchema, response: { 201: s.alarmSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await recordAlarm(deps, actorOf(request), request.params.id, request.body)),
    );
    app.get(
      '/elderly/alarms',
      { schema: { tags, summary: '报警记录 (status=open: the community\'s open alarms), with the response time in minutes', querystring: s.alarmListQuery, response: { 200: s.alarmListSchema, ...errors } } },
      async (request) => listAlarms(deps, actorOf(request), request.query),
    );
    app.post(
      '/elderly/alarms/:id/response',
      { schema: { tags, summary: '登记响应处置 (who, when, outcome); an alarm is answered once', params: idParams, body: s.responseInputSchema, response: { 200: s.alarmSchema, ...errors } } },
      async (request) => respondToAlarm(deps, actorOf(request), request.params.id, request.body),
    );
    app.get('/elderly/caregivers', { schema: { tags, summary: '养护员 (ID and account numbers masked)', querystring: s.caregiverListQuery, response: { 200: s.caregiverListSchema, ...errors } } }, async (request) =>
      listCaregivers(deps, actorOf(request), request.query),
    );
    app.post('/elderly/caregivers', { schema: { tags, summary: '登记养护员 with the account the pay goes to', body: s.caregiverInputSchema, response: { 201: s.caregiverSchema, ...errors } } }, async (request, reply) =>
      reply.code(201).send(await registerCaregiver(deps, actorOf(request), request.body)),
    );
    app.get('/elderly/agreements', { schema: { tags, summary: '养护协议', querystring: s.agreementListQuery, response: { 200: s.agreementListSchema, ...errors } } }, async (request) =>
      listAgreements(deps, actorOf(request), request.query),
    );
    app.post(
      '/elderly/agreements',
      { schema: { tags, summary: '签订养护协议: a caregiver paired with an elderly person\'s household (dates, monthly pay in fen)', body: s.agreementInputSchema, response: { 201: s.agreementSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await createAgreement(deps, actorOf(request), request.body)),
    );
    app.get('/elderly/agreements/:id/logs', { schema: { tags, summary: '护理日志', params: idParams, response: { 200: s.logListSchema, ...errors } } }, async (request) =>
      listLogs(deps, actorOf(request), request.params.id),
    );
    app.post(
      '/elderly/agreements/:id/logs',
      { schema: { tags, summary: '填写护理日志 (one per day; on a leave day it is the substitute\'s)', params: idParams, body: s.logInputSchema, response: { 201: s.logSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await addLog(deps, actorOf(request), request.params.id, request.body)),
    );
    app.post(
      '/elderly/agreements/:id/leaves',
      { schema: { tags, summary: '请假并安排代班 (the substitute is paid the leave days)', params: idParams, body: s.leaveInputSchema, response: { 201: s.leaveSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await addLeave(deps, actorOf(request), request.params.id, request.body)),
    );
    app.post(
      '/elderly/agreements/:id/assessments',
      { schema: { tags, summary: '月度考核: score 0–100, passes from 60; a failed or missing assessment withholds the month\'s pay', params: idParams, body: s.caregiverAssessmentInputSchema, response: { 201: s.caregiverAssessmentSchema, ...errors } } },
      async (request, reply) => reply.code(201).send(await assessCaregiver(deps, actorOf(request), request.params.id, request.body)),
    );
    app.get('/elderly/caregiver-payrolls', { schema: { tags, summary: '养护员报酬发放表', querystring: s.payrollListQuery, response: { 200: s.payrollListSchema, ...errors } } }, async (request) =>
      listCaregiverPayrolls(deps, actorOf(request), request.query),
    );
    app.post(
      '/elderly/caregiver-payrolls',
      {
        schema: {
          tags,
          summary: '编制养护员报酬发放表 (county or street; one per area and month; payee = the caregiver, or the substitute for leave days)',
          body: s.payrollInputSchema,
          response: { 200: s.payrollSchema, 201: s.payrollSchema, ...errors },
        },
      },
      async (request, reply) => {
        const { payroll, created } = await prepareCaregiverPayroll(deps, actorOf(request), request.body);
        return reply.code(created ? 201 : 200).send(payroll);
      },
    );
    app.get('/elderly/caregiver-payrolls/:id', { schema: { tags, summary: '养护员报酬发放表 with its lines', params: idParams, response: { 200: s.payrollSchema, ...errors } } }, async (request) =>
      getCaregiverPayroll(deps, actorOf(request), request.params.id),
    );
    app.post(
      '/elderly/caregiver-payrolls/:id/approve',
      { schema: { tags, summary: '审批 (county, not the preparer); frozen from then on', params: idParams, response: { 200: s.payrollSchema, ...errors } } },
      async (request) => approveCaregiverPayroll(deps, actorOf(request), request.params.id),
    );
    app.get(
      '/elderly/caregiver-payrolls/:id/bank-file',
      {
        schema: {
          tags,
          summary: '养护员报酬代发文件 (approved rolls; the payrolls\' bank file format: CSV with BOM or .xlsx, one transfer per caregiver; audited)',
          params: idParams,
          querystring: z.strictObject({ format: z.enum(['csv', 'xlsx']).default('csv') }),
          response: errors,
        },
      },
      async (request, reply) => {
        const file = await exportCaregiverBankFile(deps, actorOf(request), request.params.id, request.query.format);
        const name = file.filename;
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`)
          .send(file.stream as never);
      },
    );
  };
}
