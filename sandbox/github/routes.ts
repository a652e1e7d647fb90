/**
 * The sandbox's operations, keyed by the REST description's operationId. By
 * the time a handler runs, the server has already checked the request
 * against the description (path, method, parameters, body), so handlers
 * deal only with state: existence, permissions, conflicts, and the answer.
 *
 * Refusals follow GitHub's documented answers:
 * - unknown repository, or a private one the token cannot see → 404 Not Found;
 * - a write by a token that may not write the repository → 403 "Resource not
 *   accessible by integration" (Bot tokens; "… by personal access token" for
 *   fine-grained PATs) with `x-accepted-github-permissions`, or 404 for a
 *   classic user token (GitHub hides what such a token may not touch);
 * - any write to an archived repository → 403 "Repository was archived so is
 *   read-only." (dispatches included);
 * - anonymous writes → 401 "Requires authentication".
 */
import type { Operation } from './openapi.js';
import type {
  GitHubState,
  Permission,
  RepoRecord,
  RulesetRecord,
  RunRecord,
  RunStatus,
  TokenInfo,
} from './state.js';
import { ancestors, botIdentity, userId } from './state.js';
import {
  isoSeconds,
  type CommitObject,
  type FileMode,
  type Person,
  type TreeEntry,
} from './git.js';
import * as shape from './shapes.js';
import { releaseRoutes } from './releases.js';

export interface RouteContext {
  urls: shape.Urls;
  state: GitHubState;
  /** undefined for anonymous requests. */
  token: TokenInfo | undefined;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The JSON body (already validated against the operation's schema). */
  // The schema was checked by the server; handlers read fields by name.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  operation: Operation;
  /** The request's path and query, for Link headers. */
  url: URL;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly errors?: Array<Record<string, unknown>>,
  ) {
    super(message);
  }
}

type Handler = (ctx: RouteContext) => RouteResult;

const LEVEL = { none: 0, read: 1, write: 2 } as const;

function canSee(token: TokenInfo | undefined, repo: RepoRecord): boolean {
  if (!repo.private) return true;
  return token !== undefined && listed(token, repo);
}

function listed(token: TokenInfo, repo: RepoRecord): boolean {
  return (
    token.repos === undefined ||
    token.repos.some((r) => r.toLowerCase() === repo.fullName.toLowerCase())
  );
}

function refusal(token: TokenInfo, permission: Permission, level: 'read' | 'write'): HttpError {
  const header = { 'x-accepted-github-permissions': `${permission}=${level}` };
  if (token.type === 'Bot')
    return new HttpError(403, 'Resource not accessible by integration', header);
  if (token.fineGrained)
    return new HttpError(403, 'Resource not accessible by personal access token', header);
  return new HttpError(404, 'Not Found');
}

/** The repository of a `/repos/{owner}/{repo}/…` route, after access checks. */
export function repoFor(
  ctx: RouteContext,
  access: 'read' | 'write',
  permission: Permission,
): RepoRecord {
  const repo = ctx.state.repo(`${ctx.params.owner}/${ctx.params.repo}`);
  if (!repo || !canSee(ctx.token, repo)) throw new HttpError(404, 'Not Found');
  const token = ctx.token;
  if (access === 'write') {
    if (!token) throw new HttpError(401, 'Requires authentication');
    if (!listed(token, repo)) throw refusal(token, permission, 'write');
    const have = token.permissions?.[permission];
    if (token.permissions && LEVEL[have ?? 'none'] < LEVEL.write)
      throw refusal(token, permission, 'write');
    if (repo.archived) throw new HttpError(403, 'Repository was archived so is read-only.');
  } else if (token?.permissions && permission !== 'metadata') {
    const have = token.permissions[permission];
    if (LEVEL[have ?? 'none'] < LEVEL.read) throw refusal(token, permission, 'read');
  }
  return repo;
}

function repoPermissions(token: TokenInfo | undefined, repo: RepoRecord) {
  const push = token !== undefined && listed(token, repo) && !repo.archived;
  return { admin: false, maintain: false, push, triage: push, pull: true };
}

/**
 * GitHub answers 409 "Git Repository is empty." on git routes of a repository
 * with no commits, writes included: blobs, trees and commits cannot be created
 * until a first commit exists (github/rest-api-description#637).
 */
export function requireNonEmpty(repo: RepoRecord): void {
  if (repo.refs.size === 0 && repo.objects.all('commit').length === 0) {
    throw new HttpError(409, 'Git Repository is empty.');
  }
}

