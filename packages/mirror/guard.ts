/**
 * mirror-guard's four rules, for each commit a push brings to the mirror:
 *
 *   1. Publisher identity: the pusher, the author and the committer are
 *      publishers. GitHub itself (the `web-flow` account, `GitHub
 *      <noreply@github.com>`) is the committer of every commit made through
 *      the API or the web editor; it counts as an allowed committer only
 *      when the signature is verified, since anyone can write that name and
 *      address into a commit made with git, but only GitHub can sign as it.
 *   2. Signature: a commit made through the API (committer web-flow) must
 *      carry GitHub's verified signature; any signature present must verify.
 *      An unsigned commit pushed with git by a publisher passes this rule
 *      (rule 1 vouches for the pusher, which a commit cannot forge).
 *   3. Provenance trailers: Runtime-Version (canonical PEP 440),
 *      Source-Repository (the configured source), Source-Commit (a full
 *      SHA), Published-By (a workflow run of the source repository).
 *   4. Content: the commit's tree equals, file by file (git blob id and
 *      mode), the sdist of Runtime-Version that the index serves, except
 *      for the mirror's own `.github` folder (MIRROR_OWN_FOLDER), which must
 *      be the parent commit's, unchanged.
 *
 * Every rule is evaluated, so a report names all that failed; rule 4 is
 * "not checked" when there is no usable Runtime-Version (rule 3 then fails),
 * and when the index cannot be read: the commit then fails too, since
 * nothing vouched for its content.
 */
import { canonicalForm } from '../versions/canonical.js';
import { ActionError } from '../toolkit/errors.js';
import type { GitHubApi } from '../github/client.js';
import { compareTrees, describeDifference, type HashedFile } from './compare.js';
import { treeId } from './git-objects.js';
import type { PublishedSdist } from './published.js';
import { MIRROR_OWN_FOLDER } from './files.js';
import { readProvenance, type Provenance, type Trailer } from './trailers.js';
import { isCommitSha } from '../toolkit/github-names.js';
import { INDEX_UNREACHABLE } from '../index/http.js';

export type RuleNumber = 1 | 2 | 3 | 4;

export const RULES: Record<RuleNumber, string> = {
  1: 'publisher identity',
  2: 'signature',
  3: 'provenance trailers',
  4: 'content equals the published sdist',
};

export interface RuleResult {
  rule: RuleNumber;
  /** true: passed; false: failed; undefined: could not be checked. */
  ok: boolean | undefined;
  /**
   * Set when the rule could not be checked because a source it needs could
   * not be read (the index unreachable): the commit is not vouched for, so it
   * fails, and the other rules still give their verdicts.
   */
  unchecked?: { title: string; hint?: string };
  reason: string;
  /** Further lines (e.g. every differing path). */
  details: string[];
}

export interface Identity {
  name: string;
  email: string;
  /** The GitHub account the e-mail belongs to (undefined: none). */
  login: string | undefined;
}

/** What the rules need of a commit, from `GET /commits/{sha}` or a comparison's commits. */
export interface CommitInfo {
  sha: string;
  message: string;
  tree: string;
  author: Identity;
  committer: Identity;
  verification: { verified: boolean; reason: string };
  parents: string[];
}

export interface ContentCheck {
  version: string;
  sdist?: { filename: string; url: string; sha256: string; files: number; yanked: boolean };
  identical: boolean | undefined;
  expectedTree?: string;
  added: string[];
  removed: string[];
  changed: string[];
}

export interface CommitVerdict {
  commit: CommitInfo;
  trailers: Trailer[];
  provenance: Provenance | undefined;
  rules: RuleResult[];
  content: ContentCheck | undefined;
  ok: boolean;
}

/**
 * One annotation per failing rule and per rule an unreachable source kept
 * from being checked, so an index outage never hides who pushed. `check`
 * names what ran them in the titles: the mirror's guard or the monorepo's audit.
 */
export function ruleErrors(verdicts: CommitVerdict[], check: 'guard' | 'audit'): ActionError[] {
  return verdicts.flatMap((v) =>
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
                  ? `Mirror ${check} rule ${r.rule}: ${RULES[r.rule]}`
                  : `Mirror ${check} rule ${r.rule} not checked: ${r.unchecked?.title}`,
              ...(r.unchecked?.hint ? { hint: r.unchecked.hint } : {}),
              details: r.details,
            },
          ),
      ),
  );
}

