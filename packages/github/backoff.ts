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
  /** Every pause asked for, for the summary and for tests. */
  readonly pauses: Array<{ at: number; waitMs: number; kind: RateLimitSignal['kind'] }> = [];

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

  /** Pause everyone for `waitMs` from now (a later end wins over an earlier one). */
  pause(signal: RateLimitSignal): void {
    const end = this.now() + signal.waitMs;
    this.pauses.push({ at: this.now(), waitMs: signal.waitMs, kind: signal.kind });
    if (end > this.until) this.until = end;
  }

  get pausedUntil(): number {
    return this.until;
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
