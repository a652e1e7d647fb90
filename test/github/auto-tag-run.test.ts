/**
 * auto-tag in-process: run() from packages/github/auto-tag.ts with a
 * recording io, against the sandbox GitHub. The bundle tests
 * (auto-tag.test.ts) stay the end-to-end check; here the same scenarios
 * are compared with the bundle byte for byte, and the summary is read as text.
 */
import { run, type AutoTagInputs } from '../../packages/github/auto-tag.js';
import { startGitHub, type GitHubSandbox } from '../../sandbox/github/index.js';
import { runAction } from '../../sandbox/runner.js';
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
function merged(number: number, labels: string[]): string {
  const sha = commit(`Merge pull request #${number}`);
  gh.state.addPull(REPO, { number, labels, mergeCommitSha: sha, title: `Change ${number}` });
  return sha;
}

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
    policy: {
      defaultBump: 'patch',
      majorLabels: ['release:major'],
      minorLabels: ['release:minor'],
      patchLabels: ['release:patch'],
      skipLabels: ['release:skip'],
      skipMarkers: ['[skip-release]', '[no-release]'],
    },
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
