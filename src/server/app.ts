import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../deps.ts';
import { areaRoutes } from '../modules/areas/routes.ts';
import { firstDistrict } from '../modules/areas/service.ts';
import { auditRoutes } from '../modules/audit/routes.ts';
import { calculationRoutes } from '../modules/calculations/routes.ts';
import { caseRoutes } from '../modules/cases/routes.ts';
import { paperRoutes } from '../modules/papers/routes.ts';
import { complaintRoutes } from '../modules/complaints/routes.ts';
import { condolenceRoutes } from '../modules/condolences/routes.ts';
import { careVisitRoutes } from '../modules/care-visits/routes.ts';
import { homeCareRoutes } from '../modules/home-care/routes.ts';
import { careStatisticsRoutes } from '../modules/care-statistics/routes.ts';
import { paymentRoutes } from '../modules/payments/routes.ts';
import { publicRoutes } from '../modules/cases/public-routes.ts';
import { policyRoutes } from '../modules/policies/routes.ts';
import { programRoutes } from '../modules/programs/routes.ts';
import { jobRoutes } from '../modules/jobs/routes.ts';
import { authRoutes } from '../modules/auth/routes.ts';
import { documentRoutes } from '../modules/registry/document-routes.ts';
import { MAX_DOCUMENT_BYTES } from '../modules/registry/documents.ts';
import { excelRoutes } from '../modules/registry/excel-routes.ts';
import { registryRoutes } from '../modules/registry/routes.ts';
import { reportRoutes } from '../modules/reports/routes.ts';
import { reviewRoutes } from '../modules/reviews/routes.ts';
import { riskRoutes } from '../modules/risk/routes.ts';
import { verificationRoutes } from '../modules/verification/routes.ts';
import { personStatusRoutes } from '../modules/person-status/routes.ts';
import { debtRoutes } from '../modules/payments/debt-routes.ts';
import { rosterPublicRoutes } from '../modules/roster/routes.ts';
import { disabilityRoutes } from '../modules/disability/routes.ts';
import { childrenRoutes } from '../modules/children/routes.ts';
import { veteranRoutes } from '../modules/veterans/routes.ts';
import { volunteerRoutes } from '../modules/volunteers/routes.ts';
import { communityListRoutes } from '../modules/community-lists/routes.ts';
import { charityRoutes } from '../modules/charity/routes.ts';
import { elderlyRoutes } from '../modules/elderly/routes.ts';
import { frameworkErrorHandler, registerErrorHandling } from './errors.ts';
import { healthRoutes } from './health.ts';
import { acceptEmptyJsonBodies } from './empty-body.ts';
import { registerRateLimit } from './rate-limit.ts';
import { docsCsp, registerSecurityHeaders } from './security-headers.ts';
import { sessionPlugin } from './session.ts';
import { zodValidatorCompiler } from './validation.ts';
import { discoveryRoutes } from '../modules/discovery/routes.ts';
import { webStaticOptions } from './web-static.ts';

export interface AppOptions {
  /** Serve the built web app (web/dist) at `/`. Off in API-only tests. */
  serveWeb?: boolean;
}

/** Builds the whole HTTP app from its dependencies; never listens (main.ts does). */
export async function buildApp(deps: Deps, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    // Behind a proxy the client is in X-Forwarded-For: login limits are per source.
    // A hop count as proxy-addr's trust function: the first n hops from this server are proxies.
    trustProxy: typeof deps.config.trustProxy === 'number' ? trustHops(deps.config.trustProxy) : deps.config.trustProxy,
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const webIndexExists = opts.serveWeb !== false && fs.existsSync(path.join(deps.config.webDist, 'index.html'));
  registerErrorHandling(app, { spaFallback: webIndexExists });
  acceptEmptyJsonBodies(app);
  await registerSecurityHeaders(app, deps);

  await app.register(cookie);
  await registerRateLimit(app, deps);
  await app.register(multipart, { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 5 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'minzheng 民政 API', version: '1', description: '社会救助：户籍档案、待遇测算、审批流程、发放与统计' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'mz_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, transformStaticCSP: docsCsp });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(sessionPlugin, { deps });
  await app.register(
    async (api) => {
      await api.register(healthRoutes(deps));
      await api.register(authRoutes(deps));
      await api.register(areaRoutes(deps));
      await api.register(auditRoutes(deps));
      await api.register(registryRoutes(deps));
      await api.register(documentRoutes(deps));
      await api.register(excelRoutes(deps));
      await api.register(policyRoutes(deps));
      await api.register(calculationRoutes(deps));
      await api.register(caseRoutes(deps));
      await api.register(reportRoutes(deps));
      await api.register(paymentRoutes(deps));
      await api.register(programRoutes(deps));
      await api.register(reviewRoutes(deps));
      await api.register(riskRoutes(deps));
      await api.register(verificationRoutes(deps));
      await api.register(jobRoutes(deps));
      await api.register(paperRoutes(deps));
      await api.register(complaintRoutes(deps));
      await api.register(personStatusRoutes(deps));
      await api.register(debtRoutes(deps));
      await api.register(disabilityRoutes(deps));
      await api.register(childrenRoutes(deps));
      await api.register(veteranRoutes(deps));
      await api.register(condolenceRoutes(deps));
      await api.register(careVisitRoutes(deps));
      await api.register(homeCareRoutes(deps));
      await api.register(careStatisticsRoutes(deps));
      await api.register(volunteerRoutes(deps));
      await api.register(communityListRoutes(deps));
      await api.register(charityRoutes(deps));
      await api.register(elderlyRoutes(deps));
      await api.register(discoveryRoutes(deps));
    },
    { prefix: '/api/v1' },
  );
  await app.register(publicRoutes(deps, async () => (await firstDistrict(deps)) ?? '420102'));
  await app.register(rosterPublicRoutes(deps));

  if (webIndexExists) {
    await app.register(fastifyStatic, webStaticOptions(deps.config.webDist));
  } else if (opts.serveWeb !== false) {
    app.log.warn({ webDist: deps.config.webDist }, 'web/dist is missing: run `npm run build:web`; serving the API only');
  }
  return app;
}

function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}
