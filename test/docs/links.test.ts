import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';

/**
 * The README and docs/ travel with a clone of the repository: every link in them must
 * resolve to a file of the repository (and to a heading of it, for `#anchors`), never to
 * something beside the checkout (the spec folder the developers had) or a dead path.
 */
function markdownFiles(): string[] {
  const docs = path.join(projectRoot, 'docs');
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : []));
  return [path.join(projectRoot, 'README.md'), path.join(projectRoot, 'bench', 'README.md'), ...walk(docs)];
}

/** GitHub's heading anchors: lower case, punctuation but `-` and `_` dropped (letters of any script kept), spaces to hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const text = fs.readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => headingSlug(m[1]!)));
}

function linksOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
}

describe('documentation links', () => {
  const files = markdownFiles();

  it('finds the documents', () => {
    expect(files.map((f) => path.relative(projectRoot, f))).toEqual(expect.arrayContaining(['README.md', 'docs/README.md', 'docs/domain.md', 'docs/admin.md', 'docs/api.md', 'docs/user-guide.md']));
  });

  it('resolves every link inside the repository', () => {
    const broken: string[] = [];
    for (const file of files) {
      for (const link of linksOf(file)) {
        if (/^(https?:|mailto:)/.test(link)) continue;
        const [target = '', anchor] = link.split('#');
        const resolved = target === '' ? file : path.resolve(path.dirname(file), decodeURI(target));
        const where = `${path.relative(projectRoot, file)} → ${link}`;
        if (path.relative(projectRoot, resolved).startsWith('..')) broken.push(`${where}: outside the repository`);
        else if (!fs.existsSync(resolved)) broken.push(`${where}: no such file`);
        else if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).has(decodeURI(anchor))) broken.push(`${where}: no such heading`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('sends no reader outside the repository in plain text either', () => {
    const outside = files.filter((f) => /\.\.\/shared\//.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(projectRoot, f));
    expect(outside).toEqual([]);
  });

  it('makes anchors as GitHub does', () => {
    expect(headingSlug('1. 角色与地区 · Roles and areas')).toBe('1-角色与地区--roles-and-areas');
    expect(headingSlug('Backup and restore')).toBe('backup-and-restore');
    expect(headingSlug('社区民政专干 (`community_worker`)')).toBe('社区民政专干-community_worker');
  });
});