export interface GuardPolicy {
  /** Logins allowed to write the mirror (case-insensitive). */
  publishers: string[];
  /** owner/repo the trailers must name. */
  sourceRepository: string;
  /** The push's sender login; null when the event is not a push (no pusher to check). */
  pusher: string | null | undefined;
}

export interface GuardSources {
  /** The published sdist of a version (the caller caches per version). */
  sdist(version: string): Promise<PublishedSdist>;
  /** A tree's files, recursively (git blob id and mode per path). */
  tree(sha: string): Promise<HashedFile[]>;
  /** The id of a tree's direct subfolder, or undefined. */
  subtree(treeSha: string, name: string): Promise<string | undefined>;
  /** The tree id of a commit. */
  commitTree(sha: string): Promise<string>;
}

const WEB_FLOW_LOGIN = 'web-flow';
const WEB_FLOW_EMAIL = 'noreply@github.com';

/** GitHub's own committer identity on API and web-editor commits. */
export function isWebFlow(who: Identity): boolean {
  return who.login?.toLowerCase() === WEB_FLOW_LOGIN || who.email.toLowerCase() === WEB_FLOW_EMAIL;
}

export function describeIdentity(who: Identity): string {
  return `${who.name} <${who.email}>${who.login ? ` (${who.login})` : ' (no GitHub account)'}`;
}

export function checkIdentity(commit: CommitInfo, policy: GuardPolicy): RuleResult {
  const allowed = new Set(policy.publishers.map((p) => p.toLowerCase()));
  const isPublisher = (login: string | undefined) =>
    login !== undefined && allowed.has(login.toLowerCase());
  const problems: string[] = [];
  if (policy.pusher === undefined || policy.pusher === '')
    problems.push('the push event names no sender');
  else if (policy.pusher !== null && !isPublisher(policy.pusher))
    problems.push(`pushed by ${policy.pusher}, who is not a publisher`);
  if (!isPublisher(commit.author.login))
    problems.push(`author ${describeIdentity(commit.author)} is not a publisher`);
  if (isWebFlow(commit.committer)) {
    if (!commit.verification.verified)
      problems.push(
        `committer ${describeIdentity(commit.committer)} claims to be GitHub, but the commit carries no verified GitHub signature`,
      );
  } else if (!isPublisher(commit.committer.login)) {
    problems.push(`committer ${describeIdentity(commit.committer)} is not a publisher`);
  }
  const list = policy.publishers.join(', ');
  if (problems.length > 0)
    return {
      rule: 1,
      ok: false,
      reason: `${problems.join('; ')} (publishers: ${list})`,
      details: [],
    };
  const by = policy.pusher ? `pushed by ${policy.pusher}, ` : '';
  return {
    rule: 1,
    ok: true,
    reason: `${by}authored by ${commit.author.login}, committed by ${isWebFlow(commit.committer) ? 'GitHub (web-flow)' : commit.committer.login}`,
    details: [],
  };
}

export function checkSignature(commit: CommitInfo): RuleResult {
  const { verified, reason } = commit.verification;
  if (isWebFlow(commit.committer)) {
    return verified
      ? {
          rule: 2,
          ok: true,
          reason: 'made through the API; signed by GitHub and verified',
          details: [],
        }
      : {
          rule: 2,
          ok: false,
          reason: `committed as GitHub (web-flow), as API commits are, but the signature is not verified (${reason}): GitHub did not make this commit`,
          details: [],
        };
  }
  if (verified)
    return { rule: 2, ok: true, reason: 'signed by the committer and verified', details: [] };
  if (reason !== 'unsigned')
    return {
      rule: 2,
      ok: false,
      reason: `signed, but GitHub could not verify the signature (${reason})`,
      details: [],
    };
  return {
    rule: 2,
    ok: true,
    reason: 'not made through the API (pushed with git), unsigned: rule 1 vouches for the pusher',
    details: [],
  };
}

const RUN_PATH = /^\/([^/]+)\/([^/]+)\/actions\/runs\/\d+(\/attempts\/\d+)?\/?$/;

