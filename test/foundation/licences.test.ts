/**
 * Each bundle ships the licences of the code it holds (dist/<name>/licenses.txt,
 * listed in licenses.json; scripts/bundle.mjs makes both from ncc's module
 * list), and no dependency brings a licence outside the allowed list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../sandbox/runner.js';

/** Permissive licences the bundles may carry (Python-2.0 appears in some parsers' grammars). */
const ALLOWED = new Set([
  'MIT',
  'ISC',
  'Apache-2.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'BlueOak-1.0.0',
  '0BSD',
  'Python-2.0',
]);

/**
 * Runtime dependencies no bundle holds code of, each with why: a new runtime
 * dependency that lands in no bundle must be added here on purpose.
 */
const NOT_BUNDLED: Record<string, string> = {
  // @actions/core's index imports these for its OIDC client and OS details;
  // actions/workflow-commands.ts takes only its command modules (issue #19).
  '@actions/exec': "@actions/core's platform details, which no action asks for",
  '@actions/http-client': "@actions/core's OIDC client, which no action uses",
  '@actions/io': "@actions/exec's dependency",
  tunnel: "@actions/http-client's proxy agent",
  undici: "@actions/http-client's dependency",
  '@octokit/openapi-types': 'types only',
  '@octokit/types': 'types only',
  'bare-buffer': 'streamx/tar-stream on the Bare runtime only',
  'bare-events': 'streamx/tar-stream on the Bare runtime only',
  'bare-fs': 'streamx/tar-stream on the Bare runtime only',
  'bare-path': 'streamx/tar-stream on the Bare runtime only',
  'bare-stream': 'streamx/tar-stream on the Bare runtime only',
  'bare-url': 'streamx/tar-stream on the Bare runtime only',
  'node-addon-api': "tree-sitter-python's native build; the bundles use its .wasm",
  'node-gyp-build': "tree-sitter-python's native build; the bundles use its .wasm",
  teex: 'a streamx helper no bundled module imports',
  yallist:
    "declared by minipass@3 (make-fetch-happen's minipass-flush/-pipeline), whose code never requires it",
};

/** Whether an SPDX expression is allowed: any side of an OR, every side of an AND. */
export function licenceAllowed(expression: string): boolean {
  const e = expression.trim().replace(/^\((.*)\)$/, '$1');
  if (/\sOR\s/i.test(e)) return e.split(/\s+OR\s+/i).some(licenceAllowed);
  if (/\sAND\s/i.test(e)) return e.split(/\s+AND\s+/i).every(licenceAllowed);
  return ALLOWED.has(e);
}

interface Entry {
  name: string;
  version: string;
  license: string;
}

const bundles = readdirSync(path.join(repoRoot, 'dist')).filter((d) =>
  existsSync(path.join(repoRoot, 'dist', d, 'index.js')),
);
const listOf = (b: string): Entry[] =>
  JSON.parse(readFileSync(path.join(repoRoot, 'dist', b, 'licenses.json'), 'utf8')) as Entry[];

const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { license?: string; dev?: boolean; devOptional?: boolean }>;
};
const runtimeDeps = Object.entries(lock.packages)
  .filter(([k, v]) => k !== '' && !v.dev && !v.devOptional)
  .map(([k, v]) => ({ name: k.split('node_modules/').pop() as string, license: v.license ?? '' }));

describe('licences', () => {
  it('reads SPDX expressions as npm writes them', () => {
    expect(licenceAllowed('MIT')).toBe(true);
    expect(licenceAllowed('(MIT OR GPL-3.0-only)')).toBe(true);
    expect(licenceAllowed('MIT AND GPL-3.0-only')).toBe(false);
    expect(licenceAllowed('GPL-3.0-only')).toBe(false);
    expect(licenceAllowed('UNKNOWN')).toBe(false);
  });

  it.each(bundles)('dist/%s ships licenses.txt with every package of licenses.json', (b) => {
    const text = readFileSync(path.join(repoRoot, 'dist', b, 'licenses.txt'), 'utf8');
    const list = listOf(b);
    for (const e of list) expect(text).toContain(`${e.name}\n${e.license}\n`);
    expect(list.filter((e) => !licenceAllowed(e.license))).toEqual([]);
  });

  it('bundles that copy the tree-sitter files credit them', () => {
    for (const b of bundles) {
      if (!existsSync(path.join(repoRoot, 'dist', b, 'tree-sitter.wasm'))) continue;
      expect(listOf(b).map((e) => e.name)).toEqual(
        expect.arrayContaining(['web-tree-sitter', 'tree-sitter-python']),
      );
    }
  });

  it('every runtime dependency has an allowed licence (package-lock.json)', () => {
    expect(runtimeDeps.filter((d) => !licenceAllowed(d.license))).toEqual([]);
  });

  it('every runtime dependency is credited by some bundle, or listed as not bundled', () => {
    const credited = new Set(bundles.flatMap((b) => listOf(b).map((e) => e.name)));
    const missing = [...new Set(runtimeDeps.map((d) => d.name))]
      .filter((n) => !credited.has(n))
      .sort();
    expect(missing).toEqual(Object.keys(NOT_BUNDLED).sort());
  });
});
