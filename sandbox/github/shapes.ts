/**
 * GitHub's response shapes, built from the sandbox's records. Field names,
 * required fields and URL patterns follow the REST description's schemas
 * (simple-user, full-repository, git-ref, git-commit, commit, workflow-run,
 * …); the sandbox's own tests validate every shape here against those
 * schemas, so a client tested against the sandbox sees what GitHub sends.
 * Every `url`/`html_url` points at the sandbox.
 */
import type { CommitObject, GitObject, ObjectStore, Person, TagObject, FlatEntry } from './git.js';
import type {
  CheckRunRecord,
  PullRecord,
  RepoRecord,
  RunRecord,
  StatusRecord,
  TokenInfo,
  WorkflowRecord,
} from './state.js';
import { userId } from './state.js';

export interface Urls {
  /** API root, e.g. http://127.0.0.1:PORT */
  api: string;
  /** Web root (the same server: html_url links land on the sandbox too). */
  html: string;
}

type Json = Record<string, unknown>;

/** GitHub's node ids are base64 of `<len>:<Type><id>` (the legacy format). */
export function nodeId(type: string, id: number | string): string {
  const s = `${type}${id}`;
  return Buffer.from(`0${s.length}:${s}`).toString('base64');
}

export function user(u: Urls, login: string, type: 'User' | 'Bot' | 'Organization' = 'User'): Json {
  const id = userId(login);
  const api = `${u.api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId(type === 'Organization' ? 'Organization' : type === 'Bot' ? 'Bot' : 'User', id),
    avatar_url: `${u.html}/avatars/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url:
      type === 'Bot' ? `${u.html}/apps/${login.replace(/\[bot\]$/, '')}` : `${u.html}/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export function tokenUser(u: Urls, token: TokenInfo): Json {
  return user(u, token.login, token.type ?? 'User');
}

/**
 * A repository as `GET /repos/{o}/{r}` answers (full-repository); list
 * routes (minimal-repository) and nested `repo` fields (repository) accept
 * the same object, so one builder serves all three.
 */
export function repository(
  u: Urls,
  r: RepoRecord,
  permissions?: { admin: boolean; push: boolean; pull: boolean },
): Json {
  const api = `${u.api}/repos/${r.fullName}`;
  const host = new URL(u.html).host;
  return {
    id: r.id,
    node_id: nodeId('Repository', r.id),
    name: r.name,
    full_name: r.fullName,
    private: r.private,
    owner: user(u, r.owner, r.ownerType),
    html_url: `${u.html}/${r.fullName}`,
    description: r.description,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://${host}/${r.fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@${host}:${r.fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${u.html}/${r.fullName}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: `${u.html}/${r.fullName}`,
    homepage: null,
    language: null,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: r.defaultBranch,
    open_issues: 0,
    open_issues_count: 0,
    is_template: false,
    topics: [...r.topics],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: r.archived,
    disabled: false,
    visibility: r.private ? 'private' : 'public',
    pushed_at: r.pushedAt,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
    permissions: permissions ?? {
      admin: false,
      maintain: false,
      push: false,
      triage: false,
      pull: true,
    },
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    network_count: 0,
    subscribers_count: 0,
  };
}

export function gitRef(u: Urls, r: RepoRecord, ref: string, sha: string): Json {
  const obj = r.objects.get(sha);
  const type = obj?.type ?? 'commit';
  const kind =
    type === 'tag' ? 'tags' : type === 'tree' ? 'trees' : type === 'blob' ? 'blobs' : 'commits';
  return {
    ref,
    node_id: nodeId('Ref', `${r.id}:${ref}`),
    url: `${u.api}/repos/${r.fullName}/git/${ref}`,
    object: { sha, type, url: `${u.api}/repos/${r.fullName}/git/${kind}/${sha}` },
  };
}

export function verification(c: CommitObject): Json {
  return c.verified
    ? {
        verified: true,
        reason: 'valid',
        signature: c.signature ?? null,
        payload: c.payload,
        verified_at: c.committer.date,
      }
    : { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
}

function person(p: Person): Json {
  return { name: p.name, email: p.email, date: p.date };
}

/** `POST/GET /git/commits` (git-commit). */
export function gitCommit(u: Urls, r: RepoRecord, c: CommitObject): Json {
  const api = `${u.api}/repos/${r.fullName}`;
  return {
    sha: c.sha,
    node_id: nodeId('Commit', `${r.id}:${c.sha}`),
    url: `${api}/git/commits/${c.sha}`,
    html_url: `${u.html}/${r.fullName}/commit/${c.sha}`,
    author: person(c.author),
    committer: person(c.committer),
    tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
    message: c.message,
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/git/commits/${p}`,
      html_url: `${u.html}/${r.fullName}/commit/${p}`,
    })),
    verification: verification(c),
  };
}

