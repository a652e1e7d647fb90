/**
 * A bundle started with no inputs at all (as `node dist/<name>/index.js` with
 * only GITHUB_OUTPUT set) must fail fast with one ::error:: line naming the
 * input at fault, and no stack trace.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { actionNames } from '../../scripts/readme.js';
import { node24, repoRoot } from '../../sandbox/runner.js';

function runBare(
  name: string,
): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const cwd = mkdtempSync(path.join(tmpdir(), `bare-${name}-`));
  const output = path.join(cwd, 'output');
  writeFileSync(output, '');
  const started = Date.now();
  const child = spawn(node24, [path.join(repoRoot, 'dist', name, 'index.js')], {
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, GITHUB_OUTPUT: output },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(cwd, { recursive: true, force: true });
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    }),
  );
}

describe.each(actionNames())('dist/%s/index.js with no inputs', (name) => {
  it('fails at once with one error that names the missing input, without a stack trace', async () => {
    const r = await runBare(name);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect({ code: r.code, errors: errors.length }).toEqual({ code: 1, errors: 1 });
    expect(errors[0]).toMatch(/input '[a-z-]+'|Input required and not supplied: [a-z-]+/i);
    expect(r.stdout + r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    // A hang guard, not a benchmark: "within a second or two" is measured and reported by bench/.
    expect(r.ms).toBeLessThan(10_000);
  });
});