/** Slices a list by `per_page`/`page` and writes GitHub's Link header. */
export function paginate<T>(
  ctx: RouteContext,
  items: T[],
  defaultPerPage = 30,
): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(
    100,
    Math.max(1, Number(ctx.query.get('per_page') ?? defaultPerPage) || defaultPerPage),
  );
  const pageNo = Math.max(1, Number(ctx.query.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const page = items.slice((pageNo - 1) * perPage, pageNo * perPage);
  const link = (n: number) => {
    const q = new URLSearchParams(ctx.url.search);
    q.set('per_page', String(perPage));
    q.set('page', String(n));
    return `<${ctx.urls.api}${ctx.url.pathname}?${q.toString()}>`;
  };
  const rels: string[] = [];
  if (pageNo > 1) rels.push(`${link(pageNo - 1)}; rel="prev"`);
  if (pageNo < last) rels.push(`${link(pageNo + 1)}; rel="next"`, `${link(last)}; rel="last"`);
  if (pageNo > 1) rels.push(`${link(1)}; rel="first"`);
  return { page, headers: rels.length > 0 ? { link: rels.join(', ') } : {} };
}

export function now(): string {
  return isoSeconds();
}

/** Who a token writes as in git (author of API commits, tagger of API tags). */
function identity(token: TokenInfo | undefined): { name: string; email: string } {
  if (!token) return { name: 'anonymous', email: 'anonymous@sandbox.example' };
  const id = token.id ?? userId(token.login);
  return botIdentity(token.login, id);
}

function person(
  p: { name: string; email: string; date?: string } | undefined,
  fallback: Person,
): Person {
  if (!p) return fallback;
  return { name: p.name, email: p.email, date: p.date ? isoSeconds(p.date) : fallback.date };
}

export function loginOf(token: TokenInfo | undefined): string {
  return token?.login ?? 'anonymous';
}

// ---------------------------------------------------------------- repositories

function listRepos(ctx: RouteContext, owner: string, defaultSort: string): RouteResult {
  const type = ctx.query.get('type') ?? 'all';
  let repos = ctx.state
    .allRepos()
    .filter((r) => r.owner.toLowerCase() === owner.toLowerCase() && canSee(ctx.token, r))
    .filter((r) =>
      type === 'public'
        ? !r.private
        : type === 'private'
          ? r.private
          : type === 'forks'
            ? false
            : true,
    );
  const sort = ctx.query.get('sort') ?? defaultSort;
  const direction = ctx.query.get('direction') ?? (sort === 'full_name' ? 'asc' : 'desc');
  const keyOf = (r: RepoRecord) =>
    sort === 'full_name'
      ? r.fullName.toLowerCase()
      : sort === 'pushed'
        ? r.pushedAt
        : sort === 'updated'
          ? r.updatedAt
          : r.createdAt;
  repos = [...repos].sort((a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    const c = ka < kb ? -1 : ka > kb ? 1 : a.id - b.id;
    return direction === 'asc' ? c : -c;
  });
  const { page, headers } = paginate(ctx, repos);
  return {
    status: 200,
    body: page.map((r) => shape.repository(ctx.urls, r, repoPermissions(ctx.token, r))),
    headers,
  };
}

/** `GET /search/repositories`: `org:`, `user:`, `topic:`, `archived:`, `is:public|private` and words. */
function searchRepos(ctx: RouteContext): RouteResult {
  const q = ctx.query.get('q') ?? '';
  const terms = q.split(/\s+/).filter(Boolean);
  const items = ctx.state.allRepos().filter((r) => {
    if (!canSee(ctx.token, r)) return false;
    for (const t of terms) {
      const m = /^(-?)(\w+):(.+)$/.exec(t);
      let ok: boolean;
      if (!m) {
        ok = `${r.name} ${r.description ?? ''}`.toLowerCase().includes(t.toLowerCase());
      } else {
        const [, neg, key, value] = m as unknown as [string, string, string, string];
        const v = value.toLowerCase();
        if (key === 'org' || key === 'user') ok = r.owner.toLowerCase() === v;
        else if (key === 'repo') ok = r.fullName.toLowerCase() === v;
        else if (key === 'topic') ok = r.topics.some((x) => x.toLowerCase() === v);
        else if (key === 'archived') ok = String(r.archived) === v;
        else if (key === 'is')
          ok = v === 'public' ? !r.private : v === 'private' ? r.private : true;
        else if (key === 'in' || key === 'fork' || key === 'sort') ok = true;
        else ok = true;
        if (neg) ok = !ok;
      }
      if (!ok) return false;
    }
    return true;
  });
  const { page, headers } = paginate(ctx, items);
  return {
    status: 200,
    headers,
    body: {
      total_count: items.length,
      incomplete_results: false,
      items: page.map((r) => ({
        ...shape.repository(ctx.urls, r, repoPermissions(ctx.token, r)),
        score: 1,
      })),
    },
  };
}

// ---------------------------------------------------------------- git data

function shaArg(value: unknown): string {
  return String(value ?? '').toLowerCase();
}

function createRef(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'write', 'contents');
  const ref = String(ctx.body.ref);
  const sha = shaArg(ctx.body.sha);
  if (!/^refs\/[^/]+\/.+/.test(ref) || /\.\.|[\s~^:?*[\\]|\/$|\.lock$|@\{/.test(ref)) {
    throw new HttpError(422, 'Reference name is invalid');
  }
  if (!repo.objects.has(sha)) throw new HttpError(422, 'Object does not exist');
  if (repo.refs.has(ref)) throw new HttpError(422, 'Reference already exists');
  ctx.state.setRef(repo.fullName, ref, sha);
  return {
    status: 201,
    body: shape.gitRef(ctx.urls, repo, ref, sha),
    headers: { location: `${ctx.urls.api}/repos/${repo.fullName}/git/${ref}` },
  };
}

function updateRef(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'write', 'contents');
  const ref = `refs/${ctx.params.ref}`;
  const old = repo.refs.get(ref);
  if (!old) throw new HttpError(422, 'Reference does not exist');
  const sha = shaArg(ctx.body.sha);
  const target = repo.objects.get(sha);
  if (!target) throw new HttpError(422, 'Object does not exist');
  const force = ctx.body.force === true;
  if (!force && old !== sha) {
    const oldObj = repo.objects.get(old);
    const fastForward =
      oldObj?.type === 'commit' && target.type === 'commit' && repo.objects.isAncestor(old, sha);
    if (!fastForward) throw new HttpError(422, 'Update is not a fast forward');
  }
  ctx.state.setRef(repo.fullName, ref, sha);
  return { status: 200, body: shape.gitRef(ctx.urls, repo, ref, sha) };
}

function deleteRef(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'write', 'contents');
  const ref = `refs/${ctx.params.ref}`;
  if (!repo.refs.has(ref)) throw new HttpError(422, 'Reference does not exist');
  repo.refs.delete(ref);
  return { status: 204 };
}

