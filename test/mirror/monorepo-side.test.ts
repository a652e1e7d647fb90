/**
 * mirror-guard's monorepo-side modes (issue #17) against the sandbox GitHub
 * (every request and answer checked against the REST description):
 * `settings` reads the mirror's rulesets and branch rules; `audit` applies
 * the four rules to every mirror commit since the last verified one, from
 * where a pusher of the mirror cannot edit it. The cases call run()
 * in-process (guard, sync); one per mode runs the bundle on Node 24 as the
 * runner does (guardBundle, syncBundle).
 */
import { createServer, type AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startGitHub, type GitHubSandbox } from '../../sandbox/github/index.js';
import { botIdentity, userId, type BypassActor } from '../../sandbox/github/state.js';
import { startPyPI, type PyPISandbox } from '../../sandbox/pypi/index.js';
import { allText, repoRoot, runAction, type RunResult } from '../../sandbox/runner.js';
import { buildSample, PACKAGE, type SampleBuild } from '../../sandbox/samples/monorepo-build.js';
import { parsePublishers } from '../../packages/mirror/guard-modes.js';
import { run as runGuard } from '../../packages/mirror/mirror-guard.js';
import { run as runSync } from '../../packages/mirror/mirror-sync.js';
import { inProcess, shownText, type InProcessResult } from '../toolkit/in-process.js';

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

type Result = RunResult | InProcessResult;

function expectNoLeak(r: Result): void {
  const visible = 'io' in r ? shownText(r) : allText(r).replace(/^::add-mask::.*$/gm, '');
  for (const t of TOKENS) expect(visible).not.toContain(t);
}

/** run() in-process with what the bundle maps guardBundle's inputs and run context to. */
async function guard(
  mode: 'settings' | 'audit',
  token: string,
  extra: { since?: string; 'index-url'?: string } = {},
): Promise<InProcessResult> {
  const r = await inProcess((io) => {
    const access = {
      sourceRepository: SOURCE,
      packageName: PACKAGE,
      apiUrl: gh.url,
      serverUrl: 'https://github.com',
      mirror: MIRROR,
      token,
      publishers: parsePublishers(APP_BOT),
    };
    if (mode === 'settings') return runGuard({ ...access, mode, branch: '' }, io);
    return runGuard(
      {
        ...access,
        mode,
        indexUrl: extra['index-url'] ?? pypi.url,
        since: extra.since ?? '',
        branch: '',
        runUrl: `https://github.com/${SOURCE}/actions/runs/777`,
      },
      io,
    );
  });
  expectNoLeak(r);
  return r;
}

async function guardBundle(mode: string, token: string, extra: Record<string, string> = {}) {
  const r = await runAction('mirror-guard', {
    inputs: {
      mode,
      token,
      repository: MIRROR,
      publishers: APP_BOT,
      'index-url': pypi.url,
      ...extra,
    },
    env: {
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: SOURCE,
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_SHA: '3f2c1a9b8e7d6c5b4a39281706f5e4d3c2b1a098',
      GITHUB_RUN_ID: '777',
    },
    event: {},
  });
  expectNoLeak(r);
  return r;
}
const errors = (r: Result) => r.annotations.filter((a) => a.level === 'error');

