/**
 * Release tags through the API: the pull request a commit came from, the
 * tags under a prefix (every page), and an atomic, race-safe tag creation.
 *
 * Why the API and not `git push`: creating `refs/tags/<name>` is atomic on
 * GitHub (422 "Reference already exists" for the loser of a race), so two
 * merges seconds apart cannot both publish 0.1.7 (field notes, incident 8);
 * the loser re-reads the tags and takes the next version. A re-run finds its
 * commit already tagged and changes nothing.
 */
import { ActionError } from '../toolkit/errors.js';
import type { GitHubApi } from './client.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestInfo {
  number: number;
  title: string;
  labels: string[];
  url: string;
  mergeCommitSha: string | null;
}

interface ListedPull {
  number: number;
  title: string;
  html_url: string;
  merge_commit_sha: string | null;
  merged_at: string | null;
  labels: Array<{ name?: string } | string>;
}

/**
 * The merged pull request `sha` came from: the one whose merge commit is
 * `sha` (merge and squash merges), else a merged one containing it (rebase
 * merges, where `sha` is one of the rebased commits). Undefined for a direct push.
 */
export async function findMergedPull(
  github: GitHubApi,
  where: RepoRef & { sha: string },
): Promise<PullRequestInfo | undefined> {
  const pulls = (await github.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
    owner: where.owner,
    repo: where.repo,
    commit_sha: where.sha,
    per_page: 100,
  })) as ListedPull[];
  const merged = pulls.filter((p) => p.merged_at !== null);
  const chosen = merged.find((p) => p.merge_commit_sha === where.sha) ?? merged[0];
  if (!chosen) return undefined;
  return {
    number: chosen.number,
    title: chosen.title,
    labels: chosen.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    url: chosen.html_url,
    mergeCommitSha: chosen.merge_commit_sha,
  };
}

export async function readCommitMessage(
  github: GitHubApi,
  where: RepoRef & { sha: string },
): Promise<string> {
  const { data } = await github.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
    owner: where.owner,
    repo: where.repo,
    commit_sha: where.sha,
  });
  return data.message;
}

export interface TagRef {
  /** The tag name, without `refs/tags/`. */
  name: string;
  /** `tag` for an annotated tag (objectSha is the tag object), `commit` for a lightweight one. */
  objectType: string;
  objectSha: string;
}

/**
 * Every tag whose name starts with `prefix`. GitHub answers this one with all
 * matching refs (the description gives it no page parameters); paginate()
 * still follows a Link header should one ever come, so no tag past the
 * hundredth is missed.
 */
export async function listTagRefs(
  github: GitHubApi,
  where: RepoRef & { prefix: string },
): Promise<TagRef[]> {
  const refs = (await github.paginate('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
    owner: where.owner,
    repo: where.repo,
    ref: `tags/${where.prefix}`,
  })) as Array<{ ref: string; object: { sha: string; type: string } }>;
  return refs.map((r) => ({
    name: r.ref.replace(/^refs\/tags\//, ''),
    objectType: r.object.type,
    objectSha: r.object.sha,
  }));
}

/** The commit a tag object points at (following tags of tags). */
async function peelTag(github: GitHubApi, where: RepoRef, tagSha: string): Promise<string> {
  let sha = tagSha;
  for (let depth = 0; depth < 5; depth++) {
    const { data } = await github.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', {
      owner: where.owner,
      repo: where.repo,
      tag_sha: sha,
    });
    if (data.object.type !== 'tag') return data.object.sha;
    sha = data.object.sha;
  }
  return sha;
}

/**
 * Commits of tags, remembered by tag-object sha across attempts. Many unknown
 * annotated tags (a first look at a repository) are read from the tags
 * listing, which gives each tag's commit; a few (tags made since the last
 * look) are peeled one by one.
 */
export class TagCommits {
  private readonly byObject = new Map<string, string>();

  constructor(
    private readonly github: GitHubApi,
    private readonly where: RepoRef,
    private readonly bulkThreshold = 8,
  ) {}

  async resolve(refs: readonly TagRef[]): Promise<Map<string, string>> {
    const unknown = refs.filter(
      (r) => r.objectType !== 'commit' && !this.byObject.has(r.objectSha),
    );
    if (unknown.length > this.bulkThreshold) {
      const listed = (await this.github.paginate('GET /repos/{owner}/{repo}/tags', {
        owner: this.where.owner,
        repo: this.where.repo,
        per_page: 100,
      })) as Array<{ name: string; commit: { sha: string } }>;
      const byName = new Map(listed.map((t) => [t.name, t.commit.sha]));
      for (const r of unknown) {
        const commit = byName.get(r.name);
        if (commit) this.byObject.set(r.objectSha, commit);
      }
    }
    for (const r of refs) {
      if (r.objectType === 'commit') this.byObject.set(r.objectSha, r.objectSha);
      else if (!this.byObject.has(r.objectSha))
        this.byObject.set(r.objectSha, await peelTag(this.github, this.where, r.objectSha));
    }
    return new Map(refs.map((r) => [r.name, this.byObject.get(r.objectSha) as string]));
  }
}

/** github-actions[bot], as the tags of the chain it replaces were signed. */
export const TAGGER = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

export type CreateTagOutcome =
  { created: true; tagSha: string } | { created: false; existingCommit: string };

/**
 * An annotated tag object, then its ref. A 422 for the ref means someone else
 * holds the name: the answer says which commit it points at.
 */
