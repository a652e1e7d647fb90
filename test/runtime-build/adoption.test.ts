/**
 * Issue #20, adopting the build on the monorepo: the sample monorepo as the
 * real one is (third-party imports, the [project] table that used to live in
 * the build script) with its table removed, short of a dependency, or
 * declined with `project: none`; and `init` writing a table whose wheel, read
 * back by pip and CPython's importlib.metadata, declares what the sample's
 * own table declares.
 *
 * The sample itself stays standard-library only (the release chain installs it
 * offline from the sandbox index), so the fixture adds one module with the
 * kind of imports the real workspace has, and their entries to the sample's
 * table and requirements.txt.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildRuntime, type BuildOptions } from '../../packages/runtime-build/pipeline.js';
import { renderBuildSummary } from '../../packages/runtime-build/summary.js';
import { BUILD_DEFAULTS } from '../../packages/runtime-build/defaults.js';
import { parseWheel } from '../../packages/distribution/read.js';
import { ActionErrors } from '../../packages/toolkit/errors.js';
import { runCli } from '../../cli/main.js';
import type { CliIo } from '../../cli/command.js';
import { node24, repoRoot, runAction } from '../../sandbox/runner.js';
import { installWheel, mustRun } from '../distribution/python.js';
import { replaceOnce } from '../text-edit.js';

const sample = path.join(repoRoot, 'examples', 'monorepo', 'workspace');
const TRANSPORT = [
  '"""Talks to the platform (third-party imports, as the real workspace has)."""',
  'import yaml',
  'import httpx',
  '',
  '',
  'def parse_when(text):',
  '    # Imported here so a plain import does not pay for it.',
  '    from dateutil import parser as dateparser',
  '',
  '    return dateparser.parse(text)',
  '',
  '',
  'def client():',
  '    return httpx.Client(), yaml.safe_load("a: 1")',
  '',
].join('\n');
const DEPENDENCIES = ['PyYAML>=6.0', 'httpx>=0.27', 'python-dateutil>=2.8'];

let ws: string;
let table: string;
beforeEach(() => {
  ws = mkdtempSync(path.join(tmpdir(), 'adoption-'));
  cpSync(sample, path.join(ws, 'workspace'), { recursive: true });
  writeFileSync(path.join(ws, 'workspace', 'transport.py'), TRANSPORT);
  writeFileSync(
    path.join(ws, 'workspace', 'requirements.txt'),
    '# runtime\nPyYAML>=6.0\nhttpx>=0.27\npython-dateutil>=2.8\n# tests\npytest\n',
  );
  const own = readFileSync(path.join(sample, 'pyproject.runtime.toml'), 'utf8');
  expect(own).toContain('dependencies = []');
  table = replaceOnce(
    own,
    'dependencies = []',
    `dependencies = [\n${DEPENDENCIES.map((d) => `  "${d}",`).join('\n')}\n]`,
  );
  writeFileSync(path.join(ws, 'workspace', 'pyproject.runtime.toml'), table);
});
afterEach(() => rmSync(ws, { recursive: true, force: true }));

function options(extra: Partial<BuildOptions> = {}): BuildOptions {
  return {
    cwd: ws,
    source: 'workspace',
    version: '0.2.0',
    packageName: BUILD_DEFAULTS['package-name'],
    importName: BUILD_DEFAULTS['import-name'],
    outDir: 'dist',
    exclude: [...BUILD_DEFAULTS.exclude],
    sourceDateEpoch: '1700000000',
    ...extra,
  };
}

function io(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (l) => stdout.push(l),
    err: (l) => stderr.push(l),
    cwd: ws,
    env: {},
  };
}

function metadataOf(wheel: string): string {
  const w = parseWheel(readFileSync(wheel));
  const name = [...w.files.keys()].find((f) => f.endsWith('.dist-info/METADATA'))!;
  return Buffer.from(w.files.get(name)!).toString('utf8');
}

/** What pip installed, as CPython's importlib.metadata reads it: Requires-Dist and console scripts. */
function installed(wheel: string, venv: string): { requires: string[]; scripts: string[][] } {
  installWheel(wheel, venv);
  const out = mustRun(path.join(venv, 'bin', 'python'), [
    '-c',
    [
      'import importlib.metadata as m, json',
      `d = m.distribution("${BUILD_DEFAULTS['package-name']}")`,
      'print(json.dumps({"requires": sorted(d.requires or []), "scripts": sorted([e.name, e.value] for e in d.entry_points if e.group == "console_scripts")}))',
    ].join('\n'),
  ]);
  return JSON.parse(out) as { requires: string[]; scripts: string[][] };
}

