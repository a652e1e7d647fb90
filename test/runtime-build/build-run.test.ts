/**
 * build in-process: run() from packages/runtime-build/build.ts with a
 * recording io. Outputs, log lines, annotations and the step summary are read
 * as text; in each scenario the bundle runs on the same tree and must write
 * the same outputs, summary, annotations and log lines (action.test.ts stays
 * the end-to-end check with twine, pip and setuptools).
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { run, type BuildInputs } from '../../packages/runtime-build/build.js';
import { BUILD_DEFAULTS } from '../../packages/runtime-build/defaults.js';
import { ActionErrors, formatActionError } from '../../packages/toolkit/errors.js';
import { repoRoot, runAction, type RunResult } from '../../sandbox/runner.js';
import { recordingIo, type RecordingIo } from '../toolkit/recording-io.js';
import {
  removeWorkspaces,
  SMALL_TREE,
  STRING_IMPORT_WARNING,
  workspaceWith,
} from './small-tree.js';

const EPOCH = '1700000000';
const SMALL = { ...SMALL_TREE, 'run.sh': 'echo\n' };
const workspace = workspaceWith;
afterAll(removeWorkspaces);

function smallInputs(ws: string): BuildInputs {
  return {
    cwd: ws,
    source: 'src',
    version: '1.2.0',
    packageName: 'demo-runtime',
    importName: 'demo_runtime',
    outDir: 'out',
    project: '',
    exclude: ['*.sh'],
    modules: [],
    allowUnresolved: [],
    strict: false,
    packageDir: path.join(ws, 'tree'),
    sourceDateEpoch: EPOCH,
  };
}

/** The same inputs, as a step's `with:` (the rest are action.yml defaults). */
const smallWith = (ws: string): Record<string, string> => ({
  source: 'src',
  version: '1.2.0',
  'package-name': 'demo-runtime',
  'import-name': 'demo_runtime',
  'out-dir': 'out',
  exclude: '*.sh',
  'package-dir': path.join(ws, 'tree'),
});

const bundle = (ws: string, inputs: Record<string, string>): Promise<RunResult> =>
  runAction('build', { cwd: ws, inputs, env: { SOURCE_DATE_EPOCH: EPOCH } });

/** The bundle wrote what run() wrote: outputs, summary, annotations and log lines. */
function expectSameAsBundle(r: RunResult, io: RecordingIo, summary: string): void {
  expect([r.exitCode, r.stderr]).toEqual([0, '']);
  expect(r.outputs).toEqual(io.outputs);
  // core.summary.addRaw(text, true) ends the text with a newline.
  expect(r.summary).toBe(`${summary}\n`);
  expect(r.annotations.filter((a) => a.level !== 'debug')).toEqual(
    io.annotations.map((a) => ({
      level: a.level,
      message: a.message,
      ...(a.place.file ? { file: a.place.file } : {}),
      ...(a.place.line ? { line: a.place.line } : {}),
      ...(a.place.title ? { title: a.place.title } : {}),
    })),
  );
  expect(r.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('::'))).toEqual(io.logs);
  // Timings differ from run to run: the debug line's shape is what is compared.
  const debug = r.annotations.filter((a) => a.level === 'debug').map((a) => a.message);
  expect(debug).toEqual([
    expect.stringMatching(/^Phases \(ms\): tree \d+, .*; worker threads: 0$/),
  ]);
  expect(io.debugs).toEqual([
    expect.stringMatching(/^Phases \(ms\): tree \d+, .*; worker threads: 0$/),
  ]);
}

const sha256 = (file: string): string =>
  createHash('sha256').update(readFileSync(file)).digest('hex');

