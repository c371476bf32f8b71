import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDeps, type TestDeps } from '../../test/helpers/test-deps.ts';
import { buildApp } from './app.ts';
import { cacheControlFor, IMMUTABLE_CACHE, REVALIDATE_CACHE } from './web-static.ts';

/** Issue 19 point 7: the web build is sent compressed, hashed assets cached for good. */
describe('serving web/dist', () => {
  let dir: string;
  let deps: TestDeps;
  let app: FastifyInstance;
  const js = `export const x = ${JSON.stringify('民政'.repeat(2000))};\n`;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-dist-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index-Ab12Cd34.js"></script></body></html>');
    const file = path.join(dir, 'assets', 'index-Ab12Cd34.js');
    fs.writeFileSync(file, js);
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(js));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(js));
    fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    deps = await createTestDeps('sqlite');
    app = await buildApp({ ...deps, config: { ...deps.config, webDist: dir } });
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    await deps?.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends the brotli copy to a browser that takes br, gzip to one that takes only gzip, the file itself otherwise', async () => {
    const br = await app.inject({ method: 'GET', url: '/assets/index-Ab12Cd34.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(js);

    const gz = await app.inject({ method: 'GET', url: '/assets/index-Ab12Cd34.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(js);

    const plain = await app.inject({ method: 'GET', url: '/assets/index-Ab12Cd34.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(js);
  });

  it('caches hashed assets for a year (immutable) and makes index.html, the SPA fallback and unhashed files revalidate', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-Ab12Cd34.js', headers: { 'accept-encoding': 'br' } });
    expect(asset.headers['cache-control']).toBe(IMMUTABLE_CACHE);
    for (const url of ['/', '/index.html', '/households/12', '/favicon.svg']) {
      const res = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe(REVALIDATE_CACHE);
    }
  });

  it('does not publish the compressed copies under their own names', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-Ab12Cd34.js.br' });
    expect(res.headers['content-type']).not.toMatch(/javascript|octet/);
  });

  it('tells hashed assets from the rest by their folder', () => {
    expect(cacheControlFor('/srv/web/dist/assets/antd-CanHxVps.js')).toBe(IMMUTABLE_CACHE);
    expect(cacheControlFor('/srv/web/dist/assets/antd-CanHxVps.js.br')).toBe(IMMUTABLE_CACHE);
    expect(cacheControlFor('/srv/web/dist/index.html')).toBe(REVALIDATE_CACHE);
    expect(cacheControlFor('/srv/web/dist/favicon.svg')).toBe(REVALIDATE_CACHE);
  });
});
