/**
 * How this suite releases itself, on a `vX.Y.Z` tag: a GitHub Release with
 * notes (GitHub's generate-notes since the previous `vX.Y.Z`), and the major
 * tag `vX` (what users write in `uses: …@v1`) moved to the new version, only
 * ever forward: a tag pushed for an older version (a backport, a mistake)
 * must not pull every `@v1` user back. Dry-run computes the same plan and
 * writes nothing.
 */
import { ActionError } from '../toolkit/errors.js';
import type { GitHubApi } from './client.js';
import { TagCommits, listTagRefs, type RepoRef } from './release.js';
import { findRelease, generateNotes } from './releases.js';

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
}

/** `vX.Y.Z` exactly (no pre-release: those never move a major tag). */
export function parseSuiteTag(tag: string): SemVer | undefined {
  const m = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(tag);
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : undefined;
}

export function compareSemVer(a: SemVer, b: SemVer): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

const show = (v: SemVer) => `v${v.major}.${v.minor}.${v.patch}`;

export interface SuiteReleaseOutcome {
  tag: string;
  commit: string;
  majorTag: string;
  /** created, or exists (a re-run: left as it is), or would-create (dry run). */
  release: 'created' | 'exists' | 'would-create';
  releaseUrl?: string | undefined;
  /** The previous version the notes start from. */
  previousTag?: string | undefined;
  /** What happened to the major tag (refused: it points at a higher version, or off this history). */
  major: 'created' | 'moved' | 'unchanged' | 'would-create' | 'would-move' | 'refused';
  /** Why the major tag was not moved, for a warning. */
  refusal?: string | undefined;
  /** Where the major tag pointed before, and which version that was. */
  majorFrom?: { commit: string; version?: string | undefined } | undefined;
  /** Whether this release is the highest version (GitHub's "latest"). */
  latest: boolean;
}

export interface SuiteReleaseOptions extends RepoRef {
  tag: string;
  dryRun: boolean;
  log?: (line: string) => void;
}