describe('mode: settings', () => {
  test('the documented ruleset (restrict updates, block force pushes, restrict deletions; the App the only bypass actor) passes', async () => {
    gh.state.addRuleset(MIRROR, {
      name: 'mirror: publish only',
      rules: DOCUMENTED_RULES,
      bypassActors: APP_ONLY,
    });
    const r = await guardBundle('settings', AUDITOR);
    expect(errors(r)).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.outputs.gaps as string)).toEqual([]);
    expect(r.summary).toContain('can be updated by the publishers only');
    expect(r.stdout).toContain(`bypass: the App ${APP_BOT} (id ${APP.id})`);
  });

  test('a ruleset that also lets a user (or the maintain role) bypass fails, naming each', async () => {
    gh.state.addRuleset(MIRROR, {
      name: 'mirror: publish only',
      rules: DOCUMENTED_RULES,
      bypassActors: [
        ...APP_ONLY,
        { actor_id: userId('mallory'), actor_type: 'User', bypass_mode: 'always' },
        { actor_id: 2, actor_type: 'RepositoryRole', bypass_mode: 'pull_request' },
      ],
    });
    const r = await guard('settings', AUDITOR);
    expect(r.exitCode).toBe(1);
    const gaps = JSON.parse(r.outputs.gaps as string) as string[];
    expect(gaps).toEqual([
      `the user with id ${userId('mallory')} may bypass 'mirror: publish only' (always) and so update main; only the publishers may`,
      "the repository role with id 2 may bypass 'mirror: publish only' (pull_request) and so update main; only the publishers may",
    ]);
    expect(errors(r).map((a) => a.title)).toContain('Mirror settings gap');
  });

  test('no ruleset: each missing rule is a gap; an "evaluate" ruleset does not count', async () => {
    gh.state.addRuleset(MIRROR, {
      name: 'trial',
      enforcement: 'evaluate',
      rules: DOCUMENTED_RULES,
      bypassActors: APP_ONLY,
    });
    const r = await guard('settings', AUDITOR);
    expect(r.exitCode).toBe(1);
    const gaps = JSON.parse(r.outputs.gaps as string) as string[];
    expect(gaps).toEqual([
      "no active ruleset on Molecule-AI/molecule-ai-workspace-runtime branch main has the rule 'Restrict updates' (update): anyone with write access can push to it",
      "no active ruleset on Molecule-AI/molecule-ai-workspace-runtime branch main has the rule 'Block force pushes' (non_fast_forward): its history can be rewritten by a force push",
      "no active ruleset on Molecule-AI/molecule-ai-workspace-runtime branch main has the rule 'Restrict deletions' (deletion): it can be deleted",
    ]);
  });

  test('a ruleset on other branches only, or one that lets no publisher bypass, fails', async () => {
    gh.state.addRuleset(MIRROR, {
      name: 'releases',
      include: ['refs/heads/release/*'],
      rules: DOCUMENTED_RULES,
      bypassActors: APP_ONLY,
    });
    gh.state.addRuleset(MIRROR, {
      name: 'locked',
      rules: [{ type: 'update', parameters: { update_allows_fetch_and_merge: false } }],
      bypassActors: [],
    });
    const r = await guard('settings', AUDITOR);
    expect(r.exitCode).toBe(1);
    const gaps = JSON.parse(r.outputs.gaps as string) as string[];
    expect(gaps).toContain(
      `no publisher App may bypass 'locked': mirror-sync itself would be refused (add ${APP_BOT} (App id ${APP.id}) as the bypass actor)`,
    );
    expect(gaps.some((g) => g.includes("'Block force pushes'"))).toBe(true);
  });

  test('a token that may not see the bypass list: the check says it is blind instead of passing', async () => {
    gh.state.addRuleset(MIRROR, {
      name: 'mirror: publish only',
      rules: DOCUMENTED_RULES,
      bypassActors: APP_ONLY,
    });
    const r = await guard('settings', READER);
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.outputs.gaps as string)).toEqual([
      expect.stringMatching(
        /^cannot see who may bypass ruleset 'mirror: publish only' \(\d+\): GitHub shows a ruleset's bypass list only to a token with write access to it/,
      ),
    ]);
  });
});

