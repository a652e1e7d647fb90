/**
 * mirror-guard: the required check of the read-only mirror. Pull requests
 * are refused at once with directions to the real source; every commit a
 * push brings must pass the four rules of packages/mirror/guard.ts.
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
import { ActionError, ActionErrors } from '../../packages/toolkit/errors.js';
import { parseList } from '../../packages/toolkit/inputs.js';
import { createGitHubClient, type GitHubApi } from '../../packages/github/client.js';
import { explainGitHubError } from '../../packages/github/errors.js';
import { HttpClient } from '../../packages/index/http.js';
import {
  RULES,
  commitInfo,
  listTreeFiles,
  pushedCommits,
  verifyCommit,
  type CommitInfo,
  type CommitVerdict,
  type GuardSources,
  type PushRange,
} from '../../packages/mirror/guard.js';
import { fetchPublishedSdist, type PublishedSdist } from '../../packages/mirror/published.js';
import { refusal, renderGuardSummary } from '../../packages/mirror/summary.js';
import { subtreeOf } from '../../packages/mirror/sync.js';
import { runAudit, runSettings } from './modes.js';

const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
/** A GitHub login, an App's bot (`slug[bot]`) included. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

/**
 * The publishers: never a default that silently mismatches whoever really
 * writes the mirror, and never a value an unset variable left behind
 * (`${{ vars.MIRROR_APP_SLUG }}[bot]` with no variable is `[bot]`).
 */
function parsePublishers(raw: string): string[] {
  const list = parseList(raw);
  const hint =
    "Set it to the bot login of the App that writes the mirror, e.g. 'publishers: ${{ vars.MIRROR_APP_SLUG }}[bot]' with the repository variable MIRROR_APP_SLUG set to the App's slug (mirror-sync's identity output names it).";
  if (list.length === 0)
    throw new ActionError("'publishers' is empty: no one would be allowed to write the mirror.", {
      input: 'publishers',
      title: 'No publishers',
      hint,
    });
  const bad = list.filter((p) => !LOGIN.test(p));
  if (bad.length > 0)
    throw new ActionError(
      `'publishers' holds ${bad.map((b) => `'${b}'`).join(', ')}, which ${bad.length === 1 ? 'is not a GitHub login' : 'are not GitHub logins'}.`,
      { input: 'publishers', title: 'Bad publishers', hint },
    );
  return list;
}