function getRef(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'contents');
  requireNonEmpty(repo);
  const ref = `refs/${ctx.params.ref}`;
  const sha = repo.refs.get(ref);
  if (!sha) throw new HttpError(404, 'Not Found');
  return { status: 200, body: shape.gitRef(ctx.urls, repo, ref, sha) };
}

/** Every ref starting with `refs/{ref}`, unpaginated, as GitHub answers (so more than 100 tags come back at once). */
function matchingRefs(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'contents');
  requireNonEmpty(repo);
  const prefix = `refs/${ctx.params.ref ?? ''}`;
  const refs = ctx.state.listRefs(repo.fullName, prefix);
  return { status: 200, body: refs.map((r) => shape.gitRef(ctx.urls, repo, r.ref, r.sha)) };
}

function createTag(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'write', 'contents');
  const objectSha = shaArg(ctx.body.object);
  const obj = repo.objects.get(objectSha);
  if (!obj) throw new HttpError(422, 'Object does not exist');
  if (obj.type !== ctx.body.type)
    throw new HttpError(
      422,
      `Object ${objectSha} is a ${obj.type}, not a ${String(ctx.body.type)}`,
    );
  const tagger = person(ctx.body.tagger, { ...identity(ctx.token), date: now() });
  const sha = repo.objects.putTag({
    tag: String(ctx.body.tag),
    message: String(ctx.body.message),
    object: { sha: obj.sha, type: obj.type },
    tagger,
  });
  const tag = repo.objects.get(sha);
  if (tag?.type !== 'tag') throw new Error('sandbox: tag object vanished');
  return {
    status: 201,
    body: shape.gitTag(ctx.urls, repo, tag),
    headers: { location: `${ctx.urls.api}/repos/${repo.fullName}/git/tags/${sha}` },
  };
}

function getTag(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'contents');
  const obj = repo.objects.get(String(ctx.params.tag_sha));
  if (obj?.type !== 'tag') throw new HttpError(404, 'Not Found');
  return { status: 200, body: shape.gitTag(ctx.urls, repo, obj) };
}

function createBlob(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'write', 'contents');
  requireNonEmpty(repo);
  const encoding = String(ctx.body.encoding ?? 'utf-8').toLowerCase();
  if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'base64') {
    throw new HttpError(422, `encoding must be utf-8 or base64, not ${encoding}`);
  }
  const content =
    encoding === 'base64'
      ? Buffer.from(String(ctx.body.content), 'base64')
      : Buffer.from(String(ctx.body.content), 'utf8');
  const sha = repo.objects.putBlob(content);
  return {
    status: 201,
    body: { sha, url: `${ctx.urls.api}/repos/${repo.fullName}/git/blobs/${sha}` },
    headers: { location: `${ctx.urls.api}/repos/${repo.fullName}/git/blobs/${sha}` },
  };
}

function getBlob(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'contents');
  const obj = repo.objects.get(String(ctx.params.file_sha));
  if (obj?.type !== 'blob') throw new HttpError(404, 'Not Found');
  return { status: 200, body: shape.blob(ctx.urls, repo, obj.sha, obj.content) };
}

function createTree(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'write', 'contents');
  requireNonEmpty(repo);
  const base = ctx.body.base_tree === undefined ? undefined : shaArg(ctx.body.base_tree);
  if (base !== undefined) {
    const obj = repo.objects.peel(base);
    if (obj?.type !== 'tree' && obj?.type !== 'commit')
      throw new HttpError(422, 'Invalid tree info', {}, [
        { resource: 'Tree', field: 'base_tree', code: 'invalid' },
      ]);
  }
  const baseTree =
    base === undefined
      ? undefined
      : ((o) => (o?.type === 'commit' ? o.tree : o?.sha))(repo.objects.peel(base));
  const files: Record<
    string,
    string | { sha: string; mode?: FileMode; type?: TreeEntry['type'] } | null
  > = {};
  for (const [i, e] of (ctx.body.tree as Array<Record<string, unknown>>).entries()) {
    const p = String(e.path ?? '');
    if (!p || p.startsWith('/') || p.split('/').some((s) => s === '' || s === '.' || s === '..')) {
      throw new HttpError(422, `tree.path contains a malformed path component`, {}, [
        { resource: 'Tree', field: `tree[${i}].path`, code: 'invalid' },
      ]);
    }
    const hasContent = typeof e.content === 'string';
    const hasSha = 'sha' in e;
    if (hasContent && hasSha)
      throw new HttpError(422, 'Must supply either tree.sha or tree.content, not both');
    if (hasContent) {
      files[p] = e.content as string;
    } else if (e.sha === null) {
      files[p] = null;
    } else if (typeof e.sha === 'string') {
      const type = (e.type as TreeEntry['type'] | undefined) ?? 'blob';
      if (type !== 'commit') {
        const obj = repo.objects.get(e.sha);
        if (!obj || obj.type !== type)
          throw new HttpError(422, 'Invalid tree info', {}, [
            { resource: 'Tree', field: `tree[${i}].sha`, code: 'invalid' },
          ]);
      }
      files[p] = {
        sha: e.sha.toLowerCase(),
        mode: (e.mode as FileMode | undefined) ?? (type === 'tree' ? '040000' : '100644'),
        type,
      };
    } else {
      throw new HttpError(422, 'Must supply either tree.sha or tree.content');
    }
    // A mode given with content (e.g. 100755 for a script) is kept.
    if (hasContent && typeof e.mode === 'string' && e.mode !== '100644') {
      const sha = repo.objects.putBlob(e.content as string);
      files[p] = { sha, mode: e.mode as FileMode, type: 'blob' };
    }
  }
  const sha = repo.objects.writeTree(files, baseTree);
  return {
    status: 201,
    body: shape.gitTree(ctx.urls, repo, sha, false),
    headers: { location: `${ctx.urls.api}/repos/${repo.fullName}/git/trees/${sha}` },
  };
}

