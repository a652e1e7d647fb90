/**
 * What `runtime-actions build` prints, line for line: the text, the warning
 * lines on stderr, --json, and a failure's error lines and exit code. The
 * command calls the build action's run() (packages/runtime-build/build.ts);
 * this file pins that its terminal output did not change with it.
 */
import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { runCli } from '../../cli/main.js';
import { recordingCli, type RecordingCli } from './recording-cli.js';
import {
  removeWorkspaces,
  SMALL_TREE,
  STRING_IMPORT_WARNING,
  workspaceWith,
} from '../runtime-build/small-tree.js';

afterAll(removeWorkspaces);
const FILES = SMALL_TREE;
const workspace = workspaceWith;
const terminal = (cwd: string): RecordingCli =>
  recordingCli(cwd, { SOURCE_DATE_EPOCH: '1700000000' });
const ARGS = ['build', '--source', 'src', '--version', '1.2.0', '--package-name', 'demo-runtime'];
const ARGS2 = ['--import-name', 'demo_runtime', '--out-dir', 'out'];
const WARNING = `warning: src/tools/search.py:5:36: String import not rewritten: ${STRING_IMPORT_WARNING}`;

describe('runtime-actions build output', () => {
  it('prints the artifacts, counts and metadata, and each warning on stderr', async () => {
    const ws = workspace(FILES);
    const t = terminal(ws);
    expect(await runCli([...ARGS, ...ARGS2], t)).toBe(0);
    const wheel = path.join(ws, 'out', 'demo_runtime-1.2.0-py3-none-any.whl');
    const sdist = path.join(ws, 'out', 'demo_runtime-1.2.0.tar.gz');
    const sha = (f: string): string => createHash('sha256').update(readFileSync(f)).digest('hex');
    expect(t.stderr).toEqual([WARNING]);
    expect(t.stdout).toEqual([
      'Built demo-runtime 1.2.0',
      `  ${wheel}  ${(statSync(wheel).size / 1024).toFixed(1)} KiB  sha256 ${sha(wheel)}`,
      `  ${sdist}  ${statSync(sdist).size} B  sha256 ${sha(sdist)}`,
      '  7 files (5 Python), 2 modules, 1 subpackages, 2 imports rewritten, 1 warnings',
      '  metadata: requires-python >=3.11, 0 dependencies, scripts: none (table: none found)',
      '  modules: config, main',
      '  subpackages: tools',
      '  (--verbose lists the rewrites)',
    ]);
    const verbose = terminal(ws);
    expect(await runCli([...ARGS, ...ARGS2, '--verbose'], verbose)).toBe(0);
    expect(verbose.stdout.slice(-2)).toEqual([
      '  src/main.py:1: import config  →  import demo_runtime.config as config',
      '  src/main.py:2: from tools import search  →  from demo_runtime.tools import search',
    ]);
  });

  it('--json prints the result alone: the warning is in it, not on stderr', async () => {
    const ws = workspace(FILES);
    const t = terminal(ws);
    expect(await runCli([...ARGS, ...ARGS2, '--json'], t)).toBe(0);
    expect(t.stderr).toEqual([]);
    const result = JSON.parse(t.stdout.join('\n')) as { warnings: { title: string }[] };
    expect(result.warnings.map((w) => w.title)).toEqual(['String import not rewritten']);
  });

  it('a failed build: one error line per fault, then the count, exit 1', async () => {
    const ws = workspace({ ...FILES, 'broken.py': 'def f(:\n', 'tools/bad.py': 'x = (\n' });
    const t = terminal(ws);
    expect(await runCli([...ARGS, ...ARGS2], t)).toBe(1);
    expect(t.stdout).toEqual([]);
    expect(t.stderr.filter((l) => l.startsWith('error: '))).toEqual([
      expect.stringMatching(/^error: src\/broken\.py:1:\d+: Syntax error: /),
      expect.stringMatching(/^error: src\/tools\/bad\.py:1:\d+: Syntax error: /),
      'error: The import check found 2 errors under src.',
    ]);
  });
});
