/**
 * wait-for-pypi in-process: run() from packages/index/wait-for-pypi.ts with
 * a recording io against the sandbox index, its progress lines and summary
 * read as exact text, and a run compared byte for byte with the bundle
 * (wait-for-pypi.test.ts keeps the end-to-end checks: timing, an index that
 * cannot be reached).
 */
import { ActionError } from '../../packages/toolkit/errors.js';
import {
  progressLine,
  run,
  summary,
  type WaitForPypiInputs,
} from '../../packages/index/wait-for-pypi.js';
import { startPyPI, type PyPISandbox } from '../../sandbox/pypi/index.js';
import { runAction } from '../../sandbox/runner.js';
import { recordingIo } from '../toolkit/recording-io.js';

const PROJECT = 'molecule-ai-workspace-runtime';
const WHEEL = 'molecule_ai_workspace_runtime-0.1.0-py3-none-any.whl';
const SDIST = 'molecule_ai_workspace_runtime-0.1.0.tar.gz';

let pypi: PyPISandbox;
afterEach(async () => pypi?.close());

async function seeded(): Promise<void> {
  pypi = await startPyPI();
  seedFiles();
}

function seedFiles(): void {
  pypi.seed(PROJECT, [
    { filename: WHEEL, content: new TextEncoder().encode('wheel'), requiresPython: '>=3.11' },
    { filename: SDIST, content: new TextEncoder().encode('sdist'), requiresPython: '>=3.11' },
  ]);
}

function inputs(over: Partial<WaitForPypiInputs> = {}): WaitForPypiInputs {
  return {
    project: PROJECT,
    version: '0.1.0',
    indexUrl: pypi.url,
    timeoutSeconds: 30,
    provenance: undefined,
    ...over,
  };
}

/** The two values that hold this run's timing: the waited output and the summary's last line. */
const untimed = (s: string): string =>
  s.replace(/^Listed after .* \((\d+) polls?\)\.$/m, 'Listed after (time) ($1 poll(s)).');

