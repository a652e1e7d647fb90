/**
 * The template's Python files: the `paths` globs (one per line; a line
 * starting with `!` excludes), found with Node's own fs.glob. Folders that
 * are never the template's code (.git, virtualenvs, caches, node_modules)
 * are not walked at all.
 */
import { glob, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodePythonSource } from '../python/encoding.js';
import { ActionError } from '../toolkit/errors.js';
import type { TemplateFile } from './bare-imports.js';

const NEVER_WALKED = new Set([
  '.git',
  'node_modules',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
  '.mypy_cache',
  '.pytest_cache',
]);

export async function findTemplateFiles(root: string, patterns: string[]): Promise<string[]> {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const found = new Set<string>();
  for await (const rel of glob(include, {
    cwd: root,
    exclude: (name: string) => NEVER_WALKED.has(path.basename(name)),
  })) {
    const posix = rel.split(path.sep).join('/');
    if (exclude.some((x) => path.posix.matchesGlob(posix, x))) continue;
    if ((await stat(path.join(root, rel))).isFile()) found.add(posix);
  }
  return [...found].sort();
}

/** Reads each file as CPython would decode it (PEP 263), so line numbers match. */
export async function readTemplateFiles(root: string, paths: string[]): Promise<TemplateFile[]> {
  return Promise.all(
    paths.map(async (p) => {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(path.join(root, p));
      } catch (e) {
        throw new ActionError(`Cannot read ${p}: ${(e as Error).message}`, {
          file: p,
          input: 'paths',
        });
      }
      return { path: p, source: decodePythonSource(bytes, p).text };
    }),
  );
}
