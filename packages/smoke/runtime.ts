/**
 * The runtime phase: a fresh venv per interpreter, the wheel installed as a
 * user would (pip), then every module imported, every console script loaded
 * by name and every named symbol resolved -- each in its own interpreter
 * process (probe.py), so one broken module cannot hide the others.
 */
import { mkdirSync } from 'node:fs';
import { availableParallelism, platform } from 'node:os';
import path from 'node:path';
import type { Interpreter } from './interpreters.js';
import { mapBounded, runProcess } from './process.js';
import { PROBE_PY } from './probe-script.js';
import { RESOLVE_IMPORTS_PY } from './resolve-imports-script.js';

export type InstallMode = 'deps' | 'offline';

export interface ProbeJob {
  kind: 'module' | 'symbol' | 'entry-point';
  /** What the summary row is called: the module, `module:attr`, or `console script name`. */
  label: string;
  module?: string;
  attr?: string;
  dist?: string;
  group?: string;
  name?: string;
}

export interface ProbeFrame {
  /** Path relative to site-packages when installed (`pkg/a.py`), else as Python saw it. */
  file: string;
  installed: boolean;
  /** Inside one of the wheel's top-level packages. */
  ours: boolean;
  line: number | null;
  function: string;
  text: string;
}

export interface ProbeResult {
  job: ProbeJob;
  ok: boolean;
  seconds: number;
  exception?: string;
  message?: string;
  /** ImportError.name: the module that could not be found or imported from. */
  name?: string | null;
  frames?: ProbeFrame[];
  traceback?: string;
  /** Distributions that provide the module an ImportError names (not ours). */
  dependency?: { name: string; version: string | null }[];
  timedOut?: boolean;
  /** The probe died without reporting (os._exit at import time, a crash in C code). */
  crashed?: string;
}

export interface InstallResult {
  ok: boolean;
  ms: number;
  /** pip's ERROR lines (or the tail of its output) when it failed. */
  errors: string[];
  log: string;
  venvPython: string;
}

export interface InstallOptions {
  interpreter: Interpreter;
  wheelPath: string;
  mode: InstallMode;
  indexUrl?: string;
  findLinks?: string[];
  /** A folder of its own for this interpreter (the venv goes inside). */
  workDir: string;
  timeoutMs?: number;
}

function venvPythonPath(venv: string): string {
  return platform() === 'win32'
    ? path.join(venv, 'Scripts', 'python.exe')
    : path.join(venv, 'bin', 'python');
}

// pip gained --python (install into another interpreter's environment) in 22.3.
function pipHasPythonOption(version: string | undefined): boolean {
  if (!version) return false;
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 3);
}

export function pipInstallArgs(
  o: Pick<InstallOptions, 'mode' | 'indexUrl' | 'findLinks' | 'wheelPath'>,
): string[] {
  const args = ['install', '--no-input', '--disable-pip-version-check'];
  if (o.mode === 'offline') {
    args.push('--no-index');
    for (const f of o.findLinks ?? []) args.push('--find-links', f);
  } else if (o.indexUrl) {
    args.push('--index-url', o.indexUrl);
  }
  args.push(o.wheelPath);
  return args;
}

/** Creates a fresh venv and installs the wheel into it with pip. */
export async function createVenvAndInstall(o: InstallOptions): Promise<InstallResult> {
  const started = performance.now();
  const venv = path.join(o.workDir, 'venv');
  mkdirSync(o.workDir, { recursive: true });
  const venvPython = venvPythonPath(venv);
  const timeoutMs = o.timeoutMs ?? 600_000;
  // When the interpreter has a recent pip, the venv is made without one and
  // that pip installs into it (--python): the same install, ~3 s faster per
  // interpreter than bootstrapping pip into every venv with ensurepip.
  const borrowPip = pipHasPythonOption(o.interpreter.pip);
  const venvArgs = ['-m', 'venv', ...(borrowPip ? ['--without-pip'] : []), venv];
  const made = await runProcess(o.interpreter.executable, venvArgs, { timeoutMs });
  if (made.code !== 0) {
    return {
      ok: false,
      ms: performance.now() - started,
      errors: [
        made.spawnError
          ? `could not start ${o.interpreter.executable}: ${made.spawnError.message}`
          : `python -m venv failed${made.timedOut ? ' (timed out)' : ''}: ${lastLines(made.stderr + made.stdout, 3)}`,
      ],
      log: made.stdout + made.stderr,
      venvPython,
    };
  }
  const pip = borrowPip
    ? {
        cmd: o.interpreter.executable,
        args: ['-m', 'pip', '--python', venvPython, ...pipInstallArgs(o)],
      }
    : { cmd: venvPython, args: ['-m', 'pip', ...pipInstallArgs(o)] };
  const r = await runProcess(pip.cmd, pip.args, { timeoutMs, cwd: o.workDir });
  const log = `$ ${[pip.cmd, ...pip.args].join(' ')}\n${r.stdout}${r.stderr}`;
  const ok = r.code === 0;
  const errors = ok
    ? []
    : r.timedOut
      ? [`pip install timed out after ${Math.round(timeoutMs / 1000)} s`]
      : pipErrors(r.stderr + r.stdout);
  return { ok, ms: performance.now() - started, errors, log, venvPython };
}

