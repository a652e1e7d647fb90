/**
 * Trusted Publishing: trade the job's GitHub OIDC token for a short-lived
 * index API token, and when the index refuses, say exactly why and what the
 * publisher on the index would have to look like.
 *
 * 1. GET  <index>/_/oidc/audience                      → {audience}
 * 2. GET  $ACTIONS_ID_TOKEN_REQUEST_URL&audience=<aud> → {value: <JWT>}
 * 3. POST <index>/_/oidc/mint-token {token: <JWT>}     → {success, token, expires}
 *
 * The JWT and the minted token go through `mask` the moment they are
 * received, before anything could print them. The request token is the
 * caller's: it was masked where it entered the process (actions/runner.ts).
 */
import { decodeJwt } from 'jose';
import { ActionError } from '../toolkit/errors.js';
import { summariseBody, type HttpClient } from '../toolkit/http.js';
import { IndexHttpClient } from './http.js';
import { trimSlash } from '../toolkit/slashes.js';

export interface OidcRequest {
  /** ACTIONS_ID_TOKEN_REQUEST_URL (already carries `?api-version=…`). */
  url: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  token: string;
}

/** The claims of a GitHub Actions OIDC token that decide Trusted Publishing. */
export interface GitHubClaims {
  iss?: string;
  aud?: string | string[];
  exp?: number;
  iat?: number;
  nbf?: number;
  sub?: string;
  repository?: string;
  repository_owner?: string;
  repository_id?: string;
  workflow_ref?: string;
  job_workflow_ref?: string;
  environment?: string;
  ref?: string;
  event_name?: string;
}

/** The claims that decide a match, in the order a user should read them. */
export const RELEVANT_CLAIMS = [
  'repository',
  'repository_owner',
  'workflow_ref',
  'job_workflow_ref',
  'environment',
  'ref',
  'sub',
  'aud',
  'exp',
] as const;

/** What a Trusted Publisher on the index must say to accept this token. */
export interface PublisherSettings {
  owner: string;
  repository: string;
  workflow: string;
  environment: string | undefined;
}

export interface WorkflowRef {
  repository: string;
  /** Path inside the repository, e.g. `.github/workflows/release.yml`. */
  path: string;
  /** File name only, what the index's publisher form asks for. */
  file: string;
  ref: string;
}

export interface MintedToken {
  token: string;
  /** Unix seconds, when the index said. */
  expires: number | undefined;
  claims: GitHubClaims;
  audience: string;
}

export interface TrustedPublishingOptions {
  indexUrl: string;
  /** From the job's environment; undefined when it lacks `id-token: write`. */
  request: OidcRequest | undefined;
  mask: (secret: string) => void;
  warn?: (message: string) => void;
  http?: HttpClient;
  now?: () => number;
}

/** Reads a JWT's claims WITHOUT verifying it: only to explain, never to trust. */
export function decodeClaims(jwt: string): GitHubClaims {
  try {
    return decodeJwt(jwt) as GitHubClaims;
  } catch {
    return {};
  }
}

/** `owner/repo/.github/workflows/file.yml@refs/heads/main` → its parts. */
export function parseWorkflowRef(ref: string | undefined): WorkflowRef | undefined {
  if (!ref) return undefined;
  const m = /^([^/]+\/[^/]+)\/(.+?)@(.*)$/.exec(ref);
  if (!m) return undefined;
  const p = m[2] as string;
  return {
    repository: m[1] as string,
    path: p,
    file: p.split('/').pop() as string,
    ref: m[3] as string,
  };
}

/**
 * The reusable-workflow case: the job runs a workflow file other than the one
 * the run started from. The index matches the job's file (`job_workflow_ref`).
 */
export function reusableWorkflowContext(
  claims: GitHubClaims,
): { caller: WorkflowRef; job: WorkflowRef; crossRepository: boolean } | undefined {
  const caller = parseWorkflowRef(claims.workflow_ref);
  const job = parseWorkflowRef(claims.job_workflow_ref);
  if (!caller || !job) return undefined;
  if (caller.repository.toLowerCase() === job.repository.toLowerCase() && caller.path === job.path)
    return undefined;
  return {
    caller,
    job,
    crossRepository: caller.repository.toLowerCase() !== job.repository.toLowerCase(),
  };
}

/** The publisher this token would match: the job's own workflow file in the token's repository. */
export function publisherSettings(claims: GitHubClaims): PublisherSettings {
  const [owner = '', repository = ''] = (claims.repository ?? '').split('/');
  const reusable = reusableWorkflowContext(claims);
  // Across repositories no publisher can match; the fix is moving the step
  // into the caller's file, so name that file.
  const wf = reusable?.crossRepository
    ? reusable.caller
    : parseWorkflowRef(claims.job_workflow_ref ?? claims.workflow_ref);
  return {
    owner: claims.repository_owner ?? owner,
    repository,
    workflow: wf?.file ?? '(unknown)',
    environment: claims.environment,
  };
}

function claimLines(claims: GitHubClaims): string[] {
  return RELEVANT_CLAIMS.map((k) => {
    const v = claims[k];
    if (v === undefined) return `  ${k}: (absent)`;
    if (k === 'exp' && typeof v === 'number')
      return `  exp: ${v} (${new Date(v * 1000).toISOString()})`;
    return `  ${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`;
  });
}

