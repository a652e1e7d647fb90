/**
 * A back-off shared by every request of one job. When GitHub tells one
 * request to wait (a secondary rate limit's Retry-After, an exhausted primary
 * limit's x-ratelimit-reset), every other request waits too: continuing to
 * send while told to stop is what turns a short secondary limit into a long
 * one, or into an integration ban.
 *
 * Written here rather than taken from @octokit/plugin-throttling: the plugin
 * retries each limited request on its own schedule while the others carry on,
 * and serialises all writes to one per second, which makes a 500-repository
 * cascade take eight minutes before GitHub has asked for anything.
 */
export interface RateLimitSignal {
  /** How long to wait, in milliseconds. */
  waitMs: number;
  kind: 'secondary' | 'primary' | 'too-many-requests';
}

export class SharedBackoff {
  private until = 0;
  private inFlight = 0;
  private cap = Number.POSITIVE_INFINITY;
  private readonly waiters: Array<() => void> = [];
  /** Every pause asked for, for the summary and for tests. */
  readonly pauses: Array<{
    at: number;
    waitMs: number;
    kind: RateLimitSignal['kind'];
    fresh: boolean;
  }> = [];

  constructor(
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) =>
      new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** Resolves once no pause is in force (re-checking: a pause may be extended while waiting). */
  async ready(): Promise<void> {
    for (let left = this.until - this.now(); left > 0; left = this.until - this.now()) {
      await this.sleep(left);
    }
  }

  /**
   * Waits for the pause to end and for a free slot under the in-flight cap,
   * then takes the slot; `release()` gives it back. Callers bound their own
   * parallelism; the cap only ever lowers it.
   */
  async acquire(): Promise<void> {
    for (;;) {
      await this.ready();
      if (this.inFlight < this.cap) {
        this.inFlight++;
        return;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  release(): void {
    this.inFlight--;
    this.waiters.shift()?.();
  }

  /**
   * Pause everyone for `waitMs` from now (a later end wins over an earlier
   * one). The first refusal of a burst also halves the requests allowed in
   * flight afterwards: the requests already on their way when a limit trips
   * are refused too, so fewer in flight means fewer of those next time, and
   * a pace the limit allows. Refusals arriving while a pause is in force are
   * the same burst's stragglers and do not halve again.
   */
  pause(signal: RateLimitSignal): void {
    const now = this.now();
    const fresh = now >= this.until;
    if (fresh)
      this.cap = Math.max(1, Math.floor(Math.min(this.cap, Math.max(this.inFlight, 1)) / 2));
    this.pauses.push({ at: now, waitMs: signal.waitMs, kind: signal.kind, fresh });
    const end = now + signal.waitMs;
    if (end > this.until) this.until = end;
  }

  /**
   * A fetch that waits out the pause right before the request leaves. Give it
   * to the client (createGitHubClient's `fetch`): between `acquire()` and the
   * socket, a request passes the client's own queues, and a pause that
   * begins meanwhile must still hold it back.
   */
  gatedFetch(inner: typeof fetch = globalThis.fetch): typeof fetch {
    return async (input, init) => {
      await this.ready();
      return inner(input, init);
    };
  }

  get pausedUntil(): number {
    return this.until;
  }

  /** Requests allowed in flight at once (Infinity until a limit was met). */
  get inFlightCap(): number {
    return this.cap;
  }
}

type Headers = Record<string, string | number | undefined>;

/**
 * Reads GitHub's rate-limit answers: 429 or 403 with Retry-After or a
 * "secondary rate limit" message, and 403/429 with x-ratelimit-remaining 0.
 * Undefined for anything else (a 403 for missing permission is no limit).
 */
export function rateLimitSignal(
  status: number,
  headers: Headers,
  message: string,
  now = Date.now(),
  fallbackMs = 60_000,
): RateLimitSignal | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = Number(headers['retry-after']);
  const secondary = /secondary rate limit/i.test(message);
  if (secondary || (Number.isFinite(retryAfter) && headers['retry-after'] !== undefined)) {
    const waitMs =
      Number.isFinite(retryAfter) && headers['retry-after'] !== undefined
        ? retryAfter * 1000
        : fallbackMs;
    return { waitMs, kind: secondary ? 'secondary' : 'too-many-requests' };
  }
  if (
    String(headers['x-ratelimit-remaining']) === '0' &&
    headers['x-ratelimit-reset'] !== undefined
  ) {
    // One extra second, as GitHub's docs advise: retry after the reset, not at it.
    const waitMs = Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - now) + 1000;
    return { waitMs, kind: 'primary' };
  }
  if (status === 429) return { waitMs: fallbackMs, kind: 'too-many-requests' };
  return undefined;
}
