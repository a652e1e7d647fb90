/**
 * Writes a package tree to the mirror repository as one commit through the
 * git data API, and tags it `v<version>`.
 *
 * Why the git data API and not `git push`: GitHub signs commits an app makes
 * through it (the web-flow key), which is what mirror-guard's rule 2 checks,
 * and no checkout or git credentials are needed on the runner.
 *
 * The commit's tree is the package tree plus the mirror's own `.github`
 * folder carried over from the branch head by its tree id (see
 * MIRROR_OWN_FOLDER: without it the mirror's guard workflow would vanish
 * with the first sync). No base_tree: files a new version dropped go away.
 *
 * Idempotent, decided without uploading anything: the tree id is computed
 * locally (git-objects.ts) and compared with
 *   1. the commit the tag `v<version>` points at: same content → done; other
 *      content → refused (a published version's files never change);
 *   2. the branch head's tree: same → only the tag is added (if missing).
 * Otherwise: the blobs the head's tree lacks (UTF-8 text inline in the tree
 * request, other files as base64 blobs), one tree, one commit whose parent is
 * the head, the branch moved, the tag created.
 *
 * Never a force push: the new commit's parent IS the head just read, so the
 * update is a fast-forward. If the branch moved in between (a concurrent
 * run), GitHub answers 422 "not a fast forward"; the head is re-read and the
 * commit made again on top of it, up to three times. A version older than
 * the head's (a backport published after a newer release) gets its commit
 * (parent: the head) and its tag, and the branch stays at the newer version.
 *
 * An empty repository cannot be written through the git data API (409), so
 * the mirror needs a first commit (its `.github` folder) made by hand.
 */
import { createAnnotatedTag } from '../github/release.js';
import type { GitHubApi } from '../github/client.js';
import { compareVersions, parseVersion } from '../versions/pep440.js';
import { ActionError } from '../toolkit/errors.js';
import { treeId } from './git-objects.js';
import { MIRROR_OWN_FOLDER, type MirrorFile } from './files.js';
import { readProvenance, renderProvenanceMessage, type Provenance } from './trailers.js';

export interface SyncOptions {
  /** Reads and the few structural writes (tree, commit, refs, tag). */
  github: GitHubApi;
  /** Blob uploads; may be a client that spaces its writes (default: github). */
  blobClient?: GitHubApi;
  owner: string;
  repo: string;
  branch: string;
  version: string;
  files: readonly MirrorFile[];
  provenance: Omit<Provenance, 'runtimeVersion'>;
  log?: (message: string) => void;
  /** Largest text file sent inline in the tree request (bytes). */
  inlineLimit?: number;
  /** Largest total of inline text per tree request (bytes). */
  inlineBudget?: number;
}

export type SyncOutcome =
  /** A new commit was written (and the branch moved, unless `branchMoved` is false). */
  | 'committed'
  /** The tag already pointed at a commit with this tree. */
  | 'tag-exists'
  /** The branch head already held this tree; only the tag was added (if missing). */
  | 'head-has-tree';

export interface SyncResult {
  outcome: SyncOutcome;
  created: boolean;
  commit: string;
  tree: string;
  tag: string;
  tagCreated: boolean;
  /** The branch head before this run (undefined: the branch did not exist). */
  previousHead?: string;
  branchMoved: boolean;
  branchCreated: boolean;
  blobsUploaded: number;
  /** Files sent as text inside the tree request. */
  inlined: number;
  /** Files whose blob the repository already had. */
  reused: number;
  attempts: number;
  message: string;
  /** Things the user should know (a backport left the branch alone; no guard workflow on the mirror). */
  notes: string[];
}

// ignoreBOM keeps a leading BOM in the text (the default strips it, which would change the bytes).
const TEXT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Text git and GitHub store byte for byte when sent as a JSON string: valid UTF-8 without NUL. */
function asInlineText(data: Uint8Array): string | undefined {
  if (data.includes(0)) return undefined;
  try {
    const text = TEXT.decode(data);
    // A BOM is easily lost on the way (decoders strip it); such files go as exact base64 blobs.
    return text.charCodeAt(0) === 0xfeff ? undefined : text;
  } catch {
    return undefined;
  }
}

function status(e: unknown): number | undefined {
  const s = (e as { status?: unknown }).status;
  return typeof s === 'number' ? s : undefined;
}

interface Where {
  owner: string;
  repo: string;
}

/** The commit an annotated or lightweight tag finally points at. */
async function peel(github: GitHubApi, where: Where, ref: { sha: string; type: string }) {
  let { sha, type } = ref;
  for (let depth = 0; type === 'tag' && depth < 5; depth++) {
    const { data } = await github.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', {
      ...where,
      tag_sha: sha,
    });
    ({ sha, type } = data.object);
  }
  return { sha, type };
}