/** `POST/GET /git/tags` (git-tag). */
export function gitTag(u: Urls, r: RepoRecord, t: TagObject): Json {
  const api = `${u.api}/repos/${r.fullName}`;
  const kind = t.object.type === 'tag' ? 'tags' : `${t.object.type}s`;
  return {
    node_id: nodeId('Tag', `${r.id}:${t.sha}`),
    tag: t.tag,
    sha: t.sha,
    url: `${api}/git/tags/${t.sha}`,
    message: t.message,
    tagger: person(t.tagger),
    object: { type: t.object.type, sha: t.object.sha, url: `${api}/git/${kind}/${t.object.sha}` },
    verification: {
      verified: false,
      reason: 'unsigned',
      signature: null,
      payload: null,
      verified_at: null,
    },
  };
}

/** `POST/GET /git/trees` (git-tree): one level, or every level with recursive=1. */
export function gitTree(u: Urls, r: RepoRecord, treeSha: string, recursive: boolean): Json {
  const api = `${u.api}/repos/${r.fullName}`;
  const store = r.objects;
  const entries: FlatEntry[] = recursive
    ? store.flatten(treeSha)
    : (store.get(treeSha) as Extract<GitObject, { type: 'tree' }>).entries.map((e) => ({
        path: e.name,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
      }));
  return {
    sha: treeSha,
    url: `${api}/git/trees/${treeSha}`,
    tree: entries.map((e) => {
      const entry: Json = { path: e.path, mode: e.mode, type: e.type, sha: e.sha };
      if (e.type === 'blob') {
        const blob = store.get(e.sha);
        entry.size = blob?.type === 'blob' ? blob.content.length : 0;
        entry.url = `${api}/git/blobs/${e.sha}`;
      } else if (e.type === 'tree') {
        entry.url = `${api}/git/trees/${e.sha}`;
      }
      return entry;
    }),
    truncated: false,
  };
}

export function blob(u: Urls, r: RepoRecord, sha: string, content: Buffer): Json {
  // GitHub wraps base64 content at 60 columns, each line ending in \n.
  const b64 = content.toString('base64');
  const lines = b64.match(/.{1,60}/g) ?? [];
  return {
    sha,
    node_id: nodeId('Blob', `${r.id}:${sha}`),
    size: content.length,
    url: `${u.api}/repos/${r.fullName}/git/blobs/${sha}`,
    content: lines.map((l) => `${l}\n`).join(''),
    encoding: 'base64',
  };
}

