/**
 * One owner per concept (issue #16), checked on the source tree so a new
 * file cannot quietly break it: PEP 440 code is imported only under
 * packages/versions, nothing under packages/ imports the runner toolkit
 * (@actions/*), the GitHub client type comes from github/client.ts, and the
 * relative imports of packages/ and actions/ (type-only ones included) form
 * no cycle, and none runs from packages/toolkit up to a domain package.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../../sandbox/runner.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(rel);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** Every module specifier of a file: imports, re-exports, `import type`, dynamic imports. */
function specifiers(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(path.join(repoRoot, file), 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

const files = [...sourceFiles('packages'), ...sourceFiles('actions'), ...sourceFiles('cli')].sort();
const imports = new Map(files.map((f) => [f, specifiers(f)]));

/** The relative imports of a file, as repository paths of .ts sources. */
function localEdges(file: string): string[] {
  return (imports.get(file) ?? [])
    .filter((s) => s.startsWith('.'))
    .map((s) => path.join(path.dirname(file), s).replace(/\.js$/, '.ts'))
    .filter((target) => imports.has(target));
}

/** The cycles among `nodes`, each as the path that closes it (a → b → a). */
function findCycles(nodes: readonly string[], edges: (n: string) => string[]): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): void => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of edges(n)) {
      if (state.get(m) === 'open') cycles.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of nodes) if (!state.has(n)) visit(n);
  return cycles;
}

describe('one owner per concept', () => {
  it('reads the tree it checks', () => {
    expect(files).toContain('packages/versions/pep440.ts');
    expect(files).toContain('actions/runner.ts');
    expect(localEdges('packages/python/imports.ts')).toContain('packages/python/analyse.ts');
  });

  it('only packages/versions imports @renovatebot/pep440', () => {
    const importers = files.filter((f) => imports.get(f)!.includes('@renovatebot/pep440'));
    expect(importers.filter((f) => !f.startsWith('packages/versions/'))).toEqual([]);
    expect(importers.length).toBeGreaterThan(0);
  });

  it('nothing under packages/ imports @actions/*; the runner adapter is under actions/', () => {
    // By name, or by path into node_modules (actions/workflow-commands.ts takes
    // @actions/core's command modules that way, issue #19).
    const importers = files.filter((f) =>
      imports
        .get(f)!
        .some((s) => s.startsWith('@actions/') || s.includes('node_modules/@actions/')),
    );
    expect(importers.filter((f) => f.startsWith('packages/'))).toEqual([]);
    expect(importers).toContain('actions/workflow-commands.ts');
  });

  it('the GitHub client type is declared only in packages/github/client.ts', () => {
    const declaring = files.filter((f) =>
      /export (type|interface) GitHubApi\b/.test(readFileSync(path.join(repoRoot, f), 'utf8')),
    );
    expect(declaring).toEqual(['packages/github/client.ts']);
  });

  it('GitHub calls are wrapped in one place: githubCalls in github/client.ts', () => {
    const wrapper = /async <T>\(\s*operation: string,\s*fn: \(\) => Promise<T>/;
    const writing = files.filter((f) => wrapper.test(readFileSync(path.join(repoRoot, f), 'utf8')));
    expect(writing).toEqual([]);
    expect(readFileSync(path.join(repoRoot, 'packages/github/client.ts'), 'utf8')).toContain(
      'export function githubCalls(',
    );
  });

  it('the error explanation is taken from github/client.ts outside packages/github', () => {
    // Entries whose logic another helper is moving into packages/ (issue #16); the lead drops them.
    const moving = ['actions/github-release/main.ts', 'cli/release-suite.ts'];
    const importers = files.filter(
      (f) =>
        !f.startsWith('packages/github/') &&
        imports.get(f)!.some((s) => /(^|\/)github\/errors\.js$/.test(s)),
    );
    expect(importers.filter((f) => !moving.includes(f))).toEqual([]);
  });

  it('one HTTP client: declared in toolkit/http.ts, the index adds only its defaults', () => {
    const text = (f: string): string => readFileSync(path.join(repoRoot, f), 'utf8');
    const declaring = files.filter((f) => /export class HttpClient\b/.test(text(f)));
    expect(declaring).toEqual(['packages/toolkit/http.ts']);
    const extending = files.filter((f) => /extends HttpClient\b/.test(text(f)));
    expect(extending).toEqual(['packages/index/http.ts']);
    // Who reaches fetch itself: the general client, and Octokit's transport in github/.
    // index/latest.ts keeps its own retry loop: its messages are auto-tag's contract (issue #16 note).
    const reaching = files.filter((f) =>
      /globalThis\.fetch\b|\?\? fetch\b|(?<![.\w])fetch\(/.test(
        text(f).replace(/^\s*(\/\/|\*).*$/gm, ''),
      ),
    );
    expect(reaching).toEqual([
      'packages/github/backoff.ts',
      'packages/github/client.ts',
      'packages/index/latest.ts',
      'packages/toolkit/http.ts',
    ]);
  });

  it('one distribution reader: only packages/distribution opens an archive', () => {
    const opening =
      /\b(readZip|readTar|readTarGz|unzipSync|unzip|gunzipSync|gunzip|inflateSync|inflateRawSync)\b/;
    const readers = files.filter((f) =>
      opening.test(readFileSync(path.join(repoRoot, f), 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '')),
    );
    expect(readers.filter((f) => !f.startsWith('packages/distribution/'))).toEqual([]);
    expect(readers).toContain('packages/distribution/read.ts');
  });

  it('finds a cycle when there is one (the checker itself)', () => {
    const graph: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a'], d: ['a'] };
    expect(findCycles(Object.keys(graph), (n) => graph[n] ?? [])).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('packages/ and actions/ have no import cycle', () => {
    expect(findCycles(files, localEdges)).toEqual([]);
  });

  it('the toolkit is the bottom layer: nothing under packages/toolkit imports another package', () => {
    const upward = files
      .filter((f) => f.startsWith('packages/toolkit/'))
      .flatMap((f) => localEdges(f).map((target) => `${f} → ${target}`))
      .filter((edge) => !edge.split(' → ')[1]!.startsWith('packages/toolkit/'));
    expect(upward).toEqual([]);
  });
});
