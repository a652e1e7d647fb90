/**
 * mirror-audit: the four rules applied from the monorepo to every mirror
 * commit since the last one verified, where no pusher can edit the check (a
 * push to the mirror runs the pushed commit's own workflow files, so the
 * mirror's own guard can be replaced by the very commit it should refuse).
 *
 * "Verified" is a commit status (context `mirror-audit`, state success) on
 * the mirror commit, created by a publisher: GitHub records who created a
 * status, so a writer of the mirror can post one with the same context but
 * not as the publishing App. The audit walks back from the branch head to
 * the newest commit so marked (or to `since`, the starting point an admin
 * vouches for once), checks the commits after it oldest first, and marks
 * the ones that pass up to the first failure; a failed commit is marked
 * failure and stays unverified, so every later audit reports it again.
 */
import { ActionError } from '../toolkit/errors.js';
import type { GitHubApi } from '../github/client.js';
import {
  commitInfo,
  verifyCommit,
  type CommitInfo,
  type CommitVerdict,
  type GuardSources,
} from './guard.js';

export const AUDIT_CONTEXT = 'mirror-audit';

export interface AuditOptions {
  github: GitHubApi;
  where: { owner: string; repo: string };
  branch: string;
  publishers: string[];
  sourceRepository: string;
  sources: GuardSources;
  /** A commit vouched for as the starting point (the mirror's first commit, made by its admin). */
  since?: string;
  /** Post the statuses (false: report only). */
  mark: boolean;
  /** Link of the statuses (the audit run). */
  targetUrl?: string;
  /** How far back to walk before giving up. */
  maxCommits?: number;
  log?: (line: string) => void;
}

export interface AuditResult {
  head: string;
  /** Where the walk stopped: the newest verified commit, or `since`; undefined: the root was reached. */
  from: string | undefined;
  fromReason: string;
  verdicts: CommitVerdict[];
  marked: string[];
}

interface ApiStatus {
  context: string;
  state: string;
  creator: { login: string } | null;
}

export async function auditMirror(o: AuditOptions): Promise<AuditResult> {
  const { github, where } = o;
  const publishers = new Set(o.publishers.map((p) => p.toLowerCase()));
  const getOne = async (ref: string): Promise<CommitInfo> => {
    const { data } = await github.request('GET /repos/{owner}/{repo}/commits/{ref}', {
      ...where,
      ref,
    });
    return commitInfo(data as unknown as Parameters<typeof commitInfo>[0]);
  };
  const verified = async (sha: string): Promise<boolean> => {
    const { data } = await github.request('GET /repos/{owner}/{repo}/commits/{ref}/statuses', {
      ...where,
      ref: sha,
      per_page: 100,
    });
    // Newest first: the latest audit of this commit decides.
    const latest = (data as unknown as ApiStatus[]).find(
      (s) =>
        s.context === AUDIT_CONTEXT &&
        s.creator !== null &&
        publishers.has(s.creator.login.toLowerCase()),
    );
    return latest?.state === 'success';
  };

  const headInfo = await getOne(o.branch);
  const head = headInfo.sha;
  const since = o.since?.toLowerCase();
  const max = o.maxCommits ?? 500;
  const unverified: CommitInfo[] = [];
  let from: string | undefined;
  let fromReason = `the root of ${o.branch} was reached: no commit is verified yet and no 'since' was given`;
  let sinceUnmarked = false;
  for (let info: CommitInfo | undefined = headInfo; info;) {
    if (since && info.sha === since) {
      from = info.sha;
      fromReason = `the starting point given as 'since' (${info.sha.slice(0, 12)})`;
      sinceUnmarked = !(await verified(info.sha));
      break;
    }
    if (await verified(info.sha)) {
      from = info.sha;
      fromReason = `the newest commit a previous audit verified (${info.sha.slice(0, 12)})`;
      break;
    }
    unverified.push(info);
    if (unverified.length > max)
      throw new ActionError(
        `More than ${max} commits of ${where.owner}/${where.repo} ${o.branch} are unverified: the audit stops rather than walk the whole history.`,
        {
          input: 'since',
          hint: "Give 'since' the mirror's first commit (the one its admin made before the first sync) on the first audit.",
        },
      );
    const parent: string | undefined = info.parents[0];
    info = parent ? await getOne(parent) : undefined;
  }
  unverified.reverse();
  o.log?.(
    `${where.owner}/${where.repo} ${o.branch}: ${unverified.length} commit(s) to audit after ${fromReason}.`,
  );

  const verdicts: CommitVerdict[] = [];
  for (const c of unverified) {
    verdicts.push(
      await verifyCommit(
        c,
        { publishers: o.publishers, sourceRepository: o.sourceRepository, pusher: null },
        o.sources,
      ),
    );
  }

  const marked: string[] = [];
  if (o.mark) {
    const post = async (sha: string, state: 'success' | 'failure', description: string) => {
      await github.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
        ...where,
        sha,
        state,
        context: AUDIT_CONTEXT,
        description: description.slice(0, 140),
        ...(o.targetUrl ? { target_url: o.targetUrl } : {}),
      });
      marked.push(sha);
    };
    if (from && sinceUnmarked)
      await post(from, 'success', "Starting point vouched for by the audit's since input");
    for (const v of verdicts) {
      if (!v.ok) {
        const failed = v.rules.filter((r) => r.ok === false).map((r) => r.rule);
        // Not checked (the index unreachable) is neither a pass nor a failure
        // to record: mark nothing from here, and the next audit starts here again.
        if (failed.length === 0) break;
        await post(
          v.commit.sha,
          'failure',
          `Fails mirror rule${failed.length > 1 ? 's' : ''} ${failed.join(', ')}`,
        );
        break;
      }
      await post(v.commit.sha, 'success', 'Passes the four mirror rules');
    }
  }
  return { head, from, fromReason, verdicts, marked };
}
