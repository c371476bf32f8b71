/*
 * The app shell offline (issue 19): a community worker on a home visit opens the app with no
 * connection and writes the record; it waits in the page's outbox (IndexedDB) until sent.
 *
 * - pages (navigations): network first, the last index.html seen when there is no network;
 * - /assets/* (content-hashed, never change): cache first, kept as they are fetched;
 * - /api/*, the public pages (/public…, server-made HTML, not the app) and anything not GET:
 *   never touched — the outbox, not this worker, handles writes.
 * At install the shell and the scripts index.html names are stored; the page then names the
 * chunks it loaded before this worker controlled it (the login page's, say), so a reload with
 * no connection finds every script the first load needed (test/e2e/offline-start.test.ts).
 * A new release installs a new worker (this file is served no-cache) that drops old caches.
 */
const SHELL = 'minzheng-shell-v1';
const ASSETS = 'minzheng-assets-v1';
const PRECACHE = ['/favicon.svg', '/manifest.webmanifest'];

/** The /assets/ paths a page names (script, stylesheet, modulepreload). */
function assetPaths(html) {
  return [...new Set(html.match(/\/assets\/[\w.-]+/g) || [])];
}

async function cacheAssets(paths) {
  const cache = await caches.open(ASSETS);
  for (const p of paths) {
    if (typeof p !== 'string' || !/^\/assets\/[\w.-]+$/.test(p) || (await cache.match(p, { ignoreVary: true }))) continue;
    try {
      const res = await fetch(p);
      if (res.ok) await cache.put(p, res);
    } catch {
      // Offline or gone: fetched and kept the next time it is asked for.
    }
  }
}

async function precache() {
  const shell = await caches.open(SHELL);
  await shell.addAll(PRECACHE);
  const res = await fetch('/', { cache: 'no-cache' });
  if (!res.ok) throw new Error(`index.html: HTTP ${res.status}`);
  await shell.put('/', res.clone());
  await cacheAssets(assetPaths(await res.text()));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

/** `{ type: 'cache-assets', paths }`: the chunks the page loaded before this worker took over. */
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache-assets' || !Array.isArray(data.paths)) return;
  const done = cacheAssets(data.paths.slice(0, 500)).then(() => event.source && event.source.postMessage({ type: 'assets-cached' }));
  event.waitUntil(done);
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== SHELL && k !== ASSETS).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (url.pathname === '/public' || url.pathname.startsWith('/public/')) return;
  if (req.mode === 'navigate') {
    event.respondWith(
      fetch(req)
        .then((res) => {
          if (res.ok) {
            const copy = res.clone();
            void caches.open(SHELL).then((c) => c.put('/', copy));
          }
          return res;
        })
        .catch(() => caches.match('/', { ignoreVary: true }).then((r) => r || Response.error())),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(
      caches.match(req, { ignoreVary: true }).then(
        (hit) =>
          hit ||
          fetch(req).then((res) => {
            if (res.ok) {
              const copy = res.clone();
              void caches.open(ASSETS).then((c) => c.put(req, copy));
            }
            return res;
          }),
      ),
    );
  }
});
