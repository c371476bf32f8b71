import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { DomainError } from '../../domain/errors.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import {
  changeSchema,
  enrolmentDetailSchema,
  enrolmentItemSchema,
  enrolmentListQuery,
  adjustmentSchema,
  lineListQuery,
  lineSchema,
  lumpSumSchema,
  payrollListQuery,
  payrollSchema,
  preparePayrollSchema,
  institutionInputSchema,
  institutionListQuery,
  institutionSchema,
  payeeInputSchema,
  payeeSchema,
  periodQuery,
  periodSchema,
} from './schema.ts';
import {
  approvePayroll,
  changeEnrolment,
  exportBankFile,
  getEnrolment,
  getPayroll,
  importBankResult,
  listEnrolments,
  listPayrolls,
  payrollLines,
  prepareLumpSum,
  preparePayroll,
  stoppedEnrolments,
  clearPayee,
  createInstitution,
  listInstitutions,
  payrollPeriod,
  revealInstitutionAccount,
  revealLine,
  revealPayee,
  setPayee,
} from './service.ts';

const tags = ['payments'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema } as const;
const idParams = z.strictObject({ id: z.coerce.number().int().positive() });

function attachment(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function paymentRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/payrolls',
      {
        schema: {
          tags,
          summary: '生成发放名册 (201 when made, 200 with the same payroll when it exists; months pays several months together)',
          body: preparePayrollSchema,
          response: { 200: payrollSchema, 201: payrollSchema, ...errors },
        },
      },
      async (request, reply) => {
        const r = await preparePayroll(deps, actorOf(request), request.body);
        return reply.status(r.created ? 201 : 200).send(r.payroll);
      },
    );
    app.post(
      '/payrolls/lump-sums',
      { schema: { tags, summary: '一次性补助名册 (e.g. 春节补助: amount per covered person)', body: lumpSumSchema, response: { 200: payrollSchema, 201: payrollSchema, ...errors } } },
      async (request, reply) => {
        const r = await prepareLumpSum(deps, actorOf(request), request.body);
        return reply.status(r.created ? 201 : 200).send(r.payroll);
      },
    );
    app.get(
      '/payrolls',
      { schema: { tags, summary: '发放名册列表 (newest month first)', querystring: payrollListQuery, response: { 200: z.object({ items: z.array(payrollSchema), total: z.number().int() }), ...errors } } },
      async (request) => listPayrolls(deps, actorOf(request), request.query),
    );
    app.get(
      '/payrolls/period',
      { schema: { tags, summary: '发放周期 (the period a payroll of this program, area and month would pay: payments.periods)', querystring: periodQuery, response: { 200: periodSchema, ...errors } } },
      async (request) => {
        actorOf(request);
        const r = await payrollPeriod(deps.db, request.query);
        return { period: r.period, months: r.months, month: r.month };
      },
    );
    app.get(
      '/payrolls/:id',
      { schema: { tags, summary: '发放名册 (totals, fund split, bank results, differences from last month)', params: idParams, response: { 200: payrollSchema, ...errors } } },
      async (request) => getPayroll(deps, actorOf(request), request.params.id),
    );
    app.get(
      '/payrolls/:id/lines',
      {
        schema: {
          tags,
          summary: '名册明细 (ID and account numbers masked; filters: payee/ID suffix/reference, kind, change against last month, bank status)',
          params: idParams,
          querystring: lineListQuery,
          response: { 200: z.object({ items: z.array(lineSchema), total: z.number().int() }), ...errors },
        },
      },
      async (request) => payrollLines(deps, actorOf(request), request.params.id, request.query),
    );
    app.post(
      '/payrolls/:id/lines/:lineId/reveal',
      {
        schema: {
          tags,
          summary: '查看完整身份证号和银行账号 (one line; roles that may reveal, in their area; audited)',
          params: z.strictObject({ id: z.coerce.number().int().positive(), lineId: z.coerce.number().int().positive() }),
          response: { 200: z.object({ idNumber: z.string(), bankAccount: z.string().nullable() }), ...errors },
        },
      },
      async (request) => revealLine(deps, actorOf(request), request.params.id, request.params.lineId),
    );
    app.get(
      '/payrolls/:id/stopped',
      {
        schema: {
          tags,
          summary: '停发名单 (paid last month, not this month)',
          params: idParams,
          response: {
            200: z.object({
              items: z.array(
                z.object({ enrolmentId: z.number().int(), householdId: z.number().int(), payeeName: z.string(), payeeIdNumber: z.string(), previousAmount: z.number().int(), stopReason: z.string().nullable() }),
              ),
            }),
            ...errors,
          },
        },
      },
      async (request) => stoppedEnrolments(deps, actorOf(request), request.params.id),
    );
    app.post(
      '/payrolls/:id/approve',
      { schema: { tags, summary: '审批名册 (county approver only; 409 when already approved)', params: idParams, response: { 200: payrollSchema, ...errors } } },
      async (request) => approvePayroll(deps, actorOf(request), request.params.id),
    );
    app.get(
      '/payrolls/:id/bank-file',
      {
        schema: {
          tags,
          summary: '代发文件 (approved payrolls: CSV with BOM or .xlsx; 姓名, 身份证号, 开户银行, 银行账号, 金额(元), 业务参考号)',
          params: idParams,
          querystring: z.strictObject({ format: z.enum(['csv', 'xlsx']).default('csv') }),
          response: errors,
        },
      },
      async (request, reply) => {
        const file = await exportBankFile(deps, actorOf(request), request.params.id, request.query.format);
        return reply.header('content-type', file.contentType).header('content-disposition', attachment(file.filename)).send(file.stream as never);
      },
    );
    app.post(
      '/payrolls/:id/bank-result',
      {
        schema: {
          tags,
          summary: '导入银行回盘 (multipart file .csv/.xlsx: 业务参考号, 状态 成功/失败, 失败原因)',
          consumes: ['multipart/form-data'],
          params: idParams,
          response: { 200: z.object({ paid: z.number().int(), failed: z.number().int(), unknown: z.array(z.string()) }), ...errors, 413: errorBodySchema, 415: errorBodySchema },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        if (!request.isMultipart()) throw new DomainError('validation', 'document_multipart_expected', { field: 'file' });
        const part = await request.file({ limits: { fileSize: 100 * 1024 * 1024 } });
        if (!part) throw new DomainError('validation', 'document_missing', { field: 'file' });
        const data = await part.toBuffer();
        return importBankResult(deps, actor, request.params.id, { filename: part.filename, data });
      },
    );
    app.get(
      '/enrolments',
      { schema: { tags, summary: '保障对象 (enrolments of my area, amount in force now)', querystring: enrolmentListQuery, response: { 200: z.object({ items: z.array(enrolmentItemSchema), total: z.number().int() }), ...errors } } },
      async (request) => listEnrolments(deps, actorOf(request), request.query),
    );
    app.get(
      '/enrolments/:id',
      { schema: { tags, summary: '保障对象详情 (dated changes, back pay and recovery, payments)', params: idParams, response: { 200: enrolmentDetailSchema, ...errors } } },
      async (request) => getEnrolment(deps, actorOf(request), request.params.id),
    );
    app.put(
      '/enrolments/:id/payee',
      { schema: { tags, summary: '设置代领人 (guardian, relative, institution or other, with the reason; audited)', params: idParams, body: payeeInputSchema, response: { 200: payeeSchema, ...errors } } },
      async (request) => setPayee(deps, actorOf(request), request.params.id, request.body),
    );
    app.delete(
      '/enrolments/:id/payee',
      { schema: { tags, summary: '取消代领 (the person, or the household account holder, is paid again)', params: idParams, response: { 200: payeeSchema, ...errors } } },
      async (request) => clearPayee(deps, actorOf(request), request.params.id),
    );
    app.post(
      '/enrolments/:id/payee/reveal',
      {
        schema: {
          tags,
          summary: '查看收款人完整身份证号和银行账号 (roles that may reveal, in their area; audited)',
          params: idParams,
          response: { 200: z.object({ idNumber: z.string().nullable(), bankAccount: z.string().nullable() }), ...errors },
        },
      },
      async (request) => revealPayee(deps, actorOf(request), request.params.id),
    );
    app.post(
      '/institutions/:id/reveal',
      {
        schema: {
          tags,
          summary: '查看供养机构完整银行账号 (roles that may reveal, in their district; audited)',
          params: idParams,
          response: { 200: z.object({ bankAccount: z.string() }), ...errors },
        },
      },
      async (request) => revealInstitutionAccount(deps, actorOf(request), request.params.id),
    );
    app.get(
      '/institutions',
      { schema: { tags, summary: '供养机构 (care homes of the district, paid for their residents)', querystring: institutionListQuery, response: { 200: z.object({ items: z.array(institutionSchema) }), ...errors } } },
      async (request) => listInstitutions(deps, actorOf(request), request.query),
    );
    app.post(
      '/institutions',
      { schema: { tags, summary: '登记供养机构 (county approver or admin; the account is held in the institution name)', body: institutionInputSchema, response: { 201: institutionSchema, ...errors } } },
      async (request, reply) => reply.status(201).send(await createInstitution(deps, actorOf(request), request.body)),
    );
    app.post(
      '/enrolments/:id/changes',
      {
        schema: {
          tags,
          summary: '待遇变更 (amount, suspend, resume, stop from a month; back pay or recovery when retroactive)',
          params: idParams,
          body: changeSchema,
          response: { 200: z.object({ enrolment: enrolmentDetailSchema, adjustment: adjustmentSchema.nullable() }), ...errors },
        },
      },
      async (request) => changeEnrolment(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
