/**
 * The client factory against the sandbox GitHub: what it retries, how long
 * it waits (read from the sandbox's recorded arrival times, no fake timers),
 * and when it gives up.
 */
import {
  createGitHubClient,
  githubCalls,
  type GitHubClientOptions,
  type RateLimitEvent,
} from '../../packages/github/client.js';
import { explainGitHubError } from '../../packages/github/errors.js';
import { ActionError } from '../../packages/toolkit/errors.js';
import { startGitHub, type GitHubSandbox } from '../../sandbox/github/index.js';

const TOKEN = 'ghs_client_test_token_123';
let gh: GitHubSandbox;
let logged: string[];
let limits: RateLimitEvent[];

function make(extra: Partial<GitHubClientOptions> = {}) {
  return createGitHubClient({
    token: TOKEN,
    baseUrl: gh.url,
    userAgent: 'runtime-actions/test',
    retryBaseMs: 20,
    // Long enough that a loaded machine's slow 200 is never taken for a hung attempt (which would
    // add a retry and change the request counts asserted below); the timeout test sets its own.
    timeoutMs: 10_000,
    writeIntervalMs: 0,
    log: { warning: (m) => logged.push(m), info: (m) => logged.push(m) },
    onRateLimit: (e) => limits.push(e),
    ...extra,
  });
}

const repo = { owner: 'Molecule-AI', repo: 'monorepo' };

beforeEach(async () => {
  logged = [];
  limits = [];
  gh = await startGitHub({ tokens: { [TOKEN]: { login: 'github-actions[bot]', type: 'Bot' } } });
  gh.state.addRepo('Molecule-AI/monorepo');
  gh.state.addRepo('Molecule-AI/template-a');
});
afterEach(async () => {
  await gh.close();
  // The token never appears in anything the client logged.
  for (const line of logged) expect(line).not.toContain(TOKEN);
});

