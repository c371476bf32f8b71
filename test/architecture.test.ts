import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
}

/** STYLE.md's boundaries, checked rather than hoped for. */
describe('module boundaries', () => {
  it('keeps src/domain pure: no database, HTTP, modules or server', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(root, 'src/domain'))) {
      if (file.endsWith('.test.ts')) continue;
      for (const spec of importsOf(file)) {
        const forbidden =
          /^(kysely|fastify|@fastify\/|pg$|better-sqlite3|pino|exceljs|pdfkit|node:fs|node:http|node:net)/.test(spec) ||
          /\/(db|modules|server|cli)\//.test(path.resolve(path.dirname(file), spec) + '/');
        if (forbidden) offenders.push(`${path.relative(root, file)} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("lets a module reach another only through that module's service", () => {
    const offenders: string[] = [];
    const modulesDir = path.join(root, 'src/modules');
    for (const file of sourceFiles(modulesDir)) {
      const own = path.relative(modulesDir, file).split(path.sep)[0];
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = path.relative(modulesDir, path.resolve(path.dirname(file), spec));
        const [mod, ...rest] = target.split(path.sep);
        if (!mod || mod.startsWith('..') || mod === own) continue;
        const entry = rest.join('/');
        if (entry !== 'service.ts' && entry !== 'schema.ts') offenders.push(`${path.relative(root, file)} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('reads the environment only in src/config.ts', () => {
    const offenders = sourceFiles(path.join(root, 'src'))
      .filter((f) => !f.endsWith('config.ts') && !f.endsWith('.test.ts') && !f.includes(`${path.sep}cli${path.sep}`))
      .filter((f) => /process\.env/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(root, f));
    expect(offenders).toEqual([]);
  });
});
