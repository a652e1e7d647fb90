import { rateLimitSignal, SharedBackoff } from '../../packages/github/backoff.js';
import { mergeTargets, parseDiscover, parseRepositories } from '../../packages/github/discover.js';
import {
  buildPayload,
  explainDispatchFailure,
  mapConcurrent,
  validateEventType,
} from '../../packages/github/dispatch.js';
import {
  formatProgress,
  pollInterval,
  runMatches,
  summariseRuns,
} from '../../packages/github/runs.js';
import { ActionError } from '../../packages/toolkit/errors.js';

const thrown = (fn: () => unknown): ActionError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ActionError) return e;
    throw e;
  }
  throw new Error('expected an ActionError');
};

describe('targets', () => {
  it('reads owner/repo lists and refuses anything else by input name', () => {
    expect(parseRepositories('a/b\n  c/d-e.f  # comment\n\ng/h, i/j')).toEqual([
      'a/b',
      'c/d-e.f',
      'g/h',
      'i/j',
    ]);
    expect(thrown(() => parseRepositories('https://github.com/a/b')).place.input).toBe(
      'repositories',
    );
    expect(thrown(() => parseRepositories('a/b.git')).place.input).toBe('repositories');
  });

  it('refuses every entry GitHub would not take in one error, each quoted whole', () => {
    const e = thrown(() =>
      parseRepositories(
        'Molecule-AI/ok\nMolecule-AI/..\nnot a repo\nhttps://github.com/a/b, -x/y\no/.\na/b/c',
      ),
    );
    expect(e.place.input).toBe('repositories');
    expect(e.message).toBe(
      `Input 'repositories': 6 entries are not owner/repo: ` +
        `"Molecule-AI/.." (a repository cannot be named ..), "not a repo" (not owner/repo), ` +
        `"https://github.com/a/b" (a URL: write owner/repo), "-x/y" ('-x' is not a GitHub owner), ` +
        `"o/." (a repository cannot be named .), "a/b/c" (not owner/repo).`,
    );
    expect(parseRepositories('o/.github, o/a..b')).toEqual(['o/.github', 'o/a..b']);
  });

  it('reads discover rules, defaulting the owner', () => {
    expect(
      parseDiscover(
        'owner=Molecule-AI prefix=molecule-ai-workspace-template-\ntopic=workspace-template',
        'Me',
      ),
    ).toEqual([
      {
        owner: 'Molecule-AI',
        prefix: 'molecule-ai-workspace-template-',
        topic: undefined,
        text: 'owner=Molecule-AI prefix=molecule-ai-workspace-template-',
      },
      {
        owner: 'Me',
        prefix: undefined,
        topic: 'workspace-template',
        text: 'topic=workspace-template',
      },
    ]);
    expect(thrown(() => parseDiscover('owner=x', 'Me')).message).toMatch(
      /neither prefix= nor topic=/,
    );
    expect(thrown(() => parseDiscover('owner=x name=y', 'Me')).place.input).toBe('discover');
    expect(thrown(() => parseDiscover('topic=t', '')).message).toMatch(/names no owner/);
  });

  it('deduplicates case-insensitively and keeps skipped ones out', () => {
    expect(
      mergeTargets(
        { repos: ['O/a', 'O/b', 'o/A'], skipped: [] },
        { repos: ['o/B', 'O/c'], skipped: [{ repo: 'o/c', reason: 'archived' }] },
      ),
    ).toEqual({ repos: ['O/a', 'O/b'], skipped: [{ repo: 'o/c', reason: 'archived' }] });
  });
});

describe('payload', () => {
  const src = {
    version: '0.1.7',
    sourceRepository: 'o/core',
    sourceSha: 'abc',
    runUrl: 'https://x/runs/1',
    correlationId: 'c-1',
  };

  it('holds the standard fields, with client-payload merged over them', () => {
    expect(buildPayload(src)).toEqual({
      runtime_version: '0.1.7',
      source_repository: 'o/core',
      source_sha: 'abc',
      run_url: 'https://x/runs/1',
      correlation_id: 'c-1',
    });
    expect(
      buildPayload({
        ...src,
        extra: { channel: 'beta', runtime_version: '0.1.7', correlation_id: 'mine' },
      }),
    ).toMatchObject({ channel: 'beta', runtime_version: '0.1.7', correlation_id: 'mine' });
  });

  it('refuses a client-payload that overrides what the run publishes, listing every such key', () => {
    const e = thrown(() =>
      buildPayload({
        ...src,
        extra: { runtime_version: '9.9.9', source_sha: 'def', channel: 'beta' },
      }),
    );
    expect(e.place.input).toBe('client-payload');
    expect(e.message).toBe(
      `Input 'client-payload' may not override what this run publishes: runtime_version "9.9.9" (this run: "0.1.7"), source_sha "def" (this run: "abc").`,
    );
  });

  it('refuses more than 10 top-level keys before sending, naming client-payload', () => {
    const extra = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((k) => [k, 1]));
    expect(Object.keys(buildPayload({ ...src, extra }))).toHaveLength(10);
    const e = thrown(() => buildPayload({ ...src, extra: { ...extra, f: 1 } }));
    expect(e.place.input).toBe('client-payload');
    expect(e.message).toMatch(/11 top-level keys.*at most 10/);
    expect(thrown(() => buildPayload({ ...src, extra: { correlation_id: 5 } })).place.input).toBe(
      'client-payload',
    );
  });

  it('refuses an event type over 100 characters, naming event-type', () => {
    expect(validateEventType(' runtime-published ')).toBe('runtime-published');
    expect(validateEventType('x'.repeat(100))).toHaveLength(100);
    expect(thrown(() => validateEventType('x'.repeat(101))).place.input).toBe('event-type');
    expect(thrown(() => validateEventType('')).place.input).toBe('event-type');
  });
});