export async function createAnnotatedTag(
  github: GitHubApi,
  where: RepoRef & { tag: string; sha: string; message: string; date?: Date },
): Promise<CreateTagOutcome> {
  const { data: tagObject } = await github.request('POST /repos/{owner}/{repo}/git/tags', {
    owner: where.owner,
    repo: where.repo,
    tag: where.tag,
    message: where.message,
    object: where.sha,
    type: 'commit',
    tagger: { ...TAGGER, date: (where.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z') },
  });
  try {
    await github.request('POST /repos/{owner}/{repo}/git/refs', {
      owner: where.owner,
      repo: where.repo,
      ref: `refs/tags/${where.tag}`,
      sha: tagObject.sha,
    });
    return { created: true, tagSha: tagObject.sha };
  } catch (e) {
    // Also after a retried POST whose first try did land: the ref then points
    // at this commit, which the caller treats as already released.
    if ((e as { status?: number }).status !== 422) throw e;
    const { data: ref } = await github.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      owner: where.owner,
      repo: where.repo,
      ref: `tags/${where.tag}`,
    });
    const commit =
      ref.object.type === 'commit' ? ref.object.sha : await peelTag(github, where, ref.object.sha);
    return { created: false, existingCommit: commit };
  }
}

export interface PlannedVersion {
  version: string;
  tag: string;
}

export interface TagReleaseOptions extends RepoRef {
  sha: string;
  prefix: string;
  /** Decides the next version from the tag names under the prefix (called once per attempt). */
  plan: (tagNames: string[]) => PlannedVersion;
  /** Says whether a tag name is a release tag (the existing-tag check ignores others). */
  isReleaseTag: (tagName: string) => boolean;
  /** Orders release tags; the highest one on the commit is reported on a re-run. */
  compareTags: (a: string, b: string) => number;
  message: (version: string) => string;
  dryRun?: boolean;
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
}

export type TagReleaseOutcome =
  | { kind: 'created'; version: string; tag: string; attempts: number; lostRaces: string[] }
  | {
      kind: 'exists';
      tag: string;
      attempts: number;
      /** Tag names as last listed. */ tagNames: string[];
    }
  | { kind: 'dry-run'; version: string; tag: string };

/**
 * Tags `sha` with the next version: list, plan, create; on a lost race
 * re-list and plan again (bounded, with jitter so the losers spread out).
 * If `sha` already carries a release tag, that is the answer and nothing is
 * created: re-running a release job is safe.
 */
export async function tagRelease(
  github: GitHubApi,
  opts: TagReleaseOptions,
): Promise<TagReleaseOutcome> {
  const maxAttempts = opts.maxAttempts ?? 10;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const commits = new TagCommits(github, opts);
  const lostRaces: string[] = [];
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const refs = await listTagRefs(github, opts);
    const resolved = await commits.resolve(refs.filter((r) => opts.isReleaseTag(r.name)));
    const mine = [...resolved].filter(([, commit]) => commit === opts.sha).map(([name]) => name);
    if (mine.length > 0) {
      const tag = mine.sort(opts.compareTags)[mine.length - 1] as string;
      return { kind: 'exists', tag, attempts: attempt, tagNames: refs.map((r) => r.name) };
    }
    const next = opts.plan(refs.map((r) => r.name));
    if (opts.dryRun) return { kind: 'dry-run', ...next };
    const outcome = await createAnnotatedTag(github, {
      ...opts,
      tag: next.tag,
      message: opts.message(next.version),
    });
    if (outcome.created) return { kind: 'created', ...next, attempts: attempt, lostRaces };
    if (outcome.existingCommit === opts.sha) {
      return {
        kind: 'exists',
        tag: next.tag,
        attempts: attempt,
        tagNames: refs.map((r) => r.name),
      };
    }
    lostRaces.push(next.tag);
    opts.log?.(
      `${next.tag} was created for ${outcome.existingCommit.slice(0, 7)} meanwhile; reading the tags again`,
    );
    await sleep(50 + Math.random() * 200 * attempt);
  }
  throw new ActionError(
    `Could not tag ${opts.sha.slice(0, 7)} in ${maxAttempts} attempts: ${lostRaces.join(', ')} were each taken by another commit first.`,
    {
      title: 'Tag race',
      hint: 'Many releases are being tagged at once; re-run this job (it continues from the tags as they are now).',
    },
  );
}

/**
 * Starts `workflow` (a file name such as `publish.yml`, or an id) on `ref`
 * with `inputs`. A tag created with the job token starts no workflow; a
 * workflow_dispatch does, which is how the publish job learns of the release.
 */
export async function dispatchWorkflow(
  github: GitHubApi,
  where: RepoRef & { workflow: string; ref: string; inputs: Record<string, string> },
): Promise<void> {
  const workflowId = /^\d+$/.test(where.workflow)
    ? Number(where.workflow)
    : where.workflow.replace(/^\.github\/workflows\//, '');
  try {
    await github.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
      owner: where.owner,
      repo: where.repo,
      workflow_id: workflowId,
      ref: where.ref,
      inputs: where.inputs,
    });
  } catch (e) {
    const err = e as { status?: number; message: string };
    const url = `https://github.com/${where.owner}/${where.repo}/actions/workflows/${workflowId}`;
    const hint =
      err.status === 404
        ? `No workflow '${workflowId}' in ${where.owner}/${where.repo} (or the token cannot see it): check dispatch-workflow.`
        : err.status === 422
          ? `The workflow must have an 'on: workflow_dispatch' trigger declaring a 'version' input (GitHub said: ${err.message}).`
          : err.status === 403
            ? "The token needs 'actions: write' (add it to the job's permissions)."
            : undefined;
    if (err.status === undefined || err.status >= 500 || hint === undefined) throw e;
    throw new ActionError(`Could not start ${workflowId} for ${where.ref}.`, {
      input: 'dispatch-workflow',
      status: err.status,
      url,
      hint,
      cause: e,
    });
  }
}
