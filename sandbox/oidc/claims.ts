/**
 * GitHub Actions' OIDC claim set, with the defaults of this suite's release
 * workflow (Molecule-AI/molecule-core, release-runtime.yml on main, the
 * `pypi-publish` environment). Derived claims (`sub`, `repository_owner`,
 * `workflow_ref`, `job_workflow_ref`, the `*_sha`s) follow what they derive
 * from unless set explicitly, so `setClaims({ ref: 'refs/tags/v1' })` gives a
 * coherent token, and a test that wants an incoherent one sets the claim.
 */

export interface GitHubOidcClaims {
  jti: string;
  sub: string;
  aud: string;
  iss: string;
  ref: string;
  sha: string;
  repository: string;
  repository_id: string;
  repository_owner: string;
  repository_owner_id: string;
  repository_visibility: string;
  run_id: string;
  run_number: string;
  run_attempt: string;
  actor: string;
  actor_id: string;
  workflow: string;
  event_name: string;
  ref_type: string;
  ref_protected: string;
  head_ref: string;
  base_ref: string;
  /** Absent from the token when the job has no environment (set '' or undefined). */
  environment?: string;
  job_workflow_ref: string;
  job_workflow_sha: string;
  workflow_ref: string;
  workflow_sha: string;
  runner_environment: string;
  iat: number;
  nbf: number;
  exp: number;
}

export const DEFAULT_WORKFLOW_FILE = 'release-runtime.yml';

/** What the caller chose; everything else is derived at signing time. */
export type ClaimOverrides = Partial<GitHubOidcClaims>;

/** Seconds a token lives, as GitHub's do (about five minutes). */
export const TOKEN_LIFETIME_SECONDS = 300;

export function buildClaims(
  overrides: ClaimOverrides,
  issuer: string,
  audience: string,
  jti: string,
  nowSeconds: number,
): Record<string, unknown> {
  const o = overrides;
  const repository = o.repository ?? 'Molecule-AI/molecule-core';
  const ref = o.ref ?? 'refs/heads/main';
  const sha = o.sha ?? '0123456789abcdef0123456789abcdef01234567';
  const eventName = o.event_name ?? 'push';
  const environment = 'environment' in o ? o.environment : 'pypi-publish';
  const workflowRef =
    o.workflow_ref ?? `${repository}/.github/workflows/${DEFAULT_WORKFLOW_FILE}@${ref}`;
  const iat = o.iat ?? nowSeconds;
  let sub: string;
  if (o.sub !== undefined) sub = o.sub;
  else if (environment) sub = `repo:${repository}:environment:${environment}`;
  else if (eventName === 'pull_request') sub = `repo:${repository}:pull_request`;
  else sub = `repo:${repository}:ref:${ref}`;
  const claims: Record<string, unknown> = {
    jti,
    sub,
    aud: o.aud ?? audience,
    ref,
    sha,
    repository,
    repository_owner: o.repository_owner ?? repository.split('/')[0],
    repository_owner_id: o.repository_owner_id ?? '170000001',
    run_id: o.run_id ?? '1000',
    run_number: o.run_number ?? '1',
    run_attempt: o.run_attempt ?? '1',
    repository_visibility: o.repository_visibility ?? 'public',
    repository_id: o.repository_id ?? '800000001',
    actor_id: o.actor_id ?? '583231',
    actor: o.actor ?? 'octocat',
    workflow: o.workflow ?? 'release-runtime',
    head_ref: o.head_ref ?? '',
    base_ref: o.base_ref ?? '',
    event_name: eventName,
    ref_protected: o.ref_protected ?? 'true',
    ref_type: o.ref_type ?? (ref.startsWith('refs/tags/') ? 'tag' : 'branch'),
    workflow_ref: workflowRef,
    workflow_sha: o.workflow_sha ?? sha,
    job_workflow_ref: o.job_workflow_ref ?? workflowRef,
    job_workflow_sha: o.job_workflow_sha ?? o.workflow_sha ?? sha,
    runner_environment: o.runner_environment ?? 'github-hosted',
    iss: o.iss ?? issuer,
    nbf: o.nbf ?? iat - 5,
    exp: o.exp ?? iat + TOKEN_LIFETIME_SECONDS,
    iat,
  };
  if (environment) claims.environment = environment;
  return claims;
}
