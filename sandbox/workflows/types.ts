/**
 * The step runner's result shapes, and the interface to the platform it runs
 * against (the sandboxes, or anything else that hands out tokens and URLs).
 */
import type { Annotation } from '../runner.js';
import type { Plain } from './expressions.js';
import type { MatrixLeg } from './graph.js';

export type { Annotation } from '../runner.js';

/**
 * success/failure/skipped as on GitHub; not-run: a step the machine cannot
 * run (a Docker step) and everything after it in its job.
 */
export type StepStatus = 'success' | 'failure' | 'skipped' | 'not-run';

/** stopped: the job ran up to a step this machine cannot run (no Docker engine). */
export type JobStatus = 'success' | 'failure' | 'skipped' | 'stopped';

export interface StepResult {
  /** The step's `id`, or `__step<N>` when it has none. */
  id: string;
  name: string;
  kind: 'action' | 'run' | 'stand-in';
  /** The `uses:` value as written. */
  uses?: string;
  /** This repository's action the step ran (`build`, `auto-tag`, …). */
  action?: string;
  /** For stand-ins: what the third-party step does on GitHub, and what happened here instead. */
  standIn?: { key: string; replaces: string; here: string };
  /** The step's conclusion (continue-on-error turns a failed outcome into success). */
  status: StepStatus;
  outcome: 'success' | 'failure' | 'skipped' | 'not-run';
  /** Why a step failed, was skipped or not run. */
  note?: string;
  /** The inputs an action or stand-in received (after expressions, defaults and endpoint mapping). */
  inputs?: Record<string, string>;
  outputs: Record<string, string>;
  annotations: Annotation[];
  summary: string;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export interface JobResult {
  id: string;
  /** The display name (with the matrix values for a leg). */
  name: string;
  /** Where it ran: `prepare/smoke-import (Python 3.11)`. */
  path: string;
  status: JobStatus;
  outputs: Record<string, string>;
  steps: StepResult[];
  durationMs: number;
  note?: string;
  matrix?: MatrixLeg;
  /** A matrix job: one result per leg (the job's own status and outputs merge them). */
  legs?: JobResult[];
  /** A job that calls a reusable workflow: that run. */
  workflow?: WorkflowResult;
  environment?: string;
  /** The job's workspace (kept with the run folder). */
  workspace?: string;
}

export interface WorkflowResult {
  /** The file, relative to the repository root. */
  file: string;
  name: string;
  /** run-name, evaluated (top-level workflows). */
  runName?: string;
  status: 'success' | 'failure' | 'stopped';
  jobs: Record<string, JobResult>;
  /** on.workflow_call.outputs, for a reusable workflow. */
  outputs: Record<string, string>;
  durationMs: number;
}

export interface RunResult extends WorkflowResult {
  /** Where the jobs' workspaces, the artifacts and the event file are. */
  runDir: string;
  artifactsDir: string;
  /** The log as printed (secrets masked). */
  log: string[];
  /** Every value masked in the log (secrets, job tokens, ::add-mask:: values). */
  masked: string[];
  /** Every public URL the run was pointed at instead, with the loopback URL. */
  endpointsUsed: Array<{ from: string; to: string; where: string }>;
}

/** `permissions:` of a job, after the caller's cap: scope → 'read' | 'write' | 'none'. */
export type Permissions = Record<string, 'read' | 'write' | 'none'>;

/** What the runner needs from the platform it stands in for. */
export interface Platform {
  /** GITHUB_API_URL for every step. */
  githubApiUrl: string;
  /** GITHUB_SERVER_URL (links only); default https://github.com. */
  githubServerUrl?: string;
  /** Mints the job's GITHUB_TOKEN for these permissions on this repository. */
  jobToken(request: { repository: string; permissions: Permissions; job: string }): string;
  /**
   * The Actions ID-token endpoint and the issuer's claims (the sandbox
   * issuer): only jobs with `id-token: write` get the URL and bearer.
   */
  oidc?: {
    requestUrl: string;
    requestToken: string;
    setClaims(claims: Record<string, string | undefined>): void;
  };
  /**
   * Public URL → loopback URL (like an /etc/hosts entry): applied to the
   * inputs, environment and scripts the steps receive, so a workflow's
   * `https://pypi.org` default reaches the sandbox index. Declared, logged
   * and listed in the result; nothing else leaves 127.0.0.1.
   */
  endpoints?: Record<string, string>;
  /**
   * GitHub's installation-token endpoint as actions/create-github-app-token
   * uses it: the App's client id and private key, the owner and
   * repositories the token is for and the permissions asked. Throws with
   * GitHub's message when the key is not the App's or the App is not
   * installed there.
   */
  appToken?(request: {
    clientId: string;
    privateKey: string;
    owner: string;
    repositories: string[];
    permissions: Record<string, string>;
  }): { token: string; appSlug: string; installationId: number };
}

export interface StepEvent {
  /** The job's path, e.g. `prepare/build`. */
  job: string;
  step: StepResult;
}

export interface RunOptions {
  /** The workflow file (absolute, or relative to the repository root). */
  workflow: string;
  /**
   * The file's path in the repository it belongs to, for workflow_ref
   * (default: its path under the repository root when it is in
   * .github/workflows, else `.github/workflows/<basename>`: where an example
   * caller lives once copied into a monorepo).
   */
  workflowPath?: string;
  event: { name: string; payload?: Record<string, unknown> };
  /** owner/repo the run belongs to. */
  repository: string;
  sha: string;
  ref?: string;
  actor?: string;
  runId?: number;
  /** Where `uses: ./.github/workflows/x.yml` resolves (default: this repository). */
  localRoot?: string;
  /**
   * Where `molecule-ai/runtime-actions/.github/workflows/x.yml@ref` resolves
   * (default: this repository; a test plants another repository's workflow here).
   */
  suiteRoot?: string;
  /** owner/repo → folder that actions/checkout copies into the workspace. */
  sources: Record<string, string>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /**
   * Deployment environments of the repository: a job that names one gets
   * its secrets (over repository secrets of the same name) and variables.
   */
  environments?: Record<
    string,
    { secrets?: Record<string, string>; vars?: Record<string, string> }
  >;
  platform: Platform;
  /** Folder for workspaces, artifacts and the event file (default: a new temp folder). */
  runDir?: string;
  /** Each log line as it is written (default: kept in the result only). */
  log?: (line: string) => void;
  onStep?: (event: StepEvent) => void;
  /** Steps of different jobs run at the same time, at most this many (default 2). */
  maxParallel?: number;
  /**
   * Refuse the workflow before running it when it references an output, an
   * input or a step that does not exist, or passes an input an action does
   * not declare (default true; GitHub only warns for some of these).
   */
  strict?: boolean;
}

export type { Plain, MatrixLeg };