/** Rule 3, and the version rule 4 compares against (when the trailer is usable even if others are not). */
export function checkTrailers(
  commit: CommitInfo,
  policy: GuardPolicy,
): {
  result: RuleResult;
  provenance: Provenance | undefined;
  version: string | undefined;
  trailers: Trailer[];
} {
  const reading = readProvenance(commit.message);
  const trailers = reading.trailers;
  const problems = reading.ok ? [] : [...reading.problems];
  // The version alone is enough for rule 4, so read it even when another trailer is missing.
  const versionTrailers = trailers.filter((t) => t.key.toLowerCase() === 'runtime-version');
  const rawVersion = versionTrailers.length === 1 ? versionTrailers[0]?.value : undefined;
  let version: string | undefined;
  if (rawVersion) {
    const canonical = canonicalForm(rawVersion);
    if (canonical === undefined)
      problems.push(`Runtime-Version '${rawVersion}' is not a PEP 440 version`);
    else if (canonical !== rawVersion)
      problems.push(`Runtime-Version '${rawVersion}' is not in canonical form ('${canonical}')`);
    else version = rawVersion;
  }
  if (reading.ok) {
    const p = reading.provenance;
    if (p.sourceRepository.toLowerCase() !== policy.sourceRepository.toLowerCase())
      problems.push(`Source-Repository is ${p.sourceRepository}, not ${policy.sourceRepository}`);
    if (!isCommitSha(p.sourceCommit))
      problems.push(`Source-Commit '${p.sourceCommit}' is not a full commit SHA`);
    let runOf: string | undefined;
    try {
      const u = new URL(p.publishedBy);
      const m = RUN_PATH.exec(u.pathname);
      if ((u.protocol === 'https:' || u.protocol === 'http:') && m) runOf = `${m[1]}/${m[2]}`;
    } catch {
      runOf = undefined;
    }
    if (runOf === undefined)
      problems.push(`Published-By '${p.publishedBy}' is not the URL of a workflow run`);
    else if (runOf.toLowerCase() !== policy.sourceRepository.toLowerCase())
      problems.push(`Published-By names a run of ${runOf}, not of ${policy.sourceRepository}`);
  }
  const provenance = reading.ok ? reading.provenance : undefined;
  const result: RuleResult =
    problems.length > 0
      ? { rule: 3, ok: false, reason: problems.join('; '), details: [] }
      : {
          rule: 3,
          ok: true,
          reason: `Runtime-Version ${version}, from ${provenance?.sourceRepository}@${provenance?.sourceCommit.slice(0, 12)}`,
          details: [],
        };
  return { result, provenance, version, trailers };
}

