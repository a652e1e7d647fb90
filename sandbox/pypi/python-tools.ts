/**
 * Test helpers that drive the REAL Python clients against the sandboxes:
 * distributions built by Debian's setuptools through `python3 -m build`,
 * uploaded by Debian's twine, installed by pip. Processes run asynchronously
 * (the sandbox servers live in the test's own event loop) with a clean
 * environment: no pip configuration, no extra indexes, no proxies, so
 * nothing but the sandbox is consulted and nothing leaves 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Debian's interpreter: it has setuptools 66, wheel and build installed. */
export const SYSTEM_PYTHON = '/usr/bin/python3';
/** Debian's twine 4.0.2. */
export const TWINE = '/usr/bin/twine';
/** The `python3` on PATH (pyenv CPython 3.11) and its pip. */
export const PIP_PYTHON = 'python3';

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout + stderr, for messages. */
  output: string;
  /** `output` without ANSI codes, whitespace runs as one space: what to match messages against. */
  flat: string;
}

// eslint-disable-next-line no-control-regex -- ANSI escape sequences start with ESC
const ANSI = /\x1b\[[0-9;]*m/g;

/** An environment in which pip and twine see no configuration but ours. */
export function cleanPythonEnv(
  home: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    // /dev/null disables every pip configuration file (global ones included),
    // so the machine's extra indexes and find-links stay out of the tests.
    PIP_CONFIG_FILE: '/dev/null',
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    PIP_NO_INPUT: '1',
    PIP_NO_CACHE_DIR: '1',
    PYTHONDONTWRITEBYTECODE: '1',
    TWINE_NON_INTERACTIVE: '1',
    NO_PROXY: '127.0.0.1,localhost',
    // twine prints through rich: no colours, and lines long enough not to wrap.
    NO_COLOR: '1',
    COLUMNS: '400',
    ...extra,
  };
}

export function run(
  command: string,
  args: string[],
  options: { env: Record<string, string>; cwd?: string; timeoutMs?: number },
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const output = `${stdout}\n${stderr}`;
      resolve({
        code,
        stdout,
        stderr,
        output,
        flat: output.replace(ANSI, '').replace(/\s+/g, ' '),
      });
    });
  });
}

export interface TinyProject {
  name: string;
  version: string;
  requiresPython?: string;
  /** Python module name; default derived from the name. */
  module?: string;
  /** Written to <module>/__init__.py. */
  source?: string;
}

export interface BuiltDists {
  wheel: string;
  sdist: string;
}

/**
 * Builds a wheel and an sdist of a generated one-module project with the
 * system setuptools (no network: `--no-isolation`). Throws with the build's
 * output when the toolchain is missing; never pretends.
 */
export async function buildTinyProject(project: TinyProject, workDir: string): Promise<BuiltDists> {
  const module = project.module ?? project.name.replace(/[-.]/g, '_').toLowerCase();
  const src = path.join(workDir, `src-${project.name}-${project.version}`);
  const out = path.join(src, 'dist');
  mkdirSync(path.join(src, 'src', module), { recursive: true });
  writeFileSync(
    path.join(src, 'pyproject.toml'),
    [
      '[build-system]',
      'requires = ["setuptools>=61"]',
      'build-backend = "setuptools.build_meta"',
      '[project]',
      `name = "${project.name}"`,
      `version = "${project.version}"`,
      `description = "A sandbox test distribution"`,
      ...(project.requiresPython ? [`requires-python = "${project.requiresPython}"`] : []),
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(src, 'src', module, '__init__.py'),
    project.source ?? `VERSION = ${JSON.stringify(project.version)}\n`,
  );
  const result = await run(SYSTEM_PYTHON, ['-m', 'build', '--no-isolation', '--outdir', out, src], {
    env: cleanPythonEnv(workDir),
    cwd: src,
    timeoutMs: 120_000,
  });
  if (result.code !== 0)
    throw new Error(`python -m build failed for ${project.name}:\n${result.output}`);
  const files = readdirSync(out);
  const wheel = files.find((f) => f.endsWith('.whl'));
  const sdist = files.find((f) => f.endsWith('.tar.gz'));
  if (!wheel || !sdist) throw new Error(`python -m build made ${files.join(', ')}`);
  return { wheel: path.join(out, wheel), sdist: path.join(out, sdist) };
}

export function twineUpload(
  uploadUrl: string,
  token: string,
  files: string[],
  home: string,
  extraArgs: string[] = [],
): Promise<ProcessResult> {
  return run(
    TWINE,
    [
      'upload',
      '--disable-progress-bar',
      '--repository-url',
      uploadUrl,
      '-u',
      '__token__',
      '-p',
      token,
      ...extraArgs,
      ...files,
    ],
    { env: cleanPythonEnv(home), timeoutMs: 60_000 },
  );
}

export function pip(args: string[], home: string): Promise<ProcessResult> {
  return run(PIP_PYTHON, ['-m', 'pip', ...args], { env: cleanPythonEnv(home), timeoutMs: 120_000 });
}

/** A temporary directory and its removal. */
export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