function getTree(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'contents');
  requireNonEmpty(repo);
  const arg = String(ctx.params.tree_sha);
  const resolved = ctx.state.resolve(repo, arg);
  const obj = resolved ? repo.objects.peel(resolved) : undefined;
  const treeSha = obj?.type === 'commit' ? obj.tree : obj?.type === 'tree' ? obj.sha : undefined;
  if (!treeSha) throw new HttpError(404, 'Not Found');
  const recursive =
    ctx.query.has('recursive') && !['0', 'false', ''].includes(String(ctx.query.get('recursive')));
  return { status: 200, body: shape.gitTree(ctx.urls, repo, treeSha, recursive) };
}

function createCommit(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'write', 'contents');
  requireNonEmpty(repo);
  const tree = shaArg(ctx.body.tree);
  if (repo.objects.get(tree)?.type !== 'tree') throw new HttpError(422, 'Tree SHA does not exist');
  const parents = ((ctx.body.parents as string[] | undefined) ?? []).map(shaArg);
  for (const p of parents) {
    if (repo.objects.get(p)?.type !== 'commit')
      throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
  }
  const date = now();
  const author = person(ctx.body.author, { ...identity(ctx.token), date });
  // Commits an app (Bot) creates through the API are signed by GitHub's
  // web-flow key and shown as verified; the committer is then GitHub itself
  // unless the request names one.
  const bot = ctx.token?.type === 'Bot' && typeof ctx.body.signature !== 'string';
  const committer = person(
    ctx.body.committer,
    bot ? { name: 'GitHub', email: 'noreply@github.com', date } : author,
  );
  const signature =
    typeof ctx.body.signature === 'string'
      ? ctx.body.signature
      : bot
        ? `-----BEGIN PGP SIGNATURE-----\n\nwsBcBAABCAAQBQJ${Buffer.from(`web-flow ${date}`).toString('base64')}\n-----END PGP SIGNATURE-----\n`
        : undefined;
  const sha = repo.objects.putCommit({
    tree,
    parents,
    author,
    committer,
    message: String(ctx.body.message),
    signature,
    verified: bot,
  });
  const c = repo.objects.get(sha) as CommitObject;
  return {
    status: 201,
    body: shape.gitCommit(ctx.urls, repo, c),
    headers: { location: `${ctx.urls.api}/repos/${repo.fullName}/git/commits/${sha}` },
  };
}

function getGitCommit(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'contents');
  const obj = repo.objects.get(String(ctx.params.commit_sha));
  if (obj?.type !== 'commit') throw new HttpError(404, 'Not Found');
  return { status: 200, body: shape.gitCommit(ctx.urls, repo, obj) };
}

// ---------------------------------------------------------------- commits and pulls

function resolveCommit(ctx: RouteContext, repo: RepoRecord, ref: string): CommitObject {
  requireNonEmpty(repo);
  const sha = ctx.state.resolve(repo, ref);
  const obj = sha ? repo.objects.peel(sha) : undefined;
  if (obj?.type !== 'commit') throw new HttpError(422, `No commit found for SHA: ${ref}`);
  return obj;
}

function getCommit(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'contents');
  const c = resolveCommit(ctx, repo, String(ctx.params.ref));
  return { status: 200, body: shape.commit(ctx.urls, repo, c, true) };
}

/**
 * `GET /compare/{base}...{head}` (commit-comparison): the commits reachable
 * from head and not from base, oldest first (parents before children), with
 * the merge base, ahead/behind counts and the files changed from the merge
 * base to head. Without `per_page`/`page` GitHub lists at most the last 250
 * commits; with them, commits are paginated and files come on page 1 only.
 * Unrelated histories answer 404 "No common ancestor between …".
 */
