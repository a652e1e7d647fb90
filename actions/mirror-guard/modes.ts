/**
 * mirror-guard's two monorepo-side modes, run where no pusher of the mirror
 * can edit them:
 *   settings: the mirror's rulesets let no one but the publishers update
 *             its default branch (packages/mirror/settings.ts);
 *   audit:    every mirror commit since the last verified one passes the
 *             four rules (packages/mirror/audit.ts).
 */
import { info, input, setOutput, warning, writeSummary } from '../runner.js';
import type { runContext } from '../runner.js';
import { ActionError, ActionErrors } from '../../packages/toolkit/errors.js';
import { code, heading, markdownTable } from '../../packages/toolkit/summary.js';
import { createGitHubClient, type GitHubApi } from '../../packages/github/client.js';
import { explainGitHubError } from '../../packages/github/errors.js';
import { HttpClient } from '../../packages/index/http.js';
import { RULES, listTreeFiles, type GuardSources } from '../../packages/mirror/guard.js';
import { fetchPublishedSdist, type PublishedSdist } from '../../packages/mirror/published.js';
import { checkMirrorSettings, readMirrorSettings } from '../../packages/mirror/settings.js';
import { auditMirror } from '../../packages/mirror/audit.js';
import { subtreeOf } from '../../packages/mirror/sync.js';
import { trimSlash } from '../../packages/toolkit/slashes.js';
import { isCommitShaAnyCase } from '../../packages/github/names.js';

export interface ModeContext {
  ctx: ReturnType<typeof runContext>;
  token: string;
  mirror: string;
  publishers: string[];
  sourceRepository: string;
  packageName: string;
}

function client(m: ModeContext): {
  github: GitHubApi;
  where: { owner: string; repo: string };
  api: <T>(operation: string, fn: () => Promise<T>) => Promise<T>;
} {
  const [owner = '', repo = ''] = m.mirror.split('/');
  const github = createGitHubClient({
    token: m.token,
    baseUrl: m.ctx.apiUrl,
    userAgent: 'runtime-actions/mirror-guard',
    log: { info, warning },
  });
  const api = async <T>(operation: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw explainGitHubError(e, { operation, repo: m.mirror });
    }
  };
  return { github, where: { owner, repo }, api };
}

export async function runSettings(m: ModeContext): Promise<void> {
  const { github, where, api } = client(m);
  const branch = input('branch');
  const settings = await api("read the mirror's rulesets", () =>
    readMirrorSettings(github, where, m.publishers, branch),
  );
  const report = checkMirrorSettings(settings);
  for (const f of report.facts) info(`  ${f}`);
  setOutput('gaps', report.gaps);
  await writeSummary(
    [
      heading(
        `${report.ok ? '✅' : '❌'} Mirror settings: ${m.mirror} ${settings.branch} ${report.ok ? 'can be updated by the publishers only' : `has ${report.gaps.length} gap${report.gaps.length === 1 ? '' : 's'}`}`,
      ),
      markdownTable(
        ['', ''],
        [
          ['Publishers', m.publishers.map(code).join(', ')],
          ['Rules found', report.facts.join('; ') || '(none)'],
          ...report.gaps.map((g, i) => [`Gap ${i + 1}`, g]),
        ],
      ),
      '',
    ].join('\n'),
  );
  if (report.ok) {
    info(`${m.mirror} ${settings.branch}: only ${m.publishers.join(', ')} may update it.`);
    return;
  }
  throw new ActionErrors(
    `${m.mirror} ${settings.branch} can be changed by someone who is not a publisher, or the check cannot tell: ${report.gaps.length} gap${report.gaps.length === 1 ? '' : 's'}. Fix the mirror's ruleset (README: "Adopting the whole chain").`,
    report.gaps.map(
      (g) =>
        new ActionError(g, {
          title: 'Mirror settings gap',
          hint: "One active branch ruleset on the default branch with 'Restrict updates', 'Block force pushes' and 'Restrict deletions', and the publishing App as its only bypass actor.",
        }),
    ),
  );
}

