/**
 * github-release in-process: run() from packages/github/github-release.ts
 * with a recording io against the sandbox GitHub and index; the step
 * summary read as exact text; re-runs compared byte for byte with the
 * bundle (github-release.test.ts stays the end-to-end check).
 */
import { createHash } from 'node:crypto';
import { ActionError, formatActionError } from '../../packages/toolkit/errors.js';
import { run, summary, type GitHubReleaseInputs } from '../../packages/github/github-release.js';
import { startGitHub, type GitHubSandbox } from '../../sandbox/github/index.js';
import { startPyPI, type PyPISandbox } from '../../sandbox/pypi/index.js';
import { allText, runAction, type RunResult } from '../../sandbox/runner.js';
import { recordingIo, type RecordingIo } from '../toolkit/recording-io.js';

const REPO = 'Molecule-AI/molecule-core';
const TOKEN = 'ghs_githubReleaseRunToken7c2b9e41';
const PROJECT = 'molecule-ai-workspace-runtime';
const TAG = 'runtime-v0.2.0';
const MIRROR_COMMIT = 'c0ffee'.padEnd(40, '0');
const WHEEL = 'molecule_ai_workspace_runtime-0.2.0-py3-none-any.whl';
const SDIST = 'molecule_ai_workspace_runtime-0.2.0.tar.gz';
const DISPATCHED = ['Molecule-AI/template-a', 'Molecule-AI/template-b'];
const RUNS = [
  { repo: 'Molecule-AI/template-a', url: 'https://github.com/x/runs/1', conclusion: 'success' },
];
const FAILED = [{ repo: 'Molecule-AI/template-c', status: 404, message: 'Not Found' }];
const wheel = new TextEncoder().encode('wheel bytes');
const sdist = new TextEncoder().encode('sdist bytes');
const hex = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let gh: GitHubSandbox;
let pypi: PyPISandbox;
let sha: string;
beforeEach(async () => {
  gh = await startGitHub({ tokens: { [TOKEN]: { login: 'github-actions[bot]', type: 'Bot' } } });
  pypi = await startPyPI();
  gh.state.addRepo(REPO);
  sha = gh.state.addCommit(REPO, { message: 'Merge #42', tree: { 'a.py': '' } });
  gh.state.addTag(REPO, TAG, sha, { message: 'Release 0.2.0' });
});
afterEach(async () => {
  gh.assertNoViolations();
  await Promise.all([gh.close(), pypi.close()]);
});

function inputs(over: Partial<GitHubReleaseInputs> = {}): GitHubReleaseInputs {
  return {
    token: TOKEN,
    repository: REPO,
    tag: TAG,
    version: '0.2.0',
    project: PROJECT,
    indexUrl: pypi.url,
    publishResult: 'success',
    publishFailure: '',
    mirrorCommit: MIRROR_COMMIT,
    mirrorRepository: 'Molecule-AI/molecule-ai-workspace-runtime',
    dispatched: DISPATCHED,
    failed: FAILED,
    runs: RUNS,
    provenance: true,
    apiUrl: gh.url,
    serverUrl: 'https://github.com',
    runUrl: `https://github.com/${REPO}/actions/runs/77`,
    ...over,
  };
}

/** The bundle on the same state, with the inputs `inputs()` stands for. */
async function bundle(extra: Record<string, string> = {}): Promise<RunResult> {
  const r = await runAction('github-release', {
    inputs: {
      token: TOKEN,
      tag: TAG,
      version: '0.2.0',
      'index-url': pypi.url,
      'mirror-commit': MIRROR_COMMIT,
      dispatched: JSON.stringify(DISPATCHED),
      runs: JSON.stringify(RUNS),
      failed: JSON.stringify(FAILED),
      ...extra,
    },
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '77' },
  });
  expect(allText(r)).not.toContain(TOKEN);
  return r;
}

/** What the runner shows of an annotation, in both worlds: level, message, title. */
const shown = (io: RecordingIo) =>
  io.annotations.map((a) => ({ level: a.level, message: a.message, title: a.place.title }));
const shownBy = (r: RunResult) =>
  r.annotations
    .filter((a) => a.level !== 'debug')
    .map((a) => ({ level: a.level, message: a.message, title: a.title }));

function seedDraft(): void {
  pypi.seed(PROJECT, [
    { filename: WHEEL, content: wheel },
    { filename: SDIST, content: sdist },
  ]);
  gh.state.releases.push({
    id: 5,
    repo: REPO,
    tagName: TAG,
    targetCommitish: sha,
    name: TAG,
    body: '<!-- runtime-actions:notes -->\nnotes\n<!-- /runtime-actions:notes -->\n',
    draft: true,
    prerelease: false,
    author: 'github-actions[bot]',
    createdAt: '2026-01-05T10:00:00Z',
    updatedAt: '2026-01-05T10:00:00Z',
    publishedAt: null,
    untaggedId: 'abc',
  });
}