function compareCommits(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'contents');
  const basehead = String(ctx.params.basehead);
  const m = /^(.+?)\.\.\.(.+)$/.exec(basehead) ?? /^(.+?)\.\.(.+)$/.exec(basehead);
  if (!m) throw new HttpError(404, 'Not Found');
  const [baseRef, headRef] = [m[1] as string, m[2] as string];
  requireNonEmpty(repo);
  const peelCommit = (ref: string): CommitObject => {
    const sha = ctx.state.resolve(repo, ref);
    const obj = sha ? repo.objects.peel(sha) : undefined;
    if (obj?.type !== 'commit') throw new HttpError(404, 'Not Found');
    return obj;
  };
  const base = peelCommit(baseRef);
  const head = peelCommit(headRef);

  const ofBase = ancestors(repo, base.sha);
  const ofHead = ancestors(repo, head.sha);
  // Commits both sides reach.
  const common = [...ofHead].filter((s) => ofBase.has(s));
  if (common.length === 0)
    throw new HttpError(404, `No common ancestor between ${baseRef} and ${headRef}.`);
  const commonSet = new Set(common);
  const nonBest = new Set<string>();
  for (const s of common) {
    const c = repo.objects.get(s);
    if (c?.type === 'commit') for (const p of c.parents) if (commonSet.has(p)) nonBest.add(p);
  }
  // `common` is closed under parents, so the best common ancestors are the
  // common commits that are no common commit's parent; of several (criss-cross
  // merges), the newest.
  const best = common
    .filter((s) => !nonBest.has(s))
    .map((s) => repo.objects.get(s) as CommitObject)
    .sort((a, b) => (a.committer.date < b.committer.date ? 1 : -1));
  const mergeBaseSha = (best[0] as CommitObject).sha;
  const mergeBase = repo.objects.get(mergeBaseSha) as CommitObject;
  // Ahead: reachable from head, not from base, parents before children (oldest first).
  const aheadSet = new Set([...ofHead].filter((s) => !ofBase.has(s)));
  const ordered: CommitObject[] = [];
  const placed = new Set<string>();
  const pending = [...aheadSet].map((s) => repo.objects.get(s) as CommitObject);
  while (pending.length > 0) {
    const ready = pending
      .filter((c) => c.parents.every((p) => !aheadSet.has(p) || placed.has(p)))
      .sort((a, b) =>
        a.committer.date < b.committer.date ? -1 : a.committer.date > b.committer.date ? 1 : 0,
      );
    const next = ready[0] as CommitObject;
    ordered.push(next);
    placed.add(next.sha);
    pending.splice(pending.indexOf(next), 1);
  }
  const behindBy = [...ofBase].filter((s) => !ofHead.has(s)).length;
  const aheadBy = ordered.length;
  const status =
    aheadBy === 0 && behindBy === 0
      ? 'identical'
      : behindBy === 0
        ? 'ahead'
        : aheadBy === 0
          ? 'behind'
          : 'diverged';
  const paged = ctx.query.has('per_page') || ctx.query.has('page');
  let commits = ordered;
  let headers: Record<string, string> = {};
  if (paged) {
    const p = paginate(ctx, ordered, 250);
    commits = p.page;
    headers = p.headers;
  } else if (ordered.length > 250) {
    commits = ordered.slice(-250);
  }
  const firstPage = !paged || Number(ctx.query.get('page') ?? 1) <= 1;
  const files = firstPage
    ? shape.diffEntries(ctx.urls, repo, { ...head, parents: [mergeBase.sha] }).slice(0, 300)
    : [];
  const api = `${ctx.urls.api}/repos/${repo.fullName}`;
  const html = `${ctx.urls.html}/${repo.fullName}`;
  return {
    status: 200,
    headers,
    body: {
      url: `${api}/compare/${basehead}`,
      html_url: `${html}/compare/${basehead}`,
      permalink_url: `${html}/compare/${repo.owner}:${base.sha.slice(0, 7)}...${repo.owner}:${head.sha.slice(0, 7)}`,
      diff_url: `${html}/compare/${basehead}.diff`,
      patch_url: `${html}/compare/${basehead}.patch`,
      base_commit: shape.commit(ctx.urls, repo, base, false),
      merge_base_commit: shape.commit(ctx.urls, repo, mergeBase, false),
      status,
      ahead_by: aheadBy,
      behind_by: behindBy,
      total_commits: aheadBy,
      commits: commits.map((c) => shape.commit(ctx.urls, repo, c, false)),
      files,
    },
  };
}

function pullsForCommit(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'pull_requests');
  const c = resolveCommit(ctx, repo, String(ctx.params.commit_sha));
  const pulls = repo.pulls.filter((p) => p.mergeCommitSha === c.sha || p.headSha === c.sha);
  const { page, headers } = paginate(ctx, pulls);
  return {
    status: 200,
    body: page.map((p) => shape.pullRequestSimple(ctx.urls, repo, p)),
    headers,
  };
}

function listTags(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'contents');
  // Newest name first, like GitHub's listing (which is not version-aware either).
  const tags = ctx.state
    .tagsOf(repo.fullName)
    .sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  const { page, headers } = paginate(ctx, tags);
  const api = `${ctx.urls.api}/repos/${repo.fullName}`;
  return {
    status: 200,
    headers,
    body: page.map((t) => ({
      name: t.name,
      commit: { sha: t.commit ?? t.sha, url: `${api}/commits/${t.commit ?? t.sha}` },
      zipball_url: `${api}/zipball/refs/tags/${t.name}`,
      tarball_url: `${api}/tarball/refs/tags/${t.name}`,
      node_id: shape.nodeId('Ref', `${repo.id}:refs/tags/${t.name}`),
    })),
  };
}

// ---------------------------------------------------------------- dispatches and runs

