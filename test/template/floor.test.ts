import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { imagePython } from '../../packages/template/dockerfile.js';
import { checkPythonFloor } from '../../packages/template/floor.js';
import { startPyPI } from '../../sandbox/pypi/index.js';

const PACKAGE = 'molecule-ai-workspace-runtime';
const check = (dockerfile: string, requiresPython: string | undefined, version = '0.1.7') =>
  checkPythonFloor({
    python: imagePython(dockerfile),
    requiresPython,
    packageName: PACKAGE,
    version,
    dockerfile: 'Dockerfile',
  });

describe("the image's Python against Requires-Python", () => {
  it('FROM python:3.10-slim against >=3.11 fails with the explanation, on the FROM line', () => {
    const r = check('# template\nFROM python:3.10-slim\nRUN pip install x\n', '>=3.11');
    expect(r.verdict).toBe('below');
    expect(r.error?.place).toMatchObject({ file: 'Dockerfile', line: 2 });
    expect(r.error?.title).toBe("Python below the runtime's floor");
    expect(r.error?.message).toBe(
      "The image's Python 3.10 is below the runtime's Requires-Python >=3.11: " +
        "`pip install molecule-ai-workspace-runtime==0.1.7` in this image would fail with pip's " +
        "'Could not find a version that satisfies the requirement molecule-ai-workspace-runtime==0.1.7 (from versions: none)', " +
        'which never mentions Python. Use FROM python:3.11-slim or newer.',
    );
  });

  it('FROM python:3.11-slim against >=3.11 passes', () => {
    const r = check('FROM python:3.11-slim\n', '>=3.11');
    expect(r.verdict).toBe('ok');
    expect(r.error).toBeUndefined();
    expect(r.warning).toBeUndefined();
  });

  it('the suggestion keeps the image name and tag suffix the template uses', () => {
    expect(
      check('FROM docker.io/library/python:3.9.18-slim-bookworm\n', '>=3.11').error?.message,
    ).toMatch(/Use FROM docker\.io\/library\/python:3\.11-slim-bookworm or newer\.$/);
    expect(
      check('FROM ghcr.io/astral-sh/uv:python3.10-bookworm-slim\n', '>=3.12').error?.message,
    ).toMatch(/Use FROM ghcr\.io\/astral-sh\/uv:python3\.12-bookworm-slim or newer\.$/);
  });

  it('a version that comes from an ARG default says so (a --build-arg overrides it)', () => {
    const r = check('ARG PYTHON_VERSION=3.10\nFROM python:${PYTHON_VERSION}-slim\n', '>=3.11');
    expect(r.error?.place.line).toBe(2);
    expect(r.error?.message).toMatch(
      /PYTHON_VERSION=3\.10 comes from the ARG on line 1; a --build-arg can override it/,
    );
  });

  it('above a ceiling, and excluded by !=', () => {
    const above = check('FROM python:3.13-slim\n', '>=3.11,<3.13');
    expect(above.verdict).toBe('above');
    expect(above.error?.message).toMatch(
      /is above the runtime's Requires-Python >=3\.11,<3\.13.*Use FROM python:3\.12-slim\.$/,
    );
    const excluded = check('FROM python:3.12-slim\n', '>=3.11,!=3.12.*');
    expect(excluded.verdict).toBe('excluded');
    expect(excluded.error?.message).toMatch(/Allowed: 3\.11, 3\.13/);
  });

  it('X.Y against a specifier on the patch release: a warning, not a guess', () => {
    expect(check('FROM python:3.11-slim\n', '>=3.11.4')).toMatchObject({
      verdict: 'patch-dependent',
    });
    expect(check('FROM python:3.11.2-slim\n', '>=3.11.4').verdict).toBe('below');
    expect(check('FROM python:3.11.9-slim\n', '>=3.11.4').verdict).toBe('ok');
  });

  it('unknown Python: a warning that says what to do, never an error', () => {
    const r = check('FROM ubuntu:24.04\n', '>=3.11');
    expect(r.verdict).toBe('unknown');
    expect(r.error).toBeUndefined();
    expect(r.warning).toMatch(/cannot be checked/);
    expect(check('FROM python:3\n', '>=3.11').warning).toMatch(
      /Pin the minor version: FROM python:3\.11/,
    );
  });

  it('no Requires-Python: anything goes; an unreadable one: a warning', () => {
    expect(check('FROM python:3.8\n', undefined).verdict).toBe('no-requires-python');
    expect(check('FROM python:3.8\n', '>=three').warning).toMatch(/not a valid PEP 440 specifier/);
  });
});

