/**
 * github-release end to end: the bundle on Node 24 against the sandbox
 * GitHub and the sandbox index. The file list and hashes come from the
 * index's JSON API (checked here against the sha256 of the bytes seeded);
 * the release is found among the drafts, edited once, and a second run
 * with the same facts sends nothing.
 */
import { createHash } from 'node:crypto';
import { startGitHub, type GitHubSandbox } from '../../sandbox/github/index.js';
import { startPyPI, type PyPISandbox } from '../../sandbox/pypi/index.js';
import { allText, runAction, type RunResult } from '../../sandbox/runner.js';

const REPO = 'Molecule-AI/molecule-core';
const TOKEN = 'ghs_githubReleaseToken5d1e0c9a';
const PROJECT = 'molecule-ai-workspace-runtime';

let gh: GitHubSandbox;
let pypi: PyPISandbox;
let sha: string;
const wheel = new TextEncoder().encode('wheel bytes');
const sdist = new TextEncoder().encode('sdist bytes');
const hex = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

beforeEach(async () => {
  gh = await startGitHub({ tokens: { [TOKEN]: { login: 'github-actions[bot]', type: 'Bot' } } });
  pypi = await startPyPI();
  gh.state.addRepo(REPO);
  sha = gh.state.addCommit(REPO, { message: 'Merge #42', tree: { 'a.py': '' } });
  gh.state.addTag(REPO, 'runtime-v0.2.0', sha, { message: 'Release 0.2.0' });
});
afterEach(async () => {
  gh.assertNoViolations();
  await Promise.all([gh.close(), pypi.close()]);
});

async function release(inputs: Record<string, string> = {}): Promise<RunResult> {
  const r = await runAction('github-release', {
    inputs: {
      token: TOKEN,
      tag: 'runtime-v0.2.0',
      version: '0.2.0',
      'index-url': pypi.url,
      'mirror-commit': 'c0ffee'.padEnd(40, '0'),
      dispatched: JSON.stringify(['Molecule-AI/template-a', 'Molecule-AI/template-b']),
      runs: JSON.stringify([
        {
          repo: 'Molecule-AI/template-a',
          url: 'https://github.com/x/runs/1',
          conclusion: 'success',
        },
      ]),
      failed: JSON.stringify([
        { repo: 'Molecule-AI/template-c', status: 404, message: 'Not Found' },
      ]),
      ...inputs,
    },
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '77' },
  });
  expect(allText(r).replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN);
  return r;
}

describe('github-release', () => {
  it('completes the draft with the files as the index lists them, publishes it, and a re-run sends nothing', async () => {
    pypi.seed(PROJECT, [
      { filename: 'molecule_ai_workspace_runtime-0.2.0-py3-none-any.whl', content: wheel },
      { filename: 'molecule_ai_workspace_runtime-0.2.0.tar.gz', content: sdist },
    ]);
    gh.state.releases.push({
      id: 5,
      repo: REPO,
      tagName: 'runtime-v0.2.0',
      targetCommitish: sha,
      name: 'runtime-v0.2.0',
      body: '<!-- runtime-actions:notes -->\nnotes\n<!-- /runtime-actions:notes -->\n\n<!-- runtime-actions:publish -->\ndraft\n<!-- /runtime-actions:publish -->\n',
      draft: true,
      prerelease: false,
      author: 'github-actions[bot]',
      createdAt: '2026-01-05T10:00:00Z',
      updatedAt: '2026-01-05T10:00:00Z',
      publishedAt: null,
      untaggedId: 'abc',
    });
    const r = await release();
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ published: 'true', changed: 'true' });
    const rel = gh.state.releasesOf(REPO)[0]!;
    expect(rel.draft).toBe(false);
    const body = rel.body ?? '';
    expect(body.startsWith('<!-- runtime-actions:notes -->\nnotes\n')).toBe(true);
    expect(body).toContain(`| \`${hex(wheel)}\` | — |`);
    expect(body).toContain(`| \`${hex(sdist)}\` | — |`);
    expect(body).toContain(
      '- Molecule-AI/template-a ([run](https://github.com/x/runs/1): success)',
    );
    expect(body).toContain('- Molecule-AI/template-c: **not told** (Not Found)');
    expect(body).toContain(`[Molecule-AI/molecule-ai-workspace-runtime@c0ffee0]`);
    // Provenance was asked of the Integrity API for each file (the sandbox index has none).
    expect(pypi.requests.map((q) => q.url)).toContain(
      `/integrity/${PROJECT}/0.2.0/molecule_ai_workspace_runtime-0.2.0.tar.gz/provenance`,
    );

    const writes = gh.requests.filter((q) => q.method !== 'GET').length;
    const again = await release();
    expect(again.outputs).toMatchObject({ published: 'true', changed: 'false' });
    expect(gh.requests.filter((q) => q.method !== 'GET').length).toBe(writes);
    expect(gh.state.releasesOf(REPO)).toHaveLength(1);
  });

  it('a failed publish leaves a draft saying what failed (made here when auto-tag made none)', async () => {
    const r = await release({
      'publish-result': 'failure',
      'publish-failure': 'PyPI refused the token',
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ published: 'false' });
    const rel = gh.state.releasesOf(REPO);
    expect(rel).toHaveLength(1);
    expect(rel[0]!.draft).toBe(true);
    expect(rel[0]!.body).toContain('**Publish failed:** PyPI refused the token.');
    expect(r.annotations.map((a) => a.message).join('\n')).toContain('stays a draft');
  });

  it('a publish that says success with nothing on the index stays a draft, naming the index URL', async () => {
    const r = await release();
    expect(r.outputs).toMatchObject({ published: 'false' });
    expect(gh.state.releasesOf(REPO)[0]!.body).toContain(
      `the index has no ${PROJECT} 0.2.0 (${pypi.url}/pypi/${PROJECT}/0.2.0/json answered 404)`,
    );
  });

  it('names an input that is not a JSON list', async () => {
    const r = await release({ dispatched: 'Molecule-AI/template-a' });
    expect(r.exitCode).toBe(1);
    expect(allText(r)).toContain("Input 'dispatched' is not JSON");
  });
});
