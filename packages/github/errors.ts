/**
 * Turns a failed GitHub call into an ActionError a user can act on: what
 * was being done, on which repository, GitHub's status and URL, GitHub's own
 * message, and what to do — for a 403, which permission is missing.
 *
 * Errors that are not HTTP or network failures (bugs) are rethrown
 * unchanged, so they keep their stack.
 */
import { ActionError } from '../toolkit/errors.js';

export interface GitHubErrorContext {
  /** What was being done, as a phrase: 'create tag runtime-v1.2.3'. */
  operation: string;
  /** owner/repo (or an owner, for listings). */
  repo: string;
  /** The permission the call needs, when the caller knows better than the route table below. */
  permission?: string;
}

interface ResponseLike {
  url?: string;
  status?: number;
  headers?: Record<string, string | number | undefined>;
  data?: unknown;
}

interface RequestErrorLike {
  name: string;
  status: number;
  message: string;
  request?: { method?: string; url?: string; request?: { retryCount?: number } };
  response?: ResponseLike;
  cause?: unknown;
}

function isRequestError(e: unknown): e is RequestErrorLike {
  return (
    e instanceof Error &&
    typeof (e as { status?: unknown }).status === 'number' &&
    ((e as { request?: unknown }).request !== undefined ||
      (e as { response?: unknown }).response !== undefined)
  );
}

/**
 * The fine-grained permission a route needs, from GitHub's documentation of
 * each endpoint. Used when GitHub's `x-accepted-github-permissions` header
 * is absent (classic tokens, GHES).
 */