describe('mode: audit', () => {
  /** A mirror commit exactly as mirror-sync writes it (through the API as the App). */
  async function sync(): Promise<string> {
    const r = await inProcess((io) =>
      runSync(
        {
          token: PUBLISHER,
          repository: MIRROR,
          branch: 'main',
          version: '0.1.7',
          packageDir: v7.packageDir,
          apiUrl: gh.url,
          serverUrl: 'https://github.com',
          sourceRepository: SOURCE,
          sourceCommit: '3f2c1a9b8e7d6c5b4a39281706f5e4d3c2b1a098',
          runUrl: `https://github.com/${SOURCE}/actions/runs/4242`,
        },
        io,
      ),
    );
    expect(r.exitCode).toBe(0);
    return r.outputs.commit as string;
  }
  async function syncBundle(): Promise<string> {
    const r = await runAction('mirror-sync', {
      inputs: { 'package-dir': v7.packageDir, version: '0.1.7', token: PUBLISHER },
      env: {
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: SOURCE,
        GITHUB_SHA: '3f2c1a9b8e7d6c5b4a39281706f5e4d3c2b1a098',
        GITHUB_RUN_ID: '4242',
      },
    });
    expect(r.exitCode).toBe(0);
    return r.outputs.commit as string;
  }
  const auditStatuses = () =>
    gh.state.statuses
      .filter((s) => s.context === 'mirror-audit')
      .map((s) => [s.sha, s.state, s.creator]);

  test('from the starting point: the synced commit passes and is marked verified; the next audit starts after it', async () => {
    const synced = await syncBundle();
    const r = await guardBundle('audit', AUDITOR, { since: initial });
    expect(errors(r)).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.outputs.verified as string)).toEqual([
      { sha: synced, version: '0.1.7', passed: true, failed_rules: [] },
    ]);
    expect(auditStatuses()).toEqual([
      [initial, 'success', APP_BOT],
      [synced, 'success', APP_BOT],
    ]);
    const again = await guardBundle('audit', AUDITOR);
    expect(again.exitCode).toBe(0);
    expect(JSON.parse(again.outputs.verified as string)).toEqual([]);
    expect(again.summary).toContain(
      `the newest commit a previous audit verified (${synced.slice(0, 12)})`,
    );
  });

  test('with the index unreachable, the audit fails and marks the commit neither verified nor failed', async () => {
    const synced = await sync();
    const down = createServer();
    await new Promise<void>((r) => down.listen(0, '127.0.0.1', r));
    const port = (down.address() as AddressInfo).port;
    await new Promise<void>((r) => down.close(() => r()));
    const r = await guard('audit', AUDITOR, {
      since: initial,
      'index-url': `http://127.0.0.1:${port}`,
    });
    expect(r.exitCode).toBe(1);
    expect(errors(r).map((a) => a.title)).toContain(
      'Mirror audit rule 4 not checked: Index unreachable',
    );
    expect(r.stdout).toContain(
      'could not be verified: the content rule could not be checked. Nothing was marked',
    );
    expect(auditStatuses()).toEqual([[initial, 'success', APP_BOT]]);
    expect(JSON.parse(r.outputs.verified as string)).toEqual([
      { sha: synced, version: '0.1.7', passed: false, failed_rules: [] },
    ]);
  });

  test("a commit that replaces the mirror's own workflow passes its own replaced check, but the audit catches it, and keeps catching it", async () => {
    const synced = await sync();
    await guard('audit', AUDITOR, { since: initial });
    // Mallory pushes a commit whose mirror-guard.yml passes anything, keeping the trailers and content.
    const forged = gh.state.addCommit(MIRROR, {
      message: gh.state.getCommit(MIRROR, synced)?.message as string,
      changes: {
        '.github/workflows/mirror-guard.yml':
          'on: push\njobs:\n  guard:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: exit 0\n',
      },
      author: botIdentity('mallory', userId('mallory')),
    });
    // …and posts a success status with the audit's context herself.
    const mallory = await fetch(`${gh.url}/repos/${MIRROR}/statuses/${forged}`, {
      method: 'POST',
      headers: { authorization: `token ${MALLORY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'success', context: 'mirror-audit' }),
    });
    expect(mallory.status).toBe(201);
    const r = await guard('audit', AUDITOR);
    expect(r.exitCode).toBe(1);
    const [v] = JSON.parse(r.outputs.verified as string) as Array<{
      sha: string;
      failed_rules: number[];
    }>;
    expect(v).toEqual({ sha: forged, version: '0.1.7', passed: false, failed_rules: [1, 4] });
    expect(
      errors(r)
        .map((a) => a.message)
        .join('\n'),
    ).toMatch(/\.github\/ \(the mirror's own workflows\) differs from the parent/);
    expect(auditStatuses().at(-1)).toEqual([forged, 'failure', APP_BOT]);
    // The forged commit stays unverified: the next audit reports it again.
    const again = await guard('audit', AUDITOR);
    expect(again.exitCode).toBe(1);
    expect((JSON.parse(again.outputs.verified as string) as Array<{ sha: string }>)[0]?.sha).toBe(
      forged,
    );
  });

  test('without a starting point, the admin commit at the root is audited like any other (and refused)', async () => {
    await sync();
    const r = await guard('audit', AUDITOR);
    expect(r.exitCode).toBe(1);
    expect(r.summary).toContain('the root of main was reached');
  });
});
