/**
 * auto-tag in-process: run() from packages/github/auto-tag.ts with a
 * recording io, against the sandbox GitHub. The bundle tests
 * (auto-tag.test.ts) stay the end-to-end check; here the same scenarios
 * are compared with the bundle byte for byte, and the summary is read as text.
 */
import { run, type AutoTagInputs } from '../../packages/github/auto-tag.js';
import { startGitHub, type GitHubSandbox } from '../../sandbox/github/index.js';
import { startPyPI } from '../../sandbox/pypi/index.js';
import { runAction } from '../../sandbox/runner.js';
import { inProcess, shownText, type InProcessResult } from '../toolkit/in-process.js';
import { recordingIo } from '../toolkit/recording-io.js';

const REPO = 'Molecule-AI/molecule-core';
const TOKEN = 'ghs_autoTagRunToken51c0a9e2d77f4b';

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
function merged(
  number: number,
  labels: string[],
  message = `Merge pull request #${number}`,
): string {
  const sha = commit(message);
  gh.state.addPull(REPO, { number, labels, mergeCommitSha: sha, title: `Change ${number}` });
  return sha;
}

/** The release policy the action.yml defaults map to. */
const POLICY: AutoTagInputs['policy'] = {
  defaultBump: 'patch',
  majorLabels: ['release:major'],
  minorLabels: ['release:minor'],
  patchLabels: ['release:patch'],
  skipLabels: ['release:skip'],
  skipMarkers: ['[skip-release]', '[no-release]'],
};

/** The inputs the action.yml defaults map to. */
function inputs(sha: string, over: Partial<AutoTagInputs> = {}): AutoTagInputs {
  return {
    token: TOKEN,
    owner: 'Molecule-AI',
    repo: 'molecule-core',
    sha,
    apiUrl: gh.url,
    serverUrl: 'https://github.com',
    prefix: 'runtime-v',
    initialVersion: '0.1.0',
    pypiPackage: '',
    indexUrl: 'https://pypi.org',
    workflow: '',
    dryRun: false,
    release: false,
    releaseNotes: 'labels',
    policy: POLICY,
    ...over,
  };
}

async function bundle(sha: string, extra: Record<string, string> = {}) {
  return runAction('auto-tag', {
    inputs: { token: TOKEN, ...extra },
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_SHA: sha },
  });
}

describe('auto-tag run()', () => {
  it('a release: outputs, the warning on conflicting labels and the summary table', async () => {
    gh.state.addTag(REPO, 'runtime-v0.1.6', commit('release 0.1.6'), { message: 'Release 0.1.6' });
    const sha = merged(12, ['release:minor', 'release:major']);
    const io = recordingIo();
    const result = await run(inputs(sha), io);
    expect(result.outputs).toEqual({
      'pr-number': '12',
      tag: 'runtime-v1.0.0',
      version: '1.0.0',
      'previous-version': '0.1.6',
      bump: 'major',
      skipped: '',
      created: 'true',
      'release-url': '',
    });
    expect(io.outputs).toEqual(result.outputs);
    expect(io.annotations).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/conflicting release labels.*release:major wins/),
        place: { title: 'Release labels' },
      }),
    ]);
    expect(io.summaryText).toBe(result.summary);
    const lines = result.summary.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '### 🏷️ Released runtime-v1.0.0',
      '',
      '|  |  |',
      '| --- | --- |',
      `| Commit | \`${sha.slice(0, 7)}\` |`,
    ]);
    expect(lines[5]).toMatch(/^\| Pull request \| \[#12\]\(\S+\/pull\/12\) Change 12 \|$/);
    expect(lines.slice(6)).toEqual([
      '| Labels | `release:minor` `release:major` |',
      '| Previous | `0.1.6` |',
      '| Next | `1.0.0` |',
      '| Bump | major |',
      expect.stringMatching(/^\| Why \| .+ \|$/),
      '',
    ]);
    expect(gh.state.tagsOf(REPO).map((t) => t.name)).toContain('runtime-v1.0.0');
    gh.assertNoViolations();
  });

  it('no release (a skip label): the outputs and the summary say why', async () => {
    const sha = merged(13, ['release:skip']);
    const io = recordingIo();
    const result = await run(inputs(sha), io);
    expect(result.outputs).toMatchObject({ bump: 'none', created: 'false', tag: '' });
    expect(result.outputs.skipped).toMatch(/release:skip/);
    expect(result.summary.split('\n')[0]).toBe('### 🏷️ No release');
    expect(result.summary).toContain(`| Why | ${result.outputs.skipped} |`);
    expect(gh.state.tagsOf(REPO)).toEqual([]);
  });

  it('is byte for byte what the bundle writes: no release, dry run, and a re-run of a tag in place', async () => {
    gh.state.addTag(REPO, 'runtime-v0.1.9', commit('release 0.1.9'), { message: 'Release 0.1.9' });
    gh.state.addTag(REPO, 'runtime-vX', commit('junk'));
    const skipped = merged(20, ['release:skip']);
    const dry = merged(21, ['release:minor']);
    const cases: Array<[string, Partial<AutoTagInputs>, Record<string, string>]> = [
      [skipped, {}, {}],
      [
        dry,
        { dryRun: true, release: true, workflow: 'publish.yml' },
        {
          'dry-run': 'true',
          release: 'true',
          'dispatch-workflow': 'publish.yml',
        },
      ],
    ];
    for (const [sha, over, extra] of cases) {
      const io = recordingIo();
      const result = await run(inputs(sha, over), io);
      const r = await bundle(sha, extra);
      expect(r.exitCode).toBe(0);
      expect(r.outputs).toEqual(result.outputs);
      expect(r.summary).toBe(`${result.summary}\n`);
      expect(r.annotations.map((a) => [a.level, a.message])).toEqual(
        io.annotations.map((a) => [a.level, a.message]),
      );
    }
    // Tagged in-process, then the bundle's re-run finds the same tag in place.
    const released = merged(22, ['release:patch']);
    await run(inputs(released), recordingIo());
    const io = recordingIo();
    const again = await run(inputs(released), io);
    const r = await bundle(released);
    expect(again.outputs).toMatchObject({ created: 'false', version: '0.1.10' });
    expect(r.outputs).toEqual(again.outputs);
    expect(r.summary).toBe(`${again.summary}\n`);
    gh.assertNoViolations();
  });
});

