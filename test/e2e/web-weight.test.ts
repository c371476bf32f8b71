import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 19 point 7: the first page load sends under 800 KB of compressed JavaScript. Weighs
 * the built web/dist (run `npm run build:web` first, as for every browser test) from Vite's
 * manifest: the entry with everything it imports, plus the home page — the page every login
 * lands on — with and without its charts, in the brotli and gzip copies the server sends.
 */
const DIST = path.join(import.meta.dirname, '..', '..', 'web', 'dist');
const LIMIT = 800 * 1024;

interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, Chunk>;

function readManifest(): Manifest {
  const file = path.join(DIST, '.vite', 'manifest.json');
  if (!fs.existsSync(file)) throw new Error('web/dist/.vite/manifest.json is missing: run `npm run build:web` first (npm test does it in pretest)');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

/** The JS files a chunk needs before it runs: itself and its static imports, transitively. */
function closure(manifest: Manifest, keys: string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the manifest`);
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    for (const k of chunk.imports ?? []) visit(k);
  };
  for (const k of keys) visit(k);
  return files;
}

/** Bytes on the wire: the .br / .gz copy when the build wrote one (files under 1 KB go as they are). */
function weigh(files: Set<string>, ext: '.br' | '.gz'): number {
  let total = 0;
  for (const f of files) {
    const compressed = path.join(DIST, f + ext);
    total += fs.statSync(fs.existsSync(compressed) ? compressed : path.join(DIST, f)).size;
  }
  return total;
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

describe('the weight of the web app', () => {
  const manifest = readManifest();
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);

  it('has one entry, the one index.html loads, and every page in a chunk of its own', () => {
    expect(entry).toBe('index.html');
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    expect(html).toContain(`/${manifest['index.html']!.file}`);
    // Route-level splitting: the pages are dynamic imports of the entry, not part of it.
    const pages = manifest['index.html']!.dynamicImports ?? [];
    for (const page of ['src/pages/home/home-page.tsx', 'src/pages/cases/inbox-page.tsx', 'src/pages/cases/case-page.tsx', 'src/pages/registry/household-list-page.tsx', 'src/pages/registry/household-file-page.tsx']) {
      expect(pages, page).toContain(page);
    }
  });

  it('sends under 800 KB of compressed JavaScript on the first load, charts included, and no echarts before a chart is shown', () => {
    const first = closure(manifest, ['index.html', 'src/pages/home/home-page.tsx']);
    expect([...first].some((f) => /echarts/.test(f)), 'echarts is loaded only with the charts').toBe(false);
    const withCharts = closure(manifest, ['index.html', 'src/pages/home/home-page.tsx', 'src/pages/home/dashboard.tsx']);
    const sizes = {
      brotli: weigh(first, '.br'),
      gzip: weigh(first, '.gz'),
      brotliWithCharts: weigh(withCharts, '.br'),
      gzipWithCharts: weigh(withCharts, '.gz'),
    };
    console.log(`[weight] first load: ${kb(sizes.brotli)} br / ${kb(sizes.gzip)} gzip; with the dashboard's charts: ${kb(sizes.brotliWithCharts)} br / ${kb(sizes.gzipWithCharts)} gzip`);
    for (const [name, size] of Object.entries(sizes)) expect(size, name).toBeLessThan(LIMIT);
    // The copies really are compressed (a build without the precompress step fails here). A chunk
    // of about 1 KB of Chinese names is already dense and may shrink by less than half: 4 KB up.
    for (const f of first) {
      const raw = fs.statSync(path.join(DIST, f)).size;
      if (raw >= 4096) expect(fs.statSync(path.join(DIST, `${f}.br`)).size, f).toBeLessThan(raw / 2);
    }
  });
});
