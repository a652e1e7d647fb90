/**
 * explainGitHubError on real failures: each error comes from Octokit
 * talking to the sandbox GitHub, not from a hand-built object.
 */
import { createGitHubClient } from '../../packages/github/client.js';
import { explainGitHubError, permissionFor } from '../../packages/github/errors.js';
import { ActionError, formatActionError } from '../../packages/toolkit/errors.js';
import { startGitHub, type GitHubSandbox } from '../../sandbox/github/index.js';

let gh: GitHubSandbox;
const JOB = 'ghs_job';
const PAT = 'github_pat_other';
const CLASSIC = 'ghp_classic';

beforeAll(async () => {
  gh = await startGitHub({
    tokens: {
      [JOB]: {
        login: 'github-actions[bot]',
        type: 'Bot',
        repos: ['Molecule-AI/monorepo'],
        permissions: { contents: 'read', metadata: 'read' },
      },
      [PAT]: { login: 'release-bot', fineGrained: true, repos: ['Molecule-AI/template-a'] },
      [CLASSIC]: { login: 'alice', repos: [] },
    },
  });
  gh.state.addRepo('Molecule-AI/monorepo');
  gh.state.addRepo('Molecule-AI/template-a');
  gh.state.addRepo('Molecule-AI/template-old', { archived: true });
  gh.state.addRepo('Molecule-AI/empty');
  gh.state.addCommit('Molecule-AI/monorepo', { message: 'init' });
});
afterAll(async () => {
  await gh.close();
});

function client(token: string) {
  return createGitHubClient({ token, baseUrl: gh.url, retries: 0, writeIntervalMs: 0 });
}

async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to fail');
}