/** A ref's target; undefined when it does not exist (404); 'empty' for a repository without commits (409). */
async function readRef(
  github: GitHubApi,
  where: Where,
  ref: string,
): Promise<{ sha: string; type: string } | 'empty' | undefined> {
  const get = (retries?: number) =>
    github.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      ...where,
      ref,
      ...(retries === undefined ? {} : { request: { retries } }),
    });
  try {
    // First without the client's retries: it retries a 409 (the client's
    // policy treats it as possibly transient), but "Git Repository is empty."
    // is an answer, and waiting 14 s on it helps nobody.
    const { data } = await get(0).catch((e: unknown) => {
      const s = status(e);
      if (s === 404 || s === 409) throw e;
      return get();
    });
    return { sha: data.object.sha, type: data.object.type };
  } catch (e) {
    if (status(e) === 409) return 'empty';
    if (status(e) === 404) return undefined;
    throw e;
  }
}

async function readCommit(github: GitHubApi, where: Where, sha: string) {
  const { data } = await github.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
    ...where,
    commit_sha: sha,
  });
  return data;
}

/** The id of a tree's direct subfolder `name`, or undefined. */
export async function subtreeOf(
  github: GitHubApi,
  where: Where,
  treeSha: string,
  name: string,
): Promise<string | undefined> {
  const { data } = await github.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
    ...where,
    tree_sha: treeSha,
  });
  return data.tree.find((e) => e.path === name && e.type === 'tree')?.sha;
}