// The behaviour cases, in-process (they ran through the bundle until issue #16;
// auto-tag.test.ts keeps the end-to-end ones: a release, masking, the error
// boundary and input validation).
function tag(version: string, sha = commit(`release ${version}`)): string {
  gh.state.addTag(REPO, `runtime-v${version}`, sha, { message: `Release ${version}` });
  return sha;
}

async function autoTag(sha: string, over: Partial<AutoTagInputs> = {}): Promise<InProcessResult> {
  const r = await inProcess((io) => run(inputs(sha, over), io));
  expect(shownText(r)).not.toContain(TOKEN);
  return r;
}

const tagNames = () => gh.state.tagsOf(REPO).map((t) => t.name);
const tagOf = (name: string) => gh.state.tagsOf(REPO).find((t) => t.name === name);

describe('auto-tag run(): release planning, tagging and dispatch', () => {
  it('minor label; sort -V traps: 0.1.10 > 0.1.9, malformed tags ignored and reported', async () => {
    tag('0.1.9');
    tag('0.1.10');
    tag('0.1.x');
    tag('1.0.0rc1');
    const r = await autoTag(merged(20, ['release:minor']));
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      version: '0.2.0',
      'previous-version': '0.1.10',
      bump: 'minor',
    });
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/runtime-v0\.1\.x: '0\.1\.x' is not a PEP 440 version/),
      }),
    );
    gh.assertNoViolations();
  });

  it('a skip marker in the commit message: skipped with the reason, exit 0, no tag', async () => {
    tag('0.1.6');
    const sha = merged(13, ['release:minor'], 'Docs only [skip-release]');
    const r = await autoTag(sha);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      skipped: 'commit message contains [skip-release]',
      created: 'false',
      tag: '',
      bump: 'none',
    });
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/wins over release:minor/),
      }),
    );
    expect(tagNames()).toEqual(['runtime-v0.1.6']);
    expect(gh.requests.some((q) => q.method === 'POST')).toBe(false);
    gh.assertNoViolations();
  });

  it('a skip label: skipped', async () => {
    tag('0.1.6');
    const r = await autoTag(merged(14, ['release:skip']));
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      skipped: 'PR #14 has the label release:skip',
      created: 'false',
    });
    expect(tagNames()).toEqual(['runtime-v0.1.6']);
    gh.assertNoViolations();
  });

  it('a direct push (no pull request) takes the default bump; default-bump none skips it', async () => {
    tag('0.1.6');
    const sha = commit('hotfix pushed to main');
    const none = await autoTag(sha, { policy: { ...POLICY, defaultBump: 'none' } });
    expect(none.outputs).toMatchObject({
      skipped: 'no merged pull request (direct push) and default-bump is none',
      'pr-number': '',
    });
    const r = await autoTag(sha);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      version: '0.1.7',
      bump: 'patch',
      'pr-number': '',
      created: 'true',
    });
    expect(r.summary).toMatch(/direct push/);
    gh.assertNoViolations();
  });

  it('the first release is initial-version', async () => {
    const r = await autoTag(merged(1, []));
    expect(r.outputs).toMatchObject({
      tag: 'runtime-v0.1.0',
      version: '0.1.0',
      'previous-version': '',
      created: 'true',
    });
    const other = await autoTag(merged(2, []), { initialVersion: '0.0.1', prefix: 'v' });
    expect(other.outputs).toMatchObject({ tag: 'v0.0.1', version: '0.0.1' });
    gh.assertNoViolations();
  });

  it('pre-release sequences: 0.2.0rc1, then rc2, then the final 0.2.0', async () => {
    tag('0.1.5');
    const one = await autoTag(merged(30, ['release:minor']), { prerelease: 'rc' });
    expect(one.outputs).toMatchObject({
      version: '0.2.0rc1',
      bump: 'prerelease',
      'previous-version': '0.1.5',
    });
    const two = await autoTag(merged(31, ['release:minor']), { prerelease: 'rc' });
    expect(two.outputs).toMatchObject({ version: '0.2.0rc2', 'previous-version': '0.2.0rc1' });
    const final = await autoTag(merged(32, ['release:minor']));
    expect(final.outputs).toMatchObject({ version: '0.2.0', 'previous-version': '0.1.5' });
    const backwards = await autoTag(merged(33, ['release:patch']), { prerelease: 'dev' });
    expect(backwards.outputs).toMatchObject({ version: '0.2.1.dev1' });
    gh.assertNoViolations();
  });

  it('dry-run computes and creates nothing', async () => {
    tag('0.1.6');
    const r = await autoTag(merged(40, ['release:patch']), { dryRun: true });
    expect(r.outputs).toMatchObject({ version: '0.1.7', created: 'false', tag: 'runtime-v0.1.7' });
    expect(tagNames()).toEqual(['runtime-v0.1.6']);
    expect(gh.requests.some((q) => q.method === 'POST')).toBe(false);
    gh.assertNoViolations();
  });

  it('dispatch-workflow starts the publish workflow on the new tag with the version', async () => {
    tag('0.1.6');
    gh.state.addWorkflow(REPO, { id: 77, path: '.github/workflows/publish-runtime.yml' });
    const sha = merged(41, []);
    const r = await autoTag(sha, { workflow: 'publish-runtime.yml' });
    expect(r.exitCode).toBe(0);
    expect(gh.state.workflowDispatches).toEqual([
      expect.objectContaining({ repo: REPO, ref: 'runtime-v0.1.7', inputs: { version: '0.1.7' } }),
    ]);
    // A re-run finds the tag and starts nothing again.
    const again = await autoTag(sha, { workflow: 'publish-runtime.yml' });
    expect(again.outputs).toMatchObject({ created: 'false', version: '0.1.7' });
    expect(gh.state.workflowDispatches).toHaveLength(1);
    // A missing workflow is explained, naming the input.
    const missing = await autoTag(merged(42, []), { workflow: 'nope.yml' });
    expect(missing.exitCode).toBe(1);
    expect(missing.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(/No workflow 'nope\.yml'/),
      }),
    );
    gh.assertNoViolations();
  });

  it('never proposes a version the index already has (pypi-package)', async () => {
    const pypi = await startPyPI();
    try {
      tag('0.1.7');
      // A staging publish put 0.1.8 on the index without a tag.
      pypi.seed('molecule-ai-workspace-runtime', [
        {
          filename: 'molecule_ai_workspace_runtime-0.1.8-py3-none-any.whl',
          content: new Uint8Array([1, 2, 3]),
        },
      ]);
      const r = await autoTag(merged(50, []), {
        pypiPackage: 'molecule-ai-workspace-runtime',
        indexUrl: pypi.url,
      });
      expect(r.exitCode).toBe(0);
      expect(r.outputs).toMatchObject({ version: '0.1.9', 'previous-version': '0.1.8' });
      expect(r.summary).toMatch(/on the index/);
      expect(pypi.requests.map((q) => q.url)).toContain('/pypi/molecule-ai-workspace-runtime/json');
      // Not on the index yet (404): tags alone decide.
      const fresh = await autoTag(merged(51, []), {
        pypiPackage: 'brand-new-package',
        indexUrl: pypi.url,
      });
      expect(fresh.outputs).toMatchObject({ version: '0.1.10' });
    } finally {
      await pypi.close();
    }
    gh.assertNoViolations();
  });

  it('ten runs for ten merges started at once: ten distinct consecutive versions; re-runs change nothing', async () => {
    tag('0.1.6');
    const shas = Array.from({ length: 10 }, (_, i) => merged(100 + i, []));
    const runs = await Promise.all(shas.map((sha) => autoTag(sha)));
    for (const r of runs) expect(r.exitCode).toBe(0);
    const versions = runs.map((r) => r.outputs.version as string);
    const expected = Array.from({ length: 10 }, (_, i) => `0.1.${7 + i}`);
    expect([...versions].sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2]))).toEqual(
      expected,
    );
    expect(runs.every((r) => r.outputs.created === 'true')).toBe(true);
    // Each tag points at the commit whose run reported it.
    runs.forEach((r, i) => expect(tagOf(`runtime-v${r.outputs.version}`)?.commit).toBe(shas[i]));
    const races = gh.requests.filter(
      (q) => q.operationId === 'git/create-ref' && q.status === 422,
    ).length;
    // Contention really happened (otherwise this test proves nothing).
    expect(races).toBeGreaterThan(0);

    const before = gh.state.tagsOf(REPO).map((t) => `${t.name}=${t.sha}`);
    const writesBefore = gh.requests.filter((q) => q.method === 'POST').length;
    const reruns = await Promise.all(shas.map((sha) => autoTag(sha)));
    reruns.forEach((r, i) => {
      expect(r.exitCode).toBe(0);
      expect(r.outputs).toMatchObject({ created: 'false', version: versions[i] });
    });
    expect(gh.state.tagsOf(REPO).map((t) => `${t.name}=${t.sha}`)).toEqual(before);
    expect(gh.requests.filter((q) => q.method === 'POST').length).toBe(writesBefore);
    gh.assertNoViolations();
  }, 120_000);

  it('sees every tag, not the first 100, and finds an old release of the commit on a re-run', async () => {
    const shas: string[] = [];
    for (let i = 0; i < 130; i++) shas.push(tag(`0.1.${i}`));
    const r = await autoTag(merged(80, []));
    expect(r.outputs).toMatchObject({ version: '0.1.130', 'previous-version': '0.1.129' });
    // The commit of 0.1.42 re-run: found through the tags listing (all pages), nothing created.
    const before = gh.requests.filter((q) => q.method === 'POST').length;
    const again = await autoTag(shas[42] as string);
    expect(again.outputs).toMatchObject({
      created: 'false',
      tag: 'runtime-v0.1.42',
      version: '0.1.42',
      'previous-version': '0.1.41',
    });
    expect(gh.requests.filter((q) => q.method === 'POST').length).toBe(before);
    expect(
      gh.requests.filter((q) => q.operationId === 'repos/list-tags').length,
    ).toBeGreaterThanOrEqual(2);
    gh.assertNoViolations();
  });

  it('retries 5xx and waits out a secondary rate limit as asked', async () => {
    tag('0.1.6');
    gh.faults.add({
      path: '/repos/{owner}/{repo}/git/refs',
      method: 'POST',
      kind: 'status',
      status: 503,
      times: 2,
    });
    gh.faults.add({
      path: '/repos/{owner}/{repo}/git/matching-refs/{ref}',
      kind: 'secondary-rate-limit',
      retryAfter: 1,
      times: 1,
    });
    const r = await autoTag(merged(60, []));
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ version: '0.1.7', created: 'true' });
    const refs = gh.requests.filter((q) => q.operationId === 'git/create-ref').map((q) => q.status);
    expect(refs).toEqual([503, 503, 201]);
    const listing = gh.requests.filter((q) => q.operationId === 'git/list-matching-refs');
    expect(listing[0]?.status).toBe(403);
    expect((listing[1]?.at ?? 0) - (listing[0]?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(gh.faults.limitViolations).toEqual([]);
    gh.assertNoViolations();
  }, 60_000);
});