describe('rate limits and the shared back-off', () => {
  it('reads secondary limits, 429 and exhausted primary limits; not plain 403s', () => {
    expect(
      rateLimitSignal(403, { 'retry-after': '7' }, 'You have exceeded a secondary rate limit'),
    ).toEqual({ waitMs: 7000, kind: 'secondary' });
    expect(rateLimitSignal(403, {}, 'You have exceeded a secondary rate limit')).toEqual({
      waitMs: 60000,
      kind: 'secondary',
    });
    expect(rateLimitSignal(429, { 'retry-after': '2' }, 'Too many')).toEqual({
      waitMs: 2000,
      kind: 'too-many-requests',
    });
    expect(
      rateLimitSignal(
        403,
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '100' },
        'API rate limit exceeded',
        95_000,
      ),
    ).toEqual({
      waitMs: 6000,
      kind: 'primary',
    });
    expect(
      rateLimitSignal(
        403,
        { 'x-ratelimit-remaining': '4999' },
        'Resource not accessible by integration',
      ),
    ).toBeUndefined();
    expect(rateLimitSignal(404, { 'retry-after': '1' }, 'Not Found')).toBeUndefined();
  });

  it('holds every waiter until the latest pause ends', async () => {
    let t = 0;
    const slept: number[] = [];
    const b = new SharedBackoff(
      () => t,
      async (ms) => {
        slept.push(ms);
        t += ms;
      },
    );
    await b.ready();
    expect(slept).toEqual([]);
    b.pause({ waitMs: 1000, kind: 'secondary' });
    b.pause({ waitMs: 300, kind: 'secondary' }); // shorter: does not shorten the pause
    await b.ready();
    expect(t).toBe(1000);
    expect(b.pauses).toHaveLength(2);
  });

  it('mapConcurrent keeps order and never exceeds the limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapConcurrent([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, n * 3));
      inFlight--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(peak).toBe(3);
    expect(await mapConcurrent([], 4, async () => 1)).toEqual([]);
  });
});

describe('explanations', () => {
  it.each([
    [401, 'Bad credentials', /TEMPLATE_DISPATCH_TOKEN/],
    [403, 'Repository was archived so is read-only.', /archived/],
    [403, 'Resource not accessible by personal access token', /Contents: write/],
    [404, 'Not Found', /does not exist or the token cannot see it/],
    [422, 'Invalid request', /at most 10 top-level keys/],
  ])('%s %s', (status, message, expected) => {
    expect(explainDispatchFailure('o/r', status, { message })).toMatch(expected);
  });
});

describe('runs', () => {
  const run = (
    id: number,
    status: string,
    conclusion: string | null,
    title = 'runtime 0.1.7 cid-1',
  ) => ({
    id,
    display_title: title,
    name: 'template-image',
    status,
    conclusion,
    html_url: `https://github.com/o/r/actions/runs/${id}`,
  });

  it('matches runs by the correlation id in the run name or title', () => {
    expect(runMatches(run(1, 'queued', null), 'cid-1')).toBe(true);
    expect(runMatches(run(1, 'queued', null, 'runtime 0.1.7 cid-2'), 'cid-1')).toBe(false);
    expect(
      runMatches(
        { id: 2, name: 'x cid-1', status: 'queued', conclusion: null, html_url: '' },
        'cid-1',
      ),
    ).toBe(true);
  });

  it('summarises a repository by its worst run', () => {
    expect(summariseRuns('o/r', [])).toEqual({ repo: 'o/r', state: 'not-started', runs: [] });
    expect(summariseRuns('o/r', [run(1, 'in_progress', null)]).state).toBe('running');
    expect(
      summariseRuns('o/r', [run(1, 'completed', 'success'), run(2, 'completed', 'failure')]),
    ).toMatchObject({
      state: 'completed',
      conclusion: 'failure',
      url: 'https://github.com/o/r/actions/runs/2',
    });
  });

  it('prints progress the way the brief asks', () => {
    const s = (state: 'completed' | 'running' | 'not-started') => ({ repo: 'x', state, runs: [] });
    expect(
      formatProgress(
        [s('completed'), s('completed'), ...Array(5).fill(s('running')), s('not-started')],
        45_200,
      ),
    ).toBe('2/8 completed, 5 running, 1 not started (45s)');
    expect(pollInterval(30 * 60_000)).toBe(15_000);
    expect(pollInterval(3_000)).toBe(1_000);
  });
});
