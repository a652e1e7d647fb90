import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { actionNames, actionTables, readmePath, renderReadme } from '../../scripts/readme.js';
import { repoRoot } from '../../sandbox/runner.js';

const EXPECTED = [
  'auto-tag',
  'build',
  'cascade-dispatch',
  'github-release',
  'mirror-guard',
  'mirror-sync',
  'pypi-publish',
  'smoke-import',
  'template-check',
  'wait-for-pypi',
];

interface Spec {
  name?: string;
  description?: string;
  branding?: { icon?: string; color?: string };
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
}

const spec = (name: string) =>
  parseYaml(readFileSync(path.join(repoRoot, name, 'action.yml'), 'utf8')) as Spec;

describe('action folders', () => {
  it('every public action has a root folder with action.yml', () => {
    expect(actionNames()).toEqual(EXPECTED);
  });

  it.each(EXPECTED)('%s: metadata is complete and runs its node24 bundle', (name) => {
    const s = spec(name);
    expect(s.name).toBeTruthy();
    expect((s.description ?? '').length).toBeGreaterThan(20);
    expect(s.branding?.icon).toBeTruthy();
    expect(s.branding?.color).toBeTruthy();
    expect(s.runs).toEqual({ using: 'node24', main: `../dist/${name}/index.js` });
    expect(existsSync(path.join(repoRoot, 'actions', name, 'main.ts'))).toBe(true);
    for (const [input, def] of Object.entries(s.inputs ?? {})) {
      expect([input, (def.description ?? '').length > 0]).toEqual([input, true]);
      // Optional inputs say their default (possibly ''); required ones have none.
      expect([input, def.required ? def.default === undefined : def.default !== undefined]).toEqual(
        [input, true],
      );
    }
    expect(Object.keys(s.outputs ?? {}).length).toBeGreaterThan(0);
    for (const [output, def] of Object.entries(s.outputs ?? {})) {
      expect([output, (def.description ?? '').length > 0]).toEqual([output, true]);
    }
  });
});

describe('README', () => {
  const readme = readFileSync(readmePath(), 'utf8');

  it.each(EXPECTED)('documents %s with tables equal to its action.yml', (name) => {
    expect(readme).toContain(actionTables(name));
  });

  it('has no stale tables (npx tsx scripts/readme.ts regenerates them)', () => {
    expect(renderReadme(readme)).toBe(readme);
  });

  it('starts with the test command and the demo command', () => {
    const top = readme.split('\n').slice(0, 40).join('\n');
    expect(top).toContain('npm test');
    expect(top).toContain('npm run demo');
  });
});
