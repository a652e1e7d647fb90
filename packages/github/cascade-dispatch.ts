/**
 * cascade-dispatch: repository_dispatch to every template repository in
 * parallel within GitHub's rate limits, and optionally follow each run it
 * started to its conclusion.
 */
import { randomBytes } from 'node:crypto';
import { ActionError, ActionErrors } from '../toolkit/errors.js';
import {
  OutputWriter,
  type ActionResult,
  type AnnotationPlace,
  type RunnerIo,
} from '../toolkit/io.js';
import { code, formatSeconds, heading, markdownTable } from '../toolkit/summary.js';
import { createGitHubClient, explainGitHubError, type GitHubApi } from './client.js';
import { SharedBackoff } from './backoff.js';
import { discoverRepositories, mergeTargets, type DiscoverRule, type Targets } from './discover.js';
import { buildPayload, dispatchAll, type DispatchResult } from './dispatch.js';
import { followRuns, pollInterval, type FollowedRepository } from './runs.js';

/** A step with no token: nothing is dispatched, and the warning says which secret to set. */
export interface NoTokenInputs {
  version: string;
  token?: undefined;
}

/** cascade-dispatch's inputs, validated, with the run context the payload names. */
export interface DispatchInputs {
  /** Canonical PEP 440. */
  version: string;
  token: string;
  apiUrl: string;
  /** The run that published: GITHUB_REPOSITORY, GITHUB_SHA, the run URL, id and attempt. */
  repository: string;
  sha: string;
  runUrl: string;
  runId: string;
  runAttempt: string;
  eventType: string;
  /** client-payload, parsed; its correlation_id, when a non-empty string, is used as given. */
  extra: Record<string, unknown>;
  concurrency: number;
  failOnError: boolean;
  wait: boolean;
  waitTimeoutMs: number;
  /** The repositories listed, and the discover rules (at least one of the two is non-empty). */
  repositories: string[];
  rules: DiscoverRule[];
}

export type CascadeInputs = NoTokenInputs | DispatchInputs;