/** pip's own ERROR lines, which say what failed; the tail of the output when there are none. */
export function pipErrors(output: string): string[] {
  const errors = output
    .split('\n')
    .filter((l) => l.startsWith('ERROR:'))
    .map((l) => l.trim());
  return errors.length ? errors : [lastLines(output, 5)];
}

function lastLines(text: string, n: number): string {
  return text.trim().split('\n').slice(-n).join(' / ');
}

export interface ProbeOptions {
  venvPython: string;
  jobs: ProbeJob[];
  /** The wheel's top-level import names: frames inside them are "ours". */
  tops: string[];
  /** Placeholders the imported code may read (WORKSPACE_ID …). */
  env: Record<string, string>;
  timeoutMs: number;
  /** An empty folder to run in, so nothing in the checkout can shadow the installed package. */
  cwd: string;
  concurrency?: number;
}

/** Runs every job in its own fresh interpreter, in parallel up to the CPU count. */
export async function runProbes(o: ProbeOptions): Promise<ProbeResult[]> {
  mkdirSync(o.cwd, { recursive: true });
  return mapBounded(o.jobs, o.concurrency ?? availableParallelism(), async (job) => {
    const payload = JSON.stringify({ ...job, tops: o.tops, env: o.env });
    // -I: no current directory or user site on sys.path, no PYTHON* variables:
    // only what pip installed into the venv can be imported.
    const r = await runProcess(o.venvPython, ['-I', '-c', PROBE_PY, payload], {
      cwd: o.cwd,
      timeoutMs: o.timeoutMs,
    });
    if (r.timedOut) {
      return {
        job,
        ok: false,
        seconds: r.ms / 1000,
        timedOut: true,
        exception: 'TimeoutError',
        message: `did not finish within ${formatLimit(o.timeoutMs)}`,
      };
    }
    try {
      const parsed = JSON.parse(r.stdout) as Omit<ProbeResult, 'job'>;
      return { job, ...parsed };
    } catch {
      return {
        job,
        ok: false,
        seconds: r.ms / 1000,
        exception: 'ProcessExit',
        message: `the interpreter exited with ${r.code ?? 'a signal'} before reporting`,
        crashed: lastLines(r.stderr, 8),
      };
    }
  });
}

function formatLimit(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/**
 * The top-level names among `names` that importlib.util.find_spec cannot find
 * in the venv (resolve_imports.py): found by the finders, never imported, so
 * no code of the package or its dependencies runs.
 */
export async function unresolvedNames(o: {
  venvPython: string;
  names: string[];
  cwd: string;
  timeoutMs?: number;
}): Promise<string[]> {
  if (!o.names.length) return [];
  mkdirSync(o.cwd, { recursive: true });
  const r = await runProcess(
    o.venvPython,
    ['-I', '-c', RESOLVE_IMPORTS_PY, JSON.stringify(o.names)],
    { cwd: o.cwd, timeoutMs: o.timeoutMs ?? 60_000 },
  );
  try {
    return (JSON.parse(r.stdout) as { unresolved: string[] }).unresolved;
  } catch {
    throw new Error(
      `resolving imports with ${o.venvPython} ${r.timedOut ? 'timed out' : `exited with ${r.code ?? 'a signal'}`}: ${lastLines(r.stderr, 5)}`,
    );
  }
}
