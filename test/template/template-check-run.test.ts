/**
 * template-check in-process: run() from packages/template/template-check.ts
 * with a recording io, against the sandbox index seeded with runtime wheels,
 * on copies of the sample template. The summary is read as exact text, and a
 * passing and a failing run are compared byte for byte with the bundle
 * (action.test.ts keeps the end-to-end checks).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, ActionErrors, formatActionError } from '../../packages/toolkit/errors.js';
import { run, summary, type TemplateCheckInputs } from '../../packages/template/template-check.js';
import { startPyPI, type PyPISandbox } from '../../sandbox/pypi/index.js';
import { repoRoot, runAction, type RunResult } from '../../sandbox/runner.js';
import { recordingIo, type RecordingIo } from '../toolkit/recording-io.js';
import { PACKAGE, runtimeWheel } from './runtime-wheel.js';

const SAMPLE = path.join(
  repoRoot,
  'examples',
  'templates',
  'molecule-ai-workspace-template-claude-code',
);

let pypi: PyPISandbox;
let dir: string;
beforeAll(async () => {
  pypi = await startPyPI();
  pypi.seed(PACKAGE, [runtimeWheel('0.1.6', { manifest: false }), runtimeWheel('0.1.7')]);
});
afterAll(() => pypi.close());
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'template-check-run-'));
  cpSync(SAMPLE, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function inputs(over: Partial<TemplateCheckInputs> = {}): TemplateCheckInputs {
  return {
    packageName: PACKAGE,
    version: '0.1.7',
    indexUrl: pypi.url,
    root: dir,
    dockerfile: 'Dockerfile',
    patterns: ['**/*.py'],
    ...over,
  };
}

const bundle = (extra: Record<string, string> = {}): Promise<RunResult> =>
  runAction('template-check', {
    cwd: dir,
    inputs: { version: '0.1.7', 'index-url': pypi.url, ...extra },
    env: { GITHUB_REPOSITORY: 'Molecule-AI/molecule-ai-workspace-template-claude-code' },
  });

/** run() to its end: the result, or the error it threw, with what it wrote before. */
async function check(
  over: Partial<TemplateCheckInputs> = {},
): Promise<{ io: RecordingIo; error?: ActionError | ActionErrors }> {
  const io = recordingIo();
  try {
    const result = await run(inputs(over), io);
    expect(result.outputs).toEqual(io.outputs);
    expect(result.summary).toBe(io.summaryText);
    return { io };
  } catch (e) {
    if (!(e instanceof ActionError || e instanceof ActionErrors)) throw e;
    return { io, error: e };
  }
}

/** The one ActionError a run threw (not several). */
function one(e: ActionError | ActionErrors | undefined): ActionError {
  expect(e).toBeInstanceOf(ActionError);
  return e as ActionError;
}

const HEADER =
  '| Image Python | Requires-Python | Verdict | Files checked | Bare imports found | Runtime modules from |\n' +
  '| --- | --- | --- | --- | --- | --- |\n';