describe('adopting the build on the sample monorepo', () => {
  it('refuses the build when the table is missing, listing every third-party import with file:line', async () => {
    rmSync(path.join(ws, 'workspace', 'pyproject.runtime.toml'));
    let caught: unknown;
    try {
      await buildRuntime(options());
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ActionErrors);
    const e = caught as ActionErrors;
    expect(e.message).toContain('no dependencies and no console scripts');
    expect(e.message).toContain(
      'yaml (workspace/transport.py:2), httpx (workspace/transport.py:3), dateutil (workspace/transport.py:8)',
    );
    expect(e.message).toContain('npx runtime-actions init --source workspace');
    expect(e.message).toContain('project: none');
    expect(e.errors.map((x) => [x.place.file, x.place.line, x.title])).toEqual([
      ['workspace/transport.py', 2, 'Third-party import without a project table'],
      ['workspace/transport.py', 3, 'Third-party import without a project table'],
      ['workspace/transport.py', 8, 'Third-party import without a project table'],
    ]);
    // Standard-library and runtime imports of the sample are not listed.
    expect(e.message).not.toMatch(/\b(json|asyncio|config|events|dataclasses)\b/);
    expect(existsSync(path.join(ws, 'dist'))).toBe(false);
  });

  it('warns, on the import line, about a third-party import no dependency covers, and on the table line about one nothing imports', async () => {
    writeFileSync(
      path.join(ws, 'workspace', 'pyproject.runtime.toml'),
      replaceOnce(table, '  "httpx>=0.27",\n', '  "requests>=2.31",\n'),
    );
    const r = await buildRuntime(options());
    const dep = r.warnings.filter((w) => /dependency/i.test(w.title));
    expect(dep.map((w) => [w.file, w.line, w.title])).toEqual([
      ['workspace/transport.py', 3, 'Undeclared dependency'],
      [
        'workspace/pyproject.runtime.toml',
        table.split('\n').indexOf('  "httpx>=0.27",') + 1,
        'Unused dependency',
      ],
    ]);
    expect(dep[0]!.message).toContain('`httpx`');
    expect(dep[0]!.message).toContain('"httpx"');
    expect(dep[1]!.message).toContain('`requests>=2.31`');
    // yaml is covered by PyYAML and dateutil by python-dateutil: the import-name table.
    expect(r.warnings.map((w) => w.message).join('\n')).not.toMatch(/`yaml`|`dateutil`/);
    const md = renderBuildSummary(r, BUILD_DEFAULTS['package-name']);
    expect(md).toContain('Undeclared dependency');
    expect(md).toContain(
      '| `molecule-ai-workspace-runtime` | `0.2.0` | `>=3.11` | 3 | `molecule-runtime = molecule_runtime.main:main_sync` | `workspace/pyproject.runtime.toml` |',
    );
  });

  it('the full table: no dependency warnings', async () => {
    const r = await buildRuntime(options());
    expect(r.warnings.filter((w) => /dependency/i.test(w.title))).toEqual([]);
    expect(r.metadata).toEqual({
      name: 'molecule-ai-workspace-runtime',
      version: '0.2.0',
      requiresPython: '>=3.11',
      dependencies: 3,
      scripts: ['molecule-runtime = molecule_runtime.main:main_sync'],
      from: 'workspace/pyproject.runtime.toml',
    });
  });

  it('project: none builds the bare package on purpose, and the summary says so', async () => {
    rmSync(path.join(ws, 'workspace', 'pyproject.runtime.toml'));
    const r = await buildRuntime(options({ project: 'none' }));
    const metadata = metadataOf(r.wheel.path);
    expect(metadata).not.toContain('Requires-Dist');
    expect(metadata).toContain('Requires-Python: >=3.11');
    expect(r.metadata.from).toBe('none');
    const md = renderBuildSummary(r, BUILD_DEFAULTS['package-name']);
    expect(md).toContain('| 0 | **none** | none (`project: none`: bare on purpose) |');
  });

  it('dot-files are not shipped unless named with !', async () => {
    writeFileSync(path.join(ws, 'workspace', '.coveragerc'), '[run]\n');
    writeFileSync(path.join(ws, 'workspace', '.env.local'), 'TOKEN=x\n');
    writeFileSync(path.join(ws, 'workspace', 'adapters', '.editorconfig'), 'root = true\n');
    const files = async (exclude: string[]): Promise<string[]> => {
      const r = await buildRuntime(options({ exclude }));
      return [...parseWheel(readFileSync(r.wheel.path)).files.keys()].filter((f) => /\/\./.test(f));
    };
    expect(await files([...BUILD_DEFAULTS.exclude])).toEqual([]);
    expect(await files([...BUILD_DEFAULTS.exclude, '!.coveragerc'])).toEqual([
      'molecule_runtime/.coveragerc',
    ]);
  });

  it('init writes a table (never overwriting) whose wheel declares what the sample’s own table does, as pip and CPython read it', async () => {
    const ownWheel = (await buildRuntime(options({ outDir: 'own' }))).wheel.path;
    rmSync(path.join(ws, 'workspace', 'pyproject.runtime.toml'));

    const run = io();
    expect(await runCli(['init', '--source', 'workspace'], run)).toBe(0);
    expect(run.stderr).toEqual([]);
    const written = readFileSync(path.join(ws, 'workspace', 'pyproject.runtime.toml'), 'utf8');
    expect(written).toContain('requires-python = ">=3.11"');
    expect(written).toContain('readme = "README.md"');
    expect(written).toMatch(/# Also in requirements\.txt, not imported .*: pytest/);
    expect(run.stdout.join('\n')).toContain(
      'script molecule-runtime = molecule_runtime.main:main_sync',
    );

    // Never overwrites: a second run fails and leaves the file as it was.
    writeFileSync(path.join(ws, 'workspace', 'pyproject.runtime.toml'), `${written}# edited\n`);
    const again = io();
    expect(await runCli(['init', '--source', 'workspace'], again)).toBe(1);
    expect(again.stderr.join('\n')).toContain('already exists; init never overwrites it');
    expect(readFileSync(path.join(ws, 'workspace', 'pyproject.runtime.toml'), 'utf8')).toBe(
      `${written}# edited\n`,
    );

    const r = await buildRuntime(options({ outDir: 'init' }));
    expect(r.warnings.filter((w) => /dependency/i.test(w.title))).toEqual([]);
    const fromInit = installed(r.wheel.path, path.join(ws, 'venv-init'));
    const fromOwn = installed(ownWheel, path.join(ws, 'venv-own'));
    expect(fromInit.requires).toEqual([...DEPENDENCIES].sort());
    expect(fromInit).toEqual(fromOwn);
    expect(fromInit.scripts).toEqual([['molecule-runtime', 'molecule_runtime.main:main_sync']]);
    expect(readdirSync(path.join(ws, 'venv-init', 'bin'))).toContain('molecule-runtime');
  });

  it('the action (bundle): an error annotation per import without a table; a warning on the line with one; the metadata row in the summary', async () => {
    rmSync(path.join(ws, 'workspace', 'pyproject.runtime.toml'));
    const refused = await runAction('build', { cwd: ws, inputs: { version: '0.2.0' } });
    expect(refused.exitCode).toBe(1);
    expect(
      refused.annotations
        .filter((a) => a.level === 'error' && a.file)
        .map((a) => [a.file, a.line, a.title]),
    ).toEqual([
      ['workspace/transport.py', 2, 'Third-party import without a project table'],
      ['workspace/transport.py', 3, 'Third-party import without a project table'],
      ['workspace/transport.py', 8, 'Third-party import without a project table'],
    ]);
    expect(existsSync(path.join(ws, 'dist'))).toBe(false);

    writeFileSync(
      path.join(ws, 'workspace', 'pyproject.runtime.toml'),
      replaceOnce(table, '  "httpx>=0.27",\n', ''),
    );
    const warned = await runAction('build', { cwd: ws, inputs: { version: '0.2.0' } });
    expect(warned.exitCode).toBe(0);
    expect(
      warned.annotations.filter((a) => a.level === 'warning').map((a) => [a.file, a.line, a.title]),
    ).toEqual([['workspace/transport.py', 3, 'Undeclared dependency']]);
    expect(warned.stdout).toContain(
      'Metadata: requires-python >=3.11, 2 dependencies, scripts: molecule-runtime = molecule_runtime.main:main_sync (table: workspace/pyproject.runtime.toml)',
    );
    expect(warned.summary).toContain(
      '| `molecule-ai-workspace-runtime` | `0.2.0` | `>=3.11` | 2 | `molecule-runtime = molecule_runtime.main:main_sync` | `workspace/pyproject.runtime.toml` |',
    );
  }, 60_000);

  it('`npx runtime-actions init` (the bundle) writes the starter', () => {
    rmSync(path.join(ws, 'workspace', 'pyproject.runtime.toml'));
    const r = spawnSync(node24, [path.join(repoRoot, 'dist', 'cli', 'index.js'), 'init'], {
      cwd: ws,
      encoding: 'utf8',
    });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('Wrote workspace/pyproject.runtime.toml:');
    expect(readFileSync(path.join(ws, 'workspace', 'pyproject.runtime.toml'), 'utf8')).toContain(
      'molecule-runtime = "molecule_runtime.main:main_sync"',
    );
  });
});
