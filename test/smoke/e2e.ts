/**
 * Shared set-up for the end-to-end tests: a workspace holding the wheel in
 * dist/ and (optionally) the monorepo source it came from in workspace/, and
 * the checks every run must pass (nothing printed twice, no stack trace).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, type RunResult } from '../../sandbox/runner.js';
import { writeWheel, type WheelSpec } from '../../sandbox/samples/wheels.js';

const made: string[] = [];

/** A fresh workspace: dist/<wheel>, and workspace/<module>.py copies of the package sources. */
export function workspaceWith(spec: WheelSpec, o: { source?: boolean } = {}): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'smoke-e2e-'));
  made.push(ws);
  writeWheel(path.join(ws, 'dist'), spec);
  if (o.source !== false) {
    for (const [p, text] of Object.entries(spec.files)) {
      const rel = p.split('/').slice(1).join('/');
      if (!rel) continue;
      const file = path.join(ws, 'workspace', rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  return ws;
}

export function cleanWorkspaces(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function smoke(
  ws: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<RunResult> {
  return runAction('smoke-import', { cwd: ws, inputs, env, timeoutMs: 120_000 });
}

export const errors = (r: RunResult): RunResult['annotations'] =>
  r.annotations.filter((a) => a.level === 'error');

/**
 * Nothing printed twice: every ::error line is distinct, and each fault's
 * identifying text is carried by exactly one annotation.
 */
export function expectNothingTwice(r: RunResult, identifying: string[]): void {
  const lines = r.stdout
    .split('\n')
    .filter((l) => l.startsWith('::error') || l.startsWith('::warning'));
  expect(new Set(lines).size).toBe(lines.length);
  for (const text of identifying) {
    expect(
      r.annotations.filter((a) => a.message.includes(text)).map((a) => a.message),
    ).toHaveLength(1);
  }
  // Expected failures carry no JavaScript stack trace.
  expect(r.stdout + r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

/** `3.11.7`: what an interpreter on this machine is, asked of it (never assumed). */
export function versionOf(python: string): string {
  return execFileSync(python, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'])
    .toString()
    .trim();
}
