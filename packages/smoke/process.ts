/**
 * Runs one child process to completion with a time limit, collecting its
 * output. Everything smoke-import starts (interpreters, venv, pip, probes)
 * goes through here, so a hung import can never hang the step.
 */
import { spawn } from 'node:child_process';

export interface ProcessResult {
  /** Exit code; null when killed or never started. */
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Set when the command could not be started at all (ENOENT, EACCES). */
  spawnError: NodeJS.ErrnoException | undefined;
  ms: number;
}

export interface ProcessOptions {
  input?: string;
  cwd?: string;
  timeoutMs?: number;
}

export function runProcess(
  command: string,
  args: string[],
  options: ProcessOptions = {},
): Promise<ProcessResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      // The runner's environment is inherited unchanged: placeholders for the
      // imported code travel in the probe's job (probe.py sets them), and pip
      // gets its settings as flags.
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let spawnError: NodeJS.ErrnoException | undefined;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.on('error', () => undefined); // a child that exits early closes its stdin
    child.on('error', (e: NodeJS.ErrnoException) => (spawnError = e));
    const timer =
      options.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.timeoutMs)
        : undefined;
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({
        code: spawnError ? null : code,
        stdout,
        stderr,
        timedOut,
        spawnError,
        ms: performance.now() - started,
      });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Runs `fn` over `items` with at most `limit` at a time, keeping the order of results. */
export async function mapBounded<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
