/**
 * The template-check BUNDLE, run as the Actions runner runs it, against the
 * sandbox PyPI seeded with a runtime wheel built here, on copies of the
 * sample templates in examples/templates/. The end-to-end cases only: every
 * case is also run in-process, with its summary as exact text, in
 * template-check-run.test.ts.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startPyPI, type PyPISandbox } from '../../sandbox/pypi/index.js';
import { repoRoot, runAction } from '../../sandbox/runner.js';
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
  if (!existsSync(path.join(repoRoot, 'dist', 'template-check', 'index.js'))) {
    throw new Error(
      'dist/template-check/index.js is missing: node scripts/bundle.mjs template-check',
    );
  }
  pypi = await startPyPI();
  pypi.seed(PACKAGE, [runtimeWheel('0.1.6', { manifest: false }), runtimeWheel('0.1.7')]);
});
afterAll(() => pypi.close());

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'template-check-'));
  cpSync(SAMPLE, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (inputs: Record<string, string> = {}) =>
  runAction('template-check', {
    cwd: dir,
    inputs: { version: '0.1.7', 'index-url': pypi.url, ...inputs },
    env: { GITHUB_REPOSITORY: 'Molecule-AI/molecule-ai-workspace-template-claude-code' },
  });
const errors = (r: Awaited<ReturnType<typeof run>>) =>
  r.annotations.filter((a) => a.level === 'error');

describe('template-check (the bundle, against the sandbox index)', () => {
  it('passes on the sample template: python:3.11-slim against >=3.11, no bare imports', async () => {
    const r = await run();
    expect(errors(r)).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual({ python: '3.11', 'requires-python': '>=3.11' });
    expect(r.summary).toContain(
      '| Image Python | Requires-Python | Verdict | Files checked | Bare imports found |',
    );
    expect(r.summary).toMatch(/\| 3\.11 \(`Dockerfile:1`\) \| >=3\.11 \| ✅ allowed \| 2 \| 0 \|/);
    // The wheel was read from the index: the release JSON, then the file.
    expect(pypi.requests.map((q) => q.url)).toEqual(
      expect.arrayContaining([
        `/pypi/${PACKAGE}/0.1.7/json`,
        expect.stringMatching(/molecule_ai_workspace_runtime-0\.1\.7-py3-none-any\.whl$/),
      ]),
    );
  });

  it('fails on FROM python:3.10-slim against >=3.11, with the explanation on the FROM line', async () => {
    writeFileSync(
      path.join(dir, 'Dockerfile'),
      'FROM python:3.10-slim\nARG RUNTIME_VERSION\nRUN pip install "molecule-ai-workspace-runtime==${RUNTIME_VERSION}"\n',
    );
    const r = await run();
    expect(r.exitCode).toBe(1);
    expect(r.outputs.python).toBe('3.10');
    expect(errors(r)).toEqual([
      expect.objectContaining({
        file: 'Dockerfile',
        line: 1,
        title: "Python below the runtime's floor",
        message: expect.stringContaining(
          "The image's Python 3.10 is below the runtime's Requires-Python >=3.11: `pip install molecule-ai-workspace-runtime==0.1.7` in this image would fail with pip's 'Could not find a version that satisfies the requirement molecule-ai-workspace-runtime==0.1.7 (from versions: none)', which never mentions Python. Use FROM python:3.11-slim or newer.",
        ),
      }),
    ]);
    expect(r.summary).toContain('❌ below the floor');
    expect(r.stdout).not.toMatch(/at .*index\.js:\d+/); // an expected failure: no stack trace
  });

  it('catches `from plugins import load_plugins` in a template, on its line, with the fixed import', async () => {
    writeFileSync(
      path.join(dir, 'loader.py'),
      '"""Plugins."""\nfrom plugins import load_plugins\n\n\ndef configure():\n    import config\n    return config\n',
    );
    const r = await run();
    expect(r.exitCode).toBe(1);
    expect(errors(r).filter((a) => a.file)).toEqual([
      expect.objectContaining({
        file: 'loader.py',
        line: 2,
        title: 'Bare runtime import',
        message: expect.stringContaining(
          'Write `from molecule_runtime.plugins import load_plugins`.',
        ),
      }),
      expect.objectContaining({
        file: 'loader.py',
        line: 6,
        message: expect.stringMatching(
          /inside a function.*Write `from molecule_runtime import config`\./,
        ),
      }),
    ]);
    expect(r.summary).toContain(
      '| `loader.py:2` | `from plugins import load_plugins` | `from molecule_runtime.plugins import load_plugins` |',
    );
  });

  it('retries a failing index (503 twice) and then succeeds', async () => {
    pypi.faults.add({ path: `/pypi/${PACKAGE}/0.1.7/json`, kind: 'status', status: 503, times: 2 });
    try {
      const r = await run();
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toMatch(/Retrying .*0\.1\.7\/json .*HTTP 503/);
    } finally {
      pypi.faults.clear();
    }
  });
});