export async function syncMirror(options: SyncOptions): Promise<SyncResult> {
  const github = options.github;
  const blobs = options.blobClient ?? github;
  const where: Where = { owner: options.owner, repo: options.repo };
  const full = `${options.owner}/${options.repo}`;
  const log = options.log ?? (() => {});
  const tag = `v${options.version}`;
  const own = MIRROR_OWN_FOLDER;
  const clash = options.files.find((f) => f.path === own || f.path.startsWith(`${own}/`));
  if (clash) {
    throw new ActionError(
      `The package tree holds ${clash.path}, but ${own}/ is the mirror's own folder (its guard workflow).`,
      {
        input: 'package-dir',
        title: 'Package tree clashes with the mirror',
        hint: `Leave ${own}/ out of the package (the build's exclude input).`,
      },
    );
  }
  /** The tree a commit must have: the package files plus the mirror's own folder as `base` has it. */
  const treeWith = (ownTree: string | undefined): string =>
    treeId(options.files, ownTree ? [{ path: own, tree: ownTree }] : []);
  const message = renderProvenanceMessage({
    runtimeVersion: options.version,
    ...options.provenance,
  });
  const counts = { blobsUploaded: 0, inlined: 0, reused: 0 };
  const notes: string[] = [];
  log(`Package tree: ${options.files.length} files, tree ${treeWith(undefined)} without ${own}/.`);

  // 1. The version's tag decides first: a re-run after a newer version moved the branch is still a no-op.
  const tagRef = await readRef(github, where, `tags/${tag}`);
  if (tagRef === 'empty') throw emptyMirror(full, options.branch);
  if (tagRef) {
    const target = await peel(github, where, tagRef);
    const tagged =
      target.type === 'commit' ? await readCommit(github, where, target.sha) : undefined;
    const expected = tagged
      ? treeWith(await subtreeOf(github, where, tagged.tree.sha, own))
      : undefined;
    if (tagged && tagged.tree.sha === expected) {
      log(`${tag} already points at ${tagged.sha} with this content: nothing to do.`);
      return {
        ...counts,
        tree: tagged.tree.sha,
        tag,
        message,
        notes,
        outcome: 'tag-exists',
        created: false,
        commit: tagged.sha,
        tagCreated: false,
        branchMoved: false,
        branchCreated: false,
        attempts: 0,
      };
    }
    throw new ActionError(
      `The mirror ${full} already has ${tag} on ${target.sha.slice(0, 12)}, whose tree (${tagged?.tree.sha ?? `a ${target.type}`}) is not this package tree (${expected ?? treeWith(undefined)}).`,
      {
        title: 'Version already mirrored with other content',
        hint: `A published version's files never change, so the mirror's ${tag} must not either. Check that package-dir is the sdist of ${options.version} (the build of the published version, not a later one); if ${tag} on the mirror is wrong, delete that tag by hand and re-run.`,
      },
    );
  }

  const createdTrees = new Set<string>();
  const uploadedBlobs = new Set<string>();
  for (let attempt = 1; attempt <= 3; attempt++) {
    // 2. The branch head, and the mirror's own folder in it.
    const headRef = await readRef(github, where, `heads/${options.branch}`);
    if (headRef === 'empty') throw emptyMirror(full, options.branch);
    const head = headRef ? await readCommit(github, where, headRef.sha) : undefined;
    const ownTree = head ? await subtreeOf(github, where, head.tree.sha, own) : undefined;
    const tree = treeWith(ownTree);
    // What every written outcome reports besides its own fields (in this order).
    const written = (
      fields: Omit<
        SyncResult,
        keyof typeof counts | 'tree' | 'tag' | 'message' | 'notes' | 'attempts'
      >,
    ): SyncResult => ({ ...counts, tree, tag, message, notes, ...fields, attempts: attempt });
    if (head && !ownTree && attempt === 1) {
      notes.push(
        `${options.branch} has no ${own}/ folder, so no mirror-guard workflow runs on the mirror's pushes: add .github/workflows/mirror-guard.yml to it.`,
      );
    }
    if (head && head.tree.sha === tree) {
      log(`${options.branch} (${head.sha}) already holds this content: tagging it.`);
      const t = await tagCommit(github, where, tag, head.sha, options.version, tree);
      return written({
        outcome: 'head-has-tree',
        created: false,
        commit: head.sha,
        previousHead: head.sha,
        tagCreated: t,
        branchMoved: false,
        branchCreated: false,
      });
    }

    // A backport: a version older than the head's gets its commit and tag, and the branch stays.
    const headVersion = head ? readProvenance(head.message) : undefined;
    const olderThanHead =
      headVersion?.ok === true &&
      parseVersion(headVersion.provenance.runtimeVersion) !== undefined &&
      parseVersion(options.version) !== undefined &&
      compareVersions(headVersion.provenance.runtimeVersion, options.version) > 0;

    // 3. Blobs and the tree (again only if the head's own folder changed between attempts).
    if (!createdTrees.has(tree)) {
      const made = await writeTree(github, blobs, where, options, {
        headTree: head?.tree.sha,
        ownTree,
        counts,
        uploadedBlobs,
        log,
      });
      if (made !== tree) {
        throw new ActionError(
          `GitHub built the tree ${made} for ${full}, but the package tree's id is ${tree}: the uploaded content differs from package-dir.`,
          {
            title: 'Mirror tree mismatch',
            hint: 'Nothing was committed. This points at a file GitHub stored differently (an encoding change); report it with the list of files.',
          },
        );
      }
      createdTrees.add(tree);
    }

    // 4. The commit (parent: the head, also for a backport, so its own folder has a parent to match).
    const parents = head ? [head.sha] : [];
    const { data: commit } = await github.request('POST /repos/{owner}/{repo}/git/commits', {
      ...where,
      message,
      tree,
      parents,
    });
    log(`Commit ${commit.sha} (parent ${parents[0] ?? 'none'}).`);

    // 5. The branch: created, fast-forwarded, or (a backport) left alone.
    let branchCreated = false;
    let branchMoved = false;
    if (olderThanHead) {
      notes.push(
        `${options.branch} holds ${headVersion?.ok ? headVersion.provenance.runtimeVersion : 'a newer version'}, newer than ${options.version}: the branch stays there, and ${tag} marks the new commit.`,
      );
    } else {
      try {
        if (!headRef) {
          await github.request('POST /repos/{owner}/{repo}/git/refs', {
            ...where,
            ref: `refs/heads/${options.branch}`,
            sha: commit.sha,
          });
          branchCreated = true;
        } else {
          await github.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
            ...where,
            ref: `heads/${options.branch}`,
            sha: commit.sha,
            force: false,
          });
        }
        branchMoved = true;
      } catch (e) {
        // Another writer moved (or created) the branch since it was read: start again from its new head.
        if (status(e) === 422 && attempt < 3) {
          log(`${options.branch} moved while writing (${errorMessage(e)}); reading it again.`);
          continue;
        }
        throw e;
      }
    }

    // 6. The tag.
    const tagCreated = await tagCommit(github, where, tag, commit.sha, options.version, tree);
    return written({
      outcome: 'committed',
      created: true,
      commit: commit.sha,
      ...(head ? { previousHead: head.sha } : {}),
      tagCreated,
      branchMoved,
      branchCreated,
    });
  }
  throw new ActionError(
    `The branch ${options.branch} of ${full} kept moving while the mirror commit was written (3 attempts).`,
    {
      title: 'Mirror branch busy',
      hint: 'Another writer is pushing to the mirror; the mirror has one writer, the publish pipeline. Find the other one, then re-run.',
    },
  );
}

/** GitHub's git data API cannot write the first commit of a repository (409 "Git Repository is empty."). */
function emptyMirror(full: string, branch: string): ActionError {
  return new ActionError(
    `The mirror ${full} is empty, and GitHub's git data API cannot write into an empty repository (409 Git Repository is empty.).`,
    {
      title: 'Mirror not initialised',
      hint: `Give it a first commit on ${branch} holding ${MIRROR_OWN_FOLDER}/workflows/mirror-guard.yml (see examples/workflows/mirror-guard.yml in runtime-actions), then re-run: every later commit keeps that folder and adds the package.`,
    },
  );
}

