/**
 * Following the runs a cascade started. repository_dispatch returns no run
 * id, so each run is found by the correlation id the dispatch carried, which
 * the template's workflow puts in its run name
 * (`run-name: runtime ${{ github.event.client_payload.runtime_version }} ${{ github.event.client_payload.correlation_id }}`).
 * Matching on "the newest repository_dispatch run" instead picks the wrong run
 * when two cascades overlap.
 */
import { rateLimitSignal, SharedBackoff } from './backoff.js';
import type { GitHubApi } from './client.js';
import { mapConcurrent } from './dispatch.js';

export interface WorkflowRunLike {
  id: number;
  name?: string | null;
  display_title?: string;
  status: string | null;
  conclusion: string | null;
  html_url: string;
  created_at?: string;
}

export type FollowState = 'not-started' | 'running' | 'completed' | 'unavailable';

export interface FollowedRepository {
  repo: string;
  state: FollowState;
  /** The matched runs (usually one per repository). */
  runs: Array<{ id: number; url: string; status: string; conclusion: string | null }>;
  /** success, failure, … when completed: the worst of its runs. */
  conclusion?: string | undefined;
  url?: string | undefined;
  /** Why following failed (state unavailable), e.g. no actions: read. */
  note?: string | undefined;
}

export interface FollowOptions {
  repos: readonly string[];
  correlationId: string;
  /** Runs created before this are not looked at (give a minute's slack for clock skew). */
  since: Date;
  timeoutMs: number;
  intervalMs: number;
  concurrency?: number;
  backoff?: SharedBackoff;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onProgress?: (line: string, states: readonly FollowedRepository[]) => void;
  log?: (line: string) => void;
}

export function runMatches(run: WorkflowRunLike, correlationId: string): boolean {
  return Boolean(run.display_title?.includes(correlationId) || run.name?.includes(correlationId));
}

/** Conclusions in the order a summary should fear them: the first found among a repository's runs wins. */
const SEVERITY = [
  'failure',
  'startup_failure',
  'timed_out',
  'cancelled',
  'action_required',
  'stale',
  'neutral',
  'skipped',
  'success',
];

export function summariseRuns(repo: string, runs: readonly WorkflowRunLike[]): FollowedRepository {
  if (runs.length === 0) return { repo, state: 'not-started', runs: [] };
  const list = runs.map((r) => ({
    id: r.id,
    url: r.html_url,
    status: r.status ?? 'queued',
    conclusion: r.conclusion,
  }));
  const open = list.find((r) => r.status !== 'completed');
  if (open) return { repo, state: 'running', runs: list, url: open.url };
  const rank = (c: string | null) => {
    const i = SEVERITY.indexOf(c ?? '');
    return i === -1 ? -1 : i;
  };
  const worst = [...list].sort(
    (a, b) => rank(a.conclusion) - rank(b.conclusion),
  )[0] as (typeof list)[number];
  return {
    repo,
    state: 'completed',
    runs: list,
    conclusion: worst.conclusion ?? 'unknown',
    url: worst.url,
  };
}

/** `2/8 completed, 5 running, 1 not started (45s)` */
export function formatProgress(states: readonly FollowedRepository[], elapsedMs: number): string {
  const count = (s: FollowState) => states.filter((x) => x.state === s).length;
  const parts = [
    `${count('completed')}/${states.length} completed`,
    `${count('running')} running`,
    `${count('not-started')} not started`,
  ];
  if (count('unavailable') > 0) parts.push(`${count('unavailable')} not followable`);
  return `${parts.join(', ')} (${Math.round(elapsedMs / 1000)}s)`;
}

async function lookUp(
  github: GitHubApi,
  repo: string,
  opts: FollowOptions,
  backoff: SharedBackoff,
): Promise<FollowedRepository | undefined> {
  const [owner, name] = repo.split('/') as [string, string];
  await backoff.acquire();
  try {
    const runs = (await github.paginate('GET /repos/{owner}/{repo}/actions/runs', {
      owner,
      repo: name,
      event: 'repository_dispatch',
      created: `>=${opts.since.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
      per_page: 100,
    })) as WorkflowRunLike[];
    backoff.release();
    return summariseRuns(
      repo,
      runs.filter((r) => runMatches(r, opts.correlationId)),
    );
  } catch (e) {
    backoff.release();
    const err = e as {
      status?: number;
      message: string;
      response?: { headers?: Record<string, string | number | undefined> };
    };
    const status = err.response ? err.status : undefined;
    const limit = status
      ? rateLimitSignal(status, err.response?.headers ?? {}, err.message)
      : undefined;
    if (limit) {
      backoff.pause(limit);
      return undefined;
    }
    if (status === 401 || status === 403 || status === 404) {
      return {
        repo,
        state: 'unavailable',
        runs: [],
        note: `cannot list runs (HTTP ${status}): the token needs Actions: read on ${repo}`,
      };
    }
    // A transient failure: the next round asks again.
    opts.log?.(
      `${repo}: listing runs failed (${status ? `HTTP ${status}` : err.message}); will ask again`,
    );
    return undefined;
  }
}

/**
 * Polls every repository until each matched run completes or the timeout
 * passes, reporting progress once per round. Repositories whose run never
 * appeared are reported as not started; those still going, as running.
 */
export async function followRuns(
  github: GitHubApi,
  opts: FollowOptions,
): Promise<FollowedRepository[]> {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const backoff = opts.backoff ?? new SharedBackoff(now, sleep);
  const started = now();
  const states = new Map<string, FollowedRepository>(
    opts.repos.map((repo) => [repo, { repo, state: 'not-started', runs: [] }]),
  );
  const done = (s: FollowedRepository) => s.state === 'completed' || s.state === 'unavailable';

  for (;;) {
    const pending = [...states.values()].filter((s) => !done(s)).map((s) => s.repo);
    await mapConcurrent(pending, opts.concurrency ?? 8, async (repo) => {
      const seen = await lookUp(github, repo, opts, backoff);
      if (seen) states.set(repo, seen);
    });
    const list = opts.repos.map((r) => states.get(r) as FollowedRepository);
    const elapsed = now() - started;
    opts.onProgress?.(formatProgress(list, elapsed), list);
    if (list.every(done)) return list;
    const left = opts.timeoutMs - elapsed;
    if (left <= 0) return list;
    await sleep(Math.min(opts.intervalMs, left));
  }
}

/** How often to poll for a given timeout: often enough to be useful, rarely enough for the API. */
export function pollInterval(timeoutMs: number): number {
  return Math.min(15_000, Math.max(1_000, Math.round(timeoutMs / 30)));
}