describe('retries', () => {
  test('retries 503s and succeeds, sending the User-Agent', async () => {
    gh.faults.add({ path: '/repos/{owner}/{repo}', kind: 'status', status: 503, times: 2 });
    const { data } = await make().rest.repos.get(repo);
    expect(data.full_name).toBe('Molecule-AI/monorepo');
    expect(gh.requests.map((r) => r.status)).toEqual([503, 503, 200]);
    expect(gh.requests[0]?.userAgent).toMatch(/^runtime-actions\/test octokit-core\.js\//);
    gh.assertNoViolations();
  });

  test('retries a connection reset and an attempt that timed out', async () => {
    gh.faults.add({ path: '/repos/{owner}/{repo}', kind: 'reset' });
    gh.faults.add({ path: '/repos/{owner}/{repo}', kind: 'timeout' });
    const t0 = Date.now();
    await make({ timeoutMs: 400 }).rest.repos.get(repo);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(400);
    expect(gh.requests.map((r) => r.status)).toEqual([0, 0, 200]);
  });

  test('never retries a 4xx', async () => {
    const c = make();
    await expect(c.rest.repos.get({ owner: 'Molecule-AI', repo: 'missing' })).rejects.toMatchObject(
      { status: 404 },
    );
    gh.state.addCommit('Molecule-AI/monorepo', { message: 'x' });
    await expect(
      c.rest.git.createRef({ ...repo, ref: 'refs/tags/x', sha: 'f'.repeat(40) }),
    ).rejects.toMatchObject({ status: 422 });
    expect(gh.requests).toHaveLength(2);
  });

  test('gives up after `retries` and the error says what failed, where, after how many attempts', async () => {
    gh.faults.add({ path: '/repos/{owner}/{repo}', kind: 'status', status: 502, times: Infinity });
    const error = await make({ retries: 2 })
      .rest.repos.get(repo)
      .catch((e: unknown) => e);
    expect(gh.requests).toHaveLength(3);
    const explained = explainGitHubError(error, {
      operation: 'read the repository',
      repo: 'Molecule-AI/monorepo',
    });
    expect(explained).toBeInstanceOf(ActionError);
    expect(explained.message).toBe(
      'GitHub answered 502 to read the repository (Molecule-AI/monorepo) after 3 attempts: Server Error',
    );
    expect(explained.place).toMatchObject({
      status: 502,
      url: `${gh.url}/repos/Molecule-AI/monorepo`,
    });
    expect(explained.hint).toContain('githubstatus.com');
  });

  test('a server that is gone: a network error, explained as unreachable', async () => {
    const url = gh.url;
    await gh.close();
    const error = await createGitHubClient({
      token: TOKEN,
      baseUrl: url,
      retries: 1,
      retryBaseMs: 10,
    })
      .rest.repos.get(repo)
      .catch((e: unknown) => e);
    const explained = explainGitHubError(error, {
      operation: 'read the repository',
      repo: 'Molecule-AI/monorepo',
    });
    expect(explained.message).toMatch(
      /^Could not reach GitHub to read the repository \(Molecule-AI\/monorepo\) after 2 attempts: /,
    );
    expect(explained.hint).toContain('GITHUB_API_URL');
    gh = await startGitHub();
  });
});

describe('rate limits', () => {
  test('a secondary limit: waits Retry-After before retrying, and says so', async () => {
    gh.faults.add({ path: '/repos/{owner}/{repo}', kind: 'secondary-rate-limit', retryAfter: 1 });
    await make().rest.repos.get(repo);
    const [limited, retried] = gh.requests;
    expect([limited?.status, retried?.status]).toEqual([403, 200]);
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(1000);
    expect(gh.faults.limitViolations).toEqual([]);
    expect(limits).toEqual([
      expect.objectContaining({
        kind: 'secondary',
        retryAfterSeconds: 1,
        willRetry: true,
        url: '/repos/Molecule-AI/monorepo',
      }),
    ]);
    expect(logged).toContain(
      'GitHub secondary rate limit on GET /repos/Molecule-AI/monorepo: waiting 1 s as asked (retry 1 of 3).',
    );
    gh.assertNoViolations();
  });

  test('while one request waits out a Retry-After, the client sends nothing else', async () => {
    gh.faults.add({ path: '/repos/{owner}/{repo}', kind: 'secondary-rate-limit', retryAfter: 1 });
    const c = make();
    const first = c.rest.repos.get(repo);
    await new Promise((r) => setTimeout(r, 150));
    const second = c.rest.repos.get({ owner: 'Molecule-AI', repo: 'template-a' });
    await Promise.all([first, second]);
    const limitedAt = gh.requests[0]!.at;
    expect(gh.requests[0]!.status).toBe(403);
    for (const r of gh.requests.slice(1)) expect(r.at - limitedAt).toBeGreaterThanOrEqual(1000);
    expect(gh.faults.limitViolations).toEqual([]);
    gh.assertNoViolations();
  });

  test('a sliding secondary window on dispatches: every dispatch lands once, none during a Retry-After', async () => {
    gh.faults.secondaryLimit({
      path: /\/dispatches$/,
      maxRequests: 3,
      windowMs: 1500,
      retryAfter: 1,
    });
    const c = make();
    for (let i = 0; i < 5; i++) {
      await c.rest.repos.createDispatchEvent({
        owner: 'Molecule-AI',
        repo: 'template-a',
        event_type: 'runtime-published',
        client_payload: { n: i },
      });
    }
    expect(gh.state.dispatches.map((d) => d.clientPayload.n)).toEqual([0, 1, 2, 3, 4]);
    expect(gh.requests.filter((r) => r.status === 403).length).toBeGreaterThanOrEqual(1);
    expect(gh.faults.limitViolations).toEqual([]);
    gh.assertNoViolations();
  });

  test('a primary limit: waits until after x-ratelimit-reset', async () => {
    gh.faults.add({ path: '/repos/{owner}/{repo}', kind: 'primary-rate-limit', resetInSeconds: 1 });
    await make().rest.repos.get(repo);
    const [limited, retried] = gh.requests;
    expect(limited?.status).toBe(403);
    expect(retried?.status).toBe(200);
    // x-ratelimit-reset is whole seconds: the retry comes after that second.
    expect(retried!.at).toBeGreaterThanOrEqual(Math.ceil((limited!.at + 1000) / 1000) * 1000);
    expect(limits[0]).toMatchObject({ kind: 'primary', willRetry: true });
    expect(gh.faults.limitViolations).toEqual([]);
  });

  test('gives up on a wait longer than maxRateLimitWaitSeconds, and on too many limits', async () => {
    gh.faults.add({ path: '/repos/{owner}/{repo}', kind: 'secondary-rate-limit', retryAfter: 30 });
    const long = await make({ maxRateLimitWaitSeconds: 5 })
      .rest.repos.get(repo)
      .catch((e: unknown) => e);
    expect(gh.requests).toHaveLength(1);
    expect(limits).toEqual([expect.objectContaining({ willRetry: false, retryAfterSeconds: 30 })]);
    const explained = explainGitHubError(long, {
      operation: 'read the repository',
      repo: 'Molecule-AI/monorepo',
    });
    expect(explained.title).toBe('GitHub secondary rate limit');
    expect(explained.hint).toContain('30 s');

    await gh.close();
    gh = await startGitHub({ tokens: { [TOKEN]: { login: 'github-actions[bot]', type: 'Bot' } } });
    gh.state.addRepo('Molecule-AI/monorepo');
    gh.faults.add({
      path: '/repos/{owner}/{repo}',
      kind: 'secondary-rate-limit',
      retryAfter: 1,
      times: Infinity,
    });
    const t0 = Date.now();
    await expect(make({ retries: 1 }).rest.repos.get(repo)).rejects.toMatchObject({ status: 403 });
    expect(gh.requests).toHaveLength(2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    expect(gh.faults.limitViolations).toEqual([]);
  });
});

describe('everyday use', () => {
  test('paginates past 100 tags; matching-refs returns them all at once', async () => {
    const sha = gh.state.addCommit('Molecule-AI/monorepo', { message: 'init' });
    for (let i = 0; i < 230; i++) gh.state.addTag('Molecule-AI/monorepo', `runtime-v1.${i}.0`, sha);
    const c = make();
    const tags = await c.paginate(c.rest.repos.listTags, { ...repo, per_page: 100 });
    expect(tags).toHaveLength(230);
    expect(gh.requests).toHaveLength(3);
    const refs = await c.rest.git.listMatchingRefs({ ...repo, ref: 'tags/runtime-v' });
    expect(refs.data).toHaveLength(230);
    gh.assertNoViolations();
  });

  test('spaces writes by writeIntervalMs', async () => {
    const c = make({ writeIntervalMs: 250 });
    for (let i = 0; i < 4; i++)
      await c.rest.repos.createDispatchEvent({
        owner: 'Molecule-AI',
        repo: 'template-a',
        event_type: 'e',
      });
    // The limiter spaces the starts of writes; arrival times at the server
    // also carry each request's own processing delay (the first is the
    // slowest), so one gap alone can be short by that delay. Over three gaps
    // the spacing must show: unspaced, these writes arrive milliseconds apart.
    const at = gh.requests.map((r) => r.at);
    expect(at[3]! - at[0]!).toBeGreaterThanOrEqual(3 * 250 - 100);
  });

  test('baseUrl: a trailing slash is fine; something that is not a URL is an ActionError', async () => {
    await make({ baseUrl: `${gh.url}/` }).rest.repos.get(repo);
    expect(gh.requests[0]?.path).toBe('/repos/Molecule-AI/monorepo');
    expect(() => make({ baseUrl: 'api.github.com' })).toThrow(ActionError);
  });

  test('an empty token makes anonymous requests', async () => {
    await make({ token: '' }).rest.repos.get(repo);
    expect(gh.requests[0]?.login).toBe('anonymous');
    expect(gh.requests[0]?.authScheme).toBeUndefined();
  });

  test('githubCalls: a failure names the operation and the repository; an ActionError or a bug passes through', async () => {
    const api = githubCalls('Molecule-AI/monorepo');
    const c = make({ retries: 0 });
    expect(await api('read the repository', () => c.rest.repos.get(repo))).toMatchObject({
      status: 200,
    });
    const failed = await api('read the missing repository', () =>
      c.rest.repos.get({ owner: 'Molecule-AI', repo: 'no-such-repo' }),
    ).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ActionError);
    expect((failed as ActionError).message).toContain('read the missing repository');
    expect((failed as ActionError).message).toContain('404');
    const ours = new ActionError('already explained');
    await expect(api('x', () => Promise.reject(ours))).rejects.toBe(ours);
    const bug = new TypeError('a bug');
    await expect(api('x', () => Promise.reject(bug))).rejects.toBe(bug);
  });
});
