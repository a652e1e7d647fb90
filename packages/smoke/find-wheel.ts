/**
 * Resolves the `wheel` input (a path or a glob such as `dist/*.whl`) to one
 * file. More than one match is an error: a stale wheel left beside the new
 * one is exactly what must not be checked by mistake.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ActionError } from '../toolkit/errors.js';

function segmentRegExp(segment: string): RegExp {
  const body = segment
    .split('')
    .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

/**
 * A small glob (`*`, `?`, `**`) written here because fs.globSync exists only
 * from Node 22, and the CLI shares this code on Node 20.
 */
export function globFiles(pattern: string, cwd: string): string[] {
  const absolute = path.resolve(cwd, pattern);
  const parts = absolute.split(path.sep);
  const firstGlob = parts.findIndex((p) => /[*?]/.test(p));
  if (firstGlob < 0) return existsSync(absolute) && statSync(absolute).isFile() ? [absolute] : [];
  const base = parts.slice(0, firstGlob).join(path.sep) || path.sep;
  const rest = parts.slice(firstGlob);
  const out: string[] = [];
  const walk = (dir: string, i: number): void => {
    const seg = rest[i];
    if (seg === undefined || !existsSync(dir)) return;
    const entries = readdirSync(dir, { withFileTypes: true });
    if (seg === '**') {
      walk(dir, i + 1);
      for (const e of entries) if (e.isDirectory()) walk(path.join(dir, e.name), i);
      return;
    }
    const re = segmentRegExp(seg);
    for (const e of entries) {
      if (!re.test(e.name)) continue;
      const full = path.join(dir, e.name);
      if (i === rest.length - 1) {
        if (e.isFile()) out.push(full);
      } else if (e.isDirectory()) {
        walk(full, i + 1);
      }
    }
  };
  walk(base, 0);
  return [...new Set(out)].sort();
}

export function findWheel(pattern: string, cwd: string): string {
  const matches = globFiles(pattern, cwd);
  if (matches.length === 0) {
    throw new ActionError(`No wheel matches '${pattern}' (in ${cwd}).`, {
      input: 'wheel',
      title: 'No wheel',
      hint: 'Build it first (python -m build --wheel, or the build action), or download the artifact that holds it.',
    });
  }
  if (matches.length > 1) {
    throw new ActionError(
      `'${pattern}' matches ${matches.length} files: ${matches.map((m) => path.relative(cwd, m)).join(', ')}.`,
      {
        input: 'wheel',
        title: 'Several wheels',
        hint: 'Name one wheel, or clean the folder before building so a stale wheel cannot be checked instead.',
      },
    );
  }
  const found = matches[0] as string;
  if (!found.endsWith('.whl')) {
    throw new ActionError(`'${path.relative(cwd, found)}' is not a .whl file.`, {
      input: 'wheel',
      title: 'Not a wheel',
    });
  }
  return found;
}
