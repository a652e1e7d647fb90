/**
 * github-release: completes the runtime's GitHub Release after the publish
 * (complete-release.ts): files with their sha256, index and provenance links,
 * mirror commit, templates told; then publishes it, or leaves the draft
 * saying what failed.
 */
import { ActionError } from '../toolkit/errors.js';
import { OutputWriter, type ActionResult, type RunnerIo } from '../toolkit/io.js';
import { code, heading, markdownTable } from '../toolkit/summary.js';
import { HttpClient } from '../index/http.js';
import { createGitHubClient } from './client.js';
import { explainGitHubError } from './errors.js';
import { completeRelease, type CompleteReleaseResult } from './complete-release.js';

/** One entry of cascade-dispatch's `failed` output. */
export interface FailedDispatch {
  repo: string;
  message?: string;
  status?: number | null;
}

/** One entry of cascade-dispatch's `runs` output. */
export interface FollowedRun {
  repo: string;
  url?: string | null;
  conclusion?: string | null;
}

/** github-release's inputs, validated, with the run context the release names. */
export interface GitHubReleaseInputs {
  token: string;
  /** owner/name of the repository holding the tag (GITHUB_REPOSITORY). */
  repository: string;
  tag: string;
  /** Canonical PEP 440. */
  version: string;
  /** The distribution name on the index. */
  project: string;
  indexUrl: string;
  /** The publish job's result: success, failure, cancelled or skipped. */
  publishResult: string;
  publishFailure: string;
  /** The mirror commit holding the version ('' when the mirror was not written). */
  mirrorCommit: string;
  mirrorRepository: string;
  /** cascade-dispatch's outputs, parsed. */
  dispatched: string[];
  failed: FailedDispatch[];
  runs: FollowedRun[];
  provenance: boolean;
  apiUrl: string;
  serverUrl: string;
  /** This run's URL ('' outside a run). */
  runUrl: string;
}

export async function run(inputs: GitHubReleaseInputs, io: RunnerIo): Promise<ActionResult> {
  const info = (m: string): void => io.info(m);
  const out = new OutputWriter(io);
  const { tag, mirrorCommit, dispatched } = inputs;
  const [owner, repo] = inputs.repository.split('/') as [string, string];

  const github = createGitHubClient({
    token: inputs.token,
    baseUrl: inputs.apiUrl,
    userAgent: 'runtime-actions/github-release',
    log: { info, warning: (m: string) => io.warning(m) },
  });
  const http = new HttpClient({
    onRetry: (r) =>
      io.warning(
        `Index: ${r.reason} on ${r.method} ${r.url}; retry ${r.attempt} of ${r.attempts - 1} in ${Math.round(r.delayMs / 1000)} s.`,
      ),
  });
  let result: CompleteReleaseResult;
  try {
    result = await completeRelease(github, http, {
      owner,
      repo,
      tag,
      project: inputs.project,
      version: inputs.version,
      indexUrl: inputs.indexUrl,
      publishResult: inputs.publishResult,
      publishFailure: inputs.publishFailure,
      mirror: mirrorCommit
        ? { repository: inputs.mirrorRepository, commit: mirrorCommit }
        : undefined,
      serverUrl: inputs.serverUrl,
      dispatched,
      runs: inputs.runs.map((r) => ({
        repo: r.repo,
        url: r.url ?? null,
        conclusion: r.conclusion ?? null,
      })),
      failedDispatches: inputs.failed.map((f) => ({
        repo: f.repo,
        message: f.message || `HTTP ${f.status ?? '?'}`,
      })),
      runUrl: inputs.runUrl || undefined,
      provenance: inputs.provenance,
      log: info,
    });
  } catch (e) {
    if (e instanceof ActionError) throw e;
    throw explainGitHubError(e, {
      operation: `complete the release of ${tag}`,
      repo: inputs.repository,
    });
  }
  const { release } = result;
  out.set('release-url', release.url);
  out.set('published', String(result.published));
  out.set('changed', String(result.changed));
  if (result.failure) {
    io.warning(`The release of ${tag} stays a draft: ${result.failure}.`, {
      title: 'Release not published',
    });
  }
  info(
    result.changed
      ? `${result.published ? 'Published' : 'Updated the draft of'} ${tag}: ${release.url}`
      : `${tag} already read this; nothing changed: ${release.url}`,
  );
  info(`Release body:\n${release.body}`);
  const text = summary(tag, result, mirrorCommit, dispatched.length);
  await io.summary(text);
  return { outputs: out.outputs, summary: text };
}

/** The step summary: the release, its state, what changed, the files, the mirror commit, the templates told. */
export function summary(
  tag: string,
  result: CompleteReleaseResult,
  mirrorCommit: string,
  templates: number,
): string {
  const rows: Array<[string, string]> = [
    ['Release', `[${tag}](${result.release.url})`],
    [
      'State',
      result.published ? 'published' : `draft${result.failure ? ` (${result.failure})` : ''}`,
    ],
    ['Changed', result.changed ? (result.created ? 'created here' : 'edited') : 'no (a re-run)'],
    [
      'Files',
      result.files.map((f) => `${code(f.filename)} ${code(f.sha256.slice(0, 12))}…`).join('<br>') ||
        '—',
    ],
    ['Mirror', mirrorCommit ? code(mirrorCommit.slice(0, 7)) : '—'],
    ['Templates', String(templates)],
  ];
  return heading(`📦 GitHub Release ${tag}`) + markdownTable(['', ''], rows);
}