function reusableExplanation(r: NonNullable<ReturnType<typeof reusableWorkflowContext>>): string {
  return (
    `This token was requested inside the reusable workflow ${r.job.repository}/${r.job.path} ` +
    `(job_workflow_ref), called from ${r.caller.repository}/${r.caller.path} (workflow_ref). ` +
    "PyPI matches a Trusted Publisher against the job's workflow file, and refuses tokens minted inside another " +
    "repository's reusable workflow (pypi/warehouse#11096). Move the publish step into the caller's own workflow " +
    `file (${r.caller.path}) as its own job with \`environment:\` and \`permissions: id-token: write\`.`
  );
}

export interface RefusalError {
  code: string;
  description: string;
}

/**
 * Why the index refused the token, as one ActionError: the index's own codes
 * and descriptions, the token's claims, the publisher settings that would
 * match, and the likely cause first.
 */
export function explainRefusal(
  errors: RefusalError[],
  claims: GitHubClaims,
  context: { audience: string; indexUrl: string; status: number; url: string; now: number },
): ActionError {
  const causes: string[] = [];
  const codes = new Set(errors.map((e) => e.code));
  const text = errors
    .map((e) => `${e.code} ${e.description}`)
    .join(' ')
    .toLowerCase();
  const reusable = reusableWorkflowContext(claims);
  const want = publisherSettings(claims);

  if (claims.exp !== undefined && claims.exp * 1000 <= context.now) {
    causes.push(
      `The token expired at ${new Date(claims.exp * 1000).toISOString()} before the index saw it: the job's clock, ` +
        'a long pause between requesting and exchanging it, or a token reused from an earlier step. Request a fresh one (re-run the job).',
    );
  }
  const aud = Array.isArray(claims.aud) ? claims.aud : claims.aud !== undefined ? [claims.aud] : [];
  if (aud.length > 0 && !aud.includes(context.audience)) {
    causes.push(
      `The token's audience is '${aud.join(', ')}' but this index expects '${context.audience}': the token was ` +
        `requested for another index. Request it with audience=${context.audience} (this action does so; check for a proxy or a token passed in from elsewhere).`,
    );
  }
  if (
    codes.has('invalid-reuse-token') ||
    text.includes('already been used') ||
    text.includes('reuse')
  ) {
    causes.push(
      'Each OIDC token can be exchanged once; this one was already used. Re-run the job for a fresh token.',
    );
  }
  if (codes.has('not-enabled')) {
    causes.push(
      'Trusted Publishing is switched off on this index; use an API token (input `password`) meanwhile.',
    );
  }
  if (
    codes.has('invalid-publisher') ||
    codes.has('invalid-pending-publisher') ||
    causes.length === 0
  ) {
    if (reusable) causes.push(reusableExplanation(reusable));
    if (!claims.environment) {
      causes.push(
        'The job has no `environment:`, so the token carries none; a publisher configured with an environment ' +
          '(e.g. `pypi-publish`) refuses it. Add `environment: <name>` to the publish job, matching the publisher.',
      );
    } else {
      causes.push(
        `The environment in the token is '${claims.environment}': the publisher's environment must be exactly that ` +
          '(or empty). A publisher set up for another environment name refuses it.',
      );
    }
    const wf = parseWorkflowRef(claims.job_workflow_ref ?? claims.workflow_ref);
    if (wf && !reusable) {
      causes.push(
        `The workflow file in the token is '${wf.file}': a publisher registered for another file name (a renamed ` +
          'or copied workflow) refuses it.',
      );
    }
  }

  const details = [
    'The index answered:',
    ...errors.map((e) => `  ${e.code}: ${e.description}`),
    'The token says (decoded, not verified):',
    ...claimLines(claims),
    `For this token to be accepted, the project's Trusted Publisher on ${context.indexUrl} must be:`,
    `  owner: ${want.owner || '(unknown)'}`,
    `  repository: ${want.repository || '(unknown)'}`,
    `  workflow: ${want.workflow}`,
    `  environment: ${want.environment ?? '(any; the job declares none)'}`,
    'Likely causes:',
    ...causes.map((c) => `  - ${c}`),
  ];
  const first = errors[0];
  return new ActionError(
    `The index refused the Trusted Publishing token (${[...codes].join(', ') || 'no error code'}${first ? `: ${first.description}` : ''}).`,
    {
      title: 'Trusted Publishing refused',
      status: context.status,
      url: context.url,
      hint: causes[0] ?? 'Compare the publisher settings on the index with the token claims below.',
      details,
    },
  );
}

