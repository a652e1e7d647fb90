/**
 * cascade-dispatch in-process: run() from packages/github/cascade-dispatch.ts
 * with a recording io against the sandbox GitHub, compared byte for byte
 * with the bundle (cascade-dispatch.test.ts stays the end-to-end check), and
 * the step summary read as text.
 */
import { ActionErrors } from '../../packages/toolkit/errors.js';
import { run, summary, type DispatchInputs } from '../../packages/github/cascade-dispatch.js';
import { startGitHub, type GitHubSandbox } from '../../sandbox/github/index.js';
import { runAction } from '../../sandbox/runner.js';
import { recordingIo } from '../toolkit/recording-io.js';

const ORG = 'Molecule-AI';
const TOKEN = 'github_pat_cascadeRunInProcess22ZZyyXX';
const TEMPLATES = ['claude-code', 'langgraph', 'crewai'].map(
  (t) => `${ORG}/molecule-ai-workspace-template-${t}`,
);
const MISSING = `${ORG}/molecule-ai-workspace-template-gone`;
const SHA = 'c0ffee'.padEnd(40, '0');

let gh: GitHubSandbox;
beforeEach(async () => {
  gh = await startGitHub({ tokens: { [TOKEN]: { login: 'releaser' } } });
  for (const t of TEMPLATES) gh.state.addRepo(t);
  gh.state.updateRepo(TEMPLATES[2] as string, { archived: true });
});
afterEach(async () => {
  await gh.close();
});

function inputs(over: Partial<DispatchInputs> = {}): DispatchInputs {
  return {
    version: '0.1.7',
    token: TOKEN,
    apiUrl: gh.url,
    repository: `${ORG}/molecule-core`,
    sha: SHA,
    runUrl: `https://github.com/${ORG}/molecule-core/actions/runs/4242`,
    runId: '4242',
    runAttempt: '1',
    eventType: 'runtime-published',
    extra: { correlation_id: 'fixed-cid' },
    concurrency: 8,
    failOnError: false,
    wait: false,
    waitTimeoutMs: 30 * 60_000,
    repositories: [...TEMPLATES, MISSING],
    rules: [],
    ...over,
  };
}

const bundle = (extra: Record<string, string>, token = TOKEN) =>
  runAction('cascade-dispatch', {
    inputs: { token, version: '0.1.7', ...extra },
    env: {
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: `${ORG}/molecule-core`,
      GITHUB_SHA: SHA,
      GITHUB_RUN_ID: '4242',
    },
  });

describe('cascade-dispatch run()', () => {
  it('without a token: the warning, empty lists and the summary, as the bundle writes them', async () => {
    const io = recordingIo();
    const result = await run({ version: '0.1.7' }, io);
    expect(result.outputs).toEqual({ dispatched: '[]', failed: '[]', runs: '[]' });
    expect(result.summary).toBe(
      '### 📣 Cascade skipped\n\nNo `token` was given: set the `TEMPLATE_DISPATCH_TOKEN` secret to dispatch to the templates.\n',
    );
    expect(io.annotations).toEqual([
      {
        level: 'warning',
        message: expect.stringContaining('TEMPLATE_DISPATCH_TOKEN'),
        place: { title: 'Cascade skipped' },
      },
    ]);
    const r = await bundle({ repositories: TEMPLATES.join('\n') }, '');
    expect(r.outputs).toEqual(result.outputs);
    expect(r.summary).toBe(`${result.summary}\n`);
    expect(gh.state.dispatches).toEqual([]);
  });

  it('an archived and a missing repository: warnings, outputs and summary byte for byte as the bundle', async () => {
    const io = recordingIo();
    const result = await run(inputs(), io);
    expect(JSON.parse(result.outputs.dispatched as string)).toEqual(TEMPLATES.slice(0, 2));
    expect(result.outputs['correlation-id']).toBe('fixed-cid');
    expect(io.annotations.map((a) => [a.message.split(':')[0], a.place.title])).toEqual([
      [TEMPLATES[2], 'Dispatch failed'],
      [MISSING, 'Dispatch failed'],
    ]);
    const r = await bundle({
      repositories: [...TEMPLATES, MISSING].join('\n'),
      'client-payload': '{"correlation_id": "fixed-cid"}',
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual(result.outputs);
    expect(r.summary).toBe(`${result.summary}\n`);
    expect(r.annotations.map((a) => a.message)).toEqual(io.annotations.map((a) => a.message));
    gh.assertNoViolations();
  });

  it('fail-on-error: the summary is written, then one error per repository', async () => {
    const io = recordingIo();
    const failed = await run(inputs({ failOnError: true }), io).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ActionErrors);
    expect((failed as ActionErrors).errors.map((e) => e.title)).toEqual([
      'Dispatch failed',
      'Dispatch failed',
    ]);
    expect(io.summaryText).toMatch(/^### 📣 `runtime-published` 0\.1\.7: 2\/4 dispatched\n/);
    expect(io.annotations).toEqual([]);
  });

  it('a generated correlation id names the run and attempt', async () => {
    const result = await run(inputs({ extra: {}, runAttempt: '3' }), recordingIo());
    expect(result.outputs['correlation-id']).toMatch(/^4242-3-[0-9a-f]{8}$/);
    const local = await run(inputs({ extra: {}, runId: '' }), recordingIo());
    expect(local.outputs['correlation-id']).toMatch(/^local-1-[0-9a-f]{8}$/);
  });
});

describe('cascade-dispatch summary()', () => {
  it('one row per repository: followed runs, runs never started, unavailable ones, skipped ones', () => {
    const text = summary(
      '0.2.0',
      'runtime-published',
      'cid-1',
      { repos: [], skipped: [{ repo: 'o/archived', reason: 'archived' }] },
      [
        { repo: 'o/a', ok: true, attempts: 1, status: 204 },
        { repo: 'o/b', ok: true, attempts: 2, status: 204 },
        { repo: 'o/c', ok: true, attempts: 1, status: 204 },
        { repo: 'o/d', ok: false, attempts: 1, status: 404, message: 'gone | away' },
      ],
      [
        {
          repo: 'o/a',
          state: 'completed',
          conclusion: 'failure',
          url: 'https://x/runs/1',
          runs: [],
        },
        { repo: 'o/b', state: 'not-started', runs: [] },
        { repo: 'o/c', state: 'unavailable', note: 'no actions: read', runs: [] },
      ],
      true,
    );
    expect(text).toBe(
      [
        '### 📣 `runtime-published` 0.2.0: 3/4 dispatched',
        '',
        'Correlation id: `cid-1`',
        '',
        '| Repository | Dispatched | Attempts | Run | Conclusion |',
        '| --- | --- | --- | --- | --- |',
        '| o/a | ✅ | 1 | [run](https://x/runs/1) | failure |',
        '| o/b | ✅ | 2 | never started | not-started |',
        '| o/c | ✅ | 1 | no actions: read | unavailable |',
        '| o/d | ❌ gone \\| away | 1 | — | — |',
        '| o/archived | skipped (archived) | 0 | — | — |',
        '',
      ].join('\n'),
    );
  });
});
