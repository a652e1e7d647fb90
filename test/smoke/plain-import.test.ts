/**
 * What the old smoke (`pip install` + `import package`) let through, shown
 * with real pip and real CPython: the faults are real (calling the function
 * or the console script fails), the plain import passes, and the static
 * check finds them in the wheel without installing anything.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runStaticCheck } from '../../packages/smoke/static.js';
import { readWheel } from '../../packages/smoke/wheel.js';
import {
  healthyRuntime,
  PLACEHOLDERS,
  RUNTIME_SCRIPTS,
  writeWheel,
} from '../../sandbox/samples/wheels.js';

const dir = mkdtempSync(path.join(tmpdir(), 'smoke-plain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = {
  ...process.env,
  PIP_DISABLE_PIP_VERSION_CHECK: '1',
  PIP_NO_INPUT: '1',
  ...Object.fromEntries(PLACEHOLDERS.split('\n').map((l) => l.split('=') as [string, string])),
};

function run(cmd: string, args: string[]): { code: number | null; out: string } {
  const r = spawnSync(cmd, args, { env, cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('a plain import misses what the static check catches', () => {
  const files = healthyRuntime();
  // Incident 6: a lazy import inside a function body, unrewritten.
  files['molecule_runtime/heartbeat.py'] +=
    '\n\ndef on_stop():\n    from config import load\n\n    return load()\n';
  // Incident 2: the console-script target is missing.
  files['molecule_runtime/main.py'] = (files['molecule_runtime/main.py'] as string).replace(
    'def main_sync():',
    'def main_synchronous():',
  );
  const wheel = writeWheel(path.join(dir, 'dist'), { files, consoleScripts: RUNTIME_SCRIPTS });
  const venv = path.join(dir, 'venv');
  const py = path.join(venv, 'bin', 'python');

  beforeAll(() => {
    expect(run('python3', ['-m', 'venv', '--without-pip', venv]).code).toBe(0);
    const pip = run('python3', ['-m', 'pip', '--python', py, 'install', '--no-index', wheel]);
    expect(pip.out).toContain('Successfully installed molecule-ai-workspace-runtime-1.0.0');
  });

  it('the plain import smoke passes', () => {
    const r = run(py, [
      '-I',
      '-c',
      'import molecule_runtime, molecule_runtime.heartbeat, molecule_runtime.main',
    ]);
    expect(r).toEqual({ code: 0, out: '' });
  });

  it('yet both faults are real once the code runs', () => {
    const lazy = run(py, ['-I', '-c', 'from molecule_runtime.heartbeat import on_stop; on_stop()']);
    expect(lazy.code).toBe(1);
    expect(lazy.out).toContain("ModuleNotFoundError: No module named 'config'");
    const script = run(path.join(venv, 'bin', 'molecule-runtime'), []);
    expect(script.code).toBe(1);
    expect(script.out).toContain("cannot import name 'main_sync' from 'molecule_runtime.main'");
  });

  it('and the static check finds both in the wheel, with nothing installed', async () => {
    const w = readWheel(readFileSync(wheel), path.basename(wheel));
    const r = await runStaticCheck({
      python: 'python3',
      pyFiles: w.pyFiles,
      targets: w.entryPoints.map((e) => ({
        label: e.spec,
        kind: 'entry-point' as const,
        module: e.module,
        attr: e.attr,
      })),
    });
    expect(r.findings.map((f) => `${f.kind} ${f.file}:${f.line ?? ''} ${f.scope ?? ''}`)).toEqual([
      'unrewritten-import molecule_runtime/heartbeat.py:9 on_stop',
      'missing-target molecule_runtime/main.py: ',
    ]);
  });
});