describe('github-release run()', () => {
  it('publishes the draft with the files the index lists: outputs, logs and the summary; a re-run is the bundle byte for byte', async () => {
    seedDraft();
    const io = recordingIo();
    const result = await run(inputs(), io);
    const url = result.outputs['release-url'] as string;
    expect(url).toMatch(/\/Molecule-AI\/molecule-core\/releases\/tag\/runtime-v0\.2\.0$/);
    expect(result.outputs).toEqual({ 'release-url': url, published: 'true', changed: 'true' });
    expect(io.outputs).toEqual(result.outputs);
    expect(io.annotations).toEqual([]);
    expect(io.logs).toContain(`Published ${TAG}: ${url}`);
    expect(gh.state.releasesOf(REPO)[0]!.draft).toBe(false);
    expect(result.summary).toBe(
      [
        `### 📦 GitHub Release ${TAG}`,
        '',
        '|  |  |',
        '| --- | --- |',
        `| Release | [${TAG}](${url}) |`,
        '| State | published |',
        '| Changed | edited |',
        `| Files | \`${WHEEL}\` \`${hex(wheel).slice(0, 12)}\`…<br>\`${SDIST}\` \`${hex(sdist).slice(0, 12)}\`… |`,
        '| Mirror | `c0ffee0` |',
        '| Templates | 2 |',
        '',
      ].join('\n'),
    );
    expect(io.summaryText).toBe(result.summary);

    const again = await run(inputs(), recordingIo());
    expect(again.outputs).toEqual({ 'release-url': url, published: 'true', changed: 'false' });
    expect(again.summary).toContain('| Changed | no (a re-run) |');
    const writes = gh.requests.filter((q) => q.method !== 'GET').length;
    const r = await bundle();
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual(again.outputs);
    expect(r.summary).toBe(`${again.summary}\n`);
    expect(r.annotations.filter((a) => a.level !== 'debug')).toEqual([]);
    expect(gh.requests.filter((q) => q.method !== 'GET').length).toBe(writes);
  });

  it('a failed publish leaves a draft made here, with a warning; the bundle says the same', async () => {
    const failing = { publishResult: 'failure', publishFailure: 'PyPI refused the token' };
    const io = recordingIo();
    const result = await run(inputs(failing), io);
    expect(result.outputs).toMatchObject({ published: 'false', changed: 'true' });
    expect(gh.state.releasesOf(REPO)).toHaveLength(1);
    expect(gh.state.releasesOf(REPO)[0]!.draft).toBe(true);
    expect(shown(io)).toEqual([
      {
        level: 'warning',
        message: `The release of ${TAG} stays a draft: ${result.summary.match(/\| State \| draft \((.*)\) \|/)?.[1]}.`,
        title: 'Release not published',
      },
    ]);
    expect(result.summary).toContain('| Changed | created here |');
    expect(result.summary).toContain('| Files | — |');
    expect(io.logs).toContain(`Updated the draft of ${TAG}: ${result.outputs['release-url']}`);

    const rerun = recordingIo();
    const again = await run(inputs(failing), rerun);
    const r = await bundle({
      'publish-result': 'failure',
      'publish-failure': 'PyPI refused the token',
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual(again.outputs);
    expect(r.summary).toBe(`${again.summary}\n`);
    expect(shown(rerun)).toEqual(shown(io));
    expect(shownBy(r)).toEqual(shown(rerun));
  });

  it('a token GitHub refuses: the error names the operation, as the bundle reports it', async () => {
    seedDraft();
    const err = await run(inputs({ token: 'ghs_notAToken000' }), recordingIo()).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ActionError);
    expect((err as ActionError).message).toContain(`complete the release of ${TAG}`);
    const r = await runAction('github-release', {
      inputs: { token: 'ghs_notAToken000', tag: TAG, version: '0.2.0', 'index-url': pypi.url },
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '77' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      formatActionError(err as ActionError),
    ]);
  });
});

describe('github-release summary()', () => {
  it('a draft left by a failed publish, no files, no mirror, no templates', () => {
    const text = summary(
      'runtime-v1.0.0rc1',
      {
        release: {
          id: 1,
          tag: 'runtime-v1.0.0rc1',
          name: 'runtime-v1.0.0rc1',
          body: '',
          draft: true,
          prerelease: true,
          url: 'https://github.com/o/r/releases/tag/runtime-v1.0.0rc1',
        },
        changed: true,
        created: true,
        published: false,
        files: [],
        failure: 'the publish job failed: PyPI refused the token',
      },
      '',
      0,
    );
    expect(text).toBe(
      '### 📦 GitHub Release runtime-v1.0.0rc1\n\n' +
        '|  |  |\n' +
        '| --- | --- |\n' +
        '| Release | [runtime-v1.0.0rc1](https://github.com/o/r/releases/tag/runtime-v1.0.0rc1) |\n' +
        '| State | draft (the publish job failed: PyPI refused the token) |\n' +
        '| Changed | created here |\n' +
        '| Files | — |\n' +
        '| Mirror | — |\n' +
        '| Templates | 0 |\n',
    );
  });
});
