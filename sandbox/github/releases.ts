/**
 * GitHub Releases in the sandbox: create, update, get (by id and by tag),
 * list, and generate-notes, with GitHub's documented rules that clients trip
 * on:
 * - a draft is not a release of its tag yet: `GET /releases/tags/{tag}`
 *   answers 404 for it, and any number of drafts may name the same tag (so a
 *   client that "creates if the tag has no release" makes a second draft on a
 *   re-run; it must look through the listing, drafts included);
 * - drafts are listed and readable only with push access; their html_url is
 *   `releases/tag/untagged-<hex>` until they are published;
 * - only one published release per tag (422 already_exists);
 * - publishing a release whose tag does not exist creates the tag at
 *   target_commitish; a draft creates nothing;
 * - body at most 125,000 characters (422);
 * - generate-notes lists the pull requests merged between the previous
 *   release's tag (or previous_tag_name) and the tag, in GitHub's default
 *   format ("## What's Changed", "* title by @user in URL", "**Full
 *   Changelog**: compare URL").
 */
import type { CommitObject } from './git.js';
import {
  HttpError,
  loginOf,
  now,
  paginate,
  repoFor,
  requireNonEmpty,
  type RouteContext,
  type RouteResult,
} from './routes.js';
import { nodeId, user, type Urls } from './shapes.js';
import { ancestors, type ReleaseRecord, type RepoRecord, type TokenInfo } from './state.js';

const MAX_BODY = 125_000;

function releaseShape(u: Urls, r: RepoRecord, rel: ReleaseRecord): Record<string, unknown> {
  const api = `${u.api}/repos/${r.fullName}/releases/${rel.id}`;
  const tagPath = rel.draft ? `untagged-${rel.untaggedId}` : encodeURIComponent(rel.tagName);
  return {
    url: api,
    html_url: `${u.html}/${r.fullName}/releases/tag/${tagPath}`,
    assets_url: `${api}/assets`,
    upload_url: `${u.api}/repos/${r.fullName}/releases/${rel.id}/assets{?name,label}`,
    tarball_url: rel.draft ? null : `${u.api}/repos/${r.fullName}/tarball/${rel.tagName}`,
    zipball_url: rel.draft ? null : `${u.api}/repos/${r.fullName}/zipball/${rel.tagName}`,
    id: rel.id,
    node_id: nodeId('Release', rel.id),
    tag_name: rel.tagName,
    target_commitish: rel.targetCommitish,
    name: rel.name,
    body: rel.body,
    draft: rel.draft,
    prerelease: rel.prerelease,
    created_at: rel.createdAt,
    updated_at: rel.updatedAt,
    published_at: rel.publishedAt,
    author: user(u, rel.author, rel.author.endsWith('[bot]') ? 'Bot' : 'User'),
    assets: [],
  };
}

function validationFailed(field: string, code: string, message?: string): HttpError {
  return new HttpError(422, 'Validation Failed', {}, [
    { resource: 'Release', code, field, ...(message ? { message } : {}) },
  ]);
}

function checkBody(body: unknown): void {
  if (typeof body === 'string' && body.length > MAX_BODY) {
    throw validationFailed(
      'body',
      'custom',
      `body is too long (maximum is ${MAX_BODY} characters)`,
    );
  }
}

/** Push access: drafts are shown only to those who could have made them. */
function canPush(token: TokenInfo | undefined, repo: RepoRecord): boolean {
  if (!token) return false;
  if (token.repos && !token.repos.some((n) => n.toLowerCase() === repo.fullName.toLowerCase()))
    return false;
  const have = token.permissions?.contents;
  return token.permissions === undefined || have === 'write';
}

function commitOf(ctx: RouteContext, repo: RepoRecord, ref: string): CommitObject | undefined {
  const sha = ctx.state.resolve(repo, ref);
  const obj = sha ? repo.objects.peel(sha) : undefined;
  return obj?.type === 'commit' ? obj : undefined;
}