describe('build run()', () => {
  it('builds: outputs, log lines, the warning on its line and the summary, exact; the bundle writes the same', async () => {
    const ws = workspace(SMALL);
    const io = recordingIo();
    const result = await run(smallInputs(ws), io);
    const wheel = path.join(ws, 'out', 'demo_runtime-1.2.0-py3-none-any.whl');
    const sdist = path.join(ws, 'out', 'demo_runtime-1.2.0.tar.gz');
    const [ws256, ss256] = [sha256(wheel), sha256(sdist)];
    const modules = { top_level_modules: ['config', 'main'], subpackages: ['tools'] };
    expect(result.outputs).toEqual({
      wheel,
      sdist,
      'wheel-sha256': ws256,
      'sdist-sha256': ss256,
      version: '1.2.0',
      'package-dir': path.join(ws, 'tree'),
      modules: JSON.stringify(modules),
      prerelease: 'false',
    });
    expect(io.outputs).toEqual(result.outputs);
    expect(result.build.modules).toEqual(modules);
    const kib = (f: string): string => `${(statSync(f).size / 1024).toFixed(1)} KiB`;
    const bytes = (f: string): string => `${statSync(f).size} B`;
    expect(statSync(sdist).size).toBeLessThan(1024);
    expect(io.logs).toEqual([
      `Wheel: ${wheel} (${kib(wheel)}, sha256 ${ws256})`,
      `Sdist: ${sdist} (${bytes(sdist)}, sha256 ${ss256})`,
      '7 files, 2 modules, 1 subpackages, 2 imports rewritten',
      'Metadata: requires-python >=3.11, 0 dependencies, scripts: none (table: none found)',
    ]);
    const warning = STRING_IMPORT_WARNING;
    expect(io.annotations).toEqual([
      {
        level: 'warning',
        message: warning,
        place: {
          file: 'src/tools/search.py',
          line: 5,
          column: 36,
          title: 'String import not rewritten',
        },
      },
    ]);
    expect(io.summaryText).toBe(result.summary);
    expect(result.summary).toBe(
      [
        '### 📦 Built demo-runtime 1.2.0',
        '',
        '| files | Python files | top-level modules | subpackages | imports rewritten | warnings |',
        '| --- | --- | --- | --- | --- | --- |',
        '| 7 | 5 | 2 | 1 | 2 | 1 |',
        '',
        '| artifact | size | sha256 |',
        '| --- | --- | --- |',
        `| \`demo_runtime-1.2.0-py3-none-any.whl\` | ${kib(wheel)} | \`${ws256}\` |`,
        `| \`demo_runtime-1.2.0.tar.gz\` | ${bytes(sdist)} | \`${ss256}\` |`,
        '',
        'Timestamps: 2023-11-14T22:13:20.000Z (SOURCE_DATE_EPOCH). Project metadata: built-in defaults (requires-python >=3.11, no dependencies).',
        '',
        '| name | version | requires-python | dependencies | scripts | table |',
        '| --- | --- | --- | --- | --- | --- |',
        '| `demo-runtime` | `1.2.0` | `>=3.11` | 0 | **none** | **no project table** |',
        '',
        '**Modules**: `config`, `main`  ',
        '**Subpackages**: `tools`',
        '',
        '#### ⚠️ Warnings',
        '',
        '| file | line | warning |',
        '| --- | --- | --- |',
        `| \`src/tools/search.py\` | 5 | **String import not rewritten**: ${warning} |`,
        '',
        '#### Rewritten imports (2)',
        '',
        '| file | line | before → after |',
        '| --- | --- | --- |',
        '| `src/main.py` | 1 | `import config` → `import demo_runtime.config as config` |',
        '| `src/main.py` | 2 | `from tools import search` → `from demo_runtime.tools import search` |',
        '',
        'Generated: `demo_runtime/__init__.py`, `demo_runtime/_runtime_modules.json`, `demo_runtime/py.typed`.',
        '',
        'Excluded (1): `run.sh`.',
        '',
      ].join('\n'),
    );

    // The bundle on the same tree writes the same bytes to the same paths.
    expectSameAsBundle(await bundle(ws, smallWith(ws)), io, result.summary);
    expect(sha256(wheel)).toBe(ws256);
  });

  it('the sample monorepo with the action.yml defaults: the bundle writes what run() writes', async () => {
    const ws = workspaceWith({});
    cpSync(path.join(repoRoot, 'examples', 'monorepo', 'workspace'), path.join(ws, 'workspace'), {
      recursive: true,
    });
    const io = recordingIo();
    const result = await run(
      {
        cwd: ws,
        source: BUILD_DEFAULTS.source,
        version: '0.1.6',
        packageName: BUILD_DEFAULTS['package-name'],
        importName: BUILD_DEFAULTS['import-name'],
        outDir: BUILD_DEFAULTS['out-dir'],
        project: '',
        exclude: [...BUILD_DEFAULTS.exclude],
        modules: [],
        allowUnresolved: [],
        strict: false,
        packageDir: path.join(ws, 'tree'),
        sourceDateEpoch: EPOCH,
      },
      io,
    );
    expect(result.outputs.version).toBe('0.1.6');
    expect(result.summary).toContain('| `workspace/main.py` |');
    expectSameAsBundle(
      await bundle(ws, { version: '0.1.6', 'package-dir': path.join(ws, 'tree') }),
      io,
      result.summary,
    );
  });

  it('a failed build throws before any output; the bundle annotates the same errors', async () => {
    const ws = workspace({ ...SMALL, 'broken.py': 'def f(:\n', 'tools/bad.py': 'x = (\n' });
    const io = recordingIo();
    const failed = await run(smallInputs(ws), io).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ActionErrors);
    const errors = (failed as ActionErrors).errors;
    expect(errors.map((e) => e.place.file)).toEqual(['src/broken.py', 'src/tools/bad.py']);
    expect([io.outputs, io.summaryText]).toEqual([{}, '']);

    const r = await bundle(ws, smallWith(ws));
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toEqual({});
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      ...errors.map(formatActionError),
      (failed as ActionErrors).message,
    ]);
  });

  // The release workflows gate the fan-out on this output (release-prepare's
  // `prerelease`); PEP 440 decides, as pip does with --pre.
  it.each([
    ['0.1.7', 'false'],
    ['0.1.6.post1', 'false'],
    ['1!2.0', 'false'],
    ['0.2.0rc1', 'true'],
    ['0.2.0.dev3', 'true'],
    ['1.0.0a1', 'true'],
    ['1.0.0b2', 'true'],
    ['1.0.0.post1.dev2', 'true'],
  ])('the prerelease output of %s is %s', async (version, prerelease) => {
    const ws = workspace(SMALL);
    const result = await run({ ...smallInputs(ws), version }, recordingIo());
    expect(result.outputs.prerelease).toBe(prerelease);
  });

  it('reads its inputs in the order it always did: a missing version is named before a bad strict', async () => {
    const ws = workspace(SMALL);
    const r = await bundle(ws, { ...smallWith(ws), version: '', strict: 'maybe' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      "Input required and not supplied: version (input 'version') Set 'with: version: …' on the step.",
    ]);
    const strict = await bundle(ws, { ...smallWith(ws), strict: 'maybe' });
    expect(strict.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      "Input 'strict' must be true or false, got 'maybe'. (input 'strict')",
    ]);
  });
});
