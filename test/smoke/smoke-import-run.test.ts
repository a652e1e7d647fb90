/**
 * smoke-import in-process: run() from packages/smoke/smoke-import.ts with a
 * recording io, on small wheels. Outputs, logs, annotations and the step
 * summary are read as text; in the static scenarios the bundle runs on the
 * same wheel and must write the same (timings aside). The planted-fault and
 * runtime files stay the end-to-end checks through the bundle.
 */
import path from 'node:path';
import {
  run,
  importTimeoutMs,
  parseIndexUrl,
  urlSecrets,
} from '../../packages/smoke/smoke-import.js';
import type { SmokeImportInputs } from '../../packages/smoke/smoke-import.js';
import { ActionError, ActionErrors, formatActionError } from '../../packages/toolkit/errors.js';
import { RUNTIME_SCRIPTS, wheelFilename, type WheelSpec } from '../../sandbox/samples/wheels.js';
import type { RunResult } from '../../sandbox/runner.js';
import { recordingIo, type RecordingIo } from '../toolkit/recording-io.js';
import { cleanWorkspaces, smoke, versionOf, workspaceWith } from './e2e.js';

afterAll(cleanWorkspaces);

const python3 = versionOf('python3');
const SMALL: WheelSpec = {
  files: {
    'molecule_runtime/__init__.py': '',
    'molecule_runtime/config.py': 'import os\nNAME = 1\n',
    'molecule_runtime/main.py':
      'from molecule_runtime import config\n\n\ndef main_sync():\n    return config.NAME\n',
  },
  consoleScripts: RUNTIME_SCRIPTS,
  requiresPython: '>=3.11',
};
const WHEEL = wheelFilename(SMALL);

function inputs(ws: string, over: Partial<SmokeImportInputs> = {}): SmokeImportInputs {
  return {
    wheelPath: path.join(ws, 'dist', WHEEL),
    pythons: ['python3'],
    install: 'none',
    indexUrl: '',
    findLinks: [],
    modules: [],
    symbols: [{ module: 'molecule_runtime.config', attr: 'NAME' }],
    env: {},
    timeoutMs: 60_000,
    source: 'workspace',
    workspace: ws,
    tempDir: path.join(ws, 'tmp'),
    ...over,
  };
}
const staticWith = { install: 'none', symbols: 'molecule_runtime.config:NAME' };

/** Durations differ from run to run; everything else is compared as written. */
const untimed = (text: string): string => text.replace(/\d+(\.\d+)? (ms|s)\b/g, '<time>');

/** The bundle wrote what run() wrote: outputs, summary, annotations, log lines. */
function expectSameAsBundle(r: RunResult, io: RecordingIo, summary: string): void {
  expect(r.outputs).toEqual(io.outputs);
  expect(untimed(r.summary)).toBe(untimed(`${summary}\n`));
  const recorded = io.annotations.map((a) => ({
    level: a.level,
    message: a.message,
    ...(a.place.file ? { file: a.place.file } : {}),
    ...(a.place.line ? { line: a.place.line } : {}),
    ...(a.place.title ? { title: a.place.title } : {}),
  }));
  expect(r.annotations.slice(0, recorded.length)).toEqual(recorded);
  const logs = r.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('::'));
  expect(logs.map(untimed)).toEqual(io.logs.map(untimed));
}

