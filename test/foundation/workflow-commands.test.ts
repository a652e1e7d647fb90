/**
 * Issue #19: the runner adapter writes workflow commands through
 * actions/workflow-commands.ts instead of @actions/core's index (which loads
 * @actions/http-client and undici at every start). The protocol must not
 * move by a byte: each function is run beside @actions/core's own on the
 * same calls, and what reaches stdout and the GITHUB_OUTPUT file is compared.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as ours from '../../actions/workflow-commands.js';
import { repoRoot } from '../../sandbox/runner.js';

type Api = typeof ours;

/** stdout and the GITHUB_OUTPUT file written by `calls`, with the random heredoc delimiters named alike. */
async function written(
  api: Api,
  calls: (api: Api) => Promise<void> | void,
  env: Record<string, string> = {},
): Promise<{ stdout: string; outputFile: string; thrown: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'workflow-commands-'));
  const outputFile = path.join(dir, 'output');
  writeFileSync(outputFile, '');
  const saved = { ...process.env };
  const write = process.stdout.write;
  let stdout = '';
  process.stdout.write = ((chunk: string | Uint8Array): boolean => {
    stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  let thrown = '';
  try {
    delete process.env.GITHUB_OUTPUT;
    Object.assign(process.env, env);
    if (env.GITHUB_OUTPUT === 'file') process.env.GITHUB_OUTPUT = outputFile;
    await calls(api);
  } catch (e) {
    thrown = String(e);
  } finally {
    process.stdout.write = write;
    process.env = saved;
  }
  const file = readFileSync(outputFile, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  const same = (s: string): string => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X');
  return { stdout: same(stdout), outputFile: same(file), thrown };
}

// Every row has its env, even empty: jest takes a missing last argument for `done`.
const cases: Array<[string, (api: Api) => Promise<void> | void, Record<string, string>]> = [
  [
    'inputs: spaces, case, trimming, required',
    (api) => {
      api.info(JSON.stringify(api.getInput('package name')));
      api.info(JSON.stringify(api.getInput('Out-Dir', { trimWhitespace: false })));
      api.info(JSON.stringify(api.getInput('out-dir')));
      api.info(JSON.stringify(api.getInput('missing')));
      api.getInput('missing', { required: true });
    },
    { INPUT_PACKAGE_NAME: 'pkg', 'INPUT_OUT-DIR': '  dist \n' },
  ],
  [
    'outputs on stdout (no GITHUB_OUTPUT): strings, JSON, newlines',
    (api) => {
      api.setOutput('wheel', '/tmp/a b.whl');
      api.setOutput('modules', { top_level_modules: ['a'], subpackages: [] });
      api.setOutput('multi', 'line 1\nline 2\r\n50%');
      api.setOutput('empty', '');
    },
    {},
  ],
  [
    'outputs to the GITHUB_OUTPUT file',
    (api) => {
      api.setOutput('wheel', '/tmp/a b.whl');
      api.setOutput('modules', { top_level_modules: ['a'] });
      api.setOutput('multi', 'line 1\nline 2');
    },
    { GITHUB_OUTPUT: 'file' },
  ],
  [
    'annotations with every property, escaping, and Errors',
    (api) => {
      api.warning('50% done\nnext: a,b', {
        title: 'T: a,b',
        file: 'workspace/x.py',
        startLine: 3,
        startColumn: 7,
        endLine: 4,
        endColumn: 1,
      });
      api.error('plain');
      api.error(new Error('boom'), { file: 'f.py' });
      api.notice('note', { title: '', file: 'f.py', startLine: 0 });
      api.warning('no properties', {});
    },
    {},
  ],
  [
    'debug, info, masking and groups',
    async (api) => {
      api.debug('Phases (ms): tree 1\nrewrite 2');
      api.info('Wheel: x.whl (1 KiB)');
      api.setSecret('s3cr3t%\n');
      const r = await api.group('Group: a,b', async () => {
        api.info('inside');
        return 7;
      });
      api.info(String(r));
      await api
        .group('failing', async () => {
          throw new Error('in group');
        })
        .catch((e: unknown) => api.info(String(e)));
    },
    {},
  ],
];

describe('workflow commands without @actions/core index', () => {
  test.each(cases)('%s: the same bytes as @actions/core', async (_what, calls, env) => {
    const expected = await written(core as unknown as Api, calls, env);
    const actual = await written(ours, calls, env);
    expect(expected.stdout.length + expected.outputFile.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });

  it('writes the step summary with @actions/core own Summary', () => {
    expect(ours.summary).toBe(core.summary);
  });

  it('keeps @actions/http-client and undici out of the build bundle', () => {
    const bundled = JSON.parse(
      readFileSync(path.join(repoRoot, 'dist', 'build', 'licenses.json'), 'utf8'),
    ) as Array<{ name: string }>;
    const names = bundled.map((p) => p.name);
    expect(names).toContain('@actions/core');
    expect(names).not.toContain('@actions/http-client');
    expect(names).not.toContain('undici');
  });
});
