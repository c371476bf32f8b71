import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { DomainError } from '../../domain/errors.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { prepareHouseholdExport, writeTemplate } from './excel-export.ts';
import { jobViewSchema } from '../jobs/schema.ts';
import { type ImportResult, importResultSchema, MAX_IMPORT_BYTES, openImportReport, submitHouseholdImport } from './excel-import.ts';
import { householdListQuery } from './schema.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['registry import/export'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema } as const;

function attachment(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function excelRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/households/import-template',
      { schema: { tags, summary: '导入模板 (.xlsx: 户信息 + 成员)', response: { 401: errorBodySchema } } },
      async (request, reply) => {
        actorOf(request);
        const out = new PassThrough();
        void writeTemplate(out).catch((e) => out.destroy(e));
        return reply.header('content-type', XLSX).header('content-disposition', attachment('户档案导入模板.xlsx')).send(out as never);
      },
    );

    app.get(
      '/households/export',
      {
        schema: {
          tags,
          summary: '导出户档案 (.xlsx, the filtered list in the import layout; audited)',
          querystring: householdListQuery.omit({ page: true, pageSize: true }),
          response: errors,
        },
      },
      async (request, reply) => {
        const run = prepareHouseholdExport(deps, actorOf(request), request.query);
        const out = new PassThrough();
        void run(out).catch((e) => {
          request.log.error({ err: e }, 'export failed');
          out.destroy(e);
        });
        return reply.header('content-type', XLSX).header('content-disposition', attachment(`户档案导出-${request.query.areaCode ?? '全部'}.xlsx`)).send(out as never);
      },
    );

    app.post(
      '/households/import',
      {
        schema: {
          tags,
          summary: '导入户档案 (multipart .xlsx) — answered 202 at once with a job; GET /jobs/{id} shows progress, then the import result (per-row errors; dryRun=true validates only)',
          consumes: ['multipart/form-data'],
          querystring: z.strictObject({ dryRun: z.enum(['true', 'false']).default('false') }),
          response: { 202: jobViewSchema.extend({ jobId: z.number().int(), result: importResultSchema.nullable().describe('the import result once the job has succeeded') }), ...errors, 413: errorBodySchema },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart()) throw new DomainError('validation', 'document_multipart_expected', { field: 'file' });
        let part: Awaited<ReturnType<typeof request.file>>;
        try {
          part = await request.file({ limits: { fileSize: MAX_IMPORT_BYTES } });
        } catch (e) {
          // A malformed or cut-short multipart body is the client's fault, not a 500.
          if ((e as { statusCode?: number }).statusCode && (e as { statusCode: number }).statusCode < 500) throw e;
          throw new DomainError('validation', 'import_upload_truncated', { field: 'file' });
        }
        if (!part) throw new DomainError('validation', 'document_missing', { field: 'file' });
        const job = await submitHouseholdImport(deps, actorOf(request), part.file, { dryRun: request.query.dryRun === 'true', fileName: part.filename });
        return reply.status(202).send({ jobId: job.id, ...job, result: job.result as ImportResult | null });
      },
    );

    app.get(
      '/imports/:reportId/report',
      {
        schema: {
          tags,
          summary: '导入错误报告 (the upload with bad cells marked red and explained)',
          params: z.strictObject({ reportId: z.string().max(40) }),
          response: errors,
        },
      },
      async (request, reply) => {
        const stream = openImportReport(deps, actorOf(request), request.params.reportId);
        return reply.header('content-type', XLSX).header('content-disposition', attachment('导入错误报告.xlsx')).send(stream as never);
      },
    );
  };
}