/**
 * The oracle: real pip, asked to install the release from an index (the
 * sandbox PyPI, whose simple API carries data-requires-python as PyPI's
 * does) on an interpreter of the given version. Where pip refuses, the check
 * must fail; where pip installs, it must pass.
 */
describe('agrees with real pip against an index', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'floor-pip-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function wheel(spec: string): Uint8Array {
    const info = 'molecule_ai_workspace_runtime-0.1.7.dist-info';
    return zipSync({
      'molecule_runtime/__init__.py': strToU8(''),
      [`${info}/METADATA`]: strToU8(
        `Metadata-Version: 2.1\nName: ${PACKAGE}\nVersion: 0.1.7\nRequires-Python: ${spec}\n\n`,
      ),
      [`${info}/WHEEL`]: strToU8(
        'Wheel-Version: 1.0\nGenerator: t\nRoot-Is-Purelib: true\nTag: py3-none-any\n\n',
      ),
      [`${info}/RECORD`]: strToU8(''),
    });
  }

  function pip(
    indexUrl: string,
    python: string,
    out: string,
  ): Promise<{ ok: boolean; stderr: string }> {
    return new Promise((resolve) => {
      const args = [
        '-m',
        'pip',
        'download',
        '--no-deps',
        '--index-url',
        indexUrl,
        '--only-binary=:all:',
      ];
      args.push('--python-version', python, '-d', out, `${PACKAGE}==0.1.7`);
      const child = spawn('python3', args, {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_CACHE_DIR: '1' },
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('close', (code) => resolve({ ok: code === 0, stderr }));
    });
  }

  const specs = ['>=3.11', '>=3.11,<3.13', '>=3.10.4,!=3.12.*'];
  const pythons = ['3.10.2', '3.10.14', '3.11.9', '3.12.3', '3.13.1'];

  it.each(specs)('Requires-Python %s', async (spec) => {
    const pypi = await startPyPI();
    try {
      pypi.seed(PACKAGE, [
        { filename: 'molecule_ai_workspace_runtime-0.1.7-py3-none-any.whl', content: wheel(spec) },
      ]);
      const out = mkdtempSync(path.join(dir, 'out-'));
      const pipSays = await Promise.all(
        pythons.map((p) => pip(pypi.simpleUrl, p, path.join(out, p))),
      );
      const ours = pythons.map((p) => check(`FROM python:${p}-slim\n`, spec));
      const table = pythons.map((p, j) => [p, pipSays[j]?.ok, ours[j]?.error === undefined]);
      expect(table).toEqual(pythons.map((p, j) => [p, pipSays[j]?.ok, pipSays[j]?.ok]));
      expect(pipSays.some((r) => !r.ok)).toBe(true);
      // Where pip refuses, its words are the ones the message quotes, and it never names the Python.
      for (const [j, r] of pipSays.entries()) {
        if (r.ok) continue;
        const quoted = `Could not find a version that satisfies the requirement ${PACKAGE}==0.1.7 (from versions: none)`;
        expect(r.stderr).toContain(quoted);
        expect(ours[j]?.error?.message).toContain(quoted);
      }
    } finally {
      await pypi.close();
    }
  });
});
