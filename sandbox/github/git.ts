/**
 * Git objects as git itself writes them: blobs, trees, commits and annotated
 * tags, each stored under the SHA-1 of its canonical encoding. Real hashes
 * matter: clients compare tree SHAs (mirror-guard compares a mirror's tree
 * with an sdist's), and the sandbox's tests check every hash here against the
 * `git` binary (`git hash-object`, `git mktree`), a client nobody here wrote.
 */
import { createHash } from 'node:crypto';

export type FileMode = '100644' | '100755' | '040000' | '160000' | '120000';

export interface TreeEntry {
  name: string;
  mode: FileMode;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface Person {
  name: string;
  email: string;
  /** ISO 8601, as the REST API shows it. */
  date: string;
}

export interface BlobObject {
  type: 'blob';
  sha: string;
  content: Buffer;
}
export interface TreeObject {
  type: 'tree';
  sha: string;
  /** In git's order (see `compareEntries`). */
  entries: TreeEntry[];
}
export interface CommitObject {
  type: 'commit';
  sha: string;
  tree: string;
  parents: string[];
  author: Person;
  committer: Person;
  message: string;
  /** The ASCII-armoured signature (the `gpgsig` header), when signed. */
  signature: string | undefined;
  /** Whether GitHub would show the signature as verified (the sandbox decides; see state.ts). */
  verified: boolean;
  /** The commit as git hashes it minus the signature: what a signature signs (`verification.payload`). */
  payload: string;
}
export interface TagObject {
  type: 'tag';
  sha: string;
  tag: string;
  message: string;
  object: { sha: string; type: 'commit' | 'tree' | 'blob' | 'tag' };
  tagger: Person;
}
export type GitObject = BlobObject | TreeObject | CommitObject | TagObject;

/** A file as flattened from a tree: path → entry. */
export interface FlatEntry {
  path: string;
  mode: FileMode;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export const EMPTY_TREE_SHA = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

function hashObject(type: string, body: Buffer): string {
  const header = Buffer.from(`${type} ${body.length}\0`);
  return createHash('sha1').update(header).update(body).digest('hex');
}

/** git orders tree entries bytewise by name, a subtree's name compared as `name/`. */
function compareEntries(a: TreeEntry, b: TreeEntry): number {
  const ka = Buffer.from(a.type === 'tree' ? `${a.name}/` : a.name);
  const kb = Buffer.from(b.type === 'tree' ? `${b.name}/` : b.name);
  return Buffer.compare(ka, kb);
}

/** `2024-01-02T03:04:05Z` → `1704164645 +0000` (the API reports UTC). */
function gitDate(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`git: invalid date ${iso}`);
  return `${Math.floor(ms / 1000)} +0000`;
}

/** Normalises an ISO date to GitHub's second precision with a Z. */
export function isoSeconds(iso: string | number | Date = Date.now()): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class ObjectStore {
  private readonly objects = new Map<string, GitObject>();

  get(sha: string): GitObject | undefined {
    return this.objects.get(sha.toLowerCase());
  }

  has(sha: string): boolean {
    return this.objects.has(sha.toLowerCase());
  }

  /** Every object of one type, in insertion order. */
  all<T extends GitObject['type']>(type: T): Array<Extract<GitObject, { type: T }>> {
    return [...this.objects.values()].filter(
      (o): o is Extract<GitObject, { type: T }> => o.type === type,
    );
  }

  /** Finds an object by an abbreviated SHA (≥ 4 hex digits), as GitHub resolves `commits/{ref}`. */
  findByPrefix(prefix: string): GitObject | undefined {
    const p = prefix.toLowerCase();
    if (!/^[0-9a-f]{4,40}$/.test(p)) return undefined;
    const exact = this.objects.get(p);
    if (exact) return exact;
    const hits = [...this.objects.keys()].filter((k) => k.startsWith(p));
    return hits.length === 1 ? this.objects.get(hits[0] as string) : undefined;
  }

  putBlob(content: string | Buffer): string {
    const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const sha = hashObject('blob', buf);
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'blob', sha, content: buf });
    return sha;
  }

  putTree(entries: TreeEntry[]): string {
    const sorted = [...entries].sort(compareEntries);
    const parts: Buffer[] = [];
    for (const e of sorted) {
      // In the object, a tree's mode is written without its leading zero.
      const mode = e.mode === '040000' ? '40000' : e.mode;
      parts.push(Buffer.from(`${mode} ${e.name}\0`), Buffer.from(e.sha, 'hex'));
    }
    const sha = hashObject('tree', Buffer.concat(parts));
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'tree', sha, entries: sorted });
    return sha;
  }

  putCommit(c: {
    tree: string;
    parents: string[];
    author: Person;
    committer: Person;
    message: string;
    signature?: string;
    verified?: boolean;
  }): string {
    const head = [`tree ${c.tree}`, ...c.parents.map((p) => `parent ${p}`)];
    head.push(`author ${c.author.name} <${c.author.email}> ${gitDate(c.author.date)}`);
    head.push(`committer ${c.committer.name} <${c.committer.email}> ${gitDate(c.committer.date)}`);
    const payload = `${head.join('\n')}\n\n${c.message}`;
    let text = payload;
    if (c.signature) {
      // gpgsig is a multi-line header: continuation lines start with a space.
      const sig = c.signature.replace(/\n$/, '').split('\n').join('\n ');
      text = `${head.join('\n')}\ngpgsig ${sig}\n\n${c.message}`;
    }
    const sha = hashObject('commit', Buffer.from(text, 'utf8'));
    if (!this.objects.has(sha)) {
      this.objects.set(sha, {
        type: 'commit',
        sha,
        tree: c.tree,
        parents: [...c.parents],
        author: c.author,
        committer: c.committer,
        message: c.message,
        signature: c.signature,
        verified: c.verified ?? false,
        payload,
      });
    }
    return sha;
  }

  putTag(t: { tag: string; message: string; object: TagObject['object']; tagger: Person }): string {
    const text =
      `object ${t.object.sha}\ntype ${t.object.type}\ntag ${t.tag}\n` +
      `tagger ${t.tagger.name} <${t.tagger.email}> ${gitDate(t.tagger.date)}\n\n${t.message}`;
    const sha = hashObject('tag', Buffer.from(text, 'utf8'));
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'tag', sha, ...t });
    return sha;
  }

  /**
   * Registers a commit under a SHA the caller chose (seeding a state that
   * mirrors a real repository's history). Such a SHA is not the hash of the
   * object; everything else treats it as any other commit.
   */
  aliasCommit(sha: string, commit: Omit<CommitObject, 'sha' | 'type'>): void {
    this.objects.set(sha.toLowerCase(), { type: 'commit', sha: sha.toLowerCase(), ...commit });
  }

  /**
   * Writes files into a tree: `files` maps slash-separated paths to content
   * (or `null` to delete); `base` is the tree they are applied to. Returns
   * the new root tree's SHA.
   */
  writeTree(
    files: Record<
      string,
      string | Buffer | { sha: string; mode?: FileMode; type?: TreeEntry['type'] } | null
    >,
    base?: string,
  ): string {
    const flat = new Map<string, FlatEntry>();
    if (base) for (const e of this.flatten(base)) if (e.type !== 'tree') flat.set(e.path, e);
    for (const [rawPath, value] of Object.entries(files)) {
      const p = rawPath.replace(/^\/+|\/+$/g, '');
      if (value === null) {
        flat.delete(p);
        for (const k of [...flat.keys()]) if (k.startsWith(`${p}/`)) flat.delete(k);
        continue;
      }
      if (typeof value === 'string' || Buffer.isBuffer(value)) {
        flat.set(p, { path: p, mode: '100644', type: 'blob', sha: this.putBlob(value) });
      } else if (value.type === 'tree' || value.mode === '040000') {
        // A subtree by SHA: its files replace whatever was at that path.
        for (const k of [...flat.keys()]) if (k === p || k.startsWith(`${p}/`)) flat.delete(k);
        for (const e of this.flatten(value.sha)) {
          if (e.type !== 'tree') flat.set(`${p}/${e.path}`, { ...e, path: `${p}/${e.path}` });
        }
      } else {
        flat.set(p, {
          path: p,
          mode: value.mode ?? '100644',
          type: value.type ?? 'blob',
          sha: value.sha,
        });
      }
    }
    return this.buildTree([...flat.values()]);
  }

  /** Builds nested trees from flat file entries. */
  buildTree(files: FlatEntry[]): string {
    const children = new Map<string, FlatEntry[]>();
    const entries: TreeEntry[] = [];
    for (const f of files) {
      const slash = f.path.indexOf('/');
      if (slash < 0) {
        entries.push({ name: f.path, mode: f.mode, type: f.type, sha: f.sha });
      } else {
        const dir = f.path.slice(0, slash);
        const list = children.get(dir) ?? [];
        list.push({ ...f, path: f.path.slice(slash + 1) });
        children.set(dir, list);
      }
    }
    for (const [dir, list] of children) {
      entries.push({ name: dir, mode: '040000', type: 'tree', sha: this.buildTree(list) });
    }
    return this.putTree(entries);
  }

  /** Every entry below a tree (subtrees included), depth-first, paths relative to it. */
  flatten(treeSha: string, prefix = ''): FlatEntry[] {
    const tree = this.get(treeSha);
    if (!tree || tree.type !== 'tree') throw new Error(`git: ${treeSha} is not a tree`);
    const out: FlatEntry[] = [];
    for (const e of tree.entries) {
      const p = prefix ? `${prefix}/${e.name}` : e.name;
      out.push({ path: p, mode: e.mode, type: e.type, sha: e.sha });
      if (e.type === 'tree') out.push(...this.flatten(e.sha, p));
    }
    return out;
  }

  /** The files of a tree as path → UTF-8 text (for assertions). */
  readFiles(treeSha: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.flatten(treeSha)) {
      if (e.type !== 'blob') continue;
      const blob = this.get(e.sha);
      if (blob?.type === 'blob') out[e.path] = blob.content.toString('utf8');
    }
    return out;
  }

  /** Follows annotated tags to what they finally point at. */
  peel(sha: string): GitObject | undefined {
    let obj = this.get(sha);
    for (let i = 0; obj?.type === 'tag' && i < 10; i++) obj = this.get(obj.object.sha);
    return obj;
  }

  /** Whether `ancestor` is reachable from `descendant` through parents (or is it). */
  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const queue = [descendant.toLowerCase()];
    const target = ancestor.toLowerCase();
    while (queue.length > 0) {
      const sha = queue.shift() as string;
      if (sha === target) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      const c = this.get(sha);
      if (c?.type === 'commit') queue.push(...c.parents);
    }
    return false;
  }
}