function createDispatch(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'write', 'contents');
  const clientPayload = (ctx.body.client_payload as Record<string, unknown> | undefined) ?? {};
  if (JSON.stringify(clientPayload).length >= 64 * 1024) {
    throw new HttpError(422, 'client_payload must be less than 64KB');
  }
  ctx.state.recordDispatch({
    repo: repo.fullName,
    eventType: String(ctx.body.event_type),
    clientPayload,
    at: Date.now(),
    sender: loginOf(ctx.token),
  });
  return { status: 204 };
}

function workflowOf(ctx: RouteContext, repo: RepoRecord) {
  const wf = ctx.state.findWorkflow(repo.fullName, String(ctx.params.workflow_id));
  if (!wf) throw new HttpError(404, 'Not Found');
  return wf;
}

/**
 * `POST …/actions/workflows/{id}/dispatches`: GitHub starts a run for it, so
 * the sandbox creates one (queued, event workflow_dispatch) and answers 204,
 * or 200 with its id and URLs when `return_run_details` is set.
 */
function createWorkflowDispatch(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'write', 'actions');
  const wf = workflowOf(ctx, repo);
  const ref = String(ctx.body.ref);
  const short = ref.replace(/^refs\/(heads|tags)\//, '');
  const head = repo.refs.get(`refs/heads/${short}`) ?? repo.refs.get(`refs/tags/${short}`);
  if (!head) throw new HttpError(422, `No ref found for: ${ref}`);
  const inputs = (ctx.body.inputs as Record<string, unknown> | undefined) ?? {};
  const peeled = repo.objects.peel(head);
  const runId = ctx.state.addRun(repo.fullName, {
    workflowId: wf.id,
    name: wf.name,
    event: 'workflow_dispatch',
    status: 'queued',
    headSha: peeled?.sha ?? head,
    headBranch: short,
    actor: loginOf(ctx.token),
  });
  ctx.state.recordWorkflowDispatch({
    repo: repo.fullName,
    workflow: String(ctx.params.workflow_id),
    workflowId: wf.id,
    ref,
    inputs,
    at: Date.now(),
    sender: loginOf(ctx.token),
  });
  if (ctx.body.return_run_details === true) {
    return {
      status: 200,
      body: {
        workflow_run_id: runId,
        run_url: `${ctx.urls.api}/repos/${repo.fullName}/actions/runs/${runId}`,
        html_url: `${ctx.urls.html}/${repo.fullName}/actions/runs/${runId}`,
      },
    };
  }
  return { status: 204 };
}

function listWorkflows(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'actions');
  const { page, headers } = paginate(ctx, repo.workflows);
  return {
    status: 200,
    headers,
    body: {
      total_count: repo.workflows.length,
      workflows: page.map((w) => shape.workflow(ctx.urls, repo, w)),
    },
  };
}

function getWorkflow(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'actions');
  return { status: 200, body: shape.workflow(ctx.urls, repo, workflowOf(ctx, repo)) };
}

const RUN_STATUSES = new Set<RunStatus>([
  'queued',
  'in_progress',
  'completed',
  'requested',
  'waiting',
  'pending',
  'action_required',
]);

/**
 * GitHub's `created` filter (search syntax): `2026-01-05`, `>=2026-01-05T10:00:00Z`,
 * `<…`, `>…`, `<=…`, `a..b`, `a..*`, `*..b`. A bare date covers that whole day.
 */
export function createdFilter(expr: string): (iso: string) => boolean {
  const bound = (s: string, end: boolean): number => {
    if (s === '*') return end ? Infinity : -Infinity;
    const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(s);
    const t = Date.parse(dayOnly ? `${s}T00:00:00Z` : s);
    if (Number.isNaN(t)) throw new HttpError(422, `Invalid created filter: ${expr}`);
    return dayOnly && end ? t + 86_400_000 - 1 : t;
  };
  const range = /^(.+)\.\.(.+)$/.exec(expr);
  if (range) {
    const lo = bound(range[1] as string, false);
    const hi = bound(range[2] as string, true);
    return (iso) => Date.parse(iso) >= lo && Date.parse(iso) <= hi;
  }
  const cmp = /^(>=|<=|>|<)(.+)$/.exec(expr);
  if (cmp) {
    const op = cmp[1];
    const v = cmp[2] as string;
    if (op === '>=') return (iso) => Date.parse(iso) >= bound(v, false);
    if (op === '>') return (iso) => Date.parse(iso) > bound(v, true);
    if (op === '<=') return (iso) => Date.parse(iso) <= bound(v, true);
    return (iso) => Date.parse(iso) < bound(v, false);
  }
  const lo = bound(expr, false);
  const hi = bound(expr, true);
  return (iso) => Date.parse(iso) >= lo && Date.parse(iso) <= hi;
}

