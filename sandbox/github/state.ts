/**
 * The sandbox's in-memory GitHub: repositories with their git objects and
 * refs, pull requests, workflows, workflow runs, and what clients sent
 * (dispatches, workflow dispatches, statuses, check runs). Tests seed it
 * synchronously before a run and read it afterwards; the HTTP routes in
 * routes.ts read and write the same records.
 *
 * Names are case-insensitive as on GitHub (`Molecule-AI/X` = `molecule-ai/x`);
 * records keep the spelling they were created with.
 */
import {
  ObjectStore,
  EMPTY_TREE_SHA,
  isoSeconds,
  type CommitObject,
  type Person,
  type TagObject,
} from './git.js';

export type Permission =
  'contents' | 'actions' | 'statuses' | 'checks' | 'pull_requests' | 'metadata' | 'administration';

export interface TokenInfo {
  login: string;
  /** 'Bot' for app and GITHUB_TOKEN identities (e.g. 'github-actions[bot]'); default 'User'. */
  type?: 'User' | 'Bot';
  /** owner/repo the token may write (and see, if private); undefined = all. */
  repos?: string[];
  /**
   * Fine-grained permissions (as a GITHUB_TOKEN's `permissions:` block or a
   * fine-grained PAT); undefined = everything the repos list allows.
   */
  permissions?: Partial<Record<Permission, 'read' | 'write' | 'none'>>;
  /** A fine-grained PAT: refusals say "personal access token", not "integration". */
  fineGrained?: boolean;
  /** User id (derived from the login when omitted). */
  id?: number;
}

export interface RepoOptions {
  archived?: boolean;
  topics?: string[];
  defaultBranch?: string;
  private?: boolean;
  description?: string;
  /** Defaults to 'Organization' (the suite's repositories live in an org). */
  ownerType?: 'Organization' | 'User';
  createdAt?: string;
}

