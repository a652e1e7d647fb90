/**
 * After the publish: the release of the tag gets what was published (each
 * file as the index lists it, with its sha256, download link and, when the
 * index has one, its provenance from the Integrity API), the mirror commit
 * and the templates told; then it is published. A failed publish leaves the
 * draft with a line saying what failed. The same facts give the same body,
 * so a re-run sends nothing.
 */
import { ActionError } from '../toolkit/errors.js';
import type { HttpClient } from '../toolkit/http.js';
import { fetchRelease } from '../index/release.js';
import { projectPageUrl } from '../index/urls.js';
import { trimSlash } from '../toolkit/slashes.js';
import { normalizeName } from '../distribution/names.js';
import type { GitHubApi } from './client.js';
import type { RepoRef } from './release.js';
import {
  SECTION,
  publishSection,
  replaceSection,
  type PublishFacts,
  type PublishedFile,
  type TemplateDispatch,
} from './release-notes.js';
import { createDraftRelease, findRelease, updateRelease, type ReleaseInfo } from './releases.js';

export interface CompleteReleaseOptions extends RepoRef {
  tag: string;
  project: string;
  version: string;
  indexUrl: string;
  /** The publish job's result: success, failure, cancelled or skipped. */
  publishResult: string;
  /** What failed, in the caller's words (else the result says it). */
  publishFailure?: string | undefined;
  mirror?: { repository: string; commit: string } | undefined;
  serverUrl: string;
  dispatched: string[];
  runs: Array<{ repo: string; url: string | null; conclusion: string | null }>;
  failedDispatches: Array<{ repo: string; message: string }>;
  runUrl?: string | undefined;
  /** Look up each file's provenance on the Integrity API (off for indexes without one). */
  provenance: boolean;
  log?: (line: string) => void;
}

export interface CompleteReleaseResult {
  release: ReleaseInfo;
  /** false when the release already read exactly this (a re-run). */
  changed: boolean;
  /** Created here because no release of the tag existed (auto-tag ran without release: true). */
  created: boolean;
  published: boolean;
  files: PublishedFile[];
  failure?: string | undefined;
}

/** The Integrity API's provenance URL of a file (docs.pypi.org/api/integrity). */
export function provenanceUrl(
  indexUrl: string,
  project: string,
  version: string,
  file: string,
): string {
  return `${trimSlash(indexUrl)}/integrity/${encodeURIComponent(normalizeName(project))}/${encodeURIComponent(version)}/${encodeURIComponent(file)}/provenance`;
}

async function publishedFiles(
  http: HttpClient,
  o: CompleteReleaseOptions,
): Promise<PublishedFile[] | string> {
  const release = await fetchRelease(http, o.indexUrl, o.project, o.version);
  const files = (release.files ?? []).filter((f) => f.filename && f.sha256);
  if (files.length === 0) {
    return release.status === 200
      ? `the index lists no files of ${o.project} ${o.version} (${release.url})`
      : `the index has no ${o.project} ${o.version} (${release.url} answered ${release.status})`;
  }
  const out: PublishedFile[] = [];
  for (const f of files.sort((a, b) => (a.filename! < b.filename! ? -1 : 1))) {
    let prov: string | undefined;
    if (o.provenance) {
      const url = provenanceUrl(o.indexUrl, o.project, o.version, f.filename!);
      const { res } = await http.getJson(url, {}, `the provenance of ${f.filename}`);
      prov = res.status === 200 ? url : undefined;
    }
    out.push({ filename: f.filename!, sha256: f.sha256!, url: f.url, provenanceUrl: prov });
  }
  return out;
}

export async function completeRelease(
  github: GitHubApi,
  http: HttpClient,
  o: CompleteReleaseOptions,
): Promise<CompleteReleaseResult> {
  const log = o.log ?? (() => {});
  const found = await findRelease(github, o);
  let release = found.release;
  let created = false;

  let failure: string | undefined;
  let files: PublishedFile[] = [];
  if (o.publishResult !== 'success') {
    failure = o.publishFailure?.trim() || `the publish job ended with '${o.publishResult}'`;
  } else {
    const listed = await publishedFiles(http, o);
    if (typeof listed === 'string') failure = listed;
    else files = listed;
  }

  const runOf = new Map(o.runs.map((r) => [r.repo.toLowerCase(), r]));
  const templates: TemplateDispatch[] = o.dispatched.map((repo) => {
    const run = runOf.get(repo.toLowerCase());
    return { repo, runUrl: run?.url ?? undefined, conclusion: run?.conclusion };
  });
  const facts: PublishFacts = {
    outcome: failure ? 'failed' : 'published',
    failure,
    project: o.project,
    version: o.version,
    pageUrl: projectPageUrl(o.indexUrl, o.project, o.version),
    files,
    mirror: o.mirror?.commit
      ? {
          ...o.mirror,
          url: `${o.serverUrl}/${o.mirror.repository}/commit/${o.mirror.commit}`,
        }
      : undefined,
    mirrorNote: o.mirror?.commit
      ? undefined
      : 'no mirror commit was passed: the mirror job was skipped or failed',
    templates,
    failedTemplates: o.failedDispatches,
    runUrl: o.runUrl,
    serverUrl: o.serverUrl,
  };
  const section = publishSection(facts);

  if (!release) {
    // auto-tag ran without release: true; the release is made here, from the tag.
    const { data: ref } = await github
      .request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
        owner: o.owner,
        repo: o.repo,
        ref: `tags/${o.tag}`,
      })
      .catch((e: unknown) => {
        if ((e as { status?: number }).status !== 404) throw e;
        throw new ActionError(`There is no tag ${o.tag} in ${o.owner}/${o.repo} to release.`, {
          input: 'tag',
          hint: "Pass auto-tag's tag output (release-prepare's tag output).",
        });
      });
    release = await createDraftRelease(github, {
      ...o,
      sha: ref.object.sha,
      name: o.tag,
      body: replaceSection('', SECTION.publish, section),
      prerelease: false,
    });
    created = true;
    log(`No release of ${o.tag} yet: drafted ${release.url}.`);
  }

  const body = replaceSection(release.body, SECTION.publish, section);
  // A published release is never taken back to a draft by a later failure.
  const draft = failure ? release.draft : false;
  if (body === release.body && draft === release.draft) {
    log(`The release of ${o.tag} already reads this: nothing to change.`);
    return { release, changed: created, created, published: !release.draft, files, failure };
  }
  const updated = await updateRelease(github, {
    ...o,
    id: release.id,
    body,
    ...(draft !== release.draft ? { draft } : {}),
  });
  return { release: updated, changed: true, created, published: !updated.draft, files, failure };
}
