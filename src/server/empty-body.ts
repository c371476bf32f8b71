import type { FastifyInstance } from 'fastify';

/**
 * `content-type: application/json` with an empty body is a body left out, not bad JSON: routes
 * whose body is optional (logout, actions without input) must not answer 400 or 415 to it
 * (issue 15 point 7). Routes that need a body still get 400 from their schema. Anything else
 * goes to Fastify's own parser, with its prototype-poisoning guards.
 */
export function acceptEmptyJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (typeof body === 'string' && body.trim() === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, typeof body === 'string' ? body : body.toString('utf8'), done);
  });
}