function listRuns(ctx: RouteContext, workflowId?: number): RouteResult {
  const repo = repoFor(ctx, 'read', 'actions');
  const q = ctx.query;
  let runs: RunRecord[] = repo.runs.filter(
    (r) => workflowId === undefined || r.workflowId === workflowId,
  );
  const event = q.get('event');
  if (event) runs = runs.filter((r) => r.event === event);
  const status = q.get('status');
  if (status) {
    runs = runs.filter((r) =>
      RUN_STATUSES.has(status as RunStatus) ? r.status === status : r.conclusion === status,
    );
  }
  const headSha = q.get('head_sha');
  if (headSha) runs = runs.filter((r) => r.headSha === headSha.toLowerCase());
  const branch = q.get('branch');
  if (branch) runs = runs.filter((r) => r.headBranch === branch);
  const actor = q.get('actor');
  if (actor) runs = runs.filter((r) => r.actor.toLowerCase() === actor.toLowerCase());
  const created = q.get('created');
  if (created) {
    const test = createdFilter(created);
    runs = runs.filter((r) => test(r.createdAt));
  }
  runs = [...runs].sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id,
  );
  const { page, headers } = paginate(ctx, runs);
  return {
    status: 200,
    headers,
    body: {
      total_count: runs.length,
      workflow_runs: page.map((r) => shape.workflowRun(ctx.urls, repo, r)),
    },
  };
}

function getRun(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'actions');
  const run = repo.runs.find((r) => r.id === Number(ctx.params.run_id));
  if (!run) throw new HttpError(404, 'Not Found');
  return { status: 200, body: shape.workflowRun(ctx.urls, repo, run) };
}

// ---------------------------------------------------------------- statuses and checks

function createStatus(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'write', 'statuses');
  const c = resolveCommit(ctx, repo, String(ctx.params.sha));
  const record = {
    id: ctx.state.newStatusId(),
    repo: repo.fullName,
    sha: c.sha,
    state: ctx.body.state,
    context: (ctx.body.context as string | undefined) ?? 'default',
    description: (ctx.body.description as string | undefined) ?? null,
    targetUrl: (ctx.body.target_url as string | undefined) ?? null,
    creator: loginOf(ctx.token),
    createdAt: now(),
  };
  ctx.state.statuses.push(record);
  return { status: 201, body: shape.status(ctx.urls, repo, record) };
}

function listStatuses(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'statuses');
  const c = resolveCommit(ctx, repo, String(ctx.params.ref));
  const list = ctx.state.statuses
    .filter((s) => s.repo === repo.fullName && s.sha === c.sha)
    .reverse();
  const { page, headers } = paginate(ctx, list);
  return { status: 200, headers, body: page.map((s) => shape.status(ctx.urls, repo, s)) };
}

function createCheckRun(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'write', 'checks');
  // Only GitHub Apps (GITHUB_TOKEN included) may create check runs.
  if (ctx.token?.type !== 'Bot')
    throw new HttpError(403, 'You must authenticate via a GitHub App.');
  const c = resolveCommit(ctx, repo, String(ctx.body.head_sha));
  const conclusion = (ctx.body.conclusion as string | undefined) ?? null;
  const status = conclusion ? 'completed' : ((ctx.body.status as string | undefined) ?? 'queued');
  if (status === 'completed' && !conclusion) {
    throw new HttpError(
      422,
      'Invalid request.\n\nconclusion is required when status is completed.',
    );
  }
  const started = ctx.body.started_at ? isoSeconds(ctx.body.started_at as string) : now();
  const output = (ctx.body.output as Record<string, string> | undefined) ?? {};
  const record = {
    id: ctx.state.newCheckRunId(),
    repo: repo.fullName,
    name: String(ctx.body.name),
    headSha: c.sha,
    status,
    conclusion,
    detailsUrl: (ctx.body.details_url as string | undefined) ?? null,
    externalId: (ctx.body.external_id as string | undefined) ?? null,
    startedAt: started,
    completedAt:
      status === 'completed'
        ? ctx.body.completed_at
          ? isoSeconds(ctx.body.completed_at as string)
          : now()
        : null,
    output: {
      title: output.title ?? null,
      summary: output.summary ?? null,
      text: output.text ?? null,
    },
    creator: loginOf(ctx.token),
  };
  ctx.state.checkRuns.push(record);
  return { status: 201, body: shape.checkRun(ctx.urls, repo, record) };
}

function listCheckRunsForRef(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'checks');
  const c = resolveCommit(ctx, repo, String(ctx.params.ref));
  let list = ctx.state.checkRuns.filter((r) => r.repo === repo.fullName && r.headSha === c.sha);
  const name = ctx.query.get('check_name');
  if (name) list = list.filter((r) => r.name === name);
  const { page, headers } = paginate(ctx, list);
  return {
    status: 200,
    headers,
    body: {
      total_count: list.length,
      check_runs: page.map((r) => shape.checkRun(ctx.urls, repo, r)),
    },
  };
}

// ---------------------------------------------------------------- rulesets

/** A ruleset's ref_name pattern against a branch (fnmatch-style `*`, `~DEFAULT_BRANCH`, `~ALL`). */
function refPatternMatches(pattern: string, repo: RepoRecord, branch: string): boolean {
  if (pattern === '~ALL') return true;
  if (pattern === '~DEFAULT_BRANCH') return branch === repo.defaultBranch;
  const full = `refs/heads/${branch}`;
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  );
  return re.test(full) || re.test(branch);
}

function rulesetAppliesTo(r: RulesetRecord, repo: RepoRecord, branch: string): boolean {
  return (
    r.target === 'branch' &&
    r.include.some((p) => refPatternMatches(p, repo, branch)) &&
    !r.exclude.some((p) => refPatternMatches(p, repo, branch))
  );
}

function rulesetLinks(ctx: RouteContext, repo: RepoRecord, r: RulesetRecord) {
  return {
    self: { href: `${ctx.urls.api}/repos/${repo.fullName}/rulesets/${r.id}` },
    html: { href: `${ctx.urls.html}/${repo.fullName}/rules/${r.id}` },
  };
}

