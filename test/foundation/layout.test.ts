/**
 * The README's "Layout" diagram stays in step with the tree (issue #16):
 * every path it names exists, every folder of packages/ and every top-level
 * folder of the repository is in it. A root folder with an action.yml is
 * covered by the diagram's `<action>/` line; hidden folders (.ci, .github)
 * need not be listed, but when named they must exist like any other.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../sandbox/runner.js';

/** The first ```text block of the README's "## Layout" section. */
export function layoutDiagram(readme: string): string {
  const section = /^## Layout\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  if (section === undefined) throw new Error('README.md has no "## Layout" section');
  const block = /^```text\n([\s\S]*?)^```$/m.exec(section)?.[1];
  if (block === undefined) throw new Error('the Layout section has no ```text diagram');
  return block;
}

/** `packages/{a,b}/` → `packages/a/`, `packages/b/`. */
function expandBraces(p: string): string[] {
  const m = /^(.*)\{([^}]+)\}(.*)$/.exec(p);
  if (!m) return [p];
  const [, head, alternatives, tail] = m as unknown as [string, string, string, string];
  return alternatives.split(',').flatMap((a) => expandBraces(`${head}${a.trim()}${tail}`));
}

/**
 * The paths a diagram names: the first word of each line that holds a `/`
 * (a folder ends with `/`), braces expanded. Arrows and prose are not paths.
 */
export function diagramPaths(diagram: string): string[] {
  return diagram
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter((word) => word.includes('/') && /^[\w.<{]/.test(word))
    .flatMap(expandBraces);
}

/** What is wrong between a diagram and the tree at `root` (tracked folders: `folders`). */
export function layoutProblems(
  diagram: string,
  root: string,
  folders: { top: string[]; packages: string[] },
): string[] {
  const paths = diagramPaths(diagram);
  const problems: string[] = [];
  for (const p of paths) {
    if (p.includes('<')) continue; // a placeholder: checked through what it stands for, below
    if (!existsSync(path.join(root, p)))
      problems.push(`the diagram names ${p}, which does not exist`);
  }
  const named = new Set(paths.map((p) => p.split('/')[0]));
  const actionLine = paths.some((p) => p.startsWith('<action>/'));
  for (const top of folders.top) {
    if (top.startsWith('.') || named.has(top)) continue;
    if (actionLine && existsSync(path.join(root, top, 'action.yml'))) continue;
    problems.push(`${top}/ is not in the diagram`);
  }
  const packages = new Set(
    paths.filter((p) => p.startsWith('packages/')).map((p) => p.split('/')[1]),
  );
  for (const pkg of folders.packages) {
    if (!packages.has(pkg)) problems.push(`packages/${pkg}/ is not in the diagram`);
  }
  return problems;
}

/** Top-level folders git tracks (node_modules and local leftovers do not count). */
function trackedFolders(): { top: string[]; packages: string[] } {
  const r = spawnSync('git', ['ls-files'], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ls-files failed: ${r.stderr}`);
  const files = r.stdout.split('\n').filter(Boolean);
  const top = new Set(files.filter((f) => f.includes('/')).map((f) => f.split('/')[0]!));
  const packages = new Set(
    files.filter((f) => /^packages\/[^/]+\//.test(f)).map((f) => f.split('/')[1]!),
  );
  return { top: [...top].sort(), packages: [...packages].sort() };
}

describe('README Layout diagram', () => {
  const diagram = layoutDiagram(readFileSync(path.join(repoRoot, 'README.md'), 'utf8'));

  it('names only paths that exist, and every top-level folder and every package', () => {
    const folders = trackedFolders();
    // The tree is what the check reads: guard against an empty listing passing silently.
    expect(folders.top).toEqual(expect.arrayContaining(['actions', 'packages', 'test']));
    expect(folders.packages).toEqual(expect.arrayContaining(['toolkit', 'github']));
    expect(layoutProblems(diagram, repoRoot, folders)).toEqual([]);
  });

  it('draws the layers in order: action.yml, dist/, actions/ entries, packages/<domain>, toolkit', () => {
    const order = [
      '<action>/action.yml',
      'dist/',
      'actions/<action>/main.ts',
      'packages/github/',
      'packages/toolkit/',
    ];
    const paths = diagramPaths(diagram);
    const at = order.map((p) => paths.indexOf(p));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('reports a folder missing from the diagram and a diagram path missing from the tree', () => {
    const planted = `${diagram.replace(/^bench\/.*\n/m, '')}nowhere/   a folder that is not there\npackages/{toolkit,gone}/\n`;
    expect(planted).not.toMatch(/^bench\//m);
    const folders = { ...trackedFolders(), packages: [...trackedFolders().packages, 'unlisted'] };
    expect(layoutProblems(planted, repoRoot, folders)).toEqual([
      'the diagram names nowhere/, which does not exist',
      'the diagram names packages/gone/, which does not exist',
      'bench/ is not in the diagram',
      'packages/unlisted/ is not in the diagram',
    ]);
  });
});
