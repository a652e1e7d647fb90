/**
 * scripts/prerequisites, which scripts/test installs from: each real client is
 * detected by running it from a neutral folder, so a checkout cannot pass for a
 * missing package (from the repository root `import build` finds the action
 * folder build/). CI's machine has every package, so each case here hides one.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../sandbox/runner.js';

const SCRIPT = path.join(repoRoot, 'scripts', 'prerequisites');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'prerequisites-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The script's verdict: the Debian packages it prints, and why (stderr). */
function detect(env: Record<string, string>): { missing: string[]; why: string } {
  const r = spawnSync('bash', [SCRIPT], {
    cwd: repoRoot, // where the shadowing happens
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  return { missing: r.stdout.split('\n').filter(Boolean), why: r.stderr };
}

/** Debian's interpreter without its site-packages (-S): the build module is gone, the stdlib stays. */
function pythonWithoutSitePackages(): string {
  const wrapper = path.join(dir, 'python3-no-site');
  writeFileSync(wrapper, '#!/bin/sh\nexec /usr/bin/python3 -S "$@"\n');
  chmodSync(wrapper, 0o755);
  return wrapper;
}

/** The interpreter `python3` on PATH resolves to (pyenv's shim needs pyenv on PATH; this does not). */
function realPython3(): string {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  return r.stdout.trim();
}

describe('scripts/prerequisites', () => {
  it('finds nothing missing on this machine (every client runs)', () => {
    expect(detect({})).toEqual({ missing: [], why: '' });
  }, 60_000);

  it('reports python3-build when the module is hidden, although `import build` succeeds from the repository root', () => {
    const python = pythonWithoutSitePackages();
    // The old detection: run from the checkout, the action folder build/ imports as a namespace package.
    const naive = spawnSync(python, ['-c', 'import build'], { cwd: repoRoot, encoding: 'utf8' });
    expect(naive.status).toBe(0);
    const { missing, why } = detect({ PREREQUISITE_SYSTEM_PYTHON: python });
    expect(missing).toEqual(['python3-build']);
    expect(why).toContain(`'${python} -I -m build --version' does not run`);
  }, 60_000);

  it("reports twine when Debian's is not there, and shellcheck when it is not on PATH", () => {
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    // Only what the script itself needs, and the python3 the tests use.
    for (const tool of ['bash', 'mktemp', 'rm']) {
      const found = spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' });
      symlinkSync(found.stdout.trim(), path.join(bin, tool));
    }
    symlinkSync(realPython3(), path.join(bin, 'python3'));
    const twine = path.join(dir, 'removed', 'twine');
    const { missing, why } = detect({ PATH: bin, PREREQUISITE_TWINE: twine });
    expect(missing).toEqual(['twine', 'shellcheck']);
    expect(why).toContain(`'${twine} --version' does not run`);
    expect(why).toContain("'shellcheck --version' does not run");
  }, 60_000);

  it('reports python3-venv when the interpreter cannot make a venv with pip', () => {
    const { missing } = detect({ PREREQUISITE_PYTHON: path.join(dir, 'no-such-python3') });
    expect(missing).toEqual(['python3-venv']);
  }, 60_000);
});

describe('scripts/test on a machine that lacks python3-build', () => {
  it('asks apt-get for it even when apt-get fails, then stops naming what is still missing', () => {
    // A stand-in apt-get that records its arguments and fails, as on a machine with no mirror.
    const shim = path.join(dir, 'shim');
    mkdirSync(shim);
    const calls = path.join(dir, 'calls');
    writeFileSync(path.join(shim, 'apt-get'), `#!/bin/sh\necho "$@" >> '${calls}'\nexit 1\n`);
    chmodSync(path.join(shim, 'apt-get'), 0o755);
    const r = spawnSync('bash', [path.join(repoRoot, 'scripts', 'test')], {
      cwd: dir,
      env: {
        ...process.env,
        PATH: `${shim}:${process.env.PATH ?? ''}`,
        PREREQUISITE_SYSTEM_PYTHON: pythonWithoutSitePackages(),
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const asked = readFileSync(calls, 'utf8').split('\n').filter(Boolean);
    expect(asked).toEqual(['update -qq', 'install -y -qq python3-build']);
    expect(r.stderr).toContain('apt-get update failed');
    expect(r.stderr).toContain('Still missing after apt-get install: python3-build');
    // It stopped there: nothing after the set-up ran.
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('== typecheck');
  }, 90_000);
});
