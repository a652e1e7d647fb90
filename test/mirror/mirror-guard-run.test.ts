/**
 * mirror-guard in-process: run() from packages/mirror/mirror-guard.ts with a
 * recording io, in each of its modes (settings, audit, a push, a pull
 * request), against the sandbox GitHub and index. Each is compared byte for
 * byte with the bundle (actions.test.ts and monorepo-side.test.ts stay the
 * end-to-end checks), and the summaries are read as text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ActionError, ActionErrors } from '../../packages/toolkit/errors.js';
import { run, type MirrorGuardInputs } from '../../packages/mirror/mirror-guard.js';
import { run as sync } from '../../packages/mirror/mirror-sync.js';
import { startGitHub, type GitHubSandbox } from '../../sandbox/github/index.js';
import { type BypassActor } from '../../sandbox/github/state.js';
import { startPyPI, type PyPISandbox } from '../../sandbox/pypi/index.js';
import { repoRoot, runAction } from '../../sandbox/runner.js';
import { recordingIo } from '../toolkit/recording-io.js';
import { buildSample, PACKAGE, type SampleBuild } from '../../sandbox/samples/monorepo-build.js';

const MIRROR = 'Molecule-AI/molecule-ai-workspace-runtime';
const SOURCE = 'Molecule-AI/molecule-core';
const APP = { id: 1_204_017, slug: 'molecule-runtime-publisher' };
const APP_BOT = `${APP.slug}[bot]`;
/** The App's installation token as the fan-out mints it for the audit (contents: read, statuses: write, administration: write). */
const AUDITOR = 'ghs_appInstallationAuditToken4b7e';
/** The same App with no administration permission: the bypass list is hidden from it. */
const READER = 'ghs_appInstallationReadOnly81c2d';
const PUBLISHER = 'ghs_appInstallationWriteToken3f9a';
const MALLORY = 'ghp_malloryPersonalToken3e8d91c6f0';
const TOKENS = [AUDITOR, READER, PUBLISHER, MALLORY];
const DOCUMENTED_RULES = [
  { type: 'update', parameters: { update_allows_fetch_and_merge: false } },
  { type: 'non_fast_forward' },
  { type: 'deletion' },
];
const APP_ONLY: BypassActor[] = [
  { actor_id: APP.id, actor_type: 'Integration', bypass_mode: 'always' },
];

let gh: GitHubSandbox;
let pypi: PyPISandbox;
let v7: SampleBuild;
let initial: string;

beforeAll(async () => {
  v7 = await buildSample('0.1.7');
  pypi = await startPyPI();
  pypi.seed(PACKAGE, [{ filename: v7.sdistFileName, content: v7.sdist }]);
});
afterAll(async () => {
  await pypi.close();
  v7.cleanup();
});
beforeEach(async () => {
  gh = await startGitHub({
    tokens: {
      [AUDITOR]: {
        login: APP_BOT,
        type: 'Bot',
        repos: [MIRROR],
        permissions: {
          contents: 'read',
          statuses: 'write',
          administration: 'write',
          metadata: 'read',
        },
      },
      [READER]: {
        login: APP_BOT,
        type: 'Bot',
        repos: [MIRROR],
        permissions: { contents: 'read', statuses: 'write', metadata: 'read' },
      },
      [PUBLISHER]: {
        login: APP_BOT,
        type: 'Bot',
        repos: [MIRROR],
        permissions: { contents: 'write', metadata: 'read' },
      },
      [MALLORY]: { login: 'mallory', repos: [MIRROR] },
    },
  });
  gh.state.addApp({
    id: APP.id,
    slug: APP.slug,
    clientId: 'Iv23liRuntimeMirror01',
    owner: 'Molecule-AI',
    permissions: { contents: 'write' },
  });
  gh.state.addRepo(MIRROR);
  initial = gh.state.addCommit(MIRROR, {
    message: 'Add the mirror guard',
    tree: {
      '.github/workflows/mirror-guard.yml': readFileSync(
        path.join(repoRoot, 'examples', 'workflows', 'mirror-guard.yml'),
        'utf8',
      ),
    },
    author: { name: 'Repo Admin', email: '5551234+admin@users.noreply.github.com' },
  });
});
afterEach(async () => {
  gh.assertNoViolations();
  await gh.close();
});

const SOURCE_SHA = '3f2c1a9b8e7d6c5b4a39281706f5e4d3c2b1a098';
const base = () => ({
  mirror: MIRROR,
  sourceRepository: SOURCE,
  packageName: PACKAGE,
  apiUrl: gh.url,
  serverUrl: 'https://github.com',
});

/** The bundle on the same inputs; `env` adds to the monorepo-side run context. */
function bundle(inputs: Record<string, string>, env: Record<string, string>, event = {}) {
  return runAction('mirror-guard', {
    inputs: { publishers: APP_BOT, 'index-url': pypi.url, ...inputs },
    env: { GITHUB_API_URL: gh.url, GITHUB_SHA: SOURCE_SHA, ...env },
    event,
  });
}

async function synced(): Promise<string> {
  const r = await sync(
    {
      token: PUBLISHER,
      repository: MIRROR,
      branch: 'main',
      version: '0.1.7',
      packageDir: v7.packageDir,
      apiUrl: gh.url,
      serverUrl: 'https://github.com',
      sourceRepository: SOURCE,
      sourceCommit: SOURCE_SHA,
      runUrl: `https://github.com/${SOURCE}/actions/runs/4242`,
    },
    recordingIo(),
  );
  return r.outputs.commit as string;
}

