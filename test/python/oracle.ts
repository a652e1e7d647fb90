/**
 * Helpers for the CPython oracle: write a layout to disk, rewrite it into an
 * import package the way the build does (decode → rewrite → encode), compile it
 * with py_compile, and describe what every module binds (fixtures/oracle.py).
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePythonSource, encodePythonSource } from '../../packages/python/encoding.js';
import { rewriteImports, type Rewrite } from '../../packages/python/rewrite.js';

export const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const python = 'python3';

export async function writeTree(
  root: string,
  files: Map<string, string | Uint8Array>,
): Promise<void> {
  for (const [rel, content] of files) {
    const file = path.join(root, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

/** Rewrites every file of `files` from `src` into `out/<importName>/`, as the build does. */
export async function rewriteTree(
  src: string,
  out: string,
  files: string[],
  modules: ReadonlySet<string>,
  importName: string,
): Promise<Map<string, Rewrite[]>> {
  const all = new Map<string, Rewrite[]>();
  for (const rel of files) {
    const decoded = decodePythonSource(new Uint8Array(await readFile(path.join(src, rel))), rel);
    const { source, rewrites } = await rewriteImports(decoded.text, {
      modules,
      importName,
      file: rel,
    });
    const target = path.join(out, importName, rel);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, encodePythonSource({ ...decoded, text: source }));
    all.set(rel, rewrites);
  }
  if (!files.includes('__init__.py')) {
    await writeFile(path.join(out, importName, '__init__.py'), '"""The runtime."""\n');
  }
  return all;
}

export function run(
  args: string[],
  input: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, args, {
      env: {
        PATH: process.env.PATH ?? '',
        PYTHONDONTWRITEBYTECODE: '1',
        PYTHONHASHSEED: '0',
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

export type OracleReport = Record<string, unknown> & { __loaded__: string[] };

/** Imports every module of `modules` from `root` (with `prefix`) in ONE python process and describes it. */
export async function describeLayout(options: {
  root: string;
  path: string[];
  prefix: string;
  modules: string[];
  env?: Record<string, string>;
}): Promise<OracleReport> {
  const { code, stdout, stderr } = await run(
    [path.join(fixtures, 'oracle.py')],
    JSON.stringify({
      root: options.root,
      path: options.path,
      prefix: options.prefix,
      modules: options.modules,
    }),
    options.env,
  );
  if (code !== 0) throw new Error(`oracle.py failed (${code}): ${stderr}`);
  return JSON.parse(stdout) as OracleReport;
}

/** `python3 -m py_compile` over every file; resolves to the failures (empty when all compile). */
export async function pyCompile(files: string[]): Promise<string> {
  const { code, stderr } = await run(['-m', 'py_compile', ...files], '');
  return code === 0 ? '' : stderr;
}
