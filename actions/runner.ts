/**
 * The imperative shell every action entry shares: inputs, outputs, logs,
 * annotations, the step summary and the error boundary. The runner adapter
 * on @actions/core: it lives under actions/ so that nothing under packages/
 * imports @actions/* or reads process.env for inputs (issue #16).
 */
import * as core from './workflow-commands.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ActionError,
  ActionErrors,
  formatActionError,
  type ErrorPlace,
} from '../packages/toolkit/errors.js';
import type { RunnerIo } from '../packages/toolkit/io.js';

let defaults: Record<string, string> = {};

/**
 * Reads the defaults of `<action>/action.yml`, found by walking up from this
 * bundle (dist/<action>/index.js sits two levels below the repository root).
 * The runner fills defaults in for a `uses:` step, but not when the bundle is
 * started directly: by the root composite action, the CLI or a test. With
 * this, action.yml stays the one place a default is written. Expression
 * defaults (`${{ github.token }}`) cannot be evaluated here and count as empty.
 */
export async function useActionDefaults(action: string): Promise<void> {
  const inputs = await actionInputs(action);
  if (!inputs) return;
  defaults = {};
  for (const [name, def] of Object.entries(inputs)) {
    const value = def.default === undefined ? '' : String(def.default);
    defaults[name] = value.includes('${{') ? '' : value;
  }
}

type ActionInputs = Record<string, { default?: unknown }>;

/**
 * The `inputs` of `<action>/action.yml`. A bundle finds them in
 * action-inputs.json beside it, which scripts/bundle.mjs writes from the same
 * action.yml (the dist check keeps the two in step): loading and running a
 * YAML parser at every start cost ~25 ms of a build that takes ~200 ms.
 * The sources, run unbundled, parse action.yml.
 */
async function actionInputs(action: string): Promise<ActionInputs | undefined> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const snapshot = path.join(here, 'action-inputs.json');
  if (existsSync(snapshot)) {
    const byAction = JSON.parse(readFileSync(snapshot, 'utf8')) as Record<string, ActionInputs>;
    const inputs = byAction[action];
    if (inputs) return inputs;
  }
  let dir = here;
  for (let i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const file = path.join(dir, action, 'action.yml');
    if (!existsSync(file)) continue;
    const { parse } = await import('yaml');
    const spec = parse(readFileSync(file, 'utf8')) as { inputs?: ActionInputs };
    return spec.inputs ?? {};
  }
  return undefined;
}

/** The value the runner passed for an input, else its action.yml default ('' when neither). */
export function input(name: string): string {
  const given = core.getInput(name, { trimWhitespace: false }).trim();
  return given !== '' ? given : (defaults[name] ?? '').trim();
}

/**
 * An input the runner always passes (it has a default in action.yml, or is
 * required). Empty means the action was started without it: say which one.
 */
export function requiredInput(name: string): string {
  const v = input(name);
  if (v === '') {
    throw new ActionError(`Input required and not supplied: ${name}`, {
      input: name,
      hint: `Set 'with: ${name}: …' on the step.`,
    });
  }
  return v;
}

/**
 * The `token` input, masked the moment it is read (before any check can log
 * it). Empty is an error saying what the token was for.
 */
export function tokenInput(why: string, hint?: string): string {
  const token = input('token');
  mask(token);
  if (!token) throw new ActionError(why, { input: 'token', ...(hint ? { hint } : {}) });
  return token;
}

export function setOutput(name: string, value: unknown): void {
  core.setOutput(name, typeof value === 'string' ? value : JSON.stringify(value));
}

export function mask(secret: string | undefined): void {
  if (secret) core.setSecret(secret);
}

export const info = (m: string): void => core.info(m);
export const debug = (m: string): void => core.debug(m);

export function warning(message: string, place: ErrorPlace & { title?: string } = {}): void {
  core.warning(message, annotationProps(place));
}

export function notice(message: string, place: ErrorPlace & { title?: string } = {}): void {
  core.notice(message, annotationProps(place));
}

export function error(message: string, place: ErrorPlace & { title?: string } = {}): void {
  core.error(message, annotationProps(place));
}

function annotationProps(place: ErrorPlace & { title?: string }): core.AnnotationProperties {
  const props: core.AnnotationProperties = {};
  if (place.title) props.title = place.title;
  if (place.file) props.file = place.file;
  if (place.line !== undefined) props.startLine = place.line;
  if (place.column !== undefined) props.startColumn = place.column;
  return props;
}

