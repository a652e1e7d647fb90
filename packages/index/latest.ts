/**
 * What a package index already holds for a project, from its JSON API
 * (`GET {index}/pypi/{name}/json`): every release number, yanked or not,
 * since an index never accepts a file for a version it has seen again.
 * auto-tag uses it so it never proposes a version the index already has,
 * e.g. after a publish from another branch that made no tag.
 *
 * Its own retry loop rather than HttpClient's: auto-tag's contract (a
 * deterministic doubling backoff without jitter, an error naming the last
 * failure, options attempts/backoffMs/fetchImpl) predates the shared client
 * and its tests pin it. Retried: connection errors, 5xx, 429 with Retry-After.
 */
import { normalizeName } from '../distribution/names.js';
import { ActionError } from '../toolkit/errors.js';
import { parseRetryAfter } from '../toolkit/http.js';
import { jsonProjectUrl } from './urls.js';

export interface IndexReleases {
  /** The JSON API URL that answered. */
  url: string;
  /** Release numbers as the index lists them (keys of `releases`). */
  versions: string[];
  /** `info.version`: the index's idea of the latest release. */
  latest: string | undefined;
}

export interface IndexReleasesOptions {
  indexUrl: string;
  packageName: string;
  /** Attempts in all (default 4). */
  attempts?: number;
  timeoutMs?: number;
  /** Base delay between attempts (doubled each time) when no Retry-After says otherwise. */
  backoffMs?: number;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** PEP 503 normalised project name, after trimming what a user typed into an input. */
export function normalizeProjectName(name: string): string {
  return normalizeName(name.trim());
}

/** `{index}/pypi/{name}/json` (kept under this name for callers; the URL rules live in urls.ts). */
export const jsonApiUrl = jsonProjectUrl;

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Seconds (or an HTTP date) in Retry-After, as milliseconds; undefined when absent (the HttpClient's parser). */
export const retryAfterMs = parseRetryAfter;

/** The project's releases on the index; undefined when the index has never heard of it (404). */
export async function fetchIndexReleases(
  opts: IndexReleasesOptions,
): Promise<IndexReleases | undefined> {
  const url = jsonApiUrl(opts.indexUrl, opts.packageName);
  const attempts = opts.attempts ?? 4;
  const doFetch = opts.fetchImpl ?? fetch;
  const sleep = opts.sleep ?? defaultSleep;
  let lastProblem = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let waitMs = (opts.backoffMs ?? 500) * 2 ** (attempt - 1);
    try {
      const res = await doFetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
      });
      if (res.status === 404) return undefined;
      if (res.ok) {
        const body = (await res.json()) as {
          info?: { version?: unknown };
          releases?: Record<string, unknown>;
        };
        const versions = Object.keys(body.releases ?? {});
        const latest = typeof body.info?.version === 'string' ? body.info.version : undefined;
        if (latest && !versions.includes(latest)) versions.push(latest);
        return { url, versions, latest };
      }
      lastProblem = `HTTP ${res.status}`;
      if (res.status !== 429 && res.status < 500) {
        throw new ActionError(`The index answered HTTP ${res.status} for ${url}.`, {
          status: res.status,
          url,
          input: 'index-url',
          hint: 'Check index-url (the index root, e.g. https://pypi.org) and pypi-package.',
        });
      }
      waitMs = retryAfterMs(res.headers.get('retry-after')) ?? waitMs;
    } catch (e) {
      if (e instanceof ActionError) throw e;
      lastProblem = describeFetchFailure(e);
    }
    if (attempt < attempts) await sleep(waitMs);
  }
  throw new ActionError(
    `Could not read ${url} after ${attempts} attempts (last: ${lastProblem}).`,
    {
      url,
      input: 'index-url',
      hint: 'The index may be down; re-run the job, or leave pypi-package empty to rely on tags only.',
    },
  );
}

/** fetch() hides the reason (ECONNREFUSED, ECONNRESET …) in `cause`. */
function describeFetchFailure(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError') return 'timed out';
  const cause = err.cause?.code ?? err.cause?.message;
  return cause ? `${err.message}: ${cause}` : err.message;
}
