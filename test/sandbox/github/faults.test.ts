/**
 * Fault injection and rate limits, seen through plain fetch (no retrying
 * client in the way): what a client receives, and what the sandbox records.
 */
import { startGitHub, type GitHubSandbox } from '../../../sandbox/github/index.js';

let gh: GitHubSandbox;
const auth = { authorization: 'token t' };

beforeEach(async () => {
  gh = await startGitHub();
  gh.state.addRepo('o/r');
  gh.state.addRepo('o/other');
});
afterEach(async () => {
  await gh.close();
});

const get = (path = '/repos/o/r', headers: Record<string, string> = auth) =>
  fetch(`${gh.url}${path}`, { headers });

describe('faults', () => {
  test('a status fault answers 5xx for `times` requests, matched by template and method', async () => {
    gh.faults.add({
      method: 'GET',
      path: '/repos/{owner}/{repo}',
      kind: 'status',
      status: 503,
      times: 2,
    });
    expect((await get()).status).toBe(503);
    expect(
      (
        await fetch(`${gh.url}/repos/o/r/dispatches`, {
          method: 'POST',
          headers: auth,
          body: '{"event_type":"x"}',
        })
      ).status,
    ).toBe(204);
    expect((await get('/repos/o/other')).status).toBe(503);
    expect((await get()).status).toBe(200);
    expect(gh.requests.map((r) => r.status)).toEqual([503, 204, 503, 200]);
    expect(gh.faults.pending()).toBe(0);
  });

  test('a RegExp matches the literal path; a string may be the literal path too', async () => {
    gh.faults.add({ path: /\/o\/other$/, kind: 'status', status: 502 });
    gh.faults.add({ path: '/repos/o/r', kind: 'status', status: 500 });
    expect((await get()).status).toBe(500);
    expect((await get('/repos/o/other')).status).toBe(502);
    expect((await get()).status).toBe(200);
  });

  test('reset destroys the connection; timeout never answers', async () => {
    gh.faults.add({ path: '/repos/{owner}/{repo}', kind: 'reset' });
    await expect(get()).rejects.toThrow(/fetch failed/);
    gh.faults.add({ path: '/repos/{owner}/{repo}', kind: 'timeout' });
    await expect(
      fetch(`${gh.url}/repos/o/r`, { headers: auth, signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow(/timeout|aborted/i);
    expect((await get()).status).toBe(200);
    expect(gh.requests.map((r) => r.status)).toEqual([0, 0, 200]);
  });

  test("secondary rate limit: 403 with Retry-After and GitHub's message; requests during it are violations", async () => {
    gh.faults.add({ path: '/repos/{owner}/{repo}', kind: 'secondary-rate-limit', retryAfter: 1 });
    const limited = await get();
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('1');
    const body = (await limited.json()) as { message: string; documentation_url: string };
    expect(body.message).toMatch(/^You have exceeded a secondary rate limit/);
    expect(body.documentation_url).toContain('secondary-rate-limits');
    // A client that does not wait: refused again and recorded, on any path.
    const early = await get('/repos/o/other');
    expect(early.status).toBe(403);
    expect(gh.faults.limitViolations).toEqual([
      expect.objectContaining({ method: 'GET', path: '/repos/o/other', kind: 'secondary' }),
    ]);
    expect(() => gh.assertNoViolations()).toThrow(
      /GET \/repos\/o\/other \[rate-limit\]: sent while a secondary rate limit was in force/,
    );
    // Other identities are not affected.
    expect((await get('/repos/o/r', { authorization: 'token someone-else' })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1050));
    expect((await get()).status).toBe(200);
    expect(gh.faults.limitViolations).toHaveLength(1);
  });

  test('primary rate limit: 403 with x-ratelimit-remaining 0 and the reset time', async () => {
    gh.faults.add({ path: '/repos/{owner}/{repo}', kind: 'primary-rate-limit', resetInSeconds: 2 });
    const before = Math.floor(Date.now() / 1000);
    const limited = await get();
    expect(limited.status).toBe(403);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    const reset = Number(limited.headers.get('x-ratelimit-reset'));
    expect(reset).toBeGreaterThanOrEqual(before + 2);
    expect(reset).toBeLessThanOrEqual(before + 3);
    expect(((await limited.json()) as { message: string }).message).toMatch(
      /^API rate limit exceeded/,
    );
    expect((await get()).status).toBe(403);
    expect(gh.faults.limitViolations).toEqual([
      expect.objectContaining({ kind: 'primary', blockedUntil: reset * 1000 }),
    ]);
  });

  test('a sliding secondary-limit window refuses the request past maxRequests, then recovers', async () => {
    gh.faults.secondaryLimit({
      path: /\/dispatches$/,
      maxRequests: 3,
      windowMs: 60_000,
      retryAfter: 1,
    });
    const dispatch = (repo: string) =>
      fetch(`${gh.url}/repos/${repo}/dispatches`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ event_type: 'e' }),
      });
    const statuses: number[] = [];
    for (const repo of ['o/r', 'o/other', 'o/r', 'o/other'])
      statuses.push((await dispatch(repo)).status);
    expect(statuses).toEqual([204, 204, 204, 403]);
    // Reads are outside the window's path, but the block is per sender, as on GitHub.
    expect((await get()).status).toBe(403);
    expect(gh.faults.limitViolations).toHaveLength(1);
    gh.faults.clear();
    expect((await get()).status).toBe(200);
    expect(gh.state.dispatches).toHaveLength(3);
  });
});