function lineCount(buf: Buffer | undefined): number {
  if (!buf || buf.length === 0) return 0;
  const text = buf.toString('utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** The files of a commit against its first parent (diff-entry), with line counts. */
export function diffEntries(u: Urls, r: RepoRecord, c: CommitObject): Json[] {
  const store: ObjectStore = r.objects;
  const files = (tree: string | undefined) =>
    new Map(
      (tree ? store.flatten(tree) : [])
        .filter((e) => e.type === 'blob')
        .map((e) => [e.path, e.sha]),
    );
  const parent = c.parents[0] ? store.get(c.parents[0]) : undefined;
  const before = files(parent?.type === 'commit' ? parent.tree : undefined);
  const after = files(c.tree);
  const content = (sha: string | undefined) => {
    const o = sha ? store.get(sha) : undefined;
    return o?.type === 'blob' ? o.content : undefined;
  };
  const out: Json[] = [];
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const p of paths) {
    const a = before.get(p);
    const b = after.get(p);
    if (a === b) continue;
    const status = !a ? 'added' : !b ? 'removed' : 'modified';
    // Whole-file line counts: enough for "which files changed" and sizes; not a real diff.
    const additions = b ? lineCount(content(b)) : 0;
    const deletions = a ? lineCount(content(a)) : 0;
    const sha = (b ?? a) as string;
    out.push({
      sha,
      filename: p,
      status,
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${u.html}/${r.fullName}/blob/${c.sha}/${p}`,
      raw_url: `${u.html}/${r.fullName}/raw/${c.sha}/${p}`,
      contents_url: `${u.api}/repos/${r.fullName}/contents/${p}?ref=${c.sha}`,
    });
  }
  return out;
}

/** Which GitHub account an e-mail belongs to: web-flow, the noreply address of a known login, else none. */
function accountFor(u: Urls, p: Person): Json | null {
  // GitHub's own committer identity on web and API commits: the `web-flow` user.
  if (p.email === 'noreply@github.com') return user(u, 'web-flow', 'User');
  const m = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(p.email);
  if (!m) return null;
  const login = m[1] as string;
  return user(u, login, login.endsWith('[bot]') ? 'Bot' : 'User');
}

/** `GET /repos/{o}/{r}/commits/{ref}` (commit). */
export function commit(u: Urls, r: RepoRecord, c: CommitObject, withFiles: boolean): Json {
  const api = `${u.api}/repos/${r.fullName}`;
  const files = withFiles ? diffEntries(u, r, c) : undefined;
  const body: Json = {
    sha: c.sha,
    node_id: nodeId('Commit', `${r.id}:${c.sha}`),
    commit: {
      author: person(c.author),
      committer: person(c.committer),
      message: c.message,
      tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
      url: `${api}/git/commits/${c.sha}`,
      comment_count: 0,
      verification: verification(c),
    },
    url: `${api}/commits/${c.sha}`,
    html_url: `${u.html}/${r.fullName}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    author: accountFor(u, c.author),
    committer: accountFor(u, c.committer),
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/commits/${p}`,
      html_url: `${u.html}/${r.fullName}/commit/${p}`,
    })),
  };
  if (files) {
    const additions = files.reduce((n, f) => n + (f.additions as number), 0);
    const deletions = files.reduce((n, f) => n + (f.deletions as number), 0);
    body.stats = { total: additions + deletions, additions, deletions };
    body.files = files;
  }
  return body;
}

/** A label as GitHub lists it on a pull request. */
function label(u: Urls, r: RepoRecord, name: string, index: number): Json {
  return {
    id: r.id * 100 + index,
    node_id: nodeId('Label', `${r.id}:${name}`),
    url: `${u.api}/repos/${r.fullName}/labels/${encodeURIComponent(name)}`,
    name,
    description: '',
    color: 'ededed',
    default: false,
  };
}

/** An item of `GET /commits/{sha}/pulls` (pull-request-simple). */
export function pullRequestSimple(u: Urls, r: RepoRecord, p: PullRecord): Json {
  const api = `${u.api}/repos/${r.fullName}`;
  const html = `${u.html}/${r.fullName}/pull/${p.number}`;
  const issue = `${api}/issues/${p.number}`;
  const self = `${api}/pulls/${p.number}`;
  const repo = repository(u, r);
  const owner = user(u, r.owner, r.ownerType);
  return {
    url: self,
    id: r.id * 1000 + p.number,
    node_id: nodeId('PullRequest', `${r.id}:${p.number}`),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${self}/commits`,
    review_comments_url: `${self}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${api}/statuses/${p.headSha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: user(u, p.user),
    body: p.body,
    labels: p.labels.map((name, i) => label(u, r, name, i)),
    milestone: null,
    active_lock_reason: null,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    closed_at: p.state === 'closed' ? (p.mergedAt ?? p.updatedAt) : null,
    merged_at: p.mergedAt,
    merge_commit_sha: p.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: { label: `${r.owner}:${p.headRef}`, ref: p.headRef, sha: p.headSha, user: owner, repo },
    base: {
      label: `${r.owner}:${p.baseRef}`,
      ref: p.baseRef,
      sha: r.refs.get(`refs/heads/${p.baseRef}`) ?? p.mergeCommitSha ?? p.headSha,
      user: owner,
      repo,
    },
    _links: {
      self: { href: self },
      html: { href: html },
      issue: { href: issue },
      comments: { href: `${issue}/comments` },
      review_comments: { href: `${self}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${self}/commits` },
      statuses: { href: `${api}/statuses/${p.headSha}` },
    },
    author_association: 'MEMBER',
    auto_merge: null,
    draft: false,
  };
}

/** `GET /actions/workflows` items (workflow). */
export function workflow(u: Urls, r: RepoRecord, w: WorkflowRecord): Json {
  return {
    id: w.id,
    node_id: nodeId('Workflow', w.id),
    name: w.name,
    path: w.path,
    state: w.state,
    created_at: w.createdAt,
    updated_at: w.createdAt,
    url: `${u.api}/repos/${r.fullName}/actions/workflows/${w.id}`,
    html_url: `${u.html}/${r.fullName}/blob/${r.defaultBranch}/${w.path}`,
    badge_url: `${u.html}/${r.fullName}/workflows/${encodeURIComponent(w.name)}/badge.svg`,
  };
}

/** `GET /actions/runs` items and `GET /actions/runs/{id}` (workflow-run). */
export function workflowRun(u: Urls, r: RepoRecord, run: RunRecord): Json {
  const api = `${u.api}/repos/${r.fullName}`;
  const self = `${api}/actions/runs/${run.id}`;
  const head = r.objects.get(run.headSha);
  const repo = repository(u, r);
  const actor = user(u, run.actor, run.actor.endsWith('[bot]') ? 'Bot' : 'User');
  return {
    id: run.id,
    name: run.workflowName,
    node_id: nodeId('WorkflowRun', run.id),
    check_suite_id: run.id + 1,
    check_suite_node_id: nodeId('CheckSuite', run.id + 1),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: `${run.path}@${run.headBranch ?? run.headSha}`,
    display_title: run.displayTitle,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url: self,
    html_url: `${u.html}/${r.fullName}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    run_started_at: run.runStartedAt,
    actor,
    triggering_actor: actor,
    jobs_url: `${self}/jobs`,
    logs_url: `${self}/logs`,
    check_suite_url: `${api}/check-suites/${run.id + 1}`,
    artifacts_url: `${self}/artifacts`,
    cancel_url: `${self}/cancel`,
    rerun_url: `${self}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${api}/actions/workflows/${run.workflowId}`,
    head_commit:
      head?.type === 'commit'
        ? {
            id: head.sha,
            tree_id: head.tree,
            message: head.message,
            timestamp: head.committer.date,
            author: { name: head.author.name, email: head.author.email },
            committer: { name: head.committer.name, email: head.committer.email },
          }
        : null,
    repository: repo,
    head_repository: repo,
  };
}

/** `POST /statuses/{sha}` (status). */
export function status(u: Urls, r: RepoRecord, s: StatusRecord): Json {
  const creator = user(u, s.creator, s.creator.endsWith('[bot]') ? 'Bot' : 'User');
  return {
    url: `${u.api}/repos/${r.fullName}/statuses/${s.sha}`,
    avatar_url: creator.avatar_url,
    id: s.id,
    node_id: nodeId('StatusContext', s.id),
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator,
  };
}

/** `POST /check-runs` (check-run). */
export function checkRun(u: Urls, r: RepoRecord, c: CheckRunRecord): Json {
  const api = `${u.api}/repos/${r.fullName}`;
  const slug = c.creator.replace(/\[bot\]$/, '');
  return {
    id: c.id,
    head_sha: c.headSha,
    node_id: nodeId('CheckRun', c.id),
    external_id: c.externalId,
    url: `${api}/check-runs/${c.id}`,
    html_url: `${u.html}/${r.fullName}/runs/${c.id}`,
    details_url: c.detailsUrl,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.startedAt,
    completed_at: c.completedAt,
    output: {
      title: c.output.title,
      summary: c.output.summary,
      text: c.output.text,
      annotations_count: 0,
      annotations_url: `${api}/check-runs/${c.id}/annotations`,
    },
    name: c.name,
    check_suite: { id: c.id + 1 },
    app: {
      id: 15368,
      slug,
      node_id: nodeId('App', 15368),
      client_id: 'Iv1.sandbox',
      owner: user(u, 'github', 'Organization'),
      name: slug,
      description: 'Automate your workflow from idea to production',
      external_url: `${u.html}/features/actions`,
      html_url: `${u.html}/apps/${slug}`,
      created_at: '2018-07-30T09:30:17Z',
      updated_at: '2019-12-10T19:04:12Z',
      permissions: { checks: 'write', contents: 'write', metadata: 'read' },
      events: ['check_run'],
    },
    pull_requests: [],
  };
}

/** An error body as GitHub writes it (basic-error / validation-error). */
export function errorBody(
  message: string,
  documentationUrl: string,
  status: number,
  errors?: Json[],
): Json {
  const body: Json = { message, documentation_url: documentationUrl, status: String(status) };
  if (errors) body.errors = errors;
  return body;
}