export async function releaseSuite(
  github: GitHubApi,
  o: SuiteReleaseOptions,
): Promise<SuiteReleaseOutcome> {
  const log = o.log ?? (() => {});
  const version = parseSuiteTag(o.tag);
  if (!version) {
    throw new ActionError(`'${o.tag}' is not a vX.Y.Z tag.`, {
      input: 'tag',
      hint: 'The suite releases from tags such as v1.2.0; the major tag (v1) is moved by this command, never pushed by hand.',
    });
  }
  const where = { owner: o.owner, repo: o.repo };
  const majorTag = `v${version.major}`;
  const refs = await listTagRefs(github, { ...where, prefix: 'v' });
  const own = refs.find((r) => r.name === o.tag);
  if (!own) {
    throw new ActionError(`There is no tag ${o.tag} in ${o.owner}/${o.repo}.`, {
      input: 'tag',
      hint: `Push it first: git tag -a ${o.tag} -m "${o.tag}" && git push origin ${o.tag}`,
    });
  }
  const versions = refs
    .map((r) => ({ ref: r, v: parseSuiteTag(r.name) }))
    .filter((x): x is { ref: (typeof refs)[number]; v: SemVer } => x.v !== undefined);
  const majorRef = refs.find((r) => r.name === majorTag);
  const commits = await new TagCommits(github, where).resolve([
    ...versions.map((x) => x.ref),
    ...(majorRef ? [majorRef] : []),
  ]);
  const commit = commits.get(o.tag) as string;
  const below = versions
    .filter((x) => compareSemVer(x.v, version) < 0)
    .sort((a, b) => compareSemVer(a.v, b.v));
  const previousTag = below[below.length - 1]?.ref.name;
  const latest = versions.every((x) => compareSemVer(x.v, version) <= 0);

  // The major tag: only forward.
  let major: SuiteReleaseOutcome['major'];
  let majorFrom: SuiteReleaseOutcome['majorFrom'];
  let refusal: string | undefined;
  if (!majorRef) {
    major = o.dryRun ? 'would-create' : 'created';
  } else {
    const from = commits.get(majorTag) as string;
    const there = versions
      .filter((x) => x.v.major === version.major && commits.get(x.ref.name) === from)
      .sort((a, b) => compareSemVer(a.v, b.v));
    const fromVersion = there[there.length - 1]?.v;
    majorFrom = { commit: from, version: fromVersion ? show(fromVersion) : undefined };
    if (from === commit) {
      major = 'unchanged';
    } else if (fromVersion && compareSemVer(fromVersion, version) > 0) {
      // A backport (v1.1.1 after v1.2.0) is released, but @v1 stays on the newest.
      major = 'refused';
      refusal = `${majorTag} points at ${show(fromVersion)} (${from.slice(0, 7)}): moving it to ${o.tag} would take every @${majorTag} user back to an older version, so it stays.`;
    } else {
      let status = 'ahead';
      // No version tag where vX points (moved by hand): the history decides.
      if (!fromVersion) {
        try {
          const { data } = await github.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
            ...where,
            basehead: `${from}...${commit}`,
            per_page: 1,
          });
          status = data.status;
        } catch (e) {
          // GitHub answers 404 when the two commits share no history.
          if ((e as { status?: number }).status !== 404) throw e;
          status = 'no common history';
        }
      }
      if (status !== 'ahead') {
        major = 'refused';
        refusal = `${majorTag} points at ${from.slice(0, 7)}, which ${o.tag} (${commit.slice(0, 7)}) does not descend from (${status}): moving it could take users back, so it stays.`;
      } else {
        major = o.dryRun ? 'would-move' : 'moved';
      }
    }
  }

  // The release: found (a re-run) or created with notes since the previous version.
  const found = await findRelease(github, { ...where, tag: o.tag });
  let release: SuiteReleaseOutcome['release'];
  let releaseUrl: string | undefined;
  if (found.release) {
    release = 'exists';
    releaseUrl = found.release.url;
    log(`${o.tag}: release already there (${releaseUrl}); left as it is.`);
  } else if (o.dryRun) {
    release = 'would-create';
    log(`${o.tag}: would create the release, notes since ${previousTag ?? 'the first commit'}.`);
  } else {
    const body = await generateNotes(github, { ...where, tag: o.tag, sha: commit, previousTag });
    const { data } = await github.request('POST /repos/{owner}/{repo}/releases', {
      ...where,
      tag_name: o.tag,
      name: o.tag,
      body,
      draft: false,
      prerelease: false,
      make_latest: latest ? 'true' : 'false',
      request: { retries: 0 },
    });
    release = 'created';
    releaseUrl = data.html_url;
    log(`${o.tag}: created the release ${releaseUrl}.`);
  }

  if (major === 'created') {
    await github.request('POST /repos/{owner}/{repo}/git/refs', {
      ...where,
      ref: `refs/tags/${majorTag}`,
      sha: commit,
    });
  } else if (major === 'moved') {
    await github.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      ...where,
      ref: `tags/${majorTag}`,
      sha: commit,
      force: true,
    });
  }
  log(
    {
      created: `${majorTag}: created at ${commit.slice(0, 7)} (${o.tag}).`,
      'would-create': `${majorTag}: would be created at ${commit.slice(0, 7)} (${o.tag}).`,
      moved: `${majorTag}: moved from ${majorFrom?.commit.slice(0, 7)} (${majorFrom?.version ?? 'no version tag'}) to ${commit.slice(0, 7)} (${o.tag}).`,
      'would-move': `${majorTag}: would move from ${majorFrom?.commit.slice(0, 7)} (${majorFrom?.version ?? 'no version tag'}) to ${commit.slice(0, 7)} (${o.tag}).`,
      unchanged: `${majorTag}: already at ${commit.slice(0, 7)} (${o.tag}).`,
      refused: `${majorTag}: not moved. ${refusal ?? ''}`,
    }[major],
  );
  return {
    tag: o.tag,
    commit,
    majorTag,
    release,
    releaseUrl,
    previousTag,
    major,
    majorFrom,
    refusal,
    latest,
  };
}
