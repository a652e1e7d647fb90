/**
 * The runtime phase through the bundle, against real interpreters and real
 * pip: several interpreters at once, `python: floor`, a dependency whose
 * installed version lacks what the code imports (incident 3), import-time
 * configuration, a hanging import, and pip refusing an offline install.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startPyPI } from '../../sandbox/pypi/index.js';
import { allText, type RunResult } from '../../sandbox/runner.js';
import {
  cleanWorkspaces,
  errors,
  expectNothingTwice,
  smoke,
  versionOf,
  workspaceWith,
} from './e2e.js';
import {
  buildWheel,
  healthyRuntime,
  PLACEHOLDERS,
  RUNTIME_SCRIPTS,
  wheelFilename,
  writeWheel,
} from '../../sandbox/samples/wheels.js';
import { replaceOnce } from '../text-edit.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'smoke-runtime-'));
afterAll(() => {
  cleanWorkspaces();
  rmSync(scratch, { recursive: true, force: true });
});

const python3 = versionOf('python3');
// Debian's interpreter: a second, different CPython on this machine (the brief lists it).
const debian = '/usr/bin/python3.11';
const debianVersion = versionOf(debian);

function only(r: RunResult): RunResult['annotations'][number] {
  const e = errors(r);
  expect(e.map((a) => a.title)).toHaveLength(1);
  return e[0] as RunResult['annotations'][number];
}

const unrewritten = (): Record<string, string> => {
  const files = healthyRuntime();
  files['molecule_runtime/a2a_tools.py'] = replaceOnce(
    files['molecule_runtime/a2a_tools.py'] as string,
    'from molecule_runtime.a2a_client import',
    'from a2a_client import',
  );
  return files;
};

describe('smoke-import runtime phase', () => {
  it('runs a fresh venv per interpreter and reports a fault seen on both once, naming both', async () => {
    expect(debianVersion).not.toBe(python3);
    const ws = workspaceWith({ files: unrewritten(), consoleScripts: RUNTIME_SCRIPTS });
    const r = await smoke(ws, {
      install: 'offline',
      env: PLACEHOLDERS,
      python: `python3\n${debian}`,
    });
    expect(r.exitCode).toBe(1);
    const a = only(r);
    expect(a.message).toContain(`Confirmed by importing on Python ${python3}, ${debianVersion}`);
    expect(r.summary).toContain(`| python3 · ${python3} | ${debian} · ${debianVersion} |`);
    expect(r.summary).toMatch(
      /\| `molecule_runtime.a2a_tools` \| ❌ \| ❌ ModuleNotFoundError [^|]*\| ❌ ModuleNotFoundError/,
    );
    expect(r.stdout.match(/fresh venv and pip install/g)).toHaveLength(2);
    const imported = JSON.parse(r.outputs.imported ?? '') as string[];
    expect(imported).toContain('molecule_runtime.config');
    expect(imported).not.toContain('molecule_runtime.a2a_tools');
    expectNothingTwice(r, ['from a2a_client import A2AClient']);
  });

  it('python: floor picks the lowest interpreter on PATH that Requires-Python allows, skipping broken shims', async () => {
    const bin = path.join(scratch, 'floor-bin');
    mkdirSync(bin, { recursive: true });
    // A shim that exists but fails, as pyenv's do for versions not enabled.
    writeFileSync(
      path.join(bin, 'python3.10'),
      '#!/bin/sh\necho "pyenv: python3.10: command not found" >&2\nexit 127\n',
    );
    chmodSync(path.join(bin, 'python3.10'), 0o755);
    // A newer real interpreter, when this machine has one, must lose to 3.11.
    const newer = '/root/.pyenv/versions/3.12.1/bin/python3.12';
    if (existsSync(newer)) symlinkSync(newer, path.join(bin, 'python3.12'));
    const ws = workspaceWith({
      files: healthyRuntime(),
      consoleScripts: RUNTIME_SCRIPTS,
      requiresPython: '>=3.11',
    });
    const r = await smoke(
      ws,
      { install: 'offline', env: PLACEHOLDERS, python: 'floor' },
      { PATH: `${bin}:/usr/bin:/bin` },
    );
    expect(r.annotations).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(`python: floor picked python3.11 (${debianVersion}).`);
    expect(r.summary).toContain(`| floor · ${debianVersion} |`);

    const none = await smoke(
      workspaceWith({ files: healthyRuntime(), requiresPython: '>=3.99' }),
      { install: 'offline', python: 'floor' },
      { PATH: `${bin}:/usr/bin:/bin` },
    );
    expect(none.exitCode).toBe(1);
    expect(only(none).message).toMatch(
      /python: floor found no interpreter on PATH that Requires-Python >=3\.99 allows; found: .*python3\.11 \(/,
    );

    // Beside another interpreter, a missing floor is a warning and the others still run.
    const beside = await smoke(
      workspaceWith({ files: healthyRuntime(), requiresPython: '>=3.99' }),
      { install: 'none', python: `floor\n${debian}` },
      { PATH: `${bin}:/usr/bin:/bin` },
    );
    expect(beside.annotations.map((a) => `${a.level} ${a.title}`)).toEqual([
      'notice Import resolution not run',
      'warning No floor interpreter',
      'error Python below Requires-Python',
    ]);
  });

  it('names a dependency bound that allows a version the code cannot use (incident 3)', async () => {
    const deps = path.join(scratch, 'deps');
    // The installed a2a-sdk stand-in predates the class the runtime imports.
    writeWheel(deps, {
      name: 'a2a-sdk',
      version: '0.9.1',
      files: { 'a2a/__init__.py': '', 'a2a/client.py': 'class LegacyClient:\n    pass\n' },
    });
    const files = healthyRuntime();
    files['molecule_runtime/a2a_client.py'] =
      `from a2a.client import A2AClient as SdkClient\n${files['molecule_runtime/a2a_client.py']}`;
    const ws = workspaceWith({
      files,
      consoleScripts: RUNTIME_SCRIPTS,
      requiresDist: ['a2a-sdk<1.0'],
    });
    const r = await smoke(ws, { install: 'offline', env: PLACEHOLDERS, 'find-links': deps });
    expect(r.exitCode).toBe(1);
    const a = only(r);
    expect(a).toMatchObject({
      title: 'Dependency bound too loose',
      file: 'workspace/a2a_client.py',
      line: 1,
    });
    expect(a.message).toContain("cannot import name 'A2AClient' from 'a2a.client'");
    expect(a.message).toContain('a2a.client comes from a2a-sdk 0.9.1');
    expect(a.message).toContain(
      'Likely cause: a dependency bound in Requires-Dist allows a version the code cannot use',
    );
    // Everything that imports a2a_client breaks through the same line: one fault.
    expect(a.message).toMatch(/Breaks \d+: /);
    expectNothingTwice(r, ["cannot import name 'A2AClient'"]);
  });

  it('install: deps resolves dependencies from the index (a loopback PyPI) and names the bound at fault', async () => {
    const dep = {
      name: 'a2a-sdk',
      version: '0.9.1',
      files: { 'a2a/__init__.py': '', 'a2a/client.py': 'class LegacyClient:\n    pass\n' },
    };
    const pypi = await startPyPI();
    try {
      pypi.seed('a2a-sdk', [{ filename: wheelFilename(dep), content: buildWheel(dep) }]);
      const files = healthyRuntime();
      files['molecule_runtime/a2a_client.py'] =
        `from a2a.client import A2AClient as SdkClient\n${files['molecule_runtime/a2a_client.py']}`;
      const ws = workspaceWith({ files, requiresDist: ['a2a-sdk<1.0'] });
      // A private index's credentials in the URL: masked, and never printed.
      const secret = 'pypi-AgEIcHlwaS5vcmc-sandbox-secret';
      const indexUrl = pypi.simpleUrl.replace('://', `://__token__:${secret}@`);
      const r = await smoke(ws, { install: 'deps', 'index-url': indexUrl, env: PLACEHOLDERS });
      expect(r.masked).toContain(secret);
      expect(allText(r)).not.toContain(secret);
      expect(r.exitCode).toBe(1);
      expect(only(r)).toMatchObject({
        title: 'Dependency bound too loose',
        file: 'workspace/a2a_client.py',
        line: 1,
      });
      // pip asked the loopback index for the dependency and downloaded it from there.
      expect(pypi.requests.map((q) => `${q.method} ${q.url.split('#')[0]} ${q.status}`)).toEqual(
        expect.arrayContaining([
          'GET /simple/a2a-sdk/ 200',
          expect.stringMatching(/^GET .*a2a_sdk-0\.9\.1-py3-none-any\.whl 200$/),
        ]),
      );
    } finally {
      await pypi.close();
    }
  });

  it('says why pip refused an offline install whose dependency is not in find-links', async () => {
    const ws = workspaceWith({ files: healthyRuntime(), requiresDist: ['a2a-sdk>=1.0'] });
    const r = await smoke(ws, { install: 'offline', env: PLACEHOLDERS });
    expect(r.exitCode).toBe(1);
    const a = only(r);
    expect(a.title).toBe('pip install failed');
    expect(a.message).toContain(
      'ERROR: Could not find a version that satisfies the requirement a2a-sdk>=1.0',
    );
    expect(a.message).toContain("every dependency must be in 'find-links'");
  });

  it('reports import-time configuration errors once, with the env hint, when placeholders are missing', async () => {
    const ws = workspaceWith({ files: healthyRuntime(), consoleScripts: RUNTIME_SCRIPTS });
    const r = await smoke(ws, { install: 'offline' });
    expect(r.exitCode).toBe(1);
    const a = only(r);
    expect(a).toMatchObject({ title: 'Import failed', file: 'workspace/config.py', line: 4 });
    expect(a.message).toContain("raised KeyError: 'WORKSPACE_ID'");
    expect(a.message).toContain("give placeholders in the 'env' input");
    expect(a.message).toMatch(/Breaks [5-9]: molecule_runtime.a2a_client/);
  });

  it('gives up on an import that hangs, after timeout', async () => {
    const files = healthyRuntime();
    files['molecule_runtime/waiter.py'] = 'import time\n\ntime.sleep(60)\n';
    const ws = workspaceWith({ files });
    const r = await smoke(ws, { install: 'offline', env: PLACEHOLDERS, timeout: '1500ms' });
    expect(r.exitCode).toBe(1);
    const a = only(r);
    expect(a.title).toBe('Import timed out');
    expect(a.message).toContain('Importing molecule_runtime.waiter did not finish within 1500 ms');
    expect(r.durationMs).toBeLessThan(60_000);
  });
});
