/** The CLI: in-process for the branches, and the bundle once, as `npx runtime-actions` runs it. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../actions/cli/main.js';
import type { CliIo } from '../../actions/cli/command.js';
import { node24, repoRoot } from '../sandbox/runner.js';

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
});