/** Rule 4: the commit's tree against the published sdist of `version`. */
export async function checkContent(
  commit: CommitInfo,
  version: string | undefined,
  sources: GuardSources,
): Promise<{ result: RuleResult; content: ContentCheck | undefined }> {
  if (version === undefined) {
    return {
      result: {
        rule: 4,
        ok: undefined,
        reason: 'not checked: no usable Runtime-Version trailer to find the sdist by (rule 3)',
        details: [],
      },
      content: undefined,
    };
  }
  let published: PublishedSdist;
  try {
    published = await sources.sdist(version);
  } catch (e) {
    if (!(e instanceof ActionError)) throw e;
    const unreachable = e.title === INDEX_UNREACHABLE;
    return {
      result: {
        rule: 4,
        ok: undefined,
        unchecked: { title: e.title ?? 'Index error', ...(e.hint ? { hint: e.hint } : {}) },
        reason: `not checked: ${unreachable ? 'index unreachable' : 'the index could not be read'}: ${e.message}`,
        details: [],
      },
      content: { version, identical: undefined, added: [], removed: [], changed: [] },
    };
  }
  if (!published.found) {
    return {
      result: { rule: 4, ok: false, reason: published.reason, details: [] },
      content: { version, identical: undefined, added: [], removed: [], changed: [] },
    };
  }
  const sdist = {
    filename: published.filename,
    url: published.url,
    sha256: published.sha256,
    files: published.files.length,
    yanked: published.yanked,
  };
  // The mirror's own folder is not the sdist's: it must be the parent commit's, unchanged.
  const own = MIRROR_OWN_FOLDER;
  const ownTree = await sources.subtree(commit.tree, own);
  const parent = commit.parents[0];
  const parentOwn = parent
    ? await sources.subtree(await sources.commitTree(parent), own)
    : undefined;
  let ownProblem: string | undefined;
  if (ownTree !== parentOwn) {
    ownProblem = !parent
      ? `${own}/ cannot be vouched for: the commit has no parent to carry it from`
      : !ownTree
        ? `${own}/ (the mirror's own workflows) was removed; the parent ${parent.slice(0, 7)} has it`
        : !parentOwn
          ? `${own}/ was added; the parent ${parent.slice(0, 7)} has none`
          : `${own}/ (the mirror's own workflows) differs from the parent ${parent.slice(0, 7)}'s`;
  }
  const expectedTree = treeId(published.files, ownTree ? [{ path: own, tree: ownTree }] : []);
  const ownNote = ownTree ? ` (plus the mirror's own ${own}/, as in the parent)` : '';
  if (expectedTree === commit.tree && !ownProblem) {
    return {
      result: {
        rule: 4,
        ok: true,
        reason: `tree ${commit.tree.slice(0, 12)} equals ${published.filename} (${published.files.length} files)${ownNote}`,
        details: [],
      },
      content: {
        version,
        sdist,
        identical: true,
        expectedTree,
        added: [],
        removed: [],
        changed: [],
      },
    };
  }
  const actual =
    expectedTree === commit.tree
      ? published.files
      : (await sources.tree(commit.tree)).filter(
          (f) => f.path !== own && !f.path.startsWith(`${own}/`),
        );
  const diff = compareTrees(published.files, actual);
  const count = diff.added.length + diff.removed.length + diff.changed.length;
  const named = describeDifference(diff, 10).map((l) => l.replace(/\s+/, ' '));
  const reasons: string[] = [];
  if (count > 0)
    reasons.push(
      `${count} path${count === 1 ? '' : 's'} differ${count === 1 ? 's' : ''} from ${published.filename}: ${named.join('; ')}`,
    );
  if (ownProblem) reasons.push(ownProblem);
  if (reasons.length === 0)
    reasons.push(
      `tree ${commit.tree.slice(0, 12)} is not the tree of ${published.filename} (${expectedTree.slice(0, 12)}), though every file matches (empty folders or entry types differ)`,
    );
  return {
    result: {
      rule: 4,
      ok: false,
      reason: reasons.join('; '),
      details: describeDifference(diff, 500),
    },
    content: {
      version,
      sdist,
      identical: false,
      expectedTree,
      added: diff.added,
      removed: diff.removed,
      changed: diff.changed.map((c) => c.path),
    },
  };
}

export async function verifyCommit(
  commit: CommitInfo,
  policy: GuardPolicy,
  sources: GuardSources,
): Promise<CommitVerdict> {
  const identity = checkIdentity(commit, policy);
  const signature = checkSignature(commit);
  const trailers = checkTrailers(commit, policy);
  const content = await checkContent(commit, trailers.version, sources);
  const rules = [identity, signature, trailers.result, content.result];
  return {
    commit,
    trailers: trailers.trailers,
    provenance: trailers.provenance,
    rules,
    content: content.content,
    ok: rules.every((r) => r.ok !== false && !r.unchecked),
  };
}

// ------------------------------------------------------------------ GitHub

interface ApiCommit {
  sha: string;
  commit: {
    message: string;
    tree: { sha: string };
    author: { name?: string; email?: string } | null;
    committer: { name?: string; email?: string } | null;
    verification?: { verified: boolean; reason: string };
  };
  author: { login: string } | Record<string, never> | null;
  committer: { login: string } | Record<string, never> | null;
  parents: Array<{ sha: string }>;
}

/** A commit as `GET /commits/{sha}` and the comparison API list it. */
export function commitInfo(c: ApiCommit): CommitInfo {
  const login = (a: ApiCommit['author']) =>
    a && 'login' in a && typeof a.login === 'string' ? a.login : undefined;
  return {
    sha: c.sha,
    message: c.commit.message,
    tree: c.commit.tree.sha,
    author: {
      name: c.commit.author?.name ?? '',
      email: c.commit.author?.email ?? '',
      login: login(c.author),
    },
    committer: {
      name: c.commit.committer?.name ?? '',
      email: c.commit.committer?.email ?? '',
      login: login(c.committer),
    },
    verification: {
      verified: c.commit.verification?.verified ?? false,
      reason: c.commit.verification?.reason ?? 'unsigned',
    },
    parents: c.parents.map((p) => p.sha),
  };
}