describe('explainGitHubError', () => {
  test('401: bad or expired token', async () => {
    const e = await failure(
      client('expired').rest.repos.get({ owner: 'Molecule-AI', repo: 'monorepo' }),
    );
    const a = explainGitHubError(e, {
      operation: 'read the repository',
      repo: 'Molecule-AI/monorepo',
    });
    expect(a.message).toBe(
      'GitHub refused the token (401 Bad credentials) to read the repository (Molecule-AI/monorepo).',
    );
    expect(a.place).toMatchObject({ status: 401, url: `${gh.url}/repos/Molecule-AI/monorepo` });
    expect(a.hint).toMatch(/expired/);
    expect(formatActionError(a)).toContain(`HTTP 401 ${gh.url}/repos/Molecule-AI/monorepo`);
  });

  test("403: names the missing permission from GitHub's x-accepted-github-permissions", async () => {
    const sha = gh.state.getRef('Molecule-AI/monorepo', 'refs/heads/main') as string;
    const e = await failure(
      client(JOB).rest.git.createRef({
        owner: 'Molecule-AI',
        repo: 'monorepo',
        ref: 'refs/tags/runtime-v1.0.0',
        sha,
      }),
    );
    const a = explainGitHubError(e, {
      operation: 'create tag runtime-v1.0.0',
      repo: 'Molecule-AI/monorepo',
    });
    expect(a.title).toBe('Missing GitHub permission');
    expect(a.message).toBe(
      'The token may not create tag runtime-v1.0.0 (Molecule-AI/monorepo): GitHub answered 403 Resource not accessible by integration.',
    );
    expect(a.hint).toContain("'contents: write'");
    expect(a.hint).toContain("add 'permissions: contents: write' to the job");
  });

  test("403 on a pull-request read: the hint names the workflow key 'pull-requests', not the API's 'pull_requests'", async () => {
    const sha = gh.state.getRef('Molecule-AI/monorepo', 'refs/heads/main') as string;
    const e = await failure(
      client(JOB).rest.repos.listPullRequestsAssociatedWithCommit({
        owner: 'Molecule-AI',
        repo: 'monorepo',
        commit_sha: sha,
      }),
    );
    const a = explainGitHubError(e, {
      operation: 'find the pull request of the commit',
      repo: 'Molecule-AI/monorepo',
    });
    expect(a.hint).toContain("add 'permissions: pull-requests: read' to the job");
    expect(a.hint).not.toContain('pull_requests');
  });

  test('403 archived, with a token that may write it', async () => {
    const local = await startGitHub();
    local.state.addRepo('o/archived', { archived: true });
    const e = await failure(
      createGitHubClient({
        token: 'any',
        baseUrl: local.url,
        retries: 0,
        writeIntervalMs: 0,
      }).rest.repos.createDispatchEvent({ owner: 'o', repo: 'archived', event_type: 'x' }),
    );
    const a = explainGitHubError(e, {
      operation: 'dispatch runtime-published',
      repo: 'o/archived',
    });
    expect(a.title).toBe('Repository archived');
    expect(a.message).toBe(
      'o/archived is archived (read-only), so dispatch runtime-published failed: Repository was archived so is read-only.',
    );
    await local.close();
  });

  test('404: missing repository or a token that cannot see it', async () => {
    const e = await failure(
      client(CLASSIC).rest.repos.createDispatchEvent({
        owner: 'Molecule-AI',
        repo: 'template-a',
        event_type: 'x',
      }),
    );
    const a = explainGitHubError(e, {
      operation: 'dispatch runtime-published',
      repo: 'Molecule-AI/template-a',
    });
    expect(a.place.status).toBe(404);
    expect(a.message).toContain('does not exist, or the token cannot see it');
    expect(a.hint).toContain("GITHUB_TOKEN reaches only the workflow's own repository");
  });

  test("409 on an empty repository; 422 with GitHub's message", async () => {
    const empty = await failure(
      client(PAT).rest.git.listMatchingRefs({ owner: 'Molecule-AI', repo: 'empty', ref: 'tags/' }),
    );
    expect(
      explainGitHubError(empty, { operation: 'list tags', repo: 'Molecule-AI/empty' }).hint,
    ).toContain('has no commits yet');
    const sha = gh.state.addCommit('Molecule-AI/template-a', { message: 'x' });
    gh.state.setRef('Molecule-AI/template-a', 'refs/tags/v1', sha);
    const exists = await failure(
      client(PAT).rest.git.createRef({
        owner: 'Molecule-AI',
        repo: 'template-a',
        ref: 'refs/tags/v1',
        sha,
      }),
    );
    const a = explainGitHubError(exists, {
      operation: 'create tag v1',
      repo: 'Molecule-AI/template-a',
    });
    expect(a.message).toBe(
      'GitHub rejected the request to create tag v1 (Molecule-AI/template-a) (422): Reference already exists',
    );
    expect(a.hint).toContain('another run');
    const invalid = await failure(
      client(PAT).request('POST /repos/{owner}/{repo}/dispatches', {
        owner: 'Molecule-AI',
        repo: 'template-a',
        event_type: 'x'.repeat(101),
      }),
    );
    expect(
      explainGitHubError(invalid, { operation: 'dispatch', repo: 'Molecule-AI/template-a' })
        .message,
    ).toContain("Invalid request. For 'properties/event_type'");
    gh.violations.length = 0;
  });

  test('a primary rate limit says when it resets', async () => {
    gh.faults.add({
      path: '/repos/{owner}/{repo}',
      kind: 'primary-rate-limit',
      resetInSeconds: 600,
    });
    const e = await failure(
      createGitHubClient({
        token: PAT,
        baseUrl: gh.url,
        retries: 3,
        maxRateLimitWaitSeconds: 60,
      }).rest.repos.get({ owner: 'Molecule-AI', repo: 'template-a' }),
    );
    const a = explainGitHubError(e, {
      operation: 'read the repository',
      repo: 'Molecule-AI/template-a',
    });
    expect(a.title).toBe('GitHub rate limit exhausted');
    expect(a.hint).toMatch(/resets at \d{4}-\d\d-\d\dT/);
    gh.faults.clear();
  });

  test('ActionErrors pass through; errors that are not HTTP failures are rethrown unchanged', () => {
    const own = new ActionError('mine');
    expect(explainGitHubError(own, { operation: 'x', repo: 'y' })).toBe(own);
    const bug = new TypeError('undefined is not a function');
    expect(() => explainGitHubError(bug, { operation: 'x', repo: 'y' })).toThrow(bug);
  });

  test('permissionFor names the permission GitHub documents for each route', () => {
    expect(permissionFor('POST', 'https://api.github.com/repos/o/r/dispatches')).toBe(
      'contents: write',
    );
    expect(
      permissionFor('POST', 'https://api.github.com/repos/o/r/actions/workflows/x.yml/dispatches'),
    ).toBe('actions: write');
    expect(permissionFor('GET', 'https://api.github.com/repos/o/r/actions/runs')).toBe(
      'actions: read',
    );
    expect(permissionFor('POST', 'https://api.github.com/repos/o/r/git/refs')).toBe(
      'contents: write',
    );
    expect(permissionFor('GET', 'https://api.github.com/repos/o/r/commits/abc/pulls')).toBe(
      'pull-requests: read',
    );
    expect(permissionFor('POST', 'https://api.github.com/repos/o/r/statuses/abc')).toBe(
      'statuses: write',
    );
    expect(permissionFor('POST', 'https://api.github.com/repos/o/r/check-runs')).toBe(
      'checks: write',
    );
    expect(permissionFor('GET', 'https://api.github.com/orgs/o/repos')).toBe('metadata: read');
  });
});
