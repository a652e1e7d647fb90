/**
 * .github/dependabot.yml keeps every pin current: each folder holding a
 * workflow (ours and the example callers users copy) is a directory of a
 * github-actions update, and npm is updated weekly in groups. A new workflow
 * folder that Dependabot would not see fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { repoRoot } from '../../sandbox/runner.js';

interface Update {
  'package-ecosystem': string;
  directory?: string;
  directories?: string[];
  schedule?: { interval?: string };
  groups?: Record<string, unknown>;
}

const SKIP = new Set(['node_modules', '.git', '.tmp', 'dist', 'test']);

/** Every YAML file under the repository that is a workflow (top-level `on` and `jobs`). */
function workflowFilesAnywhere(dir = repoRoot): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : workflowFilesAnywhere(full);
    if (!/\.ya?ml$/.test(e.name)) return [];
    const doc = parseYaml(readFileSync(full, 'utf8')) as Record<string, unknown> | null;
    return doc && typeof doc === 'object' && 'jobs' in doc && 'on' in doc
      ? [path.relative(repoRoot, full)]
      : [];
  });
}

/** The workflow files no github-actions update looks at (Dependabot reads the folder named, not below it). */
export function uncovered(updates: Update[], files: string[]): string[] {
  const dirs = updates
    .filter((u) => u['package-ecosystem'] === 'github-actions')
    .flatMap((u) => [...(u.directories ?? []), ...(u.directory ? [u.directory] : [])])
    // '/' makes Dependabot read /.github/workflows.
    .map((d) => (d === '/' ? '.github/workflows' : d.replace(/^\/+|\/+$/g, '')));
  return files.filter((f) => !dirs.includes(path.dirname(f)));
}

const config = parseYaml(
  readFileSync(path.join(repoRoot, '.github', 'dependabot.yml'), 'utf8'),
) as {
  version: number;
  updates: Update[];
};

describe('.github/dependabot.yml', () => {
  it('finds the workflows of both folders', () => {
    const files = workflowFilesAnywhere();
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/release-fanout.yml',
        'examples/workflows/release-runtime.yml',
      ]),
    );
  });

  it('covers every workflow file with a github-actions update', () => {
    expect(config.version).toBe(2);
    expect(uncovered(config.updates, workflowFilesAnywhere())).toEqual([]);
  });

  it('would report a workflow folder it does not cover', () => {
    expect(
      uncovered(
        [{ 'package-ecosystem': 'github-actions', directory: '/' }],
        ['.github/workflows/ci.yml', 'examples/workflows/release-runtime.yml'],
      ),
    ).toEqual(['examples/workflows/release-runtime.yml']);
  });

  it('updates npm weekly, grouped, and github-actions weekly', () => {
    const npm = config.updates.find((u) => u['package-ecosystem'] === 'npm');
    expect(npm?.directory).toBe('/');
    expect(npm?.schedule?.interval).toBe('weekly');
    expect(Object.keys(npm?.groups ?? {}).length).toBeGreaterThan(0);
    const actions = config.updates.find((u) => u['package-ecosystem'] === 'github-actions');
    expect(actions?.schedule?.interval).toBe('weekly');
  });
});
