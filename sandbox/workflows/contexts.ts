/**
 * The `github` and `runner` contexts, the default environment every step
 * gets (GITHUB_*, RUNNER_*), and `permissions:` as the job token receives
 * them. Inside a reusable workflow the `github` context stays the caller's
 * (event, workflow_ref); only job_workflow_ref names the file the job is in.
 */
import type { Plain } from './expressions.js';
import type { Permissions } from './types.js';

export interface RunIdentity {
  repository: string;
  sha: string;
  ref: string;
  actor: string;
  runId: number;
  runNumber: number;
  eventName: string;
  event: Record<string, unknown>;
  eventPath: string;
  /** The top-level workflow's name and ref (`owner/repo/.github/workflows/x.yml@ref`). */
  workflowName: string;
  workflowRef: string;
  serverUrl: string;
  apiUrl: string;
}

export interface JobPlace {
  job: string;
  token: string;
  workspace: string;
  runnerTemp: string;
  jobWorkflowRef: string;
  jobWorkflowSha: string;
}

function refName(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\//, '');
}

export function githubContext(run: RunIdentity, job?: JobPlace): Record<string, Plain> {
  return {
    event_name: run.eventName,
    event: run.event as Record<string, Plain>,
    event_path: run.eventPath,
    repository: run.repository,
    repository_owner: run.repository.split('/')[0] ?? '',
    sha: run.sha,
    ref: run.ref,
    ref_name: refName(run.ref),
    ref_type: run.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    ref_protected: false,
    base_ref: '',
    head_ref: '',
    run_id: String(run.runId),
    run_number: String(run.runNumber),
    run_attempt: '1',
    actor: run.actor,
    triggering_actor: run.actor,
    workflow: run.workflowName,
    workflow_ref: run.workflowRef,
    workflow_sha: run.sha,
    server_url: run.serverUrl,
    api_url: run.apiUrl,
    graphql_url: `${run.apiUrl}/graphql`,
    retention_days: '90',
    secret_source: 'Actions',
    action: '',
    action_path: '',
    action_ref: '',
    action_repository: '',
    job: job?.job ?? '',
    job_workflow_ref: job?.jobWorkflowRef ?? '',
    job_workflow_sha: job?.jobWorkflowSha ?? '',
    token: job?.token ?? '',
    workspace: job?.workspace ?? '',
  };
}

export function runnerContext(job: JobPlace): Record<string, Plain> {
  return {
    name: 'sandbox-runner',
    os: 'Linux',
    arch: 'X64',
    temp: job.runnerTemp,
    tool_cache: job.runnerTemp,
    environment: 'github-hosted',
    debug: '',
  };
}

/** GITHUB_* and RUNNER_* as the runner sets them for a step. */
export function defaultStepEnv(
  run: RunIdentity,
  job: JobPlace,
  action: string,
): Record<string, string> {
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: action,
    GITHUB_ACTOR: run.actor,
    GITHUB_TRIGGERING_ACTOR: run.actor,
    GITHUB_API_URL: run.apiUrl,
    GITHUB_GRAPHQL_URL: `${run.apiUrl}/graphql`,
    GITHUB_SERVER_URL: run.serverUrl,
    GITHUB_EVENT_NAME: run.eventName,
    GITHUB_EVENT_PATH: run.eventPath,
    GITHUB_JOB: job.job,
    GITHUB_REF: run.ref,
    GITHUB_REF_NAME: refName(run.ref),
    GITHUB_REF_TYPE: run.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REPOSITORY: run.repository,
    GITHUB_REPOSITORY_OWNER: run.repository.split('/')[0] ?? '',
    GITHUB_RUN_ID: String(run.runId),
    GITHUB_RUN_NUMBER: String(run.runNumber),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: run.sha,
    GITHUB_WORKFLOW: run.workflowName,
    GITHUB_WORKFLOW_REF: run.workflowRef,
    GITHUB_WORKFLOW_SHA: run.sha,
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'sandbox-runner',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: job.runnerTemp,
    RUNNER_TOOL_CACHE: job.runnerTemp,
  };
}

/** Every scope a `permissions:` block can name. */
export const PERMISSION_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;

/**
 * A `permissions:` value as a full table. Absent: the restricted default
 * GitHub gives new repositories (contents and packages read). `read-all`,
 * `write-all`, `{}` (nothing) and per-scope maps as written.
 */
export function permissionsOf(value: unknown): Permissions {
  const all = (level: 'read' | 'write' | 'none'): Permissions =>
    Object.fromEntries(
      PERMISSION_SCOPES.map((s) => [s, level === 'read' && s === 'id-token' ? 'none' : level]),
    );
  if (value === undefined || value === null) {
    return { ...all('none'), contents: 'read', packages: 'read' };
  }
  if (value === 'read-all') return all('read');
  if (value === 'write-all') return all('write');
  if (typeof value !== 'object') throw new Error(`permissions: '${String(value)}' is not valid`);
  const out = all('none');
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (!(PERMISSION_SCOPES as readonly string[]).includes(k))
      throw new Error(`permissions: unknown scope '${k}'`);
    if (v !== 'read' && v !== 'write' && v !== 'none')
      throw new Error(`permissions: ${k}: '${String(v)}' is not read, write or none`);
    out[k] = v;
  }
  return out;
}

const RANK = { none: 0, read: 1, write: 2 } as const;

/** A reusable workflow's jobs get at most what the calling job has. */
export function capPermissions(p: Permissions, cap: Permissions | undefined): Permissions {
  if (!cap) return p;
  const out: Permissions = {};
  for (const [k, v] of Object.entries(p)) {
    const c = cap[k] ?? 'none';
    out[k] = RANK[v] <= RANK[c] ? v : c;
  }
  return out;
}
