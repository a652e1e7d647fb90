/**
 * repository_dispatch to many repositories: bounded parallelism, one shared
 * back-off for rate limits, retries for what is worth retrying (connection
 * errors, 5xx, rate limits), none for what is not (401, 403, 404, 422), and
 * an explanation a user can act on for each failure.
 */
import { ActionError } from '../toolkit/errors.js';
import { rateLimitSignal, SharedBackoff } from './backoff.js';
import type { GitHubApi } from './client.js';

/** GitHub's limits for the endpoint (docs: "Create a repository dispatch event"). */
export const MAX_EVENT_TYPE_LENGTH = 100;
export const MAX_PAYLOAD_KEYS = 10;

export interface PayloadSource {
  version: string;
  sourceRepository: string;
  sourceSha: string;
  runUrl: string;
  correlationId: string;
  /** `client-payload`, merged over the fields above. */
  extra?: Record<string, unknown>;
}

/**
 * `{runtime_version, source_repository, source_sha, run_url, correlation_id}`
 * with `client-payload` merged over it. Refused before anything is sent when
 * GitHub would refuse it (more than 10 top-level keys), naming the input.
 */
export function buildPayload(src: PayloadSource): Record<string, unknown> {
  const facts: Record<string, unknown> = {
    runtime_version: src.version,
    source_repository: src.sourceRepository,
    source_sha: src.sourceSha,
    run_url: src.runUrl,
  };
  // What was published and where it came from is this run's to say: a
  // client-payload that says otherwise would have every template build, and
  // record, something else. (correlation_id may be set: it is the caller's.)
  const overrides = Object.entries(src.extra ?? {}).filter(
    ([k, v]) => k in facts && v !== facts[k],
  );
  if (overrides.length) {
    throw new ActionError(
      `Input 'client-payload' may not override what this run publishes: ${overrides
        .map(([k, v]) => `${k} ${JSON.stringify(v)} (this run: ${JSON.stringify(facts[k])})`)
        .join(', ')}.`,
      {
        input: 'client-payload',
        hint: 'Remove these keys; the version comes from the version input, the source from the running workflow.',
      },
    );
  }
  const payload: Record<string, unknown> = {
    runtime_version: src.version,
    source_repository: src.sourceRepository,
    source_sha: src.sourceSha,
    run_url: src.runUrl,
    correlation_id: src.correlationId,
    ...(src.extra ?? {}),
  };
  const keys = Object.keys(payload);
  if (keys.length > MAX_PAYLOAD_KEYS) {
    const added = Object.keys(src.extra ?? {}).filter(
      (k) =>
        ![
          'runtime_version',
          'source_repository',
          'source_sha',
          'run_url',
          'correlation_id',
        ].includes(k),
    );
    throw new ActionError(
      `The dispatch payload would have ${keys.length} top-level keys; GitHub accepts at most ${MAX_PAYLOAD_KEYS}.`,
      {
        input: 'client-payload',
        hint: `The five standard keys leave room for ${MAX_PAYLOAD_KEYS - 5}; client-payload adds ${added.length} (${added.join(', ')}). Nest them under one key.`,
      },
    );
  }
  if (typeof payload.correlation_id !== 'string' || payload.correlation_id === '') {
    throw new ActionError(
      'client-payload sets correlation_id to something other than a non-empty string.',
      {
        input: 'client-payload',
        hint: 'Leave correlation_id out (one is made per run) or give a string.',
      },
    );
  }
  return payload;
}

export function validateEventType(eventType: string): string {
  const v = eventType.trim();
  if (v === '') {
    throw new ActionError("Input 'event-type' is empty.", {
      input: 'event-type',
      hint: 'Use e.g. runtime-published.',
    });
  }
  if (v.length > MAX_EVENT_TYPE_LENGTH) {
    throw new ActionError(
      `Input 'event-type' is ${v.length} characters; GitHub accepts at most ${MAX_EVENT_TYPE_LENGTH}.`,
      { input: 'event-type' },
    );
  }
  return v;
}

export interface DispatchResult {
  repo: string;
  ok: boolean;
  /** Requests sent for this repository (1 when it went through first time). */
  attempts: number;
  /** Final HTTP status (204 on success), or undefined after connection errors. */
  status?: number | undefined;
  /** Why it failed, with what to do. */
  message?: string | undefined;
}

