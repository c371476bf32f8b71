import type { FastifyReply } from 'fastify';
import type { FastifyStaticOptions } from '@fastify/static';

/** A year: hashed assets never change under their name (a new build writes new names). */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** index.html and unhashed files: always revalidated, so a release is picked up at once. */
export const REVALIDATE_CACHE = 'no-cache';

/** Vite writes content-hashed bundles under /assets/ (`index-D6ERYLot.js`). */
export function cacheControlFor(filePath: string): string {
  return /[\\/]assets[\\/][^\\/]+$/.test(filePath) ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}

/**
 * How web/dist is served: the build's brotli/gzip copies (`x.js.br`, `x.js.gz`, written by
 * the vite config) chosen by Accept-Encoding, hashed assets cached for a year, the rest
 * (index.html, the SPA fallback) revalidated on every load.
 */
export function webStaticOptions(root: string): FastifyStaticOptions {
  return {
    root,
    prefix: '/',
    wildcard: false,
    index: 'index.html',
    preCompressed: true,
    cacheControl: false,
    // The compressed copies are found through their originals, never asked for by name.
    globIgnore: ['**/*.br', '**/*.gz'],
    setHeaders: (reply: FastifyReply, filePath: string) => {
      reply.header('cache-control', cacheControlFor(filePath));
    },
  };
}
