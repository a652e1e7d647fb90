/**
 * The suite's one HTTP client (not GitHub's REST API, which has Octokit in
 * github/client.ts): fetch with a per-attempt timeout, retrying what is
 * worth retrying and nothing else. The index (index/http.ts), the OIDC and
 * Sigstore endpoints, mirror-guard and template-check all send through it.
 *
 * Retried: connection errors (refused, reset, DNS), timeouts, 5xx, and 429
 * (after its Retry-After). Never retried: any other 4xx, which is an answer,
 * not a failure. The caller gets the final Response (any status) or an
 * ActionError that says what was tried, how often, and what came back.
 *
 * Not Octokit's retry plugin: that one is tied to Octokit requests, and the
 * index speaks plain HTTP with multipart bodies.
 */
import { ActionError } from './errors.js';

export interface HttpOptions {
  /** Attempts in all (first try included). */
  attempts?: number;
  /** First backoff delay; doubles each retry, with ±50 % jitter. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Longest Retry-After honoured; a longer one ends the retries. */
  maxRetryAfterMs?: number;
  /** Per-attempt timeout. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Told before each retry (to log it). */
  onRetry?: (info: RetryInfo) => void;
  userAgent?: string;
  /** The title of the error when the attempts run out ('Index unreachable'). */
  unreachableTitle?: string;
  /** What to do when the attempts run out: each caller knows what a re-run means for it. */
  unreachableHint?: string;
}

export interface RetryInfo {
  url: string;
  method: string;
  /** The attempt that failed (1-based). */
  attempt: number;
  attempts: number;
  delayMs: number;
  reason: string;
}

export interface HttpRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  /** A body that can be sent again on a retry. */
  body?: string | Uint8Array;
  /** Overrides the client's per-attempt timeout (large uploads). */
  timeoutMs?: number;
  /** What the request is for, in error messages ("upload of x.whl"). */
  purpose?: string;
  /** Filled in with the number of attempts made. */
  stats?: { attempts: number };
}

export const DEFAULT_HTTP: Required<Omit<HttpOptions, 'onRetry' | 'fetch' | 'sleep'>> = {
  unreachableTitle: 'Server unreachable',
  unreachableHint:
    'The server or the network is failing; check the URL, then re-run the job later.',
  attempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 120_000,
  timeoutMs: 30_000,
  userAgent: 'runtime-actions (+https://github.com/molecule-ai/runtime-actions)',
};

const sleepReal = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Retry-After in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * A connection-level failure in words (fetch hides the code in `cause`).
 * Duck-typed, not `instanceof Error`: errors may come from another realm
 * (a VM context, a test runner).
 */
export function describeNetworkError(e: unknown): string {
  const err = (typeof e === 'object' && e !== null ? e : {}) as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string; name?: string };
  };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'timed out';
  const code = err.cause?.code;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
    return 'connection reset';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT'
  )
    return 'timed out';
  if (code) return code;
  if (err.cause?.name === 'TimeoutError') return 'timed out';
  return err.cause?.message ?? err.message ?? String(e);
}

export function backoffDelay(
  retry: number,
  base: number,
  max: number,
  random = Math.random,
): number {
  const exp = Math.min(max, base * 2 ** retry);
  return Math.round(exp * (0.5 + random() / 2));
}

export class HttpClient {
  readonly options: Required<Omit<HttpOptions, 'onRetry'>> & Pick<HttpOptions, 'onRetry'>;

  constructor(options: HttpOptions = {}) {
    this.options = {
      ...DEFAULT_HTTP,
      fetch: globalThis.fetch.bind(globalThis),
      sleep: sleepReal,
      ...options,
    };
  }

  /**
   * Sends `req`, retrying connection errors, timeouts, 5xx and 429. Returns
   * the first response that is not retryable; throws an ActionError when the
   * attempts run out, naming each failure.
   */
  async request(req: HttpRequest): Promise<Response> {
    const { attempts, baseDelayMs, maxDelayMs, maxRetryAfterMs, onRetry } = this.options;
    const method = req.method ?? 'GET';
    const failures: string[] = [];
    let lastStatus: number | undefined;
    for (let attempt = 1; ; attempt++) {
      if (req.stats) req.stats.attempts = attempt;
      let reason: string;
      let retryAfter: number | undefined;
      try {
        const res = await this.options.fetch(req.url, {
          method,
          headers: { 'User-Agent': this.options.userAgent, ...req.headers },
          body: req.body,
          // Uploads must not follow redirects (a redirected POST loses its body,
          // and twine refuses them too); reads may (PyPI redirects to canonical names).
          redirect: method === 'GET' ? 'follow' : 'manual',
          signal: AbortSignal.timeout(Math.ceil(req.timeoutMs ?? this.options.timeoutMs)),
        });
        if (res.status < 500 && res.status !== 429) return res;
        lastStatus = res.status;
        retryAfter = parseRetryAfter(res.headers.get('retry-after'));
        const text = await res.text().catch(() => '');
        reason = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}${summariseBody(text)}`;
        if (res.status === 429 && retryAfter !== undefined && retryAfter > maxRetryAfterMs) {
          failures.push(
            `${reason} (Retry-After ${Math.round(retryAfter / 1000)} s is longer than we wait)`,
          );
          break;
        }
      } catch (e) {
        reason = describeNetworkError(e);
        lastStatus = undefined;
      }
      failures.push(reason);
      if (attempt >= attempts) break;
      const delayMs = retryAfter ?? backoffDelay(attempt - 1, baseDelayMs, maxDelayMs);
      onRetry?.({ url: req.url, method, attempt, attempts, delayMs, reason });
      await this.options.sleep(delayMs);
    }
    throw new ActionError(
      `Gave up on ${req.purpose ?? `${method} ${req.url}`} after ${failures.length} attempt${failures.length === 1 ? '' : 's'}: ${failures.join('; ')}.`,
      {
        title: this.options.unreachableTitle,
        status: lastStatus,
        url: req.url,
        hint: this.options.unreachableHint,
      },
    );
  }

  /** GET and parse JSON; the Response is returned too so callers can read its status. */
  async getJson<T>(
    url: string,
    headers: Record<string, string> = {},
    purpose?: string,
  ): Promise<{ res: Response; body: T | undefined }> {
    const res = await this.request({
      url,
      headers: { Accept: 'application/json', ...headers },
      purpose,
    });
    const text = await res.text();
    try {
      return { res, body: text ? (JSON.parse(text) as T) : undefined };
    } catch {
      return { res, body: undefined };
    }
  }
}

/** A short, single-line excerpt of an error body for messages. */
export function summariseBody(text: string): string {
  const t = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t) return '';
  return `: ${t.length > 200 ? `${t.slice(0, 200)}…` : t}`;
}
