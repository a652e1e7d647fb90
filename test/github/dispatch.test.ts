/**
 * dispatchAll and followRuns in-process, over the suite's Octokit client
 * (createGitHubClient) and the sandbox GitHub, where the client's side of
 * the exchange can be observed: when each request actually left (a fetch
 * wrapper) and when each pause began.
 */
import { createGitHubClient } from '../../packages/github/client.js';
import { SharedBackoff } from '../../packages/github/backoff.js';
import { dispatchAll } from '../../packages/github/dispatch.js';
import { followRuns } from '../../packages/github/runs.js';
import { startGitHub, type GitHubSandbox } from '../../sandbox/github/index.js';

const TOKEN = 'github_pat_dispatchUnit000000000000';
let gh: GitHubSandbox;
afterEach(async () => gh?.close());

/** The client as cascade-dispatch builds it; `sent` gets the time each request really leaves. */
function client(sent: number[], backoff?: SharedBackoff) {
  const timed: typeof fetch = (input, init) => {
    sent.push(Date.now());
    return fetch(input, init);
  };
  return createGitHubClient({
    token: TOKEN,
    baseUrl: gh.url,
    retries: 0,
    writeIntervalMs: 0,
    fetch: backoff ? backoff.gatedFetch(timed) : timed,
  });
}

describe('dispatchAll', () => {
  it('sends nothing while a pause is in force, loses nothing, dispatches each target once', async () => {
    gh = await startGitHub({ tokens: { [TOKEN]: { login: 'releaser' } }, latencyMs: 50 });
    const targets = Array.from({ length: 300 }, (_, i) => `o/t${i}`);
    for (const t of targets) gh.state.addRepo(t);
    gh.faults.secondaryLimit({
      path: /\/dispatches$/,
      maxRequests: 60,
      windowMs: 1000,
      retryAfter: 1,
    });
    const sent: number[] = [];
    const backoff = new SharedBackoff();
    const results = await dispatchAll(client(sent, backoff), {
      targets,
      eventType: 'runtime-published',
      payload: { runtime_version: '1.0.0' },
      concurrency: 8,
      backoff,
    });
    expect(results.every((r) => r.ok)).toBe(true);
    expect(gh.state.dispatches.map((d) => d.repo).sort()).toEqual([...targets].sort());
    const fresh = backoff.pauses.filter((p) => p.fresh);
    expect(fresh.length).toBeGreaterThan(0);
    // From the moment the client learned of a limit until it ended, nothing left.
    for (const p of fresh) {
      expect(sent.filter((t) => t >= p.at && t < p.at + p.waitMs)).toEqual([]);
    }
    // After the first limit, fewer in flight.
    expect(backoff.inFlightCap).toBeLessThan(8);
    // Every attempt beyond the first per target was a refusal, counted per repository.
    expect(results.reduce((n, r) => n + r.attempts, 0)).toBe(gh.requests.length);
    expect(gh.violations.filter((v) => v.kind !== 'rate-limit')).toEqual([]);
  }, 60_000);

  it('waits until a primary limit resets, then carries on', async () => {
    gh = await startGitHub({ tokens: { [TOKEN]: { login: 'releaser' } } });
    for (const t of ['o/a', 'o/b', 'o/c']) gh.state.addRepo(t);
    gh.faults.add({
      path: /\/dispatches$/,
      kind: 'primary-rate-limit',
      resetInSeconds: 1,
      times: 1,
    });
    const sent: number[] = [];
    const backoff = new SharedBackoff();
    const results = await dispatchAll(client(sent, backoff), {
      targets: ['o/a', 'o/b', 'o/c'],
      eventType: 'e',
      payload: {},
      concurrency: 1,
      backoff,
    });
    expect(results.map((r) => [r.repo, r.ok, r.attempts])).toEqual([
      ['o/a', true, 2],
      ['o/b', true, 1],
      ['o/c', true, 1],
    ]);
    expect(backoff.pauses[0]?.kind).toBe('primary');
    expect(gh.faults.limitViolations).toEqual([]);
    gh.assertNoViolations();
  });

  it('gives up on a target that keeps failing, and says so', async () => {
    gh = await startGitHub({ tokens: { [TOKEN]: { login: 'releaser' } } });
    gh.state.addRepo('o/down');
    gh.faults.add({
      path: '/repos/o/down/dispatches',
      kind: 'status',
      status: 500,
      times: Infinity,
    });
    const results = await dispatchAll(client([]), {
      targets: ['o/down'],
      eventType: 'e',
      payload: {},
      concurrency: 2,
      maxAttempts: 3,
      retryBaseMs: 5,
    });
    expect(results).toEqual([
      {
        repo: 'o/down',
        ok: false,
        attempts: 3,
        status: 500,
        message: 'HTTP 500; gave up after 3 attempts',
      },
    ]);
    gh.assertNoViolations();
  });

  it('a request that never answers times out and is retried', async () => {
    gh = await startGitHub({ tokens: { [TOKEN]: { login: 'releaser' } } });
    gh.state.addRepo('o/slow');
    gh.faults.add({ path: '/repos/o/slow/dispatches', kind: 'timeout', times: 1 });
    const results = await dispatchAll(client([]), {
      targets: ['o/slow'],
      eventType: 'e',
      payload: {},
      concurrency: 1,
      timeoutMs: 300,
      retryBaseMs: 5,
    });
    expect(results[0]).toMatchObject({ ok: true, attempts: 2 });
    gh.assertNoViolations();
  });
});

describe('followRuns', () => {
  it('matches runs by correlation id and reports each state at the timeout', async () => {
    gh = await startGitHub({ tokens: { [TOKEN]: { login: 'releaser' } } });
    for (const r of ['o/a', 'o/b', 'o/c']) gh.state.addRepo(r);
    const since = new Date(Date.now() - 60_000);
    gh.state.addRun('o/a', {
      name: 'runtime 1.0.0 cid-9',
      event: 'repository_dispatch',
      status: 'completed',
      conclusion: 'success',
    });
    gh.state.addRun('o/a', {
      name: 'runtime 0.9.0 cid-8',
      event: 'repository_dispatch',
      status: 'completed',
      conclusion: 'failure',
    });
    gh.state.addRun('o/b', {
      name: 'runtime 1.0.0 cid-9',
      event: 'push',
      status: 'completed',
      conclusion: 'failure',
    });
    const lines: string[] = [];
    const states = await followRuns(client([]), {
      repos: ['o/a', 'o/b', 'o/c'],
      correlationId: 'cid-9',
      since,
      timeoutMs: 1200,
      intervalMs: 400,
      onProgress: (l) => lines.push(l),
    });
    expect(states.map((s) => [s.repo, s.state, s.conclusion])).toEqual([
      ['o/a', 'completed', 'success'],
      ['o/b', 'not-started', undefined], // a push run with the id is not a dispatch run
      ['o/c', 'not-started', undefined],
    ]);
    expect(lines[0]).toMatch(/^1\/3 completed, 0 running, 2 not started \(\ds\)$/);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    gh.assertNoViolations();
  });
});