export async function runAudit(m: ModeContext): Promise<void> {
  const { github, where, api } = client(m);
  const indexUrl = input('index-url');
  const since = input('since');
  if (since && !isCommitShaAnyCase(since))
    throw new ActionError(`'${since}' is not a full commit SHA.`, { input: 'since' });
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
        p = fetchPublishedSdist({ indexUrl, packageName: m.packageName, version, http });
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
  let branch = input('branch');
  if (!branch) {
    const { data } = await api('read the mirror', () =>
      github.request('GET /repos/{owner}/{repo}', where),
    );
    branch = data.default_branch;
  }
  const result = await api(`audit ${branch}`, () =>
    auditMirror({
      github,
      where,
      branch,
      publishers: m.publishers,
      sourceRepository: m.sourceRepository,
      sources,
      since: since || undefined,
      mark: true,
      targetUrl: m.ctx.runUrl || undefined,
      log: info,
    }),
  );
  for (const v of result.verdicts) {
    info(`${v.ok ? '✓' : '✗'} ${v.commit.sha} ${v.commit.message.split('\n')[0] ?? ''}`);
    for (const r of v.rules)
      info(
        `    rule ${r.rule} (${RULES[r.rule]}): ${r.ok === true ? 'ok' : r.ok === false ? 'FAILED' : 'not checked'}: ${r.reason}`,
      );
  }
  setOutput(
    'verified',
    result.verdicts.map((v) => ({
      sha: v.commit.sha,
      version: v.provenance?.runtimeVersion ?? v.content?.version ?? null,
      passed: v.ok,
      failed_rules: v.rules.filter((r) => r.ok === false).map((r) => r.rule),
    })),
  );
  const server = trimSlash(m.ctx.serverUrl);
  const failed = result.verdicts.filter((v) => !v.ok);
  await writeSummary(
    [
      heading(
        `${failed.length === 0 ? '✅' : '❌'} Mirror audit: ${m.mirror} ${branch}, ${result.verdicts.length} commit(s) after ${result.fromReason}`,
      ),
      markdownTable(
        ['Commit', 'Result', 'Rules failed'],
        result.verdicts.map((v) => [
          `[\`${v.commit.sha.slice(0, 7)}\`](${server}/${m.mirror}/commit/${v.commit.sha})`,
          v.ok ? 'passes' : 'REFUSED',
          v.rules
            .filter((r) => r.ok === false || r.unchecked)
            .map((r) => `${r.rule} (${RULES[r.rule]}): ${r.reason}`)
            .join('<br>') || '—',
        ]),
      ),
      '',
    ].join('\n'),
  );
  if (failed.length === 0) {
    info(
      `All ${result.verdicts.length} new mirror commit(s) pass; the head ${result.head.slice(0, 12)} is verified.`,
    );
    return;
  }
  const broken = failed.some((v) => v.rules.some((r) => r.ok === false));
  throw new ActionErrors(
    broken
      ? `${failed.length} of ${result.verdicts.length} commits on ${m.mirror} ${branch} fail the mirror's rules: they were not written by the publish pipeline of ${m.sourceRepository}. Restore the branch to the last verified commit through the publishing App.`
      : `${failed.length} of ${result.verdicts.length} commits on ${m.mirror} ${branch} could not be verified: the content rule could not be checked. Nothing was marked; re-run the audit once the index answers.`,
    failed.flatMap((v) =>
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
                    ? `Mirror audit rule ${r.rule}: ${RULES[r.rule]}`
                    : `Mirror audit rule ${r.rule} not checked: ${r.unchecked?.title}`,
                ...(r.unchecked?.hint ? { hint: r.unchecked.hint } : {}),
                details: r.details,
              },
            ),
        ),
    ),
  );
}