describe('template-check run()', () => {
  it('passes on the sample template: outputs, summary and log; the bundle writes the same', async () => {
    const { io, error } = await check();
    expect(error).toBeUndefined();
    expect(io.outputs).toEqual({ python: '3.11', 'requires-python': '>=3.11' });
    expect(io.annotations).toEqual([]);
    expect(io.summaryText).toBe(
      `### ✅ Template check against ${PACKAGE} 0.1.7\n\n` +
        HEADER +
        '| 3.11 (`Dockerfile:1`) | >=3.11 | ✅ allowed | 2 | 0 | `_runtime_modules.json` |\n',
    );
    expect(io.logs).toEqual([
      `molecule_ai_workspace_runtime-0.1.7-py3-none-any.whl: Requires-Python >=3.11; 6 runtime modules (manifest).`,
      "2 Python files checked; the image's Python 3.11 and >=3.11: ✅ allowed.",
    ]);

    const r = await bundle();
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual(io.outputs);
    expect(r.summary).toBe(`${io.summaryText}\n`);
    expect(r.annotations).toEqual([]);
  });

  it('FROM python:3.10 against >=3.11: the error on the FROM line, outputs and summary first; as the bundle', async () => {
    writeFileSync(
      path.join(dir, 'Dockerfile'),
      'FROM python:3.10-slim\nARG RUNTIME_VERSION\nRUN pip install "molecule-ai-workspace-runtime==${RUNTIME_VERSION}"\n',
    );
    const { io, error } = await check();
    expect(one(error).title).toBe("Python below the runtime's floor");
    expect(one(error).place).toMatchObject({ file: 'Dockerfile', line: 1 });
    expect(error?.message).toContain(
      "The image's Python 3.10 is below the runtime's Requires-Python >=3.11",
    );
    expect(io.outputs).toEqual({ python: '3.10', 'requires-python': '>=3.11' });
    expect(io.summaryText).toBe(
      `### ❌ Template check against ${PACKAGE} 0.1.7\n\n` +
        HEADER +
        '| 3.10 (`Dockerfile:1`) | >=3.11 | ❌ below the floor | 2 | 0 | `_runtime_modules.json` |\n',
    );

    const r = await bundle();
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toEqual(io.outputs);
    // The bundle's summary: run()'s, then the failure section runAction adds.
    expect(r.summary.startsWith(`${io.summaryText}\n### ❌ Failed\n`)).toBe(true);
    expect(r.annotations.map((a) => a.message)).toEqual([formatActionError(one(error))]);
  });

  it('bare imports: every one on its line with the fixed import, and the table of fixes; as the bundle', async () => {
    writeFileSync(
      path.join(dir, 'loader.py'),
      '"""Plugins."""\nfrom plugins import load_plugins\n\n\ndef configure():\n    import config\n    return config\n',
    );
    const { io, error } = await check();
    expect(error).toBeInstanceOf(ActionErrors);
    const errors = (error as ActionErrors).errors;
    expect(error?.message).toBe('template-check found 2 problems (each annotated on its line).');
    expect(errors.map((e) => [e.place.file, e.place.line, e.title])).toEqual([
      ['loader.py', 2, 'Bare runtime import'],
      ['loader.py', 6, 'Bare runtime import'],
    ]);
    expect(errors[0]?.message).toContain(
      'Write `from molecule_runtime.plugins import load_plugins`.',
    );
    expect(errors[1]?.message).toMatch(
      /inside a function.*Write `from molecule_runtime import config`\./,
    );
    expect(io.summaryText).toBe(
      `### ❌ Template check against ${PACKAGE} 0.1.7\n\n` +
        HEADER +
        '| 3.11 (`Dockerfile:1`) | >=3.11 | ✅ allowed | 3 | 2 | `_runtime_modules.json` |\n' +
        '\n' +
        '| Where | Written | Fixed |\n' +
        '| --- | --- | --- |\n' +
        '| `loader.py:2` | `from plugins import load_plugins` | `from molecule_runtime.plugins import load_plugins` |\n' +
        '| `loader.py:6` | `import config` | `from molecule_runtime import config` |\n',
    );

    const r = await bundle();
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toEqual(io.outputs);
    expect(r.summary.startsWith(`${io.summaryText}\n### ❌ Failed\n`)).toBe(true);
    expect(r.annotations.map((a) => a.message)).toEqual([
      ...errors.map(formatActionError),
      error?.message,
    ]);
  });

  it('reports the floor and every bare import in one run', async () => {
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM python:3.10-slim\nARG RUNTIME_VERSION\n');
    writeFileSync(path.join(dir, 'a.py'), 'from plugins import load_plugins\n');
    writeFileSync(path.join(dir, 'b.py'), 'import os, config\n');
    const { error } = await check();
    expect(error).toBeInstanceOf(ActionErrors);
    expect(error?.message).toMatch(/found 3 problems/);
    expect((error as ActionErrors).errors.map((e) => [e.place.file, e.place.line])).toEqual([
      ['Dockerfile', 1],
      ['a.py', 1],
      ['b.py', 1],
    ]);
  });

  it('an older wheel without _runtime_modules.json: the module list from its files, said so', async () => {
    writeFileSync(path.join(dir, 'loader.py'), 'from plugins import load_plugins\n');
    const { io, error } = await check({ version: '0.1.6' });
    expect(one(error).place).toMatchObject({ file: 'loader.py', line: 1 });
    expect(io.annotations).toEqual([
      expect.objectContaining({
        level: 'warning',
        place: expect.objectContaining({ title: 'No runtime module manifest' }),
      }),
    ]);
    expect(io.summaryText).toContain('| the wheel’s file list |');
  });

  it('FROM ubuntu: a warning on the line that the floor cannot be checked, empty python output', async () => {
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM ubuntu:24.04\nARG RUNTIME_VERSION\n');
    const { io, error } = await check();
    expect(error).toBeUndefined();
    expect(io.outputs.python).toBe('');
    expect(io.annotations).toEqual([
      {
        level: 'warning',
        message: expect.stringMatching(/cannot be checked/),
        place: expect.objectContaining({ file: 'Dockerfile', line: 1 }),
      },
    ]);
    expect(io.summaryText).toContain('| unknown | >=3.11 | ⚠️ not checked | 2 | 0 |');
  });

  it('a Dockerfile without ARG RUNTIME_VERSION: warned', async () => {
    writeFileSync(
      path.join(dir, 'Dockerfile'),
      'FROM python:3.11-slim\nRUN pip install molecule-ai-workspace-runtime\n',
    );
    const { io, error } = await check();
    expect(error).toBeUndefined();
    expect(io.annotations.map((a) => [a.level, a.place.title])).toEqual([
      ['warning', 'No ARG RUNTIME_VERSION'],
    ]);
  });

  it('paths: globs, with ! exclusions', async () => {
    writeFileSync(path.join(dir, 'loader.py'), 'from plugins import load_plugins\n');
    const { io, error } = await check({ patterns: ['**/*.py', '!loader.py'] });
    expect(error).toBeUndefined();
    expect(io.summaryText).toMatch(/\| 2 \| 0 \|/);
  });

  it('a version the index does not have: 404, with what to do', async () => {
    const { error } = await check({ version: '9.9.9' });
    expect(formatActionError(one(error))).toMatch(
      /molecule-ai-workspace-runtime 9\.9\.9 is not on the index.*HTTP 404.*wait-for-pypi/s,
    );
  });

  it('a missing Dockerfile names the input, before the index is asked', async () => {
    const before = pypi.requests.length;
    const { io, error } = await check({ dockerfile: 'docker/Dockerfile' });
    expect(error?.message).toMatch(/^Cannot read the Dockerfile docker\/Dockerfile: /);
    expect(one(error).place).toMatchObject({ input: 'dockerfile' });
    expect(pypi.requests.length).toBe(before);
    expect(io.outputs).toEqual({});
  });
});

describe('template-check summary()', () => {
  it('no Requires-Python, no Python found, modules from the file list', () => {
    const text = summary(
      { packageName: 'rt', version: '1.0', dockerfile: 'Dockerfile' },
      {
        requiresPython: undefined,
        modules: { source: 'file-list', importName: 'rt', topLevelModules: [], subpackages: [] },
      },
      {
        errors: [],
        python: { version: undefined },
        floor: { verdict: 'no-requires-python' },
        imports: { found: [] },
      } as unknown as Parameters<typeof summary>[2],
      0,
    );
    expect(text).toBe(
      '### ✅ Template check against rt 1.0\n\n' +
        HEADER +
        '| unknown | — | ✅ (no Requires-Python) | 0 | 0 | the wheel’s file list |\n',
    );
  });
});