describe('mirror-guard run()', () => {
  it('settings: the documented ruleset passes; outputs and summary as the bundle', async () => {
    gh.state.addRuleset(MIRROR, {
      name: 'mirror: publish only',
      rules: DOCUMENTED_RULES,
      bypassActors: APP_ONLY,
    });
    const inputs: MirrorGuardInputs = {
      ...base(),
      mode: 'settings',
      token: AUDITOR,
      publishers: [APP_BOT],
      branch: '',
    };
    const io = recordingIo();
    const result = await run(inputs, io);
    expect(result.outputs).toEqual({ gaps: '[]' });
    const lines = result.summary.split('\n');
    expect(lines[0]).toBe(
      `### ✅ Mirror settings: ${MIRROR} main can be updated by the publishers only`,
    );
    expect(lines.slice(3, 6)).toEqual([
      '|  |  |',
      '| --- | --- |',
      `| Publishers | \`${APP_BOT}\` |`,
    ]);
    expect(lines[6]).toMatch(/^\| Rules found \| .+ \|$/);
    expect(io.logs.at(-1)).toBe(`${MIRROR} main: only ${APP_BOT} may update it.`);
    for (const t of TOKENS) expect(JSON.stringify(io)).not.toContain(t);
    const r = await bundle(
      { mode: 'settings', token: AUDITOR, repository: MIRROR },
      { GITHUB_REPOSITORY: SOURCE, GITHUB_EVENT_NAME: 'schedule' },
    );
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual(result.outputs);
    expect(r.summary).toBe(`${result.summary}\n`);
  });

  it('audit: the synced commit passes and is marked; the next audit is the bundle byte for byte', async () => {
    const sha = await synced();
    const audit: MirrorGuardInputs = {
      ...base(),
      mode: 'audit',
      token: AUDITOR,
      publishers: [APP_BOT],
      indexUrl: pypi.url,
      since: initial,
      branch: '',
      runUrl: `https://github.com/${SOURCE}/actions/runs/777`,
    };
    const result = await run(audit, recordingIo());
    expect(JSON.parse(result.outputs.verified as string)).toEqual([
      { sha, version: '0.1.7', passed: true, failed_rules: [] },
    ]);
    const lines = result.summary.split('\n');
    expect(lines[0]).toMatch(
      new RegExp(`^### ✅ Mirror audit: ${MIRROR} main, 1 commit\\(s\\) after `),
    );
    expect(lines.slice(3)).toEqual([
      '| Commit | Result | Rules failed |',
      '| --- | --- | --- |',
      `| [\`${sha.slice(0, 7)}\`](https://github.com/${MIRROR}/commit/${sha}) | passes | — |`,
      '',
      '',
    ]);
    const again = await run({ ...audit, since: '' }, recordingIo());
    const r = await bundle(
      { mode: 'audit', token: AUDITOR, repository: MIRROR },
      { GITHUB_REPOSITORY: SOURCE, GITHUB_EVENT_NAME: 'schedule', GITHUB_RUN_ID: '777' },
    );
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual(again.outputs);
    expect(r.summary).toBe(`${again.summary}\n`);
  });

  it('a push of the synced commit passes; a push by someone else fails rule 1 with the summary written first', async () => {
    const sha = await synced();
    const push = (sender: string) => ({
      ref: 'refs/heads/main',
      before: initial,
      after: sha,
      commits: [{ id: sha }],
      sender: { login: sender },
      pusher: { name: sender },
    });
    const event = (sender: string): MirrorGuardInputs => ({
      ...base(),
      mode: 'event',
      token: AUDITOR,
      publishers: [APP_BOT],
      indexUrl: pypi.url,
      eventName: 'push',
      event: push(sender),
      sha,
    });
    const result = await run(event(APP_BOT), recordingIo());
    expect(JSON.parse(result.outputs.verified as string)).toEqual([
      { sha, version: '0.1.7', passed: true, failed_rules: [] },
    ]);
    const r = await bundle(
      { token: AUDITOR },
      { GITHUB_REPOSITORY: MIRROR, GITHUB_EVENT_NAME: 'push', GITHUB_SHA: sha },
      push(APP_BOT),
    );
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual(result.outputs);
    expect(r.summary).toBe(`${result.summary}\n`);

    const io = recordingIo();
    const refused = await run(event('mallory'), io).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ActionErrors);
    expect((refused as ActionErrors).errors.map((e) => e.title)).toEqual([
      'Mirror guard rule 1: publisher identity',
    ]);
    expect(JSON.parse(io.outputs.verified as string)).toEqual([
      expect.objectContaining({ sha, passed: false }),
    ]);
    expect(io.summaryText).toContain('mallory');
  });

  it('a pull request: refused with directions; no request made; the summary is the bundle', async () => {
    const inputs: MirrorGuardInputs = {
      ...base(),
      mode: 'pull-request',
      sourcePath: 'workspace',
      docsUrl:
        'https://github.com/Molecule-AI/molecule-core/blob/main/docs/workspace-runtime-package.md',
      event: { pull_request: { number: 3, title: 'Fix a typo', user: { login: 'mallory' } } },
    };
    const io = recordingIo();
    const refused = await run(inputs, io).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ActionError);
    expect((refused as ActionError).title).toBe('Generated mirror: pull requests are not merged');
    expect(io.outputs).toEqual({ verified: '[]' });
    expect(io.summaryText).toContain('#3');
    expect(gh.requests).toEqual([]);
    const r = await bundle(
      { token: AUDITOR, 'source-path': 'workspace' },
      { GITHUB_REPOSITORY: MIRROR, GITHUB_EVENT_NAME: 'pull_request' },
      inputs.event,
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toEqual(io.outputs);
    // The bundle's summary goes on with the failure section the error boundary adds.
    expect(r.summary.startsWith(`${io.summaryText}\n`)).toBe(true);
  });
});