/** Appends markdown to the step summary; a runner without one (local CLI) just skips it. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}

/** The runner surface handed to an action's `run()`: this module's functions, bound to @actions/core. */
export const runnerIo: RunnerIo = {
  info,
  debug,
  warning,
  notice,
  error,
  mask,
  setOutput: (name, value) => core.setOutput(name, value),
  summary: writeSummary,
};

/** Runs `fn` in a collapsed log group. */
export async function group<T>(title: string, fn: () => Promise<T>): Promise<T> {
  return core.group(title, fn);
}

/** What the runner tells every step about the run, read once. */
export interface RunContext {
  repository: string;
  sha: string;
  ref: string;
  serverUrl: string;
  apiUrl: string;
  runId: string;
  runAttempt: string;
  workflowRef: string;
  eventName: string;
  event: Record<string, unknown>;
  workspace: string;
  actor: string;
  runUrl: string;
  runnerTemp: string;
  /** The reproducible-builds convention for archive timestamps ('' when unset). */
  sourceDateEpoch: string;
}

export function runContext(): RunContext {
  const env = process.env;
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = env.GITHUB_REPOSITORY || '';
  const runId = env.GITHUB_RUN_ID || '';
  let event: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      event = {};
    }
  }
  return {
    repository,
    sha: env.GITHUB_SHA || '',
    ref: env.GITHUB_REF || '',
    serverUrl,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
    workflowRef: env.GITHUB_WORKFLOW_REF || '',
    eventName: env.GITHUB_EVENT_NAME || '',
    event,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    actor: env.GITHUB_ACTOR || '',
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : '',
    runnerTemp: env.RUNNER_TEMP || '',
    sourceDateEpoch: env.SOURCE_DATE_EPOCH || '',
  };
}

/** owner and name of GITHUB_REPOSITORY, which every run inside a job has. */
export function runRepository(ctx: RunContext, action: string): { owner: string; repo: string } {
  const [owner, repo] = ctx.repository.split('/');
  if (!owner || !repo) {
    throw new ActionError(
      `GITHUB_REPOSITORY is not set: ${action} runs inside a GitHub Actions job.`,
    );
  }
  return { owner, repo };
}

/** The job's OIDC request endpoint, present only with `permissions: id-token: write`. */
export function oidcRequest(): { url: string; token: string } | undefined {
  const url = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const token = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !token) return undefined;
  core.setSecret(token);
  return { url, token };
}

function reportActionError(e: ActionError): void {
  const place = { ...e.place, title: e.title };
  core.error(formatActionError(e), annotationProps(place));
  for (const d of e.details) core.info(d);
}

async function summariseFailure(errors: ActionError[]): Promise<void> {
  const lines = errors.map((e) => {
    const where = e.place.file
      ? ` (\`${e.place.file}${e.place.line ? `:${e.place.line}` : ''}\`)`
      : '';
    return `- ${e.title ? `**${e.title}**: ` : ''}${formatActionError(e)}${where}`;
  });
  const details = errors.flatMap((e) => e.details).map((d) => `    ${d}`);
  await writeSummary(
    `### ❌ Failed\n\n${lines.join('\n')}\n${details.length ? `\n\`\`\`\n${details.join('\n')}\n\`\`\`\n` : ''}`,
  ).catch(() => undefined);
}

/**
 * The error boundary of an action entry. Expected failures (ActionError)
 * become one `::error` line each with their file/line, a summary section and
 * exit code 1, with no stack trace. Anything else is a bug: its stack is shown.
 */
export async function runAction(action: string, main: () => Promise<void>): Promise<void> {
  try {
    await useActionDefaults(action);
    await main();
  } catch (e) {
    process.exitCode = 1;
    if (e instanceof ActionErrors) {
      for (const err of e.errors) reportActionError(err);
      core.error(e.message);
      await summariseFailure(e.errors);
    } else if (e instanceof ActionError) {
      reportActionError(e);
      await summariseFailure([e]);
    } else {
      const err = e instanceof Error ? e : new Error(String(e));
      core.error(`Unexpected failure (a bug in runtime-actions): ${err.message}`);
      core.info(err.stack ?? '');
    }
  }
}