export interface PullRecord {
  number: number;
  title: string;
  body: string | null;
  labels: string[];
  state: 'open' | 'closed';
  merged: boolean;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  headSha: string;
  headRef: string;
  baseRef: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface WorkflowRecord {
  id: number;
  path: string;
  name: string;
  state: 'active' | 'disabled_manually';
  createdAt: string;
}

export type RunStatus =
  'queued' | 'in_progress' | 'completed' | 'requested' | 'waiting' | 'pending' | 'action_required';

export interface RunRecord {
  id: number;
  /** The workflow's name. */
  workflowName: string;
  /** The run-name (`display_title`); defaults to the workflow name. */
  displayTitle: string;
  event: string;
  status: RunStatus;
  conclusion: string | null;
  workflowId: number;
  path: string;
  headSha: string;
  headBranch: string | null;
  runNumber: number;
  runAttempt: number;
  actor: string;
  createdAt: string;
  updatedAt: string;
  runStartedAt: string;
}

export interface DispatchRecord {
  repo: string;
  eventType: string;
  clientPayload: Record<string, unknown>;
  at: number;
  /** The login of the token that sent it. */
  sender: string;
}

export interface WorkflowDispatchRecord {
  repo: string;
  /** The workflow_id as sent (an id or a file name). */
  workflow: string;
  /** The resolved workflow id. */
  workflowId: number;
  ref: string;
  inputs: Record<string, unknown>;
  at: number;
  sender: string;
}

export interface StatusRecord {
  id: number;
  repo: string;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
}

export interface CheckRunRecord {
  id: number;
  repo: string;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  startedAt: string;
  completedAt: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  creator: string;
}

export interface ReleaseRecord {
  id: number;
  repo: string;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  author: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  /** Drafts have no tag URL on GitHub: `releases/tag/untagged-<hex>` until published. */
  untaggedId: string;
}

/** A rule of a ruleset as the REST API writes it (`{ type: 'update' }`, `{ type: 'non_fast_forward' }`…). */
export interface RuleRecord {
  type: string;
  parameters?: Record<string, unknown>;
}

export interface BypassActor {
  actor_id: number | null;
  actor_type:
    'Integration' | 'OrganizationAdmin' | 'RepositoryRole' | 'Team' | 'DeployKey' | 'User';
  bypass_mode: 'always' | 'pull_request' | 'exempt';
}

/** A repository ruleset (Settings → Rules → Rulesets). */
export interface RulesetRecord {
  id: number;
  name: string;
  target: 'branch' | 'tag' | 'push';
  enforcement: 'disabled' | 'active' | 'evaluate';
  /** ref_name include/exclude patterns: `~DEFAULT_BRANCH`, `~ALL`, `refs/heads/main`, `refs/heads/release/*`. */
  include: string[];
  exclude: string[];
  rules: RuleRecord[];
  bypassActors: BypassActor[];
  createdAt: string;
}

export interface RepoRecord {
  id: number;
  owner: string;
  ownerType: 'Organization' | 'User';
  name: string;
  fullName: string;
  private: boolean;
  archived: boolean;
  topics: string[];
  defaultBranch: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
  pushedAt: string;
  objects: ObjectStore;
  /** Full ref name (`refs/tags/x`) → object SHA. */
  refs: Map<string, string>;
  pulls: PullRecord[];
  workflows: WorkflowRecord[];
  runs: RunRecord[];
  rulesets: RulesetRecord[];
}

export interface SeedCommit {
  message: string;
  /**
   * Defaults to the default branch's head (none in an empty repository), and
   * then the commit moves that branch. Pass [] for another root commit.
   */
  parents?: string[];
  /**
   * Use this SHA instead of the object's hash (to mirror a real history).
   * Git-data routes still serve the commit under it.
   */
  sha?: string;
  /** The complete file set of the commit (path → content). */
  tree?: Record<string, string>;
  /** Changes applied to the first parent's files (path → content, null deletes). */
  changes?: Record<string, string | null>;
  author?: { name: string; email: string; date?: string };
  committer?: { name: string; email: string; date?: string };
  verified?: boolean;
  /** Move this branch (e.g. 'release') to the new commit (default: the default branch when `parents` is omitted). */
  branch?: string;
}

export interface SeedRun {
  id?: number;
  /** The run-name (display_title). */
  name?: string;
  /** The workflow's name; defaults to the workflow's, else the run name. */
  workflowName?: string;
  event?: string;
  status: RunStatus;
  conclusion?: string | null;
  workflowId?: number;
  headSha?: string;
  headBranch?: string;
  createdAt?: string;
  actor?: string;
}

const DEFAULT_PERSON = { name: 'Sandbox Developer', email: 'dev@sandbox.example' };

/** The identity GitHub gives `github-actions[bot]` (user id 41898282). */
/** Every commit reachable from `from` through parents, itself included (git's ancestry). */
export function ancestors(repo: RepoRecord, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const sha = queue.pop() as string;
    if (seen.has(sha)) continue;
    seen.add(sha);
    const c = repo.objects.get(sha);
    if (c?.type === 'commit') queue.push(...c.parents);
  }
  return seen;
}

export function botIdentity(login: string, id: number): { name: string; email: string } {
  return { name: login, email: `${id}+${login}@users.noreply.github.com` };
}

/** A stable id for a login (GitHub's real ids for github-actions[bot] and web-flow). */
export function userId(login: string): number {
  if (login === 'github-actions[bot]') return 41898282;
  if (login === 'web-flow') return 19864447;
  let h = 7;
  for (const ch of login) h = (h * 31 + ch.charCodeAt(0)) % 90_000_000;
  return 10_000_000 + h;
}

/** A GitHub App as `GET /apps/{app_slug}` shows it. */
export interface AppRecord {
  id: number;
  slug: string;
  clientId: string;
  name: string;
  owner: string;
  permissions: Record<string, 'read' | 'write'>;
  createdAt: string;
}

export class GitHubState {
  readonly dispatches: DispatchRecord[] = [];
  /** GitHub Apps by slug. */
  readonly apps = new Map<string, AppRecord>();
  readonly workflowDispatches: WorkflowDispatchRecord[] = [];
  readonly statuses: StatusRecord[] = [];
  readonly checkRuns: CheckRunRecord[] = [];
  /** GitHub Releases of every repository, in creation order. */
  readonly releases: ReleaseRecord[] = [];
  private readonly repos = new Map<string, RepoRecord>();
  private readonly dispatchHandlers: Array<(d: DispatchRecord) => void> = [];
  private readonly workflowDispatchHandlers: Array<(d: WorkflowDispatchRecord) => void> = [];
  private nextRepoId = 700_000_001;
  private nextRunId = 9_100_000_001;
  private nextStatusId = 1;
  private nextCheckRunId = 30_000_001;
  private nextReleaseId = 180_000_001;
  private nextRulesetId = 4_200_001;
  /** Commit dates of seeded commits advance one second each, so order is stable. */
  private clock = Date.parse('2026-01-05T10:00:00Z');