await runAction('mirror-guard', async () => {
  const ctx = runContext();
  const sourceRepository = requiredInput('source-repository');
  if (!REPOSITORY.test(sourceRepository)) {
    throw new ActionError(`'${sourceRepository}' is not an owner/name repository.`, {
      input: 'source-repository',
    });
  }
  const packageName = requiredInput('package-name');
  const mode = input('mode') || 'event';
  if (!['event', 'settings', 'audit'].includes(mode))
    throw new ActionError(`mode '${mode}' is not event, settings or audit.`, { input: 'mode' });
  if (mode !== 'event') {
    // Monorepo side: the mirror is another repository, read with the App's token.
    const mirror = input('repository') || ctx.repository;
    if (!REPOSITORY.test(mirror))
      throw new ActionError(`'${mirror}' is not an owner/name repository.`, {
        input: 'repository',
      });
    const token = input('token');
    mask(token);
    if (!token) throw new ActionError('No token to read the mirror with.', { input: 'token' });
    const m = {
      ctx,
      token,
      mirror,
      publishers: parsePublishers(input('publishers')),
      sourceRepository,
      packageName,
    };
    await (mode === 'settings' ? runSettings(m) : runAudit(m));
    return;
  }
  const mirror = ctx.repository;

  // Pull requests: refused before anything else, with no way around it.
  if (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') {
    const pr = ctx.event.pull_request as
      { number?: number; title?: string; user?: { login?: string } } | undefined;
    const text = refusal({
      mirror,
      packageName,
      sourceRepository,
      sourcePath: input('source-path'),
      docsUrl: input('docs-url'),
      serverUrl: ctx.serverUrl,
      pull: {
        ...(typeof pr?.number === 'number' ? { number: pr.number } : {}),
        ...(pr?.title ? { title: pr.title } : {}),
        ...(pr?.user?.login ? { user: pr.user.login } : {}),
      },
    });
    await writeSummary(text.summary);
    setOutput('verified', []);
    throw new ActionError(text.message, {
      title: 'Generated mirror: pull requests are not merged',
    });
  }

  const token = input('token');
  mask(token);
  if (!token) {
    throw new ActionError("No token to read the mirror's commits with.", {
      input: 'token',
      hint: "Leave 'token' at its default (the job token) and give the job 'permissions: contents: read'.",
    });
  }
  const publishers = parsePublishers(input('publishers'));
  const indexUrl = requiredInput('index-url');
  const [owner, repo] = mirror.split('/');
  if (!owner || !repo)
    throw new ActionError(
      'GITHUB_REPOSITORY is not set: mirror-guard runs inside a GitHub Actions job.',
    );
  const where = { owner, repo };
  const github: GitHubApi = createGitHubClient({
    token,
    baseUrl: ctx.apiUrl,
    userAgent: 'runtime-actions/mirror-guard',
    log: { info, warning },
  });
  const api = async <T>(operation: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw explainGitHubError(e, { operation, repo: mirror });
    }
  };

  // Which commits: a push's new commits (and its new head); any other event checks the commit it ran on.
  let commits: CommitInfo[];
  let how: string;
  let pusher: string | null | undefined;
  if (ctx.eventName === 'push') {
    const event = ctx.event as PushRange & {
      sender?: { login?: string };
      pusher?: { name?: string };
      ref?: string;
    };
    pusher = event.sender?.login ?? event.pusher?.name;
    ({ commits, how } = await api('read the pushed commits', () =>
      pushedCommits(github, where, event),
    ));
    how = `${event.ref ?? 'push'}: ${how}`;
  } else {
    if (!/^[0-9a-f]{40}$/i.test(ctx.sha))
      throw new ActionError('GITHUB_SHA is not set: there is no commit to check.');
    pusher = null;
    const { data } = await api(`read commit ${ctx.sha.slice(0, 7)}`, () =>
      github.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...where, ref: ctx.sha }),
    );
    commits = [commitInfo(data as unknown as Parameters<typeof commitInfo>[0])];
    how = `${ctx.eventName || 'run'} on ${ctx.sha.slice(0, 7)}`;
  }

  const http = new HttpClient({
    onRetry: (r) =>
      warning(
        `Index: ${r.reason} on ${r.method} ${r.url}; retry ${r.attempt} of ${r.attempts - 1} in ${Math.round(r.delayMs / 1000)} s.`,
      ),
  });
  const sdists = new Map<string, Promise<PublishedSdist>>();
  const sources: GuardSources = {
    sdist(version) {
      let p = sdists.get(version);
      if (!p) {
        p = fetchPublishedSdist({ indexUrl, packageName, version, http });
        sdists.set(version, p);
      }
      return p;
    },
    tree: (sha) => api(`list tree ${sha.slice(0, 7)}`, () => listTreeFiles(github, where, sha)),
    subtree: (sha, name) =>
      api(`read tree ${sha.slice(0, 7)}`, () => subtreeOf(github, where, sha, name)),
    commitTree: async (sha) => {
      const { data } = await api(`read commit ${sha.slice(0, 7)}`, () =>
        github.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
          ...where,
          commit_sha: sha,
        }),
      );
      return data.tree.sha;
    },
  };

  const verdicts: CommitVerdict[] = [];
  for (const c of commits) {
    const v = await verifyCommit(c, { publishers, sourceRepository, pusher }, sources);
    verdicts.push(v);
    info(`${v.ok ? '✓' : '✗'} ${c.sha} ${c.message.split('\n')[0] ?? ''}`);
    for (const r of v.rules)
      info(
        `    rule ${r.rule} (${RULES[r.rule]}): ${r.ok === true ? 'ok' : r.ok === false ? 'FAILED' : r.unchecked ? 'NOT CHECKED' : 'not checked'}: ${r.reason}`,
      );
  }

  setOutput(
    'verified',
    verdicts.map((v) => ({
      sha: v.commit.sha,
      version: v.provenance?.runtimeVersion ?? v.content?.version ?? null,
      passed: v.ok,
      failed_rules: v.rules.filter((r) => r.ok === false).map((r) => r.rule),
    })),
  );
  await writeSummary(
    renderGuardSummary({ mirror, serverUrl: ctx.serverUrl, how, pusher, verdicts }),
  );

  if (commits.length === 0) {
    info(`${how}: no commit to check.`);
    return;
  }
  // Every failing rule, and every rule an unreachable source kept from being
  // checked: each is its own annotation, so an index outage never hides who pushed.
  const errors = verdicts.flatMap((v) =>
    v.rules
      .filter((r) => r.ok === false || r.unchecked)
      .map(
        (r) =>
          new ActionError(
            r.ok === false
              ? `Commit ${v.commit.sha.slice(0, 12)} fails rule ${r.rule} (${RULES[r.rule]}): ${r.reason}`
              : `Commit ${v.commit.sha.slice(0, 12)}, rule ${r.rule} (${RULES[r.rule]}): ${r.reason}`,
            {
              title:
                r.ok === false
                  ? `Mirror guard rule ${r.rule}: ${RULES[r.rule]}`
                  : `Mirror guard rule ${r.rule} not checked: ${r.unchecked?.title}`,
              ...(r.unchecked?.hint ? { hint: r.unchecked.hint } : {}),
              details: r.details,
            },
          ),
      ),
  );
  if (errors.length === 0) {
    info(`All ${verdicts.length} commits pass the mirror's four rules.`);
    return;
  }
  const failed = verdicts.filter((v) => !v.ok).length;
  const broken = verdicts.some((v) => v.rules.some((r) => r.ok === false));
  throw new ActionErrors(
    broken
      ? `${failed} of ${verdicts.length} commits on ${mirror} fail the mirror's rules. The mirror is written only by the publish pipeline of ${sourceRepository}: undo this push, and make changes in ${sourceRepository} instead.`
      : `${failed} of ${verdicts.length} commits on ${mirror} could not be verified: the rules that could be checked pass, but the content rule could not be. Re-run this check once the index answers.`,
    errors,
  );
});
