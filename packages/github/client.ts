/**
 * The one Octokit every action uses: @octokit/core with the REST endpoint
 * methods, pagination, retries and throttling, pointed at the caller's
 * GITHUB_API_URL (GitHub Enterprise Server included).
 *
 * What is retried, and how:
 * - 5xx answers, 429 without a rate-limit signal, connection errors
 *   (resets, refused) and per-attempt timeouts: @octokit/plugin-retry, up to
 *   `retries` times with (n+1)² × `retryBaseMs` between attempts (1 s, 4 s,
 *   9 s by default). 400/401/403/404/410/422/451 are never retried.
 * - 403/429 secondary rate limits (Retry-After) and exhausted primary limits
 *   (x-ratelimit-remaining 0, x-ratelimit-reset): @octokit/plugin-throttling,
 *   waiting exactly what GitHub asked, up to `retries` times and only when
 *   the wait is at most `maxRateLimitWaitSeconds`; beyond that the request
 *   fails and explainGitHubError says when the limit resets.
 * - While GitHub has asked for a pause, EVERY request of this client waits
 *   (the gate in `timedFetch`): the plugin alone would let concurrent
 *   requests keep sending during another request's Retry-After, which is
 *   what turns a secondary limit into a longer one.
 * - Writes (POST/PATCH/PUT/DELETE) are spaced by `writeIntervalMs`
 *   (GitHub's guidance: one second between mutating requests).
 *
 * A retried POST can repeat a request GitHub had already carried out (the
 * answer, not the request, was lost). Callers of non-idempotent writes make
 * them safe to repeat: e.g. on `422 Reference already exists` after a
 * retry, compare the existing ref's SHA with the one being created. Pass
 * `request: { retries: 0 }` on a call to opt out of retries for it.
 */
import { Octokit } from '@octokit/core';
import { paginateRest, type PaginateInterface } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { ActionError } from '../toolkit/errors.js';
import { trimSlash } from '../toolkit/slashes.js';
import { explainGitHubError } from './errors.js';

// The error explanation belongs with the client: callers take both from here.
export { explainGitHubError, type GitHubErrorContext } from './errors.js';

export const GitHubOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

/**
 * What the GitHub modules need of a client: requests and pagination. A
 * GitHubClient is one; so is a bare Octokit with pagination, which tests and
 * benches build against the sandbox.
 */
export type GitHubApi = Octokit & { paginate: PaginateInterface };

/** Any subset of a logger; the toolkit's `info`/`warning` fit as they are. */
export interface ClientLog {
  debug?: (message: string) => void;
  info?: (message: string) => void;
  warn?: (message: string) => void;
  warning?: (message: string) => void;
  error?: (message: string) => void;
}

export interface RateLimitEvent {
  kind: 'secondary' | 'primary';
  /** What GitHub asked to wait, in seconds. */
  retryAfterSeconds: number;
  method: string;
  url: string;
  /** How many times this request was already retried for a rate limit. */
  retryCount: number;
  /** Whether the client waits and retries (false: it gives up and the call fails). */
  willRetry: boolean;
}

export interface GitHubClientOptions {
  /** A token (GITHUB_TOKEN, a PAT, an installation token); '' for anonymous reads. */
  token: string;
  /** The API root: GITHUB_API_URL (https://api.github.com, or https://HOST/api/v3 on GHES). */
  baseUrl: string;
  /** Prefix of the User-Agent, e.g. 'runtime-actions/auto-tag'. */
  userAgent?: string;
  /** Retries per request, for server errors, connection errors and rate limits (default 3). */
  retries?: number;
  /** Base of the exponential back-off for server and connection errors, ms (default 1000). */
  retryBaseMs?: number;
  /** Timeout of one attempt (connect to last header), ms (default 30 000). */
  timeoutMs?: number;
  /** The longest rate-limit wait the client sits out before giving up, s (default 120). */
  maxRateLimitWaitSeconds?: number;
  /** Minimum spacing of mutating requests, ms (default 1000, GitHub's guidance; 0 disables). */
  writeIntervalMs?: number;
  log?: ClientLog;
  /** Told about every rate-limit answer (for a summary line or a warning). */
  onRateLimit?: (event: RateLimitEvent) => void;
  /** fetch to use (default globalThis.fetch). */
  fetch?: typeof fetch;
}

/**
 * A pause every request of one client honours before it is sent. Written
 * here (a dozen lines) because plugin-throttling only delays the request
 * that was limited.
 */
class SharedPause {
  private until = 0;

  extend(ms: number): void {
    this.until = Math.max(this.until, Date.now() + ms);
  }

  async wait(): Promise<void> {
    for (let left = this.until - Date.now(); left > 0; left = this.until - Date.now()) {
      await new Promise((resolve) => setTimeout(resolve, left));
    }
  }
}

function normaliseBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ActionError(`The GitHub API URL '${raw}' is not a URL.`, {
      hint: 'Actions set GITHUB_API_URL (https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server); pass it unchanged.',
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ActionError(`The GitHub API URL '${raw}' is not an http(s) URL.`, {
      hint: 'Pass GITHUB_API_URL unchanged.',
    });
  }
  return trimSlash(url.toString());
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const retries = options.retries ?? 3;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const writeIntervalMs = options.writeIntervalMs ?? 1000;
  const baseFetch = options.fetch ?? globalThis.fetch;
  const log = options.log ?? {};
  const warn = log.warn ?? log.warning ?? (() => {});
  const pause = new SharedPause();

  // Each attempt (first try and every retry) passes through here: it waits
  // out any pause GitHub asked for, and gets its own timeout. A timeout
  // surfaces as a 500 RequestError, which plugin-retry retries.
  const timedFetch: typeof fetch = async (input, init) => {
    await pause.wait();
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await baseFetch(input, { ...init, signal });
    } catch (e) {
      if (timeout.aborted && !init?.signal?.aborted) {
        // @octokit/request reports a TypeError's cause message as the error's
        // message, so the cause says what happened; the original is kept below it.
        const why = new Error(`no answer within ${timeoutMs} ms (timeout)`, { cause: e });
        // eslint-disable-next-line preserve-caught-error -- `e` is kept as why.cause
        throw new TypeError('fetch failed', { cause: why });
      }
      throw e;
    }
  };

  const onLimit =
    (kind: RateLimitEvent['kind']) =>
    (
      retryAfter: number,
      req: { method: string; url: string; [param: string]: unknown },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      // The options carry the route template and its parameters separately.
      const url = req.url.replace(/\{(\w+)\}/g, (m, name: string) =>
        typeof req[name] === 'string' || typeof req[name] === 'number' ? String(req[name]) : m,
      );
      const willRetry = retryCount < retries && retryAfter <= maxWait;
      if (willRetry) pause.extend(retryAfter * 1000);
      const what = kind === 'secondary' ? 'secondary rate limit' : 'rate limit';
      warn(
        willRetry
          ? `GitHub ${what} on ${req.method} ${url}: waiting ${retryAfter} s as asked (retry ${retryCount + 1} of ${retries}).`
          : `GitHub ${what} on ${req.method} ${url}: giving up (asked to wait ${retryAfter} s; ${retryCount} retries made).`,
      );
      options.onRateLimit?.({
        kind,
        retryAfterSeconds: retryAfter,
        method: req.method,
        url,
        retryCount,
        willRetry,
      });
      return willRetry;
    };

  // Per-client groups, so one client's write spacing does not hold up
  // another's (the plugin's default groups are shared process-wide).
  const write = new Bottleneck.Group(
    writeIntervalMs > 0
      ? { maxConcurrent: 1, minTime: writeIntervalMs }
      : { maxConcurrent: null, minTime: 0 },
  );
  const notifications = new Bottleneck.Group(
    writeIntervalMs > 0
      ? { maxConcurrent: 1, minTime: Math.max(writeIntervalMs, 3000) }
      : { maxConcurrent: null, minTime: 0 },
  );

  return new GitHubOctokit({
    auth: options.token || undefined,
    baseUrl: normaliseBaseUrl(options.baseUrl),
    userAgent: options.userAgent ?? 'runtime-actions',
    log: {
      debug: log.debug ?? (() => {}),
      info: log.info ?? (() => {}),
      warn,
      error: log.error ?? warn,
    },
    request: { fetch: timedFetch },
    // plugin-retry's default list plus 409: GitHub answers 409 for a
    // conflict that a retry cannot resolve (an empty repository's git data
    // API), and retrying it only delays the explanation.
    retry: {
      retries,
      retryAfterBaseValue: options.retryBaseMs ?? 1000,
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451],
    },
    throttle: {
      onSecondaryRateLimit: onLimit('secondary'),
      onRateLimit: onLimit('primary'),
      write,
      notifications,
    },
  });
}

/** Runs one GitHub call; its failure comes back as explainGitHubError's ActionError. */
export type GitHubCall = <T>(operation: string, fn: () => Promise<T>) => Promise<T>;

/**
 * The calls of one action on one repository (`owner/repo`): a failure names
 * the operation (a phrase: 'read commit 1a2b3c4') and the repository, with
 * GitHub's answer and what to do. An ActionError passes through unchanged;
 * an error that is not an HTTP or network failure (a bug) is rethrown as it is.
 */
export function githubCalls(repo: string): GitHubCall {
  return async (operation, fn) => {
    try {
      return await fn();
    } catch (e) {
      throw explainGitHubError(e, { operation, repo });
    }
  };
}
