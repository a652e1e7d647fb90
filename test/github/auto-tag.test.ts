/**
 * auto-tag end to end: the bundle (dist/auto-tag/index.js) run on Node 24 as
 * the runner does, against the sandbox GitHub (every request checked against
 * GitHub's OpenAPI description). A small set: a release with the token masked,
 * and the error boundary with input validation. The behaviour cases (labels,
 * skips, pre-releases, dispatch, the index, races, paging, retries) run
 * in-process in auto-tag-run.test.ts, which also compares run() with this
 * bundle byte for byte.
 */
import { startGitHub, type GitHubSandbox } from '../../sandbox/github/index.js';
import { allText, runAction, type RunResult } from '../../sandbox/runner.js';

/** Everything a reader of the log, summary or outputs sees (the add-mask command itself is consumed by the runner). */
const visible = (r: RunResult) => allText(r).replace(/^::add-mask::.*$/gm, '');

const REPO = 'Molecule-AI/molecule-core';
const TOKEN = 'ghs_autoTagJobToken7f3a9c1e55d2b8';

let gh: GitHubSandbox;

beforeEach(async () => {
  gh = await startGitHub({ tokens: { [TOKEN]: { login: 'github-actions[bot]', type: 'Bot' } } });
  gh.state.addRepo(REPO);
});
afterEach(async () => {
  await gh.close();
});

function commit(message: string): string {
  return gh.state.addCommit(REPO, { message, changes: { [`workspace/m${Math.random()}.py`]: '' } });
}

function tag(version: string, sha = commit(`release ${version}`)): string {
  gh.state.addTag(REPO, `runtime-v${version}`, sha, { message: `Release ${version}` });
  return sha;
}

function merged(
  number: number,
  labels: string[],
  message = `Merge pull request #${number}`,
): string {
  const sha = commit(message);
  gh.state.addPull(REPO, { number, labels, mergeCommitSha: sha, title: `Change ${number}` });
  return sha;
}

async function autoTag(
  sha: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<RunResult> {
  const r = await runAction('auto-tag', {
    inputs: { token: TOKEN, ...inputs },
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_SHA: sha, ...env },
  });
  expect(visible(r)).not.toContain(TOKEN);
  expect(r.masked).toContain(TOKEN);
  return r;
}

const tagOf = (name: string) => gh.state.tagsOf(REPO).find((t) => t.name === name);

describe('auto-tag', () => {
  it('major beats minor; the conflict is a warning; the tag is annotated by github-actions[bot] on the commit', async () => {
    tag('0.1.6');
    const sha = merged(12, ['release:minor', 'release:major', 'documentation']);
    const r = await autoTag(sha);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      tag: 'runtime-v1.0.0',
      version: '1.0.0',
      'previous-version': '0.1.6',
      bump: 'major',
      'pr-number': '12',
      skipped: '',
      created: 'true',
    });
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/conflicting release labels.*release:major wins/),
      }),
    );
    const t = tagOf('runtime-v1.0.0');
    expect(t?.commit).toBe(sha);
    expect(t?.annotated?.tagger.name).toBe('github-actions[bot]');
    expect(t?.annotated?.tagger.email).toBe(
      '41898282+github-actions[bot]@users.noreply.github.com',
    );
    expect(t?.annotated?.message).toMatch(/^Release 1\.0\.0\n\nPull request #12: Change 12/);
    expect(r.summary).toMatch(/Released runtime-v1\.0\.0/);
    expect(r.summary).toMatch(/\| Previous \| `0\.1\.6` \|/);
    expect(r.summary).toMatch(/\| Next \| `1\.0\.0` \|/);
    // Found through the commit's pulls, created with a tag object then a ref.
    const ops = gh.requests.map((q) => q.operationId);
    expect(ops).toEqual(
      expect.arrayContaining([
        'repos/list-pull-requests-associated-with-commit',
        'git/list-matching-refs',
        'git/create-tag',
        'git/create-ref',
      ]),
    );
    gh.assertNoViolations();
  });

  it('explains a token that may not write, a malformed sha and an unknown commit', async () => {
    const reader = 'ghs_readOnlyToken0123456789abcdef';
    await gh.close();
    gh = await startGitHub({
      tokens: {
        [reader]: {
          login: 'github-actions[bot]',
          type: 'Bot',
          permissions: { contents: 'read', pull_requests: 'read' },
        },
      },
    });
    gh.state.addRepo(REPO);
    const sha = merged(70, []);
    const r = await runAction('auto-tag', {
      inputs: { token: reader },
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_SHA: sha },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/::error.*contents: write/);
    expect(visible(r)).not.toContain(reader);
    const bad = await runAction('auto-tag', {
      inputs: { token: reader, sha: 'not-a-sha' },
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_SHA: sha },
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations[0]?.message).toMatch(/input 'sha'/);
    const unknown = await runAction('auto-tag', {
      inputs: { token: reader, sha: 'f'.repeat(40) },
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_SHA: sha },
    });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.annotations[0]?.message).toMatch(/404.*read commit ffffff/);
    gh.assertNoViolations();
  });
});