export interface DispatchOptions {
  targets: readonly string[];
  eventType: string;
  payload: Record<string, unknown>;
  /** Requests in flight at once. */
  concurrency: number;
  /** Attempts for connection errors and 5xx (rate-limit waits are counted separately). */
  maxAttempts?: number;
  /** How many rate-limit pauses one dispatch may sit through before giving up. */
  maxRateLimitRetries?: number;
  /** Delay before the first retry of a connection error or 5xx; doubled each time, with jitter. */
  retryBaseMs?: number;
  /** Per-request timeout: a request that hangs counts as a connection error (default 30 s). */
  timeoutMs?: number;
  backoff?: SharedBackoff;
  sleep?: (ms: number) => Promise<void>;
  onResult?: (r: DispatchResult) => void;
  log?: (line: string) => void;
}

interface RequestFailure {
  status?: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/** Runs `work` over `items` with at most `limit` in flight; results keep the items' order. */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i] as T, i);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

export async function dispatchAll(
  github: GitHubApi,
  opts: DispatchOptions,
): Promise<DispatchResult[]> {
  const backoff = opts.backoff ?? new SharedBackoff();
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxAttempts = opts.maxAttempts ?? 5;
  const maxRateLimitRetries = opts.maxRateLimitRetries ?? 20;
  const base = opts.retryBaseMs ?? 1000;
  const log = opts.log ?? (() => undefined);

  return mapConcurrent(opts.targets, opts.concurrency, async (repo) => {
    const [owner, name] = repo.split('/') as [string, string];
    let attempts = 0;
    let transientFailures = 0;
    let rateLimited = 0;
    for (;;) {
      await backoff.acquire();
      attempts++;
      let failure: RequestFailure | undefined;
      try {
        await github.request('POST /repos/{owner}/{repo}/dispatches', {
          owner,
          repo: name,
          event_type: opts.eventType,
          client_payload: opts.payload,
          // This loop retries; the client's own retry plugin would retry
          // again underneath it, and without the shared back-off.
          request: { retries: 0, signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000) },
        });
      } catch (e) {
        failure = e as RequestFailure;
      } finally {
        backoff.release();
      }
      if (!failure) return finish({ repo, ok: true, attempts, status: 204 });
      const err = failure;
      const status = err.response ? err.status : undefined;
      const headers = err.response?.headers ?? {};
      const limit = status ? rateLimitSignal(status, headers, err.message) : undefined;
      if (limit) {
        rateLimited++;
        backoff.pause(limit);
        log(
          `${repo}: ${limit.kind} rate limit, everyone waits ${Math.ceil(limit.waitMs / 1000)} s`,
        );
        if (rateLimited <= maxRateLimitRetries) continue;
        return finish({
          repo,
          ok: false,
          attempts,
          status,
          message: `still rate limited after ${rateLimited} waits; gave up`,
        });
      }
      const transient = status === undefined || status >= 500;
      if (transient) {
        transientFailures++;
        const what = status === undefined ? `connection error (${err.message})` : `HTTP ${status}`;
        if (transientFailures < maxAttempts) {
          const delay = base * 2 ** (transientFailures - 1) * (0.5 + Math.random());
          log(`${repo}: ${what}, retrying in ${Math.round(delay)} ms`);
          await sleep(delay);
          continue;
        }
        return finish({
          repo,
          ok: false,
          attempts,
          status,
          message: `${what}; gave up after ${attempts} attempts`,
        });
      }
      return finish({
        repo,
        ok: false,
        attempts,
        status,
        message: explainDispatchFailure(repo, status as number, err),
      });
    }
  });

  function finish(r: DispatchResult): DispatchResult {
    opts.onResult?.(r);
    return r;
  }
}

/** What a refused dispatch means and what to do about it. */
export function explainDispatchFailure(
  repo: string,
  status: number,
  err: { message: string },
): string {
  const said = err.message.replace(/\s+-\s+https:\/\/docs\.github\.com\S*/, '').trim();
  switch (status) {
    case 401:
      return `HTTP 401: the token was refused (${said}). Renew the TEMPLATE_DISPATCH_TOKEN secret.`;
    case 403:
      if (/archived/i.test(said))
        return `HTTP 403: ${repo} is archived, so it takes no dispatches. Unarchive it or remove it from the targets.`;
      return `HTTP 403: the token may not dispatch to ${repo} (${said}). It needs Contents: write on ${repo} (fine-grained) or the repo scope (classic), and SSO authorisation for the organisation.`;
    case 404:
      return `HTTP 404: ${repo} does not exist or the token cannot see it. Check the name, and that the token's repository access includes it.`;
    case 422:
      return `HTTP 422: GitHub refused the event (${said}). event_type must be 1–100 characters and client_payload at most 10 top-level keys.`;
    default:
      return `HTTP ${status}: ${said}`;
  }
}