describe('wait-for-pypi run()', () => {
  it('a version already listed: files and waited outputs, the summary; the bundle writes the same', async () => {
    await seeded();
    const io = recordingIo();
    const result = await run(inputs(), io);
    const files = JSON.parse(result.outputs.files ?? '[]') as Array<Record<string, unknown>>;
    expect(files.map((f) => [f.filename, f.requires_python, f.yanked])).toEqual([
      [WHEEL, '>=3.11', false],
      [SDIST, '>=3.11', false],
    ]);
    expect(files.map((f) => f.sha256)).toEqual(pypi.files(PROJECT).map((f) => f.sha256));
    expect(result.outputs.waited).toMatch(/^\d+\.\d$/);
    expect(io.outputs).toEqual(result.outputs);
    expect(io.annotations).toEqual([]);
    expect(io.logs[0]).toBe(`Waiting up to 30.0 s for ${PROJECT} 0.1.0 on ${pypi.url}`);
    expect(io.logs[1]).toMatch(
      new RegExp(`^Listed after [\\d.]+ s \\(poll 1\\): ${WHEEL}, ${SDIST}$`),
    );
    expect(result.summary).toBe(io.summaryText);
    const [wheel, sdist] = files as Array<{ url: string; sha256: string; size: number }>;
    expect(untimed(result.summary)).toBe(
      `### ⏱️ ${PROJECT} 0.1.0 is on the index\n\n` +
        '| File | Size | sha256 | Requires-Python |\n| --- | --- | --- | --- |\n' +
        `| [${WHEEL}](${wheel!.url}) | 5 B | \`${wheel!.sha256}\` | >=3.11 |\n` +
        `| [${SDIST}](${sdist!.url}) | 5 B | \`${sdist!.sha256}\` | >=3.11 |\n` +
        '\nListed after (time) (1 poll(s)).\n',
    );

    const r = await runAction('wait-for-pypi', {
      inputs: { package: PROJECT, version: '0.1.0', 'index-url': pypi.url, timeout: '30s' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.files).toBe(result.outputs.files);
    expect(Object.keys(r.outputs)).toEqual(Object.keys(result.outputs));
    expect(untimed(r.summary)).toBe(`${untimed(result.summary)}\n`);
    expect(r.annotations).toEqual([]);
  });

  it('files that appear later: a progress line per poll until they are listed', async () => {
    pypi = await startPyPI();
    const later = setTimeout(seedFiles, 1500);
    const io = recordingIo();
    const result = await run(inputs(), io).finally(() => clearTimeout(later));
    expect(io.logs[1]).toMatch(
      /^Not listed yet \([\d.]+ s, poll 1\); index has versions: none; next poll in 1\.0 s$/,
    );
    expect(io.logs.at(-1)).toMatch(/^Listed after [\d.]+ s \(poll \d\): /);
    expect(Number(result.outputs.waited)).toBeGreaterThan(1);
    expect(result.summary).toMatch(/\nListed after [\d.]+ s \(\d polls\)\.\n$/);
  });

  it('times out saying what the index last listed, with no outputs', async () => {
    await seeded();
    const io = recordingIo();
    const err = await run(inputs({ version: '0.2.0', timeoutSeconds: 1 }), io).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ActionError);
    expect((err as ActionError).message).toMatch(
      new RegExp(
        `^Timed out after 1 s waiting for ${PROJECT} 0\\.2\\.0 on http://127\\.0\\.0\\.1:\\d+: it lists versions 0\\.1\\.0`,
      ),
    );
    expect(io.outputs).toEqual({});
    expect(io.summaryText).toBe('');
  });
});

describe('wait-for-pypi progressLine() and summary()', () => {
  const p = {
    attempt: 3,
    elapsedSeconds: 7.25,
    found: [] as string[],
    missing: ['x'],
    versions: ['0.1.0', '0.1.1', '0.1.2', '0.1.3', '0.1.4', '0.1.5'],
    nextPollSeconds: 4,
  };
  it('not listed yet: the last five versions the index has', () => {
    expect(progressLine(p)).toBe(
      'Not listed yet (7.3 s, poll 3); index has versions: 0.1.1, 0.1.2, 0.1.3, 0.1.4, 0.1.5; next poll in 4.0 s',
    );
    expect(progressLine({ ...p, versions: [] })).toContain('index has versions: none;');
  });
  it('unreachable: the next poll only while polls are left', () => {
    const unreachable = { reason: 'connection refused', failedPolls: 2, maxFailedPolls: 3 };
    expect(progressLine({ ...p, unreachable })).toBe(
      'Cannot reach the index (7.3 s, poll 3; 2 of at most 3 failed polls in a row): connection refused; next poll in 4.0 s',
    );
    expect(progressLine({ ...p, unreachable: { ...unreachable, failedPolls: 3 } })).toBe(
      'Cannot reach the index (7.3 s, poll 3; 3 of at most 3 failed polls in a row): connection refused',
    );
  });
  it('listed', () => {
    expect(progressLine({ ...p, missing: [], found: ['a.whl', 'b.tar.gz'] })).toBe(
      'Listed after 7.3 s (poll 3): a.whl, b.tar.gz',
    );
  });
  it('the summary: unknown size, hash and Requires-Python shown as —, one poll', () => {
    expect(
      summary('rt', '1.0', {
        files: [
          {
            filename: 'rt-1.0.tar.gz',
            url: 'https://f/rt-1.0.tar.gz',
            version: '1.0',
            yanked: false,
          },
        ],
        waitedSeconds: 0.5,
        attempts: 1,
      } as Parameters<typeof summary>[2]),
    ).toBe(
      '### ⏱️ rt 1.0 is on the index\n\n' +
        '| File | Size | sha256 | Requires-Python |\n| --- | --- | --- | --- |\n' +
        '| [rt-1.0.tar.gz](https://f/rt-1.0.tar.gz) | — | — | — |\n' +
        '\nListed after 500 ms (1 poll).\n',
    );
  });
});