  addRepo(fullName: string, opts: RepoOptions = {}): RepoRecord {
    const [owner, name, ...rest] = fullName.split('/');
    if (!owner || !name || rest.length > 0)
      throw new Error(`sandbox: repository name must be owner/repo, got ${fullName}`);
    const key = fullName.toLowerCase();
    if (this.repos.has(key)) throw new Error(`sandbox: repository ${fullName} already exists`);
    const created =
      opts.createdAt ?? isoSeconds(Date.parse('2025-06-01T00:00:00Z') + this.repos.size * 60_000);
    const repo: RepoRecord = {
      id: this.nextRepoId++,
      owner,
      ownerType: opts.ownerType ?? 'Organization',
      name,
      fullName,
      private: opts.private ?? false,
      archived: opts.archived ?? false,
      topics: [...(opts.topics ?? [])],
      defaultBranch: opts.defaultBranch ?? 'main',
      description: opts.description ?? null,
      createdAt: created,
      updatedAt: created,
      pushedAt: created,
      objects: new ObjectStore(),
      refs: new Map(),
      pulls: [],
      workflows: [],
      runs: [],
      rulesets: [],
    };
    this.repos.set(key, repo);
    return repo;
  }

  /** The repository record, or undefined. */
  repo(fullName: string): RepoRecord | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  /** All repositories (in creation order). */
  allRepos(): RepoRecord[] {
    return [...this.repos.values()];
  }

  private mustRepo(fullName: string): RepoRecord {
    const r = this.repo(fullName);
    if (!r) throw new Error(`sandbox: no repository ${fullName} (add it with state.addRepo first)`);
    return r;
  }

  /** Changes a repository's flags after seeding (e.g. archive it mid-test). */
  updateRepo(
    fullName: string,
    patch: Partial<
      Pick<RepoRecord, 'archived' | 'topics' | 'private' | 'defaultBranch' | 'description'>
    >,
  ): void {
    Object.assign(this.mustRepo(fullName), patch);
  }

  /**
   * Adds a commit and returns its SHA (the git hash of the object unless
   * `sha` is given). Without `parents` it follows the default branch's head,
   * and with `branch` it moves that branch to it.
   */
  addCommit(fullName: string, opts: SeedCommit): string {
    const repo = this.mustRepo(fullName);
    const store = repo.objects;
    const head = repo.refs.get(`refs/heads/${repo.defaultBranch}`);
    const parents = (opts.parents ?? (head ? [head] : [])).map((p) => p.toLowerCase());
    for (const p of parents) {
      if (store.get(p)?.type !== 'commit')
        throw new Error(`sandbox: parent ${p} is not a commit of ${fullName}`);
    }
    let tree: string;
    if (opts.tree) {
      tree = store.writeTree(opts.tree);
    } else {
      const first = parents[0] ? (store.get(parents[0]) as CommitObject) : undefined;
      const base = first?.tree;
      tree = opts.changes || !base ? store.writeTree(opts.changes ?? {}, base) : base;
    }
    const date = isoSeconds((this.clock += 1000));
    const author: Person = { ...(opts.author ?? DEFAULT_PERSON), date: opts.author?.date ?? date };
    const committer: Person = {
      ...(opts.committer ?? opts.author ?? DEFAULT_PERSON),
      date: opts.committer?.date ?? author.date,
    };
    const signature = opts.verified ? sandboxSignature(repo.fullName) : undefined;
    let sha: string;
    if (opts.sha) {
      if (!/^[0-9a-f]{40}$/i.test(opts.sha))
        throw new Error(`sandbox: sha must be 40 hex digits, got ${opts.sha}`);
      sha = opts.sha.toLowerCase();
      const payload = `tree ${tree}\n${parents.map((p) => `parent ${p}\n`).join('')}author ${author.name} <${author.email}>\ncommitter ${committer.name} <${committer.email}>\n\n${opts.message}`;
      store.aliasCommit(sha, {
        tree,
        parents,
        author,
        committer,
        message: opts.message,
        signature,
        verified: opts.verified ?? false,
        payload,
      });
    } else {
      sha = store.putCommit({
        tree,
        parents,
        author,
        committer,
        message: opts.message,
        signature,
        verified: opts.verified ?? false,
      });
    }
    // Like `git commit`: without explicit parents the commit lands on the
    // default branch and moves it; with parents, only `branch` moves.
    const branch = opts.branch ?? (opts.parents === undefined ? repo.defaultBranch : undefined);
    if (branch) this.setRef(fullName, `refs/heads/${branch}`, sha);
    return sha;
  }