export interface PushRange {
  before?: string;
  after?: string;
  created?: boolean;
  deleted?: boolean;
  forced?: boolean;
  commits?: Array<{ id?: string }>;
  head_commit?: { id?: string } | null;
}

export interface PushedCommits {
  commits: CommitInfo[];
  /** How the set was found, for the summary. */
  how: string;
}

const ZERO = /^0{40}$/;

/**
 * The commits a push brought, oldest first, plus its new head: the
 * comparison `before...after` (commits reachable from after and not from
 * before, which for a force push starts at the merge base), paged past 250;
 * for a new branch, or when the comparison is impossible (unrelated
 * history), the event's own `commits` list. The new head is always checked,
 * so rewinding the branch to an old commit is checked too.
 */
export async function pushedCommits(
  github: GitHubApi,
  where: { owner: string; repo: string },
  push: PushRange,
): Promise<PushedCommits> {
  if (push.deleted || !push.after || ZERO.test(push.after))
    return { commits: [], how: 'branch deleted' };
  const after = push.after;
  const getOne = async (sha: string): Promise<CommitInfo> => {
    const { data } = await github.request('GET /repos/{owner}/{repo}/commits/{ref}', {
      ...where,
      ref: sha,
    });
    return commitInfo(data as unknown as ApiCommit);
  };
  const fromEvent = async (how: string): Promise<PushedCommits> => {
    const ids = [...(push.commits ?? []).map((c) => c.id), push.head_commit?.id ?? after].filter(
      (id): id is string => typeof id === 'string' && id !== '',
    );
    const unique = [...new Set(ids)];
    const commits: CommitInfo[] = [];
    for (const id of unique) commits.push(await getOne(id));
    return { commits, how };
  };
  if (push.created || !push.before || ZERO.test(push.before))
    return fromEvent('new branch: the commits the push event lists');

  let first;
  try {
    first = await github.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      ...where,
      basehead: `${push.before}...${after}`,
    });
  } catch (e) {
    if ((e as { status?: number }).status === 404)
      return fromEvent(
        `${push.before.slice(0, 7)}...${after.slice(0, 7)} cannot be compared: the commits the push event lists`,
      );
    throw e;
  }
  let list = first.data.commits as unknown as ApiCommit[];
  const total = first.data.total_commits;
  if (total > list.length) {
    // Without paging GitHub lists at most 250 commits; page through all of them.
    list = [];
    for (let page = 1; list.length < total; page++) {
      const { data } = await github.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        ...where,
        basehead: `${push.before}...${after}`,
        per_page: 100,
        page,
      });
      if (data.commits.length === 0) break;
      list.push(...(data.commits as unknown as ApiCommit[]));
    }
  }
  const commits = list.map(commitInfo);
  if (!commits.some((c) => c.sha === after)) commits.push(await getOne(after));
  const how = `${push.before.slice(0, 7)}...${after.slice(0, 7)} (${first.data.status}${push.forced ? ', forced' : ''}): ${total} new commit${total === 1 ? '' : 's'}`;
  return { commits, how };
}

/** A tree's files from one recursive listing (every entry that is not a folder). */
export async function listTreeFiles(
  github: GitHubApi,
  where: { owner: string; repo: string },
  sha: string,
): Promise<HashedFile[]> {
  const { data } = await github.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
    ...where,
    tree_sha: sha,
    recursive: '1',
  });
  if (data.truncated) {
    throw new ActionError(
      `GitHub listed the tree ${sha} only in part (truncated): it has more entries than one listing holds, far more than a runtime package.`,
      {
        title: 'Mirror tree too large',
        hint: 'The commit cannot be the published sdist; remove it from the mirror.',
      },
    );
  }
  return data.tree
    .filter((e) => e.type !== 'tree' && e.path && e.sha && e.mode)
    .map((e) => ({ path: e.path as string, mode: e.mode as string, blob: e.sha as string }));
}