/** The audience the index wants in the token. */
export async function getAudience(indexUrl: string, http: HttpClient): Promise<string> {
  const url = `${trimSlash(indexUrl)}/_/oidc/audience`;
  const { res, body } = await http.getJson<{ audience?: unknown }>(
    url,
    {},
    'the Trusted Publishing audience request',
  );
  // What the index means by refusing the request, and what to do about it.
  const refusals: Record<number, [message: string, hint: string]> = {
    403: [
      'Trusted Publishing is not enabled on this index.',
      'Ask the index administrators, or upload with an API token (input `password`) meanwhile.',
    ],
    404: [
      'This index has no Trusted Publishing.',
      'Check `repository-url`; for an index without Trusted Publishing, pass an API token as `password`.',
    ],
  };
  const refusal = refusals[res.status];
  if (refusal) {
    const [message, hint] = refusal;
    throw new ActionError(message, {
      title: 'Trusted Publishing unavailable',
      status: res.status,
      url,
      hint,
    });
  }
  if (res.status !== 200 || typeof body?.audience !== 'string' || body.audience === '') {
    throw new ActionError(
      `The index answered the audience request unexpectedly (HTTP ${res.status}).`,
      {
        title: 'Trusted Publishing unavailable',
        status: res.status,
        url,
      },
    );
  }
  return body.audience;
}

/** Asks GitHub for the job's OIDC token with the index's audience. */
export async function requestIdToken(
  request: OidcRequest,
  audience: string,
  http: HttpClient,
): Promise<string> {
  const sep = request.url.includes('?') ? '&' : '?';
  const url = `${request.url}${sep}audience=${encodeURIComponent(audience)}`;
  const res = await http.request({
    url,
    headers: { Authorization: `bearer ${request.token}`, Accept: 'application/json' },
    purpose: 'the OIDC token request to GitHub',
  });
  const text = await res.text();
  // The request URL holds no secret but its query may be long; show the path.
  const shown = url.split('?')[0];
  if (res.status !== 200) {
    throw new ActionError(
      `GitHub refused the OIDC token request (HTTP ${res.status}${summariseBody(text)}).`,
      {
        title: 'No OIDC token',
        status: res.status,
        url: shown,
        hint:
          res.status === 401 || res.status === 403
            ? "The job's id-token permission was revoked or expired; re-run the job."
            : 'Re-run the job; if it persists, check githubstatus.com.',
      },
    );
  }
  let value: unknown;
  try {
    value = (JSON.parse(text) as { value?: unknown }).value;
  } catch {
    value = undefined;
  }
  if (typeof value !== 'string' || value.split('.').length !== 3) {
    throw new ActionError('GitHub answered the OIDC token request without a token.', {
      title: 'No OIDC token',
      status: res.status,
      url: shown,
    });
  }
  return value;
}

/** The error for a job that cannot request an OIDC token at all. */
export function missingIdTokenPermission(): ActionError {
  return new ActionError(
    'This job cannot request an OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set.',
    {
      title: 'Missing id-token permission',
      input: 'password',
      hint:
        'Give the publish job `permissions: id-token: write` (job level; a workflow-level `permissions:` block that omits it removes it). ' +
        'Pull requests from forks never get an OIDC token. Or pass an API token as `password`.',
    },
  );
}

/**
 * The whole exchange. Warns before exchanging when the token comes from a
 * reusable workflow (the index will most likely refuse it), and explains any
 * refusal.
 */
export async function trustedPublishingToken(
  options: TrustedPublishingOptions,
): Promise<MintedToken> {
  const { indexUrl, request, mask } = options;
  const http = options.http ?? new IndexHttpClient();
  const now = options.now ?? Date.now;
  if (!request) throw missingIdTokenPermission();

  const audience = await getAudience(indexUrl, http);
  const jwt = await requestIdToken(request, audience, http);
  mask(jwt);
  const claims = decodeClaims(jwt);

  const reusable = reusableWorkflowContext(claims);
  if (reusable) options.warn?.(reusableExplanation(reusable));

  const url = `${trimSlash(indexUrl)}/_/oidc/mint-token`;
  const res = await http.request({
    url,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ token: jwt }),
    purpose: 'the Trusted Publishing token exchange',
  });
  const text = await res.text();
  let body: {
    success?: unknown;
    token?: unknown;
    expires?: unknown;
    message?: unknown;
    errors?: unknown;
  } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = {};
  }
  if (typeof body.token === 'string' && body.token) mask(body.token);

  if (
    res.status === 200 &&
    body.success !== false &&
    typeof body.token === 'string' &&
    body.token
  ) {
    return {
      token: body.token,
      expires: typeof body.expires === 'number' ? body.expires : undefined,
      claims,
      audience,
    };
  }
  if (res.status === 422 || res.status === 400 || res.status === 403) {
    const errors: RefusalError[] = Array.isArray(body.errors)
      ? (body.errors as { code?: unknown; description?: unknown }[]).map((e) => ({
          code: String(e.code ?? 'unknown'),
          description: String(e.description ?? ''),
        }))
      : [
          {
            code: 'unknown',
            description:
              typeof body.message === 'string' ? body.message : summariseBody(text).slice(2),
          },
        ];
    throw explainRefusal(errors, claims, {
      audience,
      indexUrl,
      status: res.status,
      url,
      now: now(),
    });
  }
  throw new ActionError(
    `The index answered the token exchange unexpectedly (HTTP ${res.status}${summariseBody(text)}).`,
    {
      title: 'Trusted Publishing failed',
      status: res.status,
      url,
    },
  );
}