function errorMessage(e: unknown): string {
  const data = (e as { response?: { data?: { message?: unknown } } }).response?.data;
  return typeof data?.message === 'string' ? data.message : String((e as Error).message ?? e);
}

/** Creates the annotated tag; a tag someone else made a moment ago is accepted when it holds the same tree. */
async function tagCommit(
  github: GitHubApi,
  where: Where,
  tag: string,
  sha: string,
  version: string,
  tree: string,
): Promise<boolean> {
  const outcome = await createAnnotatedTag(github, {
    ...where,
    tag,
    sha,
    message: `Runtime ${version}\n`,
  });
  if (outcome.created) return true;
  if (outcome.existingCommit === sha) return false;
  const other = await readCommit(github, where, outcome.existingCommit);
  if (other.tree.sha === tree) return false;
  throw new ActionError(
    `${tag} was created on ${outcome.existingCommit.slice(0, 12)} with other content while this run wrote ${sha.slice(0, 12)}.`,
    {
      title: 'Mirror tag race',
      hint: `Two runs mirrored ${version} with different trees. Check which package-dir is the published sdist, fix ${tag} by hand and re-run.`,
    },
  );
}

/**
 * Uploads what the repository lacks and creates the tree. Files whose blob
 * the head's tree already holds are referenced by id; UTF-8 text goes inline
 * in the tree request (one write for all of it, instead of one per file),
 * within a size budget; the rest goes as base64 blobs.
 */
async function writeTree(
  github: GitHubApi,
  blobs: GitHubApi,
  where: Where,
  options: SyncOptions,
  state: {
    headTree: string | undefined;
    ownTree: string | undefined;
    counts: { blobsUploaded: number; inlined: number; reused: number };
    uploadedBlobs: Set<string>;
    log: (m: string) => void;
  },
): Promise<string> {
  const { counts, log } = state;
  counts.blobsUploaded = counts.inlined = counts.reused = 0;
  const known = new Set<string>(state.uploadedBlobs);
  if (state.headTree) {
    const { data } = await github.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      ...where,
      tree_sha: state.headTree,
      recursive: '1',
    });
    // A truncated listing only means fewer reused blobs.
    for (const e of data.tree) if (e.type === 'blob' && e.sha) known.add(e.sha);
  }
  const inlineLimit = options.inlineLimit ?? 256 * 1024;
  let budget = options.inlineBudget ?? 4 * 1024 * 1024;
  type Entry = {
    path: string;
    mode: '100644' | '100755' | '040000';
    type: 'blob' | 'tree';
    sha?: string;
    content?: string;
  };
  const entries: Entry[] = [];
  const toUpload: Array<{ entry: Entry; data: Uint8Array; blob: string }> = [];
  for (const f of options.files) {
    const entry: Entry = { path: f.path, mode: f.mode, type: 'blob' };
    entries.push(entry);
    if (known.has(f.blob)) {
      entry.sha = f.blob;
      counts.reused++;
      continue;
    }
    const text = f.data.byteLength <= inlineLimit ? asInlineText(f.data) : undefined;
    if (text !== undefined && f.data.byteLength <= budget) {
      entry.content = text;
      budget -= f.data.byteLength;
      counts.inlined++;
      continue;
    }
    toUpload.push({ entry, data: f.data, blob: f.blob });
  }
  for (const { entry, data, blob: expected } of toUpload) {
    const { data: blob } = await blobs.request('POST /repos/{owner}/{repo}/git/blobs', {
      ...where,
      content: Buffer.from(data).toString('base64'),
      encoding: 'base64',
    });
    if (blob.sha !== expected) {
      throw new ActionError(
        `GitHub stored ${entry.path} as blob ${blob.sha}, but its content hashes to ${expected}.`,
        { title: 'Mirror blob mismatch', hint: 'Nothing was committed; re-run the job.' },
      );
    }
    entry.sha = blob.sha;
    state.uploadedBlobs.add(blob.sha);
    counts.blobsUploaded++;
  }
  if (state.ownTree)
    entries.push({ path: MIRROR_OWN_FOLDER, mode: '040000', type: 'tree', sha: state.ownTree });
  log(
    `Tree: ${counts.reused} blobs reused, ${counts.inlined} files inline, ${counts.blobsUploaded} blobs uploaded.`,
  );
  const { data } = await github.request('POST /repos/{owner}/{repo}/git/trees', {
    ...where,
    tree: entries,
  });
  return data.sha;
}
