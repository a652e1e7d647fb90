/**
 * auto-tag's `release` input, end to end (the bundle on Node 24 against the
 * sandbox GitHub): a draft release with the pull requests since the previous
 * release tag grouped by label, the bump and its label, a compare link; a
 * re-run finds the draft instead of making a second one (GitHub would allow
 * it); dry-run shows the notes and creates nothing.
 */
import { startGitHub, type GitHubSandbox } from '../../sandbox/github/index.js';
import { runAction, type RunResult } from '../../sandbox/runner.js';

const REPO = 'Molecule-AI/molecule-core';
const TOKEN = 'ghs_autoTagReleaseToken41c9de07a2';

let gh: GitHubSandbox;

beforeEach(async () => {
  gh = await startGitHub({ tokens: { [TOKEN]: { login: 'github-actions[bot]', type: 'Bot' } } });
  gh.state.addRepo(REPO);
});
afterEach(async () => {
  gh.assertNoViolations();
  await gh.close();
});

function merged(number: number, labels: string[], title: string): string {
  const sha = gh.state.addCommit(REPO, {
    message: `Merge pull request #${number}`,
    changes: { [`workspace/m${number}.py`]: '' },
  });
  gh.state.addPull(REPO, { number, labels, mergeCommitSha: sha, title, user: 'octocat' });
  return sha;
}

async function autoTag(sha: string, inputs: Record<string, string> = {}): Promise<RunResult> {
  const r = await runAction('auto-tag', {
    inputs: { token: TOKEN, release: 'true', ...inputs },
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_SHA: sha },
  });
  expect(r.exitCode).toBe(0);
  return r;
}

describe('auto-tag release: true', () => {
  beforeEach(() => {
    const base = gh.state.addCommit(REPO, { message: 'Runtime 0.1.6', tree: { 'a.py': '' } });
    gh.state.addTag(REPO, 'runtime-v0.1.6', base, { message: 'Release 0.1.6' });
  });

  it('drafts one release listing the pull requests by label, the bump and a compare link', async () => {
    merged(40, ['release:patch'], 'Fix the heartbeat');
    merged(41, [], 'Docs <b>typo</b>');
    const head = merged(42, ['release:minor'], 'Add transcripts');
    const r = await autoTag(head);
    expect(r.outputs).toMatchObject({ tag: 'runtime-v0.2.0', bump: 'minor' });
    const releases = gh.state.releasesOf(REPO);
    expect(releases).toHaveLength(1);
    const rel = releases[0]!;
    expect(rel).toMatchObject({ tagName: 'runtime-v0.2.0', draft: true, name: 'runtime-v0.2.0' });
    expect(r.outputs['release-url']).toMatch(/\/releases\/tag\/untagged-/);
    const body = rel.body ?? '';
    expect(body).toContain(
      `### ✨ Features\n\n- Add transcripts ([#42](${gh.url}/${REPO}/pull/42))`,
    );
    expect(body).toContain('### 🐛 Fixes\n\n- Fix the heartbeat ([#40]');
    expect(body).toContain('### 🧰 Other changes\n\n- Docs &lt;b&gt;typo&lt;/b&gt; ([#41]');
    expect(body).toContain('**Bump:** minor, 0.1.6 → 0.2.0: PR #42 has the label release:minor');
    expect(body).toContain(
      '**Compare:** [runtime-v0.1.6...runtime-v0.2.0](https://github.com/Molecule-AI/molecule-core/compare/runtime-v0.1.6...runtime-v0.2.0)',
    );
    expect(body).toContain('Draft: published once the files are on the index.');

    // A re-run finds the tag and the draft: nothing new.
    const writes = gh.requests.filter((q) => q.method !== 'GET').length;
    const again = await autoTag(head);
    expect(again.outputs['release-url']).toBe(r.outputs['release-url']);
    expect(gh.state.releasesOf(REPO)).toHaveLength(1);
    expect(gh.requests.filter((q) => q.method !== 'GET').length).toBe(writes);
  });

  it("release-notes: github takes GitHub's generated notes", async () => {
    const head = merged(50, ['release:patch'], 'Tune it');
    await autoTag(head, { 'release-notes': 'github' });
    const body = gh.state.releasesOf(REPO)[0]?.body ?? '';
    expect(body).toContain(`* Tune it by @octocat in ${gh.url}/${REPO}/pull/50`);
    expect(body).toContain('**Bump:** patch, 0.1.6 → 0.1.7');
    expect(gh.requests.map((q) => q.operationId)).toContain('repos/generate-release-notes');
  });

  it('dry-run prints the notes and creates nothing', async () => {
    const head = merged(60, ['release:major'], 'Rename the inputs');
    const r = await autoTag(head, { 'dry-run': 'true' });
    expect(r.stdout).toContain('### 💥 Breaking changes');
    expect(r.outputs['release-url']).toBe('');
    expect(gh.state.releasesOf(REPO)).toHaveLength(0);
    expect(gh.requests.some((q) => q.method === 'POST')).toBe(false);
  });
});
