/**
 * packages/python/stdlib-names.ts against CPython: every interpreter of the
 * listed versions that is on this machine must list exactly the names the
 * table gives for its version; with all of them, the generator must write
 * the file byte for byte. At least one must answer, or the test fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { STDLIB_MODULE_NAMES, STDLIB_VERSIONS } from '../../packages/python/stdlib-names.js';
import { repoRoot } from '../../sandbox/runner.js';

const PROBE =
  "import json, sys; print(json.dumps({'version': '%d.%d' % sys.version_info[:2], 'names': sorted(sys.stdlib_module_names)}))";

/** `python3.N` on PATH, else under pyenv's versions: the first that runs and is that version. */
function interpreterFor(version: string): string | undefined {
  const candidates = [`python${version}`];
  const pyenv = path.join(
    process.env.PYENV_ROOT ?? path.join(process.env.HOME ?? '/root', '.pyenv'),
    'versions',
  );
  if (existsSync(pyenv)) {
    for (const v of readdirSync(pyenv).sort())
      if (v.startsWith(`${version}.`))
        candidates.push(path.join(pyenv, v, 'bin', `python${version}`));
  }
  for (const c of candidates) {
    const r = spawnSync(c, ['-c', PROBE], { encoding: 'utf8' });
    if (r.status === 0 && (JSON.parse(r.stdout) as { version: string }).version === version)
      return c;
  }
  return undefined;
}

const found = STDLIB_VERSIONS.map((v) => [v, interpreterFor(v)] as const);
const available = found.filter((f): f is readonly [string, string] => f[1] !== undefined);

describe('standard-library module names', () => {
  it('at least one listed CPython version is here to check against', () => {
    expect(available.length).toBeGreaterThan(0);
  });

  it.each(available)('CPython %s lists exactly the names the table gives it', (version, python) => {
    const r = spawnSync(python, ['-c', PROBE], { encoding: 'utf8' });
    const names = (JSON.parse(r.stdout) as { names: string[] }).names;
    const minor = (v: string): number => Number(v.split('.')[1]);
    const expected = [...STDLIB_MODULE_NAMES]
      .filter(
        ([, [first, last]]) => minor(first) <= minor(version) && minor(version) <= minor(last),
      )
      .map(([n]) => n)
      .sort();
    expect(expected).toEqual(names);
  });

  // Shown as skipped, not passed, where a listed version is not installed.
  const missing = found.filter(([, p]) => p === undefined).map(([v]) => v);
  (missing.length > 0 ? it.skip : it)(
    `the generator writes the committed file (needs CPython ${STDLIB_VERSIONS.join(', ')})`,
    () => {
      const r = spawnSync(
        'python3',
        [path.join(repoRoot, 'scripts', 'stdlib-names.py'), ...available.map(([, p]) => p)],
        { encoding: 'utf8' },
      );
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(
        readFileSync(path.join(repoRoot, 'packages', 'python', 'stdlib-names.ts'), 'utf8'),
      );
    },
  );

  it('knows names added and removed between versions', () => {
    expect(STDLIB_MODULE_NAMES.get('tomllib')?.[0]).toBe('3.11');
    expect(STDLIB_MODULE_NAMES.get('distutils')?.[1]).toBe('3.11');
    expect(STDLIB_MODULE_NAMES.has('yaml')).toBe(false);
  });
});