  /** The commit object for a SHA (full or abbreviated), a branch, a tag or `HEAD`. */
  getCommit(fullName: string, ref: string): CommitObject | undefined {
    const repo = this.mustRepo(fullName);
    const sha = this.resolve(repo, ref);
    const obj = sha ? repo.objects.peel(sha) : undefined;
    return obj?.type === 'commit' ? obj : undefined;
  }

  /** The files (path → text) of a commit, tree, branch or tag. */
  readTree(fullName: string, ref: string): Record<string, string> {
    const repo = this.mustRepo(fullName);
    const sha = this.resolve(repo, ref);
    const obj = sha ? repo.objects.peel(sha) : undefined;
    if (!obj) throw new Error(`sandbox: ${ref} not found in ${fullName}`);
    if (obj.type === 'commit') return repo.objects.readFiles(obj.tree);
    if (obj.type === 'tree') return repo.objects.readFiles(obj.sha);
    throw new Error(`sandbox: ${ref} in ${fullName} is a ${obj.type}`);
  }

  /** Resolves a SHA, abbreviated SHA, full ref, `heads/x`, `tags/x`, branch or tag name. */
  resolve(repo: RepoRecord, ref: string): string | undefined {
    if (ref === 'HEAD') return repo.refs.get(`refs/heads/${repo.defaultBranch}`);
    for (const candidate of [ref, `refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
      const hit = repo.refs.get(candidate);
      if (hit) return hit;
    }
    return repo.objects.findByPrefix(ref)?.sha;
  }

  setRef(fullName: string, ref: string, sha: string): void {
    const repo = this.mustRepo(fullName);
    if (!ref.startsWith('refs/'))
      throw new Error(`sandbox: ref must be a full name (refs/heads/x, refs/tags/x), got ${ref}`);
    if (!repo.objects.has(sha)) throw new Error(`sandbox: ${sha} is not an object of ${fullName}`);
    repo.refs.set(ref, sha.toLowerCase());
    repo.pushedAt = isoSeconds();
  }

  getRef(fullName: string, ref: string): string | undefined {
    return this.mustRepo(fullName).refs.get(ref);
  }

  deleteRef(fullName: string, ref: string): void {
    this.mustRepo(fullName).refs.delete(ref);
  }

  /** Refs whose full name starts with `prefix` (e.g. 'refs/tags/'), sorted by name as GitHub lists them. */
  listRefs(fullName: string, prefix = 'refs/'): Array<{ ref: string; sha: string }> {
    return [...this.mustRepo(fullName).refs.entries()]
      .filter(([ref]) => ref.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([ref, sha]) => ({ ref, sha }));
  }

  /**
   * Seeds a tag: annotated when a message is given (a tag object plus the
   * ref), lightweight otherwise. Returns what the ref points at.
   */
  addTag(
    fullName: string,
    name: string,
    target: string,
    opts: { message?: string; tagger?: Person } = {},
  ): string {
    const repo = this.mustRepo(fullName);
    const obj = repo.objects.get(target);
    if (!obj) throw new Error(`sandbox: ${target} is not an object of ${fullName}`);
    let sha = obj.sha;
    if (opts.message !== undefined) {
      sha = repo.objects.putTag({
        tag: name,
        message: opts.message,
        object: { sha: obj.sha, type: obj.type },
        tagger: opts.tagger ?? { ...DEFAULT_PERSON, date: isoSeconds((this.clock += 1000)) },
      });
    }
    this.setRef(fullName, `refs/tags/${name}`, sha);
    return sha;
  }

  /** Tags of a repository: name, what the ref points at, the commit it peels to, and the tag object if annotated. */
  tagsOf(fullName: string): Array<{
    name: string;
    sha: string;
    commit: string | undefined;
    annotated: TagObject | undefined;
  }> {
    const repo = this.mustRepo(fullName);
    return this.listRefs(fullName, 'refs/tags/').map(({ ref, sha }) => {
      const obj = repo.objects.get(sha);
      const peeled = repo.objects.peel(sha);
      return {
        name: ref.slice('refs/tags/'.length),
        sha,
        commit: peeled?.type === 'commit' ? peeled.sha : undefined,
        annotated: obj?.type === 'tag' ? obj : undefined,
      };
    });
  }

  /** Every annotated tag object in every repository (with its repository). */
  get tags(): Array<TagObject & { repo: string }> {
    return this.allRepos().flatMap((r) =>
      r.objects.all('tag').map((t) => ({ ...t, repo: r.fullName })),
    );
  }

  /** Every commit object in every repository (with its repository). */
  get commits(): Array<CommitObject & { repo: string }> {
    return this.allRepos().flatMap((r) =>
      r.objects.all('commit').map((c) => ({ ...c, repo: r.fullName })),
    );
  }

  /** The object store of one repository (blobs, trees, commits, tags). */
  objects(fullName: string): ObjectStore {
    return this.mustRepo(fullName).objects;
  }

  addPull(
    fullName: string,
    opts: {
      number: number;
      title?: string;
      body?: string;
      labels?: string[];
      mergeCommitSha: string;
      headSha?: string;
      headRef?: string;
      baseRef?: string;
      merged?: boolean;
      mergedAt?: string;
      user?: string;
    },
  ): PullRecord {
    const repo = this.mustRepo(fullName);
    const merged = opts.merged ?? true;
    const at = isoSeconds((this.clock += 1000));
    const pull: PullRecord = {
      number: opts.number,
      title: opts.title ?? `Pull request #${opts.number}`,
      body: opts.body ?? null,
      labels: [...(opts.labels ?? [])],
      state: merged ? 'closed' : 'open',
      merged,
      mergedAt: merged ? (opts.mergedAt ?? at) : null,
      mergeCommitSha: opts.mergeCommitSha.toLowerCase(),
      headSha: (opts.headSha ?? opts.mergeCommitSha).toLowerCase(),
      headRef: opts.headRef ?? `feature-${opts.number}`,
      baseRef: opts.baseRef ?? repo.defaultBranch,
      user: opts.user ?? 'sandbox-dev',
      createdAt: at,
      updatedAt: at,
    };
    repo.pulls.push(pull);
    return pull;
  }

  addWorkflow(fullName: string, opts: { id: number; path: string; name?: string }): WorkflowRecord {
    const repo = this.mustRepo(fullName);
    const wf: WorkflowRecord = {
      id: opts.id,
      path: opts.path,
      name: opts.name ?? opts.path.replace(/^.*\//, ''),
      state: 'active',
      createdAt: repo.createdAt,
    };
    repo.workflows.push(wf);
    return wf;
  }

  /** Finds a workflow by id or by file name (`release.yml`), as the API accepts either. */
  findWorkflow(fullName: string, idOrFile: string | number): WorkflowRecord | undefined {
    const repo = this.mustRepo(fullName);
    const s = String(idOrFile);
    return repo.workflows.find(
      (w) => String(w.id) === s || w.path.replace(/^.*\//, '') === s || w.path === s,
    );
  }

  addRun(fullName: string, run: SeedRun): number {
    const repo = this.mustRepo(fullName);
    const wf =
      run.workflowId !== undefined
        ? repo.workflows.find((w) => w.id === run.workflowId)
        : repo.workflows[0];
    const id = run.id ?? this.nextRunId++;
    const created = run.createdAt ? isoSeconds(run.createdAt) : isoSeconds();
    const workflowId = run.workflowId ?? wf?.id ?? 1;
    const workflowName = run.workflowName ?? wf?.name ?? run.name ?? 'CI';
    const record: RunRecord = {
      id,
      workflowName,
      displayTitle: run.name ?? workflowName,
      event: run.event ?? 'push',
      status: run.status,
      conclusion: run.conclusion ?? null,
      workflowId,
      path: wf?.path ?? '.github/workflows/ci.yml',
      headSha: (
        run.headSha ??
        repo.refs.get(`refs/heads/${repo.defaultBranch}`) ??
        '0'.repeat(40)
      ).toLowerCase(),
      headBranch: run.headBranch ?? repo.defaultBranch,
      runNumber: repo.runs.filter((r) => r.workflowId === workflowId).length + 1,
      runAttempt: 1,
      actor: run.actor ?? 'github-actions[bot]',
      createdAt: created,
      updatedAt: created,
      runStartedAt: created,
    };
    repo.runs.push(record);
    return id;
  }

  getRun(fullName: string, id: number): RunRecord | undefined {
    return this.mustRepo(fullName).runs.find((r) => r.id === id);
  }

  updateRun(
    fullName: string,
    id: number,
    patch: { status?: RunStatus; conclusion?: string | null; name?: string },
  ): void {
    const run = this.getRun(fullName, id);
    if (!run) throw new Error(`sandbox: no run ${id} in ${fullName}`);
    if (patch.status !== undefined) run.status = patch.status;
    if (patch.conclusion !== undefined) run.conclusion = patch.conclusion;
    if (patch.name !== undefined) run.displayTitle = patch.name;
    run.updatedAt = isoSeconds();
  }

  /** Registers a GitHub App (its bot, `<slug>[bot]`, writes what its installation tokens write). */
  addApp(a: Omit<AppRecord, 'createdAt' | 'name'> & { name?: string }): AppRecord {
    const app: AppRecord = { ...a, name: a.name ?? a.slug, createdAt: '2025-05-01T00:00:00Z' };
    this.apps.set(a.slug.toLowerCase(), app);
    return app;
  }

  /** Adds a repository ruleset (what an admin saves under Settings → Rules); returns its id. */
  addRuleset(
    fullName: string,
    r: Partial<Omit<RulesetRecord, 'id' | 'createdAt'>> & { name: string; rules: RuleRecord[] },
  ): number {
    const repo = this.mustRepo(fullName);
    const id = this.nextRulesetId++;
    repo.rulesets.push({
      id,
      name: r.name,
      target: r.target ?? 'branch',
      enforcement: r.enforcement ?? 'active',
      include: r.include ?? ['~DEFAULT_BRANCH'],
      exclude: r.exclude ?? [],
      rules: r.rules,
      bypassActors: r.bypassActors ?? [],
      createdAt: isoSeconds((this.clock += 1000)),
    });
    return id;
  }

  /** Called (synchronously, before the 204 is sent) for every accepted repository dispatch. */
  onRepositoryDispatch(handler: (d: DispatchRecord) => void): void {
    this.dispatchHandlers.push(handler);
  }

  /** Called (synchronously, before the answer is sent) for every accepted workflow dispatch. */
  onWorkflowDispatch(handler: (d: WorkflowDispatchRecord) => void): void {
    this.workflowDispatchHandlers.push(handler);
  }

  /** @internal used by routes.ts */
  recordDispatch(d: DispatchRecord): void {
    this.dispatches.push(d);
    for (const h of this.dispatchHandlers) h(d);
  }

  /** @internal used by routes.ts */
  recordWorkflowDispatch(d: WorkflowDispatchRecord): void {
    this.workflowDispatches.push(d);
    for (const h of this.workflowDispatchHandlers) h(d);
  }

  /** @internal */
  newStatusId(): number {
    return this.nextStatusId++;
  }

  /** @internal */
  newReleaseId(): number {
    return this.nextReleaseId++;
  }

  /** The releases of a repository (drafts included), oldest first. */
  releasesOf(fullName: string): ReleaseRecord[] {
    return this.releases.filter((r) => r.repo.toLowerCase() === fullName.toLowerCase());
  }

  /** @internal */
  newCheckRunId(): number {
    return this.nextCheckRunId++;
  }
}

/** An armoured block standing in for GitHub's web-flow signature (never checked cryptographically). */
export function sandboxSignature(repo: string): string {
  const body = Buffer.from(`sandbox signature for ${repo}`).toString('base64');
  return `-----BEGIN PGP SIGNATURE-----\n\nwsBcBAABCAAQBQJ${body}\n-----END PGP SIGNATURE-----\n`;
}

export { EMPTY_TREE_SHA };
