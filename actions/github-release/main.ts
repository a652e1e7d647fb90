/**
 * github-release: completes the runtime's GitHub Release after the publish
 * (packages/github/complete-release.ts): files with their sha256, index and
 * provenance links, mirror commit, templates told; then publishes it, or
 * leaves the draft saying what failed.
 */
import {
  info,
  input,
  mask,
  requiredInput,
  runAction,
  runContext,
  setOutput,
  warning,
  writeSummary,
} from '../runner.js';
import { ActionError } from '../../packages/toolkit/errors.js';
import { parseBoolean, parseUrl } from '../../packages/toolkit/inputs.js';
import { code, heading, markdownTable } from '../../packages/toolkit/summary.js';
import { createGitHubClient } from '../../packages/github/client.js';
import { explainGitHubError } from '../../packages/github/errors.js';
import { completeRelease } from '../../packages/github/complete-release.js';
import { HttpClient } from '../../packages/index/http.js';
import { canonicalVersion } from '../../packages/versions/canonical.js';

/** A JSON list input; names the input when it is not one. */
function jsonList<T>(name: string): T[] {
  const raw = input(name).trim() || '[]';
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    throw new ActionError(`Input '${name}' is not JSON: ${(e as Error).message}.`, {
      input: name,
      hint: `Pass cascade-dispatch's ${name} output as it is (a JSON list).`,
    });
  }
  if (!Array.isArray(parsed)) {
    throw new ActionError(`Input '${name}' is not a JSON list.`, { input: name });
  }
  return parsed as T[];
}

await runAction('github-release', async () => {
  const ctx = runContext();
  // One version policy (README, Versions): checked before anything else.
  const version = canonicalVersion(requiredInput('version'), 'version');
  const token = input('token');
  mask(token);
  if (!token) {
    throw new ActionError('No token to edit the release with.', {
      input: 'token',
      hint: "Leave 'token' at its default (the job token) and grant 'contents: write'.",
    });
  }
  const [owner, repo] = ctx.repository.split('/');
  if (!owner || !repo) throw new ActionError('GITHUB_REPOSITORY is not set.');
  const tag = requiredInput('tag');
  const indexUrl = parseUrl(
    input('index-url') || 'https://pypi.org',
    'index-url',
    'The index root, e.g. https://pypi.org.',
  );
  const publishResult = (input('publish-result') || 'success').trim();
  const mirrorCommit = input('mirror-commit').trim();
  const mirrorRepository = input('mirror-repository').trim();
  const dispatched = jsonList<string>('dispatched');
  const failed = jsonList<{ repo: string; message?: string; status?: number | null }>('failed');
  const runs = jsonList<{ repo: string; url?: string | null; conclusion?: string | null }>('runs');

  const github = createGitHubClient({
    token,
    baseUrl: ctx.apiUrl,
    userAgent: 'runtime-actions/github-release',
    log: { info, warning },
  });
  const http = new HttpClient({
    onRetry: (r) =>
      warning(
        `Index: ${r.reason} on ${r.method} ${r.url}; retry ${r.attempt} of ${r.attempts - 1} in ${Math.round(r.delayMs / 1000)} s.`,
      ),
  });
  let result;
  try {
    result = await completeRelease(github, http, {
      owner,
      repo,
      tag,
      project: input('package-name') || 'molecule-ai-workspace-runtime',
      version,
      indexUrl,
      publishResult,
      publishFailure: input('publish-failure'),
      mirror: mirrorCommit ? { repository: mirrorRepository, commit: mirrorCommit } : undefined,
      serverUrl: ctx.serverUrl,
      dispatched,
      runs: runs.map((r) => ({
        repo: r.repo,
        url: r.url ?? null,
        conclusion: r.conclusion ?? null,
      })),
      failedDispatches: failed.map((f) => ({
        repo: f.repo,
        message: f.message || `HTTP ${f.status ?? '?'}`,
      })),
      runUrl: ctx.runUrl || undefined,
      provenance: parseBoolean(input('provenance') || 'true', 'provenance'),
      log: info,
    });
  } catch (e) {
    if (e instanceof ActionError) throw e;
    throw explainGitHubError(e, {
      operation: `complete the release of ${tag}`,
      repo: ctx.repository,
    });
  }
  const { release } = result;
  setOutput('release-url', release.url);
  setOutput('published', String(result.published));
  setOutput('changed', String(result.changed));
  if (result.failure) {
    warning(`The release of ${tag} stays a draft: ${result.failure}.`, {
      title: 'Release not published',
    });
  }
  info(
    result.changed
      ? `${result.published ? 'Published' : 'Updated the draft of'} ${tag}: ${release.url}`
      : `${tag} already read this; nothing changed: ${release.url}`,
  );
  info(`Release body:\n${release.body}`);
  const rows: Array<[string, string]> = [
    ['Release', `[${tag}](${release.url})`],
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
    ['Templates', String(dispatched.length)],
  ];
  await writeSummary(heading(`📦 GitHub Release ${tag}`) + markdownTable(['', ''], rows));
});