export async function run(inputs: CascadeInputs, io: RunnerIo): Promise<ActionResult> {
  const info = (m: string): void => io.info(m);
  const warning = (m: string, place?: AnnotationPlace): void => io.warning(m, place);
  const out = new OutputWriter(io);
  const { version } = inputs;
  if (inputs.token === undefined) {
    warning(
      'No token: the TEMPLATE_DISPATCH_TOKEN secret is not set (or not passed as `token`), so no template was told about this release. Add a token with Contents: write on the template repositories as that secret.',
      { title: 'Cascade skipped' },
    );
    out.set('dispatched', []);
    out.set('failed', []);
    out.set('runs', []);
    const text =
      heading('📣 Cascade skipped') +
      'No `token` was given: set the `TEMPLATE_DISPATCH_TOKEN` secret to dispatch to the templates.\n';
    await io.summary(text);
    return { outputs: out.outputs, summary: text };
  }
  const { token, eventType, extra, concurrency, failOnError, wait, waitTimeoutMs, rules } = inputs;
  const explicit = inputs.repositories;
  const correlationId =
    typeof extra.correlation_id === 'string' && extra.correlation_id
      ? extra.correlation_id
      : `${inputs.runId || 'local'}-${inputs.runAttempt}-${randomBytes(4).toString('hex')}`;
  const payload = buildPayload({
    version,
    sourceRepository: inputs.repository,
    sourceSha: inputs.sha,
    runUrl: inputs.runUrl,
    correlationId,
    extra,
  });

  const backoff = new SharedBackoff();
  const client = { token, baseUrl: inputs.apiUrl, userAgent: 'runtime-actions/cascade-dispatch' };
  // Reads (discover, run listings) take the client's own retries.
  const github: GitHubApi = createGitHubClient({ ...client, log: { info, warning } });
  // Dispatches are retried by dispatchAll, which shares one back-off among
  // them and counts attempts per repository; the client must not retry or
  // space them underneath (retries 0 also leaves rate-limit answers to it,
  // so its "giving up" notes are only worth a log line).
  const dispatcher: GitHubApi = createGitHubClient({
    ...client,
    retries: 0,
    writeIntervalMs: 0,
    log: { info, warn: info },
    fetch: backoff.gatedFetch(),
  });

  let discovered: Targets = { repos: [], skipped: [] };
  if (rules.length > 0) {
    try {
      discovered = await discoverRepositories(github, rules);
    } catch (e) {
      throw explainGitHubError(e, {
        operation: 'list repositories for discover',
        repo: rules[0]?.owner ?? '',
      });
    }
    info(
      `discover: ${discovered.repos.length} repositories match; ${discovered.skipped.length} skipped.`,
    );
  }
  const targets = mergeTargets({ repos: explicit, skipped: [] }, discovered);
  for (const s of targets.skipped) info(`${s.repo}: skipped (${s.reason}).`);
  if (targets.repos.length === 0)
    warning('No repository to dispatch to: discover matched none.', { title: 'Cascade' });

  info(
    `Dispatching ${eventType} (${version}, correlation ${correlationId}) to ${targets.repos.length} repositories, ${concurrency} at a time.`,
  );
  const started = Date.now();
  const since = new Date(started - 60_000);
  const results = await dispatchAll(dispatcher, {
    targets: targets.repos,
    eventType,
    payload,
    concurrency,
    backoff,
    log: info,
    onResult: (r) =>
      info(
        r.ok
          ? `${r.repo}: dispatched${r.attempts > 1 ? ` (attempt ${r.attempts})` : ''}`
          : `${r.repo}: failed: ${r.message}`,
      ),
  });
  const ok = results.filter((r) => r.ok);
  const failed = results.filter((r) => !r.ok);
  const elapsed = (Date.now() - started) / 1000;
  info(
    `${ok.length}/${results.length} dispatched in ${formatSeconds(elapsed)}${backoff.pauses.length ? `; rate limited ${backoff.pauses.length} time(s)` : ''}.`,
  );

  let followed: FollowedRepository[] = [];
  if (wait && ok.length > 0) {
    followed = await followRuns(github, {
      repos: ok.map((r) => r.repo),
      correlationId,
      since,
      timeoutMs: Math.max(0, waitTimeoutMs - (Date.now() - started)),
      intervalMs: pollInterval(waitTimeoutMs),
      concurrency,
      backoff,
      onProgress: (line) => info(line),
      log: info,
    });
  }

  out.set(
    'dispatched',
    ok.map((r) => r.repo),
  );
  out.set(
    'failed',
    failed.map((r) => ({ repo: r.repo, status: r.status ?? null, message: r.message ?? '' })),
  );
  out.set(
    'runs',
    followed.map((f) => ({
      repo: f.repo,
      url: f.url ?? null,
      state: f.state,
      conclusion: f.conclusion ?? null,
    })),
  );
  out.set('correlation-id', correlationId);

  const problems: ActionError[] = [];
  const report = (message: string, title: string) => {
    if (failOnError) problems.push(new ActionError(message, { title }));
    else warning(message, { title });
  };
  for (const r of failed) report(`${r.repo}: ${r.message}`, 'Dispatch failed');
  for (const f of followed) {
    if (f.state === 'not-started')
      report(
        `${f.repo}: no run with correlation id ${correlationId} started within ${formatSeconds(waitTimeoutMs / 1000)}. Does its workflow listen to '${eventType}' and put client_payload.correlation_id in its run-name?`,
        'Run never started',
      );
    else if (f.state === 'running')
      report(
        `${f.repo}: run still ${f.runs[0]?.status ?? 'running'} at the timeout: ${f.url}`,
        'Run not finished',
      );
    else if (f.state === 'unavailable') report(`${f.repo}: ${f.note}`, 'Run not followed');
    else if (f.conclusion !== 'success')
      report(`${f.repo}: run concluded ${f.conclusion}: ${f.url}`, 'Run failed');
  }

  const text = summary(version, eventType, correlationId, targets, results, followed, wait);
  await io.summary(text);
  if (problems.length > 0) {
    throw new ActionErrors(
      `${problems.length} of ${targets.repos.length} repositories did not take the release`,
      problems,
    );
  }
  return { outputs: out.outputs, summary: text };
}

/** The step summary: one row per repository, the skipped ones last. */
export function summary(
  version: string,
  eventType: string,
  correlationId: string,
  targets: Targets,
  results: readonly DispatchResult[],
  followed: readonly FollowedRepository[],
  wait: boolean,
): string {
  const byRepo = new Map(followed.map((f) => [f.repo, f]));
  const rows: unknown[][] = results.map((r) => {
    const f = byRepo.get(r.repo);
    const run = f?.url
      ? `[run](${f.url})`
      : wait && r.ok
        ? f?.state === 'unavailable'
          ? f.note
          : 'never started'
        : '—';
    const conclusion = f ? (f.state === 'completed' ? f.conclusion : f.state) : '—';
    return [r.repo, r.ok ? '✅' : `❌ ${r.message ?? ''}`, r.attempts, run, conclusion];
  });
  for (const s of targets.skipped) rows.push([s.repo, `skipped (${s.reason})`, 0, '—', '—']);
  const ok = results.filter((r) => r.ok).length;
  return (
    heading(`📣 ${code(eventType)} ${version}: ${ok}/${results.length} dispatched`) +
    `Correlation id: ${code(correlationId)}\n\n` +
    markdownTable(['Repository', 'Dispatched', 'Attempts', 'Run', 'Conclusion'], rows)
  );
}