export function permissionFor(method: string, url: string): string {
  const path = (() => {
    try {
      return new URL(url).pathname;
    } catch {
      return url;
    }
  })();
  const write = !['GET', 'HEAD'].includes(method.toUpperCase());
  const level = write ? 'write' : 'read';
  if (/\/actions\/workflows\/[^/]+\/dispatches$/.test(path)) return 'actions: write';
  if (/^\/repos\/[^/]+\/[^/]+\/dispatches$/.test(path)) return 'contents: write';
  if (/\/actions\//.test(path)) return `actions: ${level}`;
  if (/\/statuses\//.test(path)) return `statuses: ${level}`;
  if (/\/check-runs|\/check-suites/.test(path)) return `checks: ${level}`;
  if (/\/commits\/[^/]+\/pulls$|\/pulls(\/|$)/.test(path)) return `pull-requests: ${level}`;
  if (/\/issues(\/|$)/.test(path)) return `issues: ${level}`;
  if (/\/(git|contents|commits|tags|branches|compare|releases)(\/|$)/.test(path))
    return `contents: ${level}`;
  return write ? 'contents: write' : 'metadata: read';
}

/** `contents=write,actions=write` (GitHub's header) → `contents: write` or `contents: write or actions: write`. */
function acceptedPermissions(header: string | number | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  const alternatives = String(header)
    .split(';')
    .map((set) =>
      set
        .split(',')
        // GitHub names the permission as the REST API does (pull_requests=read);
        // a workflow's `permissions:` block spells it with a hyphen (pull-requests).
        .map((p) =>
          p.trim().replace(/^([^=]*)=/, (_, name: string) => `${name.replace(/_/g, '-')}: `),
        )
        .filter(Boolean)
        .join(' and '),
    )
    .filter(Boolean);
  return alternatives.length > 0 ? alternatives.join(' or ') : undefined;
}

/** GitHub's message plus the details of a 422's `errors` list. */
function githubMessage(e: RequestErrorLike): string {
  const data = e.response?.data;
  if (data && typeof data === 'object') {
    const d = data as { message?: unknown; errors?: unknown };
    const parts: string[] = [];
    if (typeof d.message === 'string') parts.push(d.message.replace(/\s+/g, ' ').trim());
    if (Array.isArray(d.errors)) {
      for (const item of d.errors) {
        if (typeof item === 'string') parts.push(item);
        else if (item && typeof item === 'object') {
          const x = item as Record<string, unknown>;
          parts.push(
            [x.resource, x.field, x.code, x.message]
              .filter((v) => typeof v === 'string' && v !== '')
              .join(' '),
          );
        }
      }
    }
    if (parts.length > 0) return parts.join('; ');
  }
  if (typeof data === 'string' && data.trim() !== '' && data.length < 300) return data.trim();
  return e.message;
}

function header(e: RequestErrorLike, name: string): string | undefined {
  const v = e.response?.headers?.[name];
  return v === undefined ? undefined : String(v);
}

function attempts(e: RequestErrorLike): string {
  const n = e.request?.request?.retryCount;
  return typeof n === 'number' && n > 0 ? ` after ${n + 1} attempts` : '';
}

export function explainGitHubError(e: unknown, context: GitHubErrorContext): ActionError {
  if (e instanceof ActionError) return e;
  if (!isRequestError(e)) throw e;

  const method = (e.request?.method ?? 'GET').toUpperCase();
  const url = e.response?.url || e.request?.url || '';
  const status = e.status;
  const what = `${context.operation} (${context.repo})`;
  const gh = githubMessage(e);
  const base = { status, url, cause: e };

  // No answer at all: @octokit/request reports connection failures and
  // timeouts as status 500 without a response.
  if (!e.response) {
    const cause = e.message || 'no answer';
    return new ActionError(`Could not reach GitHub to ${what}${attempts(e)}: ${cause}.`, {
      ...base,
      status: undefined,
      title: 'GitHub unreachable',
      hint: 'Check that GITHUB_API_URL is right for this server (GitHub Enterprise Server: https://HOST/api/v3) and that the runner can reach it; re-run the job if GitHub was briefly unavailable.',
    });
  }

  const remaining = header(e, 'x-ratelimit-remaining');
  const secondary = /secondary rate limit/i.test(gh);
  if ((status === 403 || status === 429) && (secondary || remaining === '0')) {
    if (secondary) {
      const after = header(e, 'retry-after');
      return new ActionError(`GitHub's secondary rate limit stopped ${what}: ${gh}`, {
        ...base,
        title: 'GitHub secondary rate limit',
        hint: `GitHub asked to wait${after ? ` ${after} s` : ''} and the client gave up. Send fewer requests at once (lower the action's concurrency) or re-run later.`,
      });
    }
    const reset = Number(header(e, 'x-ratelimit-reset'));
    const when =
      Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : 'later';
    return new ActionError(`GitHub's API rate limit is used up, so ${what} failed: ${gh}`, {
      ...base,
      title: 'GitHub rate limit exhausted',
      hint: `The limit resets at ${when}. Re-run after that, or use a token with its own limit (a GitHub App installation token has a higher one than GITHUB_TOKEN).`,
    });
  }

  switch (status) {
    case 401:
      return new ActionError(`GitHub refused the token (401 ${gh}) to ${what}.`, {
        ...base,
        title: 'Bad GitHub credentials',
        hint: "The token is wrong, revoked or expired: check the secret the workflow passes (fine-grained tokens expire; a job's GITHUB_TOKEN is valid only while that job runs).",
      });
    case 403: {
      if (/archived/i.test(gh)) {
        return new ActionError(
          `${context.repo} is archived (read-only), so ${context.operation} failed: ${gh}`,
          {
            ...base,
            title: 'Repository archived',
            hint: 'Unarchive the repository, or leave it out of the targets.',
          },
        );
      }
      const permission =
        context.permission ??
        acceptedPermissions(header(e, 'x-accepted-github-permissions')) ??
        permissionFor(method, url);
      return new ActionError(`The token may not ${what}: GitHub answered 403 ${gh}.`, {
        ...base,
        title: 'Missing GitHub permission',
        hint:
          `It needs '${permission}' on ${context.repo}. For the job's GITHUB_TOKEN, add 'permissions: ${permission.replace(' or ', ' (or ')}${permission.includes(' or ') ? ')' : ''}' to the job; ` +
          `a fine-grained token needs that repository permission and access to ${context.repo}; a classic token needs the 'repo' scope (and 'workflow' to change workflow files).`,
      });
    }
    case 404:
      return new ActionError(
        `GitHub answered 404 Not Found to ${what}: the repository (or what the call names in it) does not exist, or the token cannot see it.`,
        {
          ...base,
          title: 'Not found on GitHub',
          hint: `Check the name '${context.repo}'. GitHub answers 404, not 403, when a token has no access: a job's GITHUB_TOKEN reaches only the workflow's own repository, so another repository needs a fine-grained token or an App installation that includes it.`,
        },
      );
    case 409:
      return new ActionError(`GitHub answered 409 Conflict to ${what}: ${gh}`, {
        ...base,
        title: 'GitHub conflict',
        hint: /empty/i.test(gh)
          ? `${context.repo} has no commits yet: push one first.`
          : 'The repository changed while this ran; re-run the job.',
      });
    case 422:
      return new ActionError(`GitHub rejected the request to ${what} (422): ${gh}`, {
        ...base,
        title: 'GitHub rejected the request',
        hint: /already exists/i.test(gh)
          ? 'Something with that name exists already (another run may have created it a moment ago).'
          : /fast forward/i.test(gh)
            ? 'The branch moved on since it was read; re-run the job (or update with force if overwriting is intended).'
            : 'GitHub says what it refused above; fix that value.',
      });
    default:
      if (status >= 500) {
        return new ActionError(`GitHub answered ${status} to ${what}${attempts(e)}: ${gh}`, {
          ...base,
          title: 'GitHub server error',
          hint: 'GitHub failed on its side and kept failing through the retries: check https://www.githubstatus.com and re-run the job.',
        });
      }
      return new ActionError(`GitHub answered ${status} to ${what}: ${gh}`, {
        ...base,
        title: `GitHub ${status}`,
      });
  }
}