/** Publishing needs the tag: GitHub creates it at target_commitish when it is missing. */
function ensureTag(ctx: RouteContext, repo: RepoRecord, rel: ReleaseRecord): void {
  if (repo.refs.has(`refs/tags/${rel.tagName}`)) return;
  const target = commitOf(ctx, repo, rel.targetCommitish);
  if (!target) throw validationFailed('target_commitish', 'invalid');
  ctx.state.setRef(repo.fullName, `refs/tags/${rel.tagName}`, target.sha);
}

function refuseSecondPublished(ctx: RouteContext, repo: RepoRecord, rel: ReleaseRecord): void {
  const other = ctx.state
    .releasesOf(repo.fullName)
    .find((r) => r.id !== rel.id && !r.draft && r.tagName === rel.tagName);
  if (other) throw validationFailed('tag_name', 'already_exists');
}

/** GitHub's default generated notes for `tag` (no .github/release.yml). */
function generateNotes(
  ctx: RouteContext,
  repo: RepoRecord,
  o: { tag: string; target?: string; previous?: string },
): { name: string; body: string } {
  const head =
    commitOf(ctx, repo, `refs/tags/${o.tag}`) ??
    (o.target ? commitOf(ctx, repo, o.target) : undefined);
  if (!head) {
    throw o.target
      ? validationFailed('target_commitish', 'invalid')
      : validationFailed('tag_name', 'invalid', 'target_commitish is required for a new tag');
  }
  let previous = o.previous;
  if (previous !== undefined) {
    if (!commitOf(ctx, repo, `refs/tags/${previous}`))
      throw validationFailed('previous_tag_name', 'invalid');
  } else {
    previous = ctx.state
      .releasesOf(repo.fullName)
      .filter((r) => !r.draft && !r.prerelease && r.tagName !== o.tag)
      .filter((r) => commitOf(ctx, repo, `refs/tags/${r.tagName}`))
      .sort((a, b) => ((a.publishedAt ?? '') < (b.publishedAt ?? '') ? 1 : -1))[0]?.tagName;
  }
  const base = previous ? commitOf(ctx, repo, `refs/tags/${previous}`) : undefined;
  const before = base ? ancestors(repo, base.sha) : new Set<string>();
  const inRange = ancestors(repo, head.sha);
  const pulls = repo.pulls
    .filter((p) => p.merged && p.mergeCommitSha && inRange.has(p.mergeCommitSha))
    .filter((p) => !before.has(p.mergeCommitSha as string))
    .sort((a, b) => ((a.mergedAt ?? '') < (b.mergedAt ?? '') ? -1 : 1));
  const web = `${ctx.urls.html}/${repo.fullName}`;
  const lines: string[] = [];
  if (pulls.length > 0) {
    lines.push(
      "## What's Changed",
      ...pulls.map((p) => `* ${p.title} by @${p.user} in ${web}/pull/${p.number}`),
      '',
      '',
    );
  }
  lines.push(
    previous
      ? `**Full Changelog**: ${web}/compare/${previous}...${o.tag}`
      : `**Full Changelog**: ${web}/commits/${o.tag}`,
  );
  return { name: o.tag, body: lines.join('\n') };
}

function findRelease(ctx: RouteContext, repo: RepoRecord): ReleaseRecord {
  const id = Number(ctx.params.release_id);
  const rel = ctx.state.releasesOf(repo.fullName).find((r) => r.id === id);
  if (!rel || (rel.draft && !canPush(ctx.token, repo))) throw new HttpError(404, 'Not Found');
  return rel;
}

