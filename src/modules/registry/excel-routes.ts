import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { DomainError } from '../../domain/errors.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { prepareHouseholdExport, writeTemplate } from './excel-export.ts';
import { importHouseholds, openImportReport } from './excel-import.ts';
import { householdListQuery } from './schema.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['registry import/export'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema } as const;

function attachment(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const importResultSchema = z.object({
  dryRun: z.boolean(),
  households: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(z.object({ sheet: z.string(), row: z.number().int(), column: z.string(), message: z.string() })),
  reportId: z.string().nullable(),
});

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
          summary: '导入户档案 (multipart .xlsx; per-row error report; dryRun=true validates only)',
          consumes: ['multipart/form-data'],
          querystring: z.strictObject({ dryRun: z.enum(['true', 'false']).default('false') }),
          response: { 200: importResultSchema, ...errors, 413: errorBodySchema },
        },
      },
      async (request) => {
        if (!request.isMultipart()) throw new DomainError('validation', 'document_multipart_expected', { field: 'file' });
        const part = await request.file({ limits: { fileSize: 50 * 1024 * 1024 } });
        if (!part) throw new DomainError('validation', 'document_missing', { field: 'file' });
        return importHouseholds(deps, actorOf(request), part.file, { dryRun: request.query.dryRun === 'true' });
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
