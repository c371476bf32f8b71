import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { reportTitle, reportWorkbook } from './excel.ts';
import { reportPdf } from './pdf.ts';
import { dashboardQuery, dashboardResponse, monthlyReportQuery, monthlyReportResponse } from './schema.ts';
import { dashboard, monthlyReport, monthlyReportExport } from './service.ts';

const tags = ['reports'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 422: errorBodySchema } as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function attachment(filename: string, fallback: string): string {
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function reportRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/reports/monthly',
      {
        schema: {
          tags,
          summary: '月报表 (an area and month rolled up its tree, with consistency checks; format=xlsx or pdf to download, audited)',
          querystring: monthlyReportQuery,
          response: { 200: monthlyReportResponse, ...errors },
        },
      },
      async (request, reply) => {
        const { format, ...input } = request.query;
        const actor = actorOf(request);
        const report = format === 'json' ? await monthlyReport(deps, actor, input) : await monthlyReportExport(deps, actor, input, format);
        const base = `report-${report.area.code}-${report.month}`;
        if (format === 'xlsx') {
          const body = await reportWorkbook(report);
          return reply.header('content-type', XLSX).header('content-disposition', attachment(`${reportTitle(report)}.xlsx`, `${base}.xlsx`)).send(body as never);
        }
        if (format === 'pdf') {
          return reply
            .header('content-type', 'application/pdf')
            .header('content-disposition', attachment(`${reportTitle(report)}.pdf`, `${base}.pdf`).replace('attachment', 'inline'))
            .send(reportPdf(deps.config.cjkFont, report) as never);
        }
        return report;
      },
    );
    app.get(
      '/reports/dashboard',
      {
        schema: {
          tags,
          summary: '首页统计 (12 months of the area from the pre-aggregated table, its sub-areas, open cases by step)',
          querystring: dashboardQuery,
          response: { 200: dashboardResponse, ...errors },
        },
      },
      async (request) => dashboard(deps, actorOf(request), request.query),
    );
  };
}
