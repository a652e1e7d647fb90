/**
 * mirror-guard's two monorepo-side modes, run where no pusher of the mirror
 * can edit them:
 *   settings: the mirror's rulesets let no one but the publishers update
 *             its default branch (settings.ts);
 *   audit:    every mirror commit since the last verified one passes the
 *             four rules (audit.ts).
 */
import { ActionError, ActionErrors } from '../toolkit/errors.js';
import { parseList } from '../toolkit/inputs.js';
import { OutputWriter, type ActionResult, type RunnerIo } from '../toolkit/io.js';
import { code, heading, markdownTable } from '../toolkit/summary.js';
import { trimSlash } from '../toolkit/slashes.js';
import {
  createGitHubClient,
  githubCalls,
  type GitHubApi,
  type GitHubCall,
} from '../github/client.js';
import { IndexHttpClient } from '../index/http.js';
import { RULES, listTreeFiles, ruleErrors, type GuardSources } from './guard.js';
import { fetchPublishedSdist, type PublishedSdist } from './published.js';
import { checkMirrorSettings, readMirrorSettings } from './settings.js';
import { auditMirror } from './audit.js';
import { subtreeOf } from './sync.js';

/** What every mode is given: the mirror, whose commits must come from the source's publish pipeline. */
export interface GuardBase {
  /** The mirror, owner/name. */
  mirror: string;
  sourceRepository: string;
  packageName: string;
  apiUrl: string;
  serverUrl: string;
}

/** The monorepo-side modes read the mirror with a token and check it against the publishers. */
export interface MirrorAccess extends GuardBase {
  token: string;
  /** GitHub logins (an App's `slug[bot]`), at least one. */
  publishers: string[];
}

export interface SettingsInputs extends MirrorAccess {
  mode: 'settings';
  /** The branch to check; '' for the mirror's default branch. */
  branch: string;
}

export interface AuditInputs extends MirrorAccess {
  mode: 'audit';
  indexUrl: string;
  /** '' or a full commit sha to audit from. */
  since: string;
  /** '' for the mirror's default branch. */
  branch: string;
  /** This run, the target of the commit statuses the audit marks ('' when unknown). */
  runUrl: string;
}

/** A GitHub login, an App's bot (`slug[bot]`) included. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

/**
 * The publishers: never a default that silently mismatches whoever really
 * writes the mirror, and never a value an unset variable left behind
 * (`${{ vars.MIRROR_APP_SLUG }}[bot]` with no variable is `[bot]`).
 */
export function parsePublishers(raw: string): string[] {
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

type Where = { owner: string; repo: string };

export function client(
  m: MirrorAccess,
  io: RunnerIo,
): { github: GitHubApi; where: Where; api: GitHubCall } {
  const [owner = '', repo = ''] = m.mirror.split('/');
  const github = createGitHubClient({
    token: m.token,
    baseUrl: m.apiUrl,
    userAgent: 'runtime-actions/mirror-guard',
    log: { info: (s: string) => io.info(s), warning: (s: string) => io.warning(s) },
  });
  return { github, where: { owner, repo }, api: githubCalls(m.mirror) };
}

/**
 * Where the rules read from: the published sdist of a version (fetched once
 * per version, however many commits name it) and the mirror's trees.
 */
export function guardSources(s: {
  github: GitHubApi;
  where: Where;
  api: GitHubCall;
  io: RunnerIo;
  indexUrl: string;
  packageName: string;
}): GuardSources {
  const { github, where, api, indexUrl, packageName } = s;
  const http = new IndexHttpClient({
    onRetry: (r) =>
      s.io.warning(
        `Index: ${r.reason} on ${r.method} ${r.url}; retry ${r.attempt} of ${r.attempts - 1} in ${Math.round(r.delayMs / 1000)} s.`,
      ),
  });
  const sdists = new Map<string, Promise<PublishedSdist>>();
  return {
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
}

export async function runSettings(m: SettingsInputs, io: RunnerIo): Promise<ActionResult> {
  const info = (s: string): void => io.info(s);
  const out = new OutputWriter(io);
  const { github, where, api } = client(m, io);
  const branch = m.branch;
  const settings = await api("read the mirror's rulesets", () =>
    readMirrorSettings(github, where, m.publishers, branch),
  );
  const report = checkMirrorSettings(settings);
  for (const f of report.facts) info(`  ${f}`);
  out.set('gaps', report.gaps);
  const summary = [
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
  ].join('\n');
  await io.summary(summary);
  if (report.ok) {
    info(`${m.mirror} ${settings.branch}: only ${m.publishers.join(', ')} may update it.`);
    return { outputs: out.outputs, summary };
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

export async function runAudit(m: AuditInputs, io: RunnerIo): Promise<ActionResult> {
  const info = (s: string): void => io.info(s);
  const out = new OutputWriter(io);
  const { github, where, api } = client(m, io);
  const since = m.since;
  const sources = guardSources({
    github,
    where,
    api,
    io,
    indexUrl: m.indexUrl,
    packageName: m.packageName,
  });
  let branch = m.branch;
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
      targetUrl: m.runUrl || undefined,
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
  out.set(
    'verified',
    result.verdicts.map((v) => ({
      sha: v.commit.sha,
      version: v.provenance?.runtimeVersion ?? v.content?.version ?? null,
      passed: v.ok,
      failed_rules: v.rules.filter((r) => r.ok === false).map((r) => r.rule),
    })),
  );
  const server = trimSlash(m.serverUrl);
  const failed = result.verdicts.filter((v) => !v.ok);
  const summary = [
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
  ].join('\n');
  await io.summary(summary);
  if (failed.length === 0) {
    info(
      `All ${result.verdicts.length} new mirror commit(s) pass; the head ${result.head.slice(0, 12)} is verified.`,
    );
    return { outputs: out.outputs, summary };
  }
  const broken = failed.some((v) => v.rules.some((r) => r.ok === false));
  throw new ActionErrors(
    broken
      ? `${failed.length} of ${result.verdicts.length} commits on ${m.mirror} ${branch} fail the mirror's rules: they were not written by the publish pipeline of ${m.sourceRepository}. Restore the branch to the last verified commit through the publishing App.`
      : `${failed.length} of ${result.verdicts.length} commits on ${m.mirror} ${branch} could not be verified: the content rule could not be checked. Nothing was marked; re-run the audit once the index answers.`,
    ruleErrors(failed, 'audit'),
  );
}
