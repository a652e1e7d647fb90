/**
 * auto-tag's half of the runtime's GitHub Release: the draft of a new tag,
 * with its notes (release-notes.ts), made once. A re-run finds the release
 * (draft or published) in the listing and leaves it; a dry run composes the
 * notes and writes nothing (no generate-notes call either: that is a POST).
 */
import type { GitHubApi } from './client.js';
import type { RepoRef } from './release.js';
import { draftReleaseBody, type LabelGroups, type MergedPull } from './release-notes.js';
import { createDraftRelease, findRelease, generateNotes, mergedPullsBetween } from './releases.js';

export interface DraftReleaseOptions extends RepoRef {
  tag: string;
  version: string;
  sha: string;
  previousTag?: string | undefined;
  previousVersion?: string | undefined;
  bump: string;
  /** Why this bump (the label that decided it). */
  reason: string;
  notes: 'labels' | 'github';
  groups: LabelGroups;
  /** The pull request that decided the bump: listed even when the range holds no other. */
  pull?: MergedPull | undefined;
  /** Web root for the compare link (GITHUB_SERVER_URL). */
  serverUrl: string;
  dryRun: boolean;
  warn?: (message: string, title: string) => void;
}

export type DraftReleaseOutcome =
  | { kind: 'exists'; url: string; draft: boolean; others: number }
  | { kind: 'created'; url: string; body: string }
  | { kind: 'dry-run'; body: string };

export async function draftTagRelease(
  github: GitHubApi,
  o: DraftReleaseOptions,
): Promise<DraftReleaseOutcome> {
  const warn = o.warn ?? (() => {});
  if (!o.dryRun) {
    const found = await findRelease(github, o);
    if (found.release) {
      if (found.others > 0) {
        warn(
          `${found.others} more release(s) name ${o.tag}; this run keeps to ${found.release.url} and leaves the others alone.`,
          'Several releases of one tag',
        );
      }
      return {
        kind: 'exists',
        url: found.release.url,
        draft: found.release.draft,
        others: found.others,
      };
    }
  }
  let changes: Parameters<typeof draftReleaseBody>[0]['changes'];
  if (o.notes === 'github' && !o.dryRun) {
    changes = { kind: 'github', text: await generateNotes(github, o) };
  } else {
    const r = await mergedPullsBetween(github, { ...o, base: o.previousTag, head: o.sha });
    if (r.truncated) {
      warn(
        `More than ${r.commits} commits since ${o.previousTag}: the notes list the pull requests of the last ${r.commits}.`,
        'Release notes',
      );
    }
    const pulls =
      o.pull && !r.pulls.some((p) => p.number === o.pull?.number) ? [...r.pulls, o.pull] : r.pulls;
    changes = { kind: 'labels', pulls, groups: o.groups };
  }
  const body = draftReleaseBody({
    ...o,
    changes,
    compareUrl: o.previousTag
      ? `${o.serverUrl}/${o.owner}/${o.repo}/compare/${o.previousTag}...${o.tag}`
      : undefined,
  });
  if (o.dryRun) return { kind: 'dry-run', body };
  const created = await createDraftRelease(github, {
    ...o,
    name: o.tag,
    body,
    prerelease: o.bump === 'prerelease',
  });
  return { kind: 'created', url: created.url, body };
}
