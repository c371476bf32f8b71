import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { DomainError } from '../../domain/errors.ts';
import { errorBodySchema } from '../../server/errors.ts';
import { actorOf } from '../../server/session.ts';
import { listAlerts, workAlert } from './alerts.ts';
import { caseFindings, generateVerificationReport, verificationReportDocument } from './case-verification.ts';
import { addConsent, listConsents } from './consents.ts';
import { getMatchingRun, startMatchingRun } from './matching.ts';
import * as s from './schema.ts';
import { jobViewSchema } from '../jobs/schema.ts';
import { listDataSources, listSourceImports, listSourceRecords, submitSourceImport } from './sources-service.ts';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema } as const;
/** A department's file: large snapshots (a city's vehicles) are bigger than a scanned document. */
export const MAX_SOURCE_FILE_BYTES = 30 * 1024 * 1024;

export function verificationRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['data sources (核对数据源)'];
    app.get('/data-sources', { schema: { tags, summary: '核对数据源 (each source, its column mapping, record count and latest import)', response: { 200: s.dataSourceList, 401: errorBodySchema } } }, async (request) => {
      actorOf(request);
      return listDataSources(deps);
    });
    app.get(
      '/data-sources/:id/records',
      { schema: { tags, summary: '数据源记录 (verifier and admin only; names and ID numbers masked; every read audited)', params: s.sourceParams, querystring: s.recordQuery, response: { 200: s.recordList, ...errors } } },
      async (request) => listSourceRecords(deps, actorOf(request), request.params.id, request.query),
    );
    app.get(
      '/data-sources/:id/imports',
      { schema: { tags, summary: '导入记录 (each import: date, file, rows; verifier and admin only)', params: s.sourceParams, response: { 200: s.importList, ...errors } } },
      async (request) => listSourceImports(deps, actorOf(request), request.params.id),
    );
    app.post(
      '/data-sources/:id/imports',
      {
        schema: {
          tags,
          summary:
            '导入数据源文件 (multipart .xlsx or .csv with the source\'s Chinese headers, up to 30 MB) — answered 202 at once with a job; GET /jobs/{id} shows progress, then the import outcome (bad rows reported and left out; replace or append per source)',
          consumes: ['multipart/form-data'],
          params: s.sourceParams,
          response: { 202: jobViewSchema.extend({ jobId: z.number().int() }), ...errors, 413: errorBodySchema },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        if (!request.isMultipart()) throw new DomainError('validation', 'document_multipart_expected', { field: 'file' });
        const part = await request.file({ limits: { fileSize: MAX_SOURCE_FILE_BYTES } });
        if (!part) throw new DomainError('validation', 'document_missing', { field: 'file' });
        const buffer = await part.toBuffer().catch((e: unknown) => {
          if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new DomainError('too_large', 'document_too_large', { field: 'file', params: { maxMb: MAX_SOURCE_FILE_BYTES / 1024 / 1024 } });
          throw new DomainError('validation', 'import_upload_truncated', { field: 'file' });
        });
        const job = await submitSourceImport(deps, actor, request.params.id, { buffer, fileName: part.filename || 'upload' });
        return reply.status(202).send({ jobId: job.id, ...job });
      },
    );

    const mtags = ['matching (比对与预警)'];
    app.post(
      '/matching-runs',
      { schema: { tags: mtags, summary: '批量比对 (every enrolled household of the area against every source, as a job; 202 with the run id)', body: s.matchingRunBody, response: { 202: z.object({ id: z.number().int(), jobId: z.number().int() }), ...errors } } },
      async (request, reply) => reply.status(202).send(await startMatchingRun(deps, actorOf(request), request.body.areaCode)),
    );
    app.get(
      '/matching-runs/:id',
      { schema: { tags: mtags, summary: '比对任务 (status running/done/failed and counts)', params: s.idParams, response: { 200: s.matchingRunView, ...errors } } },
      async (request) => getMatchingRun(deps, actorOf(request), request.params.id),
    );
    app.get(
      '/alerts',
      { schema: { tags: mtags, summary: '核对预警 (alerts of an area, by run and status; counts by source)', querystring: s.alertQuery, response: { 200: s.alertList, ...errors } } },
      async (request) => listAlerts(deps, actorOf(request), request.query),
    );
    app.post(
      '/alerts/:id/outcome',
      { schema: { tags: mtags, summary: '处理预警 (confirmed → review or stop proposed; explained → closed with the reason)', params: s.idParams, body: s.alertOutcomeBody, response: { 200: s.alertOutcomeView, ...errors } } },
      async (request) => workAlert(deps, actorOf(request), request.params.id, request.body),
    );

    const ctags = ['case verification (核对)'];
    app.get(
      '/households/:id/consents',
      { schema: { tags: ctags, summary: '核对授权书 (each member, adult or not, and the consent on file)', params: s.idParams, response: { 200: s.consentList, ...errors } } },
      async (request) => listConsents(deps, actorOf(request), request.params.id),
    );
    app.post(
      '/households/:id/members/:personId/consent',
      {
        schema: {
          tags: ctags,
          summary: '上传核对授权书 (multipart, one file: the member\'s signed consent; JPEG/PNG/PDF)',
          consumes: ['multipart/form-data'],
          params: s.memberParams,
          response: { 201: z.object({ id: z.number().int(), householdId: z.number().int(), kind: z.string(), filename: z.string() }), ...errors, 413: errorBodySchema, 415: errorBodySchema },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart()) throw new DomainError('validation', 'document_multipart_expected', { field: 'file' });
        const part = await request.file();
        if (!part) throw new DomainError('validation', 'document_missing', { field: 'file' });
        const doc = await addConsent(deps, actorOf(request), request.params.id, request.params.personId, { filename: part.filename || 'consent', stream: part.file });
        return reply.status(201).send(doc);
      },
    );
    app.get(
      '/applications/:id/verification-findings',
      { schema: { tags: ctags, summary: '核对结果 (the household matched against every source; 409 while an adult member\'s 核对授权书 is missing; audited)', params: s.idParams, response: { 200: s.findingsView, ...errors } } },
      async (request) => caseFindings(deps, actorOf(request), request.params.id),
    );
    app.post(
      '/applications/:id/verification-report',
      { schema: { tags: ctags, summary: '生成核对报告 (from the findings, with the verifier\'s conclusion, as the case\'s verification record)', params: s.idParams, body: s.reportBody, response: { 200: z.object({ id: z.number().int(), state: z.string() }).loose(), ...errors } } },
      async (request) => generateVerificationReport(deps, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/applications/:id/verification-report.pdf',
      { schema: { tags: ctags, summary: '核对报告 PDF (the latest verification record of the case; audited)', params: s.idParams } },
      async (request, reply) => {
        const d = await verificationReportDocument(deps, actorOf(request), request.params.id);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="verification-${d.id}.pdf"; filename*=UTF-8''${encodeURIComponent(`核对报告-${d.id}.pdf`)}`)
          .send(d.stream as never);
      },
    );
  };
}