describe('smoke-import run()', () => {
  it('static only: outputs, the notice, the log and the summary, exact; the bundle writes the same', async () => {
    const ws = workspaceWith(SMALL);
    const io = recordingIo();
    const result = await run(inputs(ws), io);
    expect(result.outputs).toEqual({ imported: '[]', failed: '[]' });
    expect(io.outputs).toEqual(result.outputs);
    const skipped =
      'install: none installs nothing, so the imported names were not looked up in a venv (importlib.util.find_spec did not run)';
    expect(io.annotations).toEqual([
      {
        level: 'notice',
        message: `Import resolution did not run: ${skipped}.`,
        place: { title: 'Import resolution not run', input: 'install' },
      },
    ]);
    expect(io.logs.map(untimed)).toEqual([
      `Static check: 3 modules parsed with Python ${python3} in <time>: no problems.`,
      `${WHEEL}: 5 checks passed (static only).`,
    ]);
    expect(io.summaryText).toBe(result.summary);
    expect(untimed(result.summary)).toBe(
      [
        `### Smoke import: \`${WHEEL}\``,
        '',
        'molecule-ai-workspace-runtime 1.0.0 · Requires-Python `>=3.11` · 3 modules, static check in <time>',
        '',
        '✅ Every module, console script and symbol passed the static check (install: none, nothing imported).',
        '',
        `Import resolution: **not run**: ${skipped}.`,
        '',
        `| module / target | static (${python3}) |`,
        '| --- | --- |',
        '| `molecule_runtime` | ✅ |',
        '| `molecule_runtime.config` | ✅ |',
        '| `molecule_runtime.main` | ✅ |',
        '| script `molecule-runtime = molecule_runtime.main:main_sync` | ✅ |',
        '| symbol `molecule_runtime.config:NAME` | ✅ |',
        '',
      ].join('\n'),
    );

    const r = await smoke(ws, staticWith);
    expect([r.exitCode, r.stderr]).toEqual([0, '']);
    expectSameAsBundle(r, io, result.summary);
  });

  it('several faults: outputs and summary first, then one ActionErrors; the bundle annotates the same', async () => {
    const files = {
      ...SMALL.files,
      'molecule_runtime/main.py': 'import config\n\n\ndef main():\n    return config.NAME\n',
      'molecule_runtime/events.py': 'def emit(:\n    pass\n',
    };
    const ws = workspaceWith({ ...SMALL, files });
    const io = recordingIo();
    const failed = await run(inputs(ws), io).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ActionErrors);
    const errors = (failed as ActionErrors).errors;
    expect(errors.map((e) => `${e.title} ${e.place.file}:${e.place.line ?? ''}`)).toEqual([
      'Syntax error workspace/events.py:1',
      'Missing entry-point target workspace/main.py:',
      'Unrewritten bare import workspace/main.py:1',
    ]);
    expect((failed as ActionErrors).message).toBe(`${WHEEL}: 3 faults; it must not be published.`);
    // Set before the failure, as the runner keeps them on a failed step.
    expect(io.outputs.imported).toBe('[]');
    expect(JSON.parse(io.outputs.failed ?? '')).toHaveLength(3);
    expect(io.summaryText).toContain('❌ **3 faults**: not fit to publish');

    const r = await smoke(ws, staticWith);
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toEqual(io.outputs);
    expect(untimed(r.summary)).toContain(untimed(io.summaryText));
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      ...errors.map(formatActionError),
      (failed as ActionErrors).message,
    ]);
  });

  it('one fault is thrown as itself', async () => {
    const files = { ...SMALL.files, 'molecule_runtime/events.py': 'def emit(:\n    pass\n' };
    const ws = workspaceWith({ ...SMALL, files });
    const failed = await run(inputs(ws), recordingIo()).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ActionError);
    expect(failed).not.toBeInstanceOf(ActionErrors);
    expect((failed as ActionError).title).toBe('Syntax error');
  });

  it('install: offline imports every module in a fresh venv and says where', async () => {
    const ws = workspaceWith(SMALL);
    const io = recordingIo();
    const result = await run(inputs(ws, { install: 'offline' }), io);
    expect(JSON.parse(result.outputs.imported ?? '')).toEqual([
      'molecule_runtime',
      'molecule_runtime.config',
      'molecule_runtime.main',
    ]);
    expect(io.annotations).toEqual([]);
    expect(io.logs[io.logs.length - 1]).toBe(`${WHEEL}: 5 checks passed; imported on ${python3}.`);
    expect(result.summary).toContain(
      `| module / target | static (${python3}) | python3 · ${python3} |`,
    );
  });
});

describe("smoke-import's input checks", () => {
  it('index-url: http(s) or file, else refused naming the input', () => {
    expect(parseIndexUrl('')).toBe('');
    expect(parseIndexUrl('https://pypi.org/simple')).toBe('https://pypi.org/simple');
    expect(() => parseIndexUrl('pypi.org/simple')).toThrow(
      "Input 'index-url' must be an http(s) or file URL, got 'pypi.org/simple'.",
    );
  });

  it('the secrets a URL carries: the password (as written and decoded), else a bare token user', () => {
    expect(urlSecrets('https://user:s3cr%40t@host/simple')).toEqual(['s3cr@t', 's3cr%40t']);
    expect(urlSecrets('https://tok%2Fen@host/simple')).toEqual(['tok/en']);
    expect(urlSecrets('https://host/simple')).toEqual([]);
    expect(urlSecrets('./wheels')).toEqual([]);
  });

  it('timeout: a duration of at least 1 ms', () => {
    expect(importTimeoutMs('90s')).toBe(90_000);
    expect(() => importTimeoutMs('0.0001s')).toThrow("Input 'timeout' must be at least 1 ms");
  });

  it('the entry masks index-url and find-links credentials before anything runs, and reads inputs in order', async () => {
    const ws = workspaceWith(SMALL);
    const r = await smoke(ws, {
      ...staticWith,
      'index-url': 'https://user:s3cr%40t@127.0.0.1:9/simple',
      'find-links': 'https://tok3n@127.0.0.1:9/links',
    });
    expect(r.exitCode).toBe(0);
    expect(r.masked).toEqual(['s3cr@t', 's3cr%40t', 'tok3n']);
    // install is read before timeout: its error is the one shown.
    const both = await smoke(ws, { install: 'sometimes', timeout: '0.0001s' });
    expect(both.annotations.filter((a) => a.level === 'error').map((a) => a.title)).toEqual([
      undefined,
    ]);
    expect(both.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^Input 'install' must be one of deps, offline, none, got 'sometimes'\./,
    );
  });
});
