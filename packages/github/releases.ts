/**
 * GitHub Releases through the API: find the release of a tag (drafts
 * included), create a draft, edit it, publish it, and the merged pull
 * requests a release covers.
 *
 * Why the listing and not `GET /releases/tags/{tag}`: that route answers only
 * for published releases, and GitHub lets any number of drafts name the same
 * tag, so "create when the tag has no release" would add a second draft on
 * every re-run. The listing (drafts are shown to a token with push access)
 * is the only way to find the draft made earlier.
 */
import type { GitHubApi } from './client.js';
import type { RepoRef } from './release.js';
import type { MergedPull } from './release-notes.js';

export interface ReleaseInfo {
  id: number;
  tag: string;
  name: string | null;
  body: string;
  draft: boolean;
  prerelease: boolean;
  url: string;
}

interface ListedRelease {
  id: number;
  tag_name: string;
  name: string | null;
  body?: string | null;
  draft: boolean;
  prerelease: boolean;
  html_url: string;
}

function toInfo(r: ListedRelease): ReleaseInfo {
  return {
    id: r.id,
    tag: r.tag_name,
    name: r.name,
    body: r.body ?? '',
    draft: r.draft,
    prerelease: r.prerelease,
    url: r.html_url,
  };
}

/**
 * The release of `tag`: the published one if there is one, else the oldest
 * draft (the one a first run made). `others` counts further drafts of the
 * tag, made by hand or by an older client, which are left alone.
 */
export async function findRelease(
  github: GitHubApi,
  where: RepoRef & { tag: string },
): Promise<{ release: ReleaseInfo | undefined; others: number }> {
  const listed = (await github.paginate('GET /repos/{owner}/{repo}/releases', {
    owner: where.owner,
    repo: where.repo,
    per_page: 100,
  })) as ListedRelease[];
  const mine = listed.filter((r) => r.tag_name === where.tag);
  const chosen =
    mine.find((r) => !r.draft) ?? [...mine].filter((r) => r.draft).sort((a, b) => a.id - b.id)[0];
  return { release: chosen ? toInfo(chosen) : undefined, others: Math.max(0, mine.length - 1) };
}

export async function createDraftRelease(
  github: GitHubApi,
  where: RepoRef & { tag: string; sha: string; name: string; body: string; prerelease: boolean },
): Promise<ReleaseInfo> {
  const { data } = await github.request('POST /repos/{owner}/{repo}/releases', {
    owner: where.owner,
    repo: where.repo,
    tag_name: where.tag,
    target_commitish: where.sha,
    name: where.name,
    body: where.body,
    draft: true,
    prerelease: where.prerelease,
    // A retried POST whose first try landed would make a second draft: the
    // caller looks for the draft first, and this call is not retried.
    request: { retries: 0 },
  });
  return toInfo(data as ListedRelease);
}

export async function updateRelease(
  github: GitHubApi,
  where: RepoRef & { id: number; body?: string; draft?: boolean; name?: string },
): Promise<ReleaseInfo> {
  const { data } = await github.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
    owner: where.owner,
    repo: where.repo,
    release_id: where.id,
    ...(where.body !== undefined ? { body: where.body } : {}),
    ...(where.name !== undefined ? { name: where.name } : {}),
    ...(where.draft !== undefined ? { draft: where.draft } : {}),
    // Publishing makes it the latest unless it is a pre-release (GitHub refuses that).
    ...(where.draft === false ? { make_latest: 'legacy' as const } : {}),
  });
  return toInfo(data as ListedRelease);
}

/** GitHub's generated notes for `tag` since `previousTag` (POST …/releases/generate-notes). */
export async function generateNotes(
  github: GitHubApi,
  where: RepoRef & { tag: string; sha: string; previousTag?: string | undefined },
): Promise<string> {
  const { data } = await github.request('POST /repos/{owner}/{repo}/releases/generate-notes', {
    owner: where.owner,
    repo: where.repo,
    tag_name: where.tag,
    target_commitish: where.sha,
    ...(where.previousTag ? { previous_tag_name: where.previousTag } : {}),
  });
  return data.body;
}

interface PullOfCommit {
  number: number;
  title: string;
  html_url: string;
  merged_at: string | null;
  labels: Array<{ name?: string } | string>;
  user: { login: string } | null;
}

/**
 * The merged pull requests of the commits after `base` up to `head` (all of
 * `head`'s history when there is no base), at most `maxCommits` commits
 * looked at; `truncated` says when there were more.
 */
export async function mergedPullsBetween(
  github: GitHubApi,
  where: RepoRef & { base?: string | undefined; head: string; maxCommits?: number },
): Promise<{ pulls: MergedPull[]; commits: number; truncated: boolean }> {
  const max = where.maxCommits ?? 100;
  let shas: string[];
  let total: number;
  if (where.base) {
    const { data } = await github.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      owner: where.owner,
      repo: where.repo,
      basehead: `${where.base}...${where.head}`,
      per_page: max,
    });
    shas = data.commits.map((c) => c.sha);
    total = data.total_commits;
  } else {
    shas = [where.head];
    total = 1;
  }
  shas = shas.slice(-max);
  const pulls = new Map<number, MergedPull>();
  // A few at a time: one request per commit, within GitHub's concurrency guidance.
  for (let i = 0; i < shas.length; i += 4) {
    const batch = await Promise.all(
      shas.slice(i, i + 4).map(
        (sha) =>
          github.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
            owner: where.owner,
            repo: where.repo,
            commit_sha: sha,
            per_page: 100,
          }) as Promise<PullOfCommit[]>,
      ),
    );
    for (const p of batch.flat()) {
      if (p.merged_at === null || pulls.has(p.number)) continue;
      pulls.set(p.number, {
        number: p.number,
        title: p.title,
        url: p.html_url,
        labels: p.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
        author: p.user?.login,
      });
    }
  }
  return { pulls: [...pulls.values()], commits: shas.length, truncated: total > shas.length };
}