function rulesetSummary(ctx: RouteContext, repo: RepoRecord, r: RulesetRecord) {
  return {
    id: r.id,
    name: r.name,
    target: r.target,
    source_type: 'Repository',
    source: repo.fullName,
    enforcement: r.enforcement,
    node_id: Buffer.from(`RRS_${r.id}`).toString('base64'),
    _links: rulesetLinks(ctx, repo, r),
    created_at: r.createdAt,
    updated_at: r.createdAt,
  };
}

function listRulesets(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'metadata');
  const { page, headers } = paginate(ctx, repo.rulesets);
  return { status: 200, headers, body: page.map((r) => rulesetSummary(ctx, repo, r)) };
}

function getRuleset(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'metadata');
  const r = repo.rulesets.find((x) => x.id === Number(ctx.params.ruleset_id));
  if (!r) throw new HttpError(404, 'Not Found');
  // GitHub returns bypass_actors only to a requester with write access to
  // the ruleset (repository administration: write).
  const admin =
    ctx.token !== undefined &&
    listed(ctx.token, repo) &&
    (ctx.token.permissions === undefined
      ? ctx.token.type !== 'Bot'
      : ctx.token.permissions.administration === 'write');
  return {
    status: 200,
    body: {
      ...rulesetSummary(ctx, repo, r),
      ...(admin ? { bypass_actors: r.bypassActors } : {}),
      current_user_can_bypass: 'never',
      conditions: { ref_name: { include: r.include, exclude: r.exclude } },
      rules: r.rules,
    },
  };
}

function branchRules(ctx: RouteContext): RouteResult {
  const repo = repoFor(ctx, 'read', 'metadata');
  const branch = String(ctx.params.branch);
  // Only active rulesets: "evaluate" and "disabled" ones are not returned.
  const rules = repo.rulesets
    .filter((r) => r.enforcement === 'active' && rulesetAppliesTo(r, repo, branch))
    .flatMap((r) =>
      r.rules.map((rule) => ({
        ...rule,
        ruleset_source_type: 'Repository',
        ruleset_source: repo.fullName,
        ruleset_id: r.id,
      })),
    );
  const { page, headers } = paginate(ctx, rules);
  return { status: 200, headers, body: page };
}

function getApp(ctx: RouteContext): RouteResult {
  const app = ctx.state.apps.get(String(ctx.params.app_slug).toLowerCase());
  if (!app) throw new HttpError(404, 'Not Found');
  return {
    status: 200,
    body: {
      id: app.id,
      slug: app.slug,
      client_id: app.clientId,
      node_id: Buffer.from(`A_${app.id}`).toString('base64'),
      owner: shape.user(ctx.urls, app.owner, 'Organization'),
      name: app.name,
      description: null,
      external_url: `${ctx.urls.html}/${app.owner}`,
      html_url: `${ctx.urls.html}/apps/${app.slug}`,
      created_at: app.createdAt,
      updated_at: app.createdAt,
      permissions: app.permissions,
      events: [],
    },
  };
}

export const routes: Record<string, Handler> = {
  'apps/get-by-slug': getApp,
  'repos/get-repo-rulesets': listRulesets,
  'repos/get-repo-ruleset': getRuleset,
  'repos/get-branch-rules': branchRules,
  'repos/get': (ctx) => {
    const repo = repoFor(ctx, 'read', 'metadata');
    return {
      status: 200,
      body: shape.repository(ctx.urls, repo, repoPermissions(ctx.token, repo)),
    };
  },
  'repos/list-for-org': (ctx) => listRepos(ctx, String(ctx.params.org), 'created'),
  'repos/list-for-user': (ctx) => listRepos(ctx, String(ctx.params.username), 'full_name'),
  'search/repos': searchRepos,
  'repos/list-tags': listTags,
  'git/list-matching-refs': matchingRefs,
  'git/get-ref': getRef,
  'git/create-ref': createRef,
  'git/update-ref': updateRef,
  'git/delete-ref': deleteRef,
  'git/create-tag': createTag,
  'git/get-tag': getTag,
  'git/create-blob': createBlob,
  'git/get-blob': getBlob,
  'git/create-tree': createTree,
  'git/get-tree': getTree,
  'git/create-commit': createCommit,
  'git/get-commit': getGitCommit,
  'repos/get-commit': getCommit,
  'repos/compare-commits-with-basehead': compareCommits,
  'repos/list-pull-requests-associated-with-commit': pullsForCommit,
  'repos/create-dispatch-event': createDispatch,
  'actions/create-workflow-dispatch': createWorkflowDispatch,
  'actions/list-repo-workflows': listWorkflows,
  'actions/get-workflow': getWorkflow,
  'actions/list-workflow-runs-for-repo': (ctx) => listRuns(ctx),
  'actions/list-workflow-runs': (ctx) => {
    const repo = repoFor(ctx, 'read', 'actions');
    return listRuns(ctx, workflowOf(ctx, repo).id);
  },
  'actions/get-workflow-run': getRun,
  'repos/create-commit-status': createStatus,
  'repos/list-commit-statuses-for-ref': listStatuses,
  'checks/create': createCheckRun,
  'checks/list-for-ref': listCheckRunsForRef,
  ...releaseRoutes,
};
