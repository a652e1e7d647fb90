/** The CLI: in-process for the branches, and the bundle once, as `npx runtime-actions` runs it. */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../cli/main.js';
import type { CliIo } from '../../cli/command.js';
import { node24, repoRoot } from '../../sandbox/runner.js';
import { WORKER_MIN_FILES } from '../../packages/runtime-build/pipeline.js';

const sample = path.join(repoRoot, 'examples', 'monorepo', 'workspace');

function io(
  cwd: string,
  env: Record<string, string> = { SOURCE_DATE_EPOCH: '1700000000' },
): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), cwd, env };
}

describe('runtime-actions CLI', () => {
  let ws: string;
  beforeEach(() => {
    ws = mkdtempSync(path.join(tmpdir(), 'cli-'));
    cpSync(sample, path.join(ws, 'workspace'), { recursive: true });
  });
  afterEach(() => rmSync(ws, { recursive: true, force: true }));

  it('--strict turns the warning for a folder that is not an identifier into an error', async () => {
    mkdirSync(path.join(ws, 'workspace', 'adapters', 'google-adk'));
    writeFileSync(path.join(ws, 'workspace', 'adapters', 'google-adk', 'agent.py'), 'X = 1\n');
    const lenient = io(ws);
    expect(await runCli(['build', '--version', '0.1.6'], lenient)).toBe(0);
    expect(lenient.stderr).toEqual([
      expect.stringMatching(
        /^warning: workspace\/adapters\/google-adk\/agent\.py:1:1: Folder left out: Folder workspace\/adapters\/google-adk\/ holds 1 Python file,/,
      ),
    ]);
    const strict = io(ws);
    expect(await runCli(['build', '--version', '0.1.7', '--strict'], strict)).toBe(1);
    expect(strict.stderr.join('\n')).toMatch(
      /^error: workspace\/adapters\/google-adk\/agent\.py:1: Folder cannot be imported: .*strict is set/,
    );
    expect(readdirSync(path.join(ws, 'dist')).filter((f) => f.includes('0.1.7'))).toEqual([]);
  });

  it('lists commands, and each command lists its options with the action defaults', async () => {
    const top = io(ws);
    expect(await runCli(['--help'], top)).toBe(0);
    expect(top.stdout.join('\n')).toMatch(
      /Usage: runtime-actions <command>[\s\S]*build\s+Build the runtime/,
    );
    const sub = io(ws);
    expect(await runCli(['build', '--help'], sub)).toBe(0);
    const help = sub.stdout.join('\n');
    for (const opt of [
      '--source',
      '--version',
      '--package-name',
      '--import-name',
      '--out-dir',
      '--project',
      '--exclude',
      '--modules',
      '--allow-unresolved',
      '--strict',
    ]) {
      expect(help).toContain(opt);
    }
    expect(help).toContain('default: molecule-ai-workspace-runtime');
  });

  it('exits 2 on usage errors', async () => {
    const none = io(ws);
    expect(await runCli([], none)).toBe(2);
    const unknown = io(ws);
    expect(await runCli(['publish-everything'], unknown)).toBe(2);
    expect(unknown.stderr.join('\n')).toContain("unknown command 'publish-everything'");
    const missing = io(ws);
    expect(await runCli(['build'], missing)).toBe(2);
    expect(missing.stderr.join('\n')).toContain('missing --version');
    const bad = io(ws);
    expect(await runCli(['build', '--version', '1.0', '--colour', 'red'], bad)).toBe(2);
    expect(bad.stderr.join('\n')).toMatch(/Unknown option '--colour'/);
  });

  it('builds with options named like the inputs and prints what it made', async () => {
    const run = io(ws);
    const code = await runCli(
      [
        'build',
        '--version',
        '0.1.6',
        '--out-dir',
        'out',
        '--exclude',
        'Dockerfile',
        '--exclude',
        '*.sh,pytest.ini',
        '--exclude',
        'requirements.txt',
        '--exclude',
        'tests/',
        '--exclude',
        'lib/',
        '--exclude',
        'scripts/',
      ],
      run,
    );
    expect([code, run.stderr]).toEqual([0, []]);
    const text = run.stdout.join('\n');
    expect(text).toContain('Built molecule-ai-workspace-runtime 0.1.6');
    expect(text).toContain(
      path.join(ws, 'out', 'molecule_ai_workspace_runtime-0.1.6-py3-none-any.whl'),
    );
    expect(text).toMatch(/7 modules, 5 subpackages, \d+ imports rewritten/);
    expect(readdirSync(path.join(ws, 'out')).sort()).toEqual([
      'molecule_ai_workspace_runtime-0.1.6-py3-none-any.whl',
      'molecule_ai_workspace_runtime-0.1.6.tar.gz',
    ]);
  });

  it('exits 1 with file:line:column errors for a failed build', async () => {
    writeFileSync(path.join(ws, 'workspace', 'broken.py'), 'def f(:\n');
    const run = io(ws);
    expect(await runCli(['build', '--version', '0.1.6'], run)).toBe(1);
    expect(run.stderr.join('\n')).toMatch(/^error: workspace\/broken\.py:1:\d+: /m);
    const canon = io(ws);
    expect(await runCli(['build', '--version', '1.0-rc1'], canon)).toBe(1);
    expect(canon.stderr.join('\n')).toContain("use '1.0rc1'");
  });

  it('runs as the bundle (dist/cli/index.js, the package bin)', () => {
    const bin = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).bin[
      'runtime-actions'
    ] as string;
    const r = spawnSync(
      node24,
      [path.join(repoRoot, bin), 'build', '--version', '0.1.6', '--json'],
      {
        cwd: ws,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', SOURCE_DATE_EPOCH: '1700000000' },
      },
    );
    expect([r.status, r.stderr]).toEqual([0, '']);
    const result = JSON.parse(r.stdout) as {
      version: string;
      wheel: { path: string; sha256: string };
    };
    expect(result.version).toBe('0.1.6');
    expect(readdirSync(path.join(ws, 'dist'))).toContain(path.basename(result.wheel.path));
    const help = spawnSync(node24, [path.join(repoRoot, bin), '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('build');
  });

  it('shares a large build with its worker thread (dist/cli/worker.js) and writes the same bytes', async () => {
    const bin = path.join(repoRoot, 'dist', 'cli', 'index.js');
    // Enough modules for the worker to start (WORKER_MIN_FILES).
    const src = path.join(ws, 'big');
    for (let i = 0; i < WORKER_MIN_FILES + 20; i++) {
      const dir = path.join(src, `pkg${i % 5}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        path.join(dir, `m${i}.py`),
        `import os\nfrom pkg${(i + 1) % 5} import m${i + 1 < WORKER_MIN_FILES + 20 ? i + 1 : 0}\n\n\ndef f():\n    import pkg${i % 5}.m${i}\n    return os\n`,
      );
    }
    const args = ['build', '--source', 'big', '--version', '2.0.0', '--package-dir', 'tree'];
    const inline = io(ws);
    expect(await runCli([...args, '--out-dir', 'inline', '--json'], inline)).toBe(0);
    const r = spawnSync(node24, [bin, ...args, '--out-dir', 'threaded', '--json'], {
      cwd: ws,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', SOURCE_DATE_EPOCH: '1700000000' },
      // The JSON lists every rewrite: over spawnSync's 1 MiB default, which kills the child.
      maxBuffer: 64 * 1024 * 1024,
    });
    expect([r.status, r.signal, r.stderr]).toEqual([0, null, '']);
    type Built = {
      wheel: { sha256: string };
      sdist: { sha256: string };
      rewrites: unknown[];
      timings: Record<string, number>;
    };
    const here = JSON.parse(inline.stdout.join('\n')) as Built;
    const there = JSON.parse(r.stdout) as Built;
    // The analysis runs on the main thread either way (python/scan.ts): no separate parse phase.
    expect(Object.keys(here.timings)).not.toContain('parse');
    expect(Object.keys(there.timings)).not.toContain('parse');
    expect(there.wheel.sha256).toBe(here.wheel.sha256);
    expect(there.sdist.sha256).toBe(here.sdist.sha256);
    expect(there.rewrites).toEqual(here.rewrites);
    expect(here.rewrites.length).toBeGreaterThan(WORKER_MIN_FILES);
  });
});