function createRelease(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'write', 'contents');
  requireNonEmpty(repo);
  const b = ctx.body as {
    tag_name: string;
    target_commitish?: string;
    name?: string;
    body?: string;
    draft?: boolean;
    prerelease?: boolean;
    generate_release_notes?: boolean;
  };
  checkBody(b.body);
  const at = now();
  const rel: ReleaseRecord = {
    id: ctx.state.newReleaseId(),
    repo: repo.fullName,
    tagName: b.tag_name,
    targetCommitish: b.target_commitish ?? repo.defaultBranch,
    name: b.name ?? null,
    body: b.body ?? null,
    draft: b.draft ?? false,
    prerelease: b.prerelease ?? false,
    author: loginOf(ctx.token),
    createdAt: at,
    updatedAt: at,
    publishedAt: null,
    untaggedId: '',
  };
  rel.untaggedId = Buffer.from(`${repo.id}:${rel.id}`).toString('hex').slice(0, 20);
  if (b.generate_release_notes) {
    const notes = generateNotes(ctx, repo, { tag: rel.tagName, target: b.target_commitish });
    rel.name ??= notes.name;
    rel.body = rel.body ? `${rel.body}\n\n${notes.body}` : notes.body;
    checkBody(rel.body);
  }
  if (!rel.draft) {
    refuseSecondPublished(ctx, repo, rel);
    ensureTag(ctx, repo, rel);
    rel.publishedAt = at;
  }
  ctx.state.releases.push(rel);
  return {
    status: 201,
    body: releaseShape(ctx.urls, repo, rel),
    headers: { location: `${ctx.urls.api}/repos/${repo.fullName}/releases/${rel.id}` },
  };
}

function updateRelease(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'write', 'contents');
  const rel = findRelease(ctx, repo);
  const b = ctx.body as Partial<{
    tag_name: string;
    target_commitish: string;
    name: string;
    body: string;
    draft: boolean;
    prerelease: boolean;
  }>;
  checkBody(b.body);
  const next: ReleaseRecord = { ...rel };
  if (b.tag_name !== undefined) next.tagName = b.tag_name;
  if (b.target_commitish !== undefined) next.targetCommitish = b.target_commitish;
  if (b.name !== undefined) next.name = b.name;
  if (b.body !== undefined) next.body = b.body;
  if (b.prerelease !== undefined) next.prerelease = b.prerelease;
  if (b.draft !== undefined) next.draft = b.draft;
  if (!next.draft) {
    refuseSecondPublished(ctx, repo, next);
    ensureTag(ctx, repo, next);
    next.publishedAt ??= now();
  }
  next.updatedAt = now();
  Object.assign(rel, next);
  return { status: 200, body: releaseShape(ctx.urls, repo, rel) };
}

function listReleases(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'contents');
  const push = canPush(ctx.token, repo);
  const list = ctx.state
    .releasesOf(repo.fullName)
    .filter((r) => push || !r.draft)
    .reverse();
  const { page, headers } = paginate(ctx, list);
  return { status: 200, headers, body: page.map((r) => releaseShape(ctx.urls, repo, r)) };
}

export const releaseRoutes: Record<string, (ctx: RouteContext) => RouteResult> = {
  'repos/create-release': createRelease,
  'repos/update-release': updateRelease,
  'repos/list-releases': listReleases,
  'repos/get-release': (ctx) => {
    const repo = repoFor(ctx, 'read', 'contents');
    return { status: 200, body: releaseShape(ctx.urls, repo, findRelease(ctx, repo)) };
  },
  // Published releases only: a draft is not the release of its tag yet.
  'repos/get-release-by-tag': (ctx) => {
    const repo = repoFor(ctx, 'read', 'contents');
    const rel = ctx.state
      .releasesOf(repo.fullName)
      .find((r) => !r.draft && r.tagName === String(ctx.params.tag));
    if (!rel) throw new HttpError(404, 'Not Found');
    return { status: 200, body: releaseShape(ctx.urls, repo, rel) };
  },
  'repos/generate-release-notes': (ctx) => {
    const repo = repoFor(ctx, 'write', 'contents');
    requireNonEmpty(repo);
    const b = ctx.body as {
      tag_name: string;
      target_commitish?: string;
      previous_tag_name?: string;
    };
    return {
      status: 200,
      body: generateNotes(ctx, repo, {
        tag: b.tag_name,
        target: b.target_commitish,
        previous: b.previous_tag_name,
      }),
    };
  },
};
