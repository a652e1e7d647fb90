/**
 * Git object ids computed locally, exactly as git computes them, so the
 * mirror's state is decided without uploading anything: mirror-sync compares
 * the tree id of the package folder with the branch head's tree, and
 * mirror-guard compares a pushed commit's tree with the sdist's.
 *
 * A blob id is SHA-1 over `blob <size>\0<bytes>`; a tree id is SHA-1 over
 * `tree <size>\0` and its entries `<mode> <name>\0<20-byte id>`, ordered
 * bytewise by name with a subtree's name compared as `name/`, a subtree's
 * mode written `40000`. Small enough to write here; the tests check it
 * against `git hash-object`, `git mktree` and `git write-tree`.
 */
import { createHash } from 'node:crypto';

/** The modes a mirror tree holds: regular and executable files (no symlinks or submodules). */
export type FileMode = '100644' | '100755';

export interface TreeFile {
  /** POSIX path relative to the tree's root. */
  path: string;
  mode: FileMode;
  /** The git blob id of the content. */
  blob: string;
}

/** A folder taken as a whole, by its tree id (e.g. the mirror's own `.github`). */
export interface SubtreeRef {
  path: string;
  tree: string;
}

export interface TreeNode {
  /** The tree's id. */
  sha: string;
  /** Direct entries, in git's order. */
  entries: Array<{ name: string; mode: FileMode | '040000'; type: 'blob' | 'tree'; sha: string }>;
}

export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

function objectId(type: 'blob' | 'tree', body: Uint8Array): string {
  return createHash('sha1').update(`${type} ${body.byteLength}\0`).update(body).digest('hex');
}

/** `git hash-object` of some bytes. */
export function blobId(data: Uint8Array): string {
  return objectId('blob', data);
}

/** git orders tree entries bytewise by name, a subtree's name compared as `name/`. */
function entryKey(name: string, isTree: boolean): Buffer {
  return Buffer.from(isTree ? `${name}/` : name, 'utf8');
}

/**
 * Every tree of a file set, keyed by folder path ('' for the root), each
 * with its id and entries. Fails on paths git cannot store (empty or `.`/`..`
 * components, a file that is also a folder).
 */
export function buildTrees(
  files: readonly TreeFile[],
  subtrees: readonly SubtreeRef[] = [],
): Map<string, TreeNode> {
  // folder → (name → file entry, subtree reference or subfolder marker)
  type Leaf = TreeFile | SubtreeRef;
  const folders = new Map<string, Map<string, Leaf | 'dir'>>([['', new Map()]]);
  for (const f of [...files, ...subtrees]) {
    const parts = f.path.split('/');
    if (parts.some((p) => p === '' || p === '.' || p === '..' || p === '.git')) {
      throw new Error(`git cannot store the path ${JSON.stringify(f.path)}`);
    }
    for (let i = 0; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      const name = parts[i] as string;
      let entries = folders.get(dir);
      if (!entries) folders.set(dir, (entries = new Map()));
      const isLast = i === parts.length - 1;
      const existing = entries.get(name);
      if (isLast) {
        if (existing !== undefined) throw new Error(`duplicate path ${f.path} in the tree`);
        entries.set(name, f);
      } else if (existing === undefined) {
        entries.set(name, 'dir');
      } else if (existing !== 'dir') {
        throw new Error(`${parts.slice(0, i + 1).join('/')} is both a file and a folder`);
      }
    }
  }
  const out = new Map<string, TreeNode>();
  const build = (dir: string): string => {
    const entries: TreeNode['entries'] = [];
    for (const [name, e] of folders.get(dir) ?? new Map<string, Leaf | 'dir'>()) {
      if (e !== 'dir' && 'tree' in e) {
        entries.push({ name, mode: '040000', type: 'tree', sha: e.tree });
      } else if (e === 'dir') {
        const sub = dir === '' ? name : `${dir}/${name}`;
        entries.push({ name, mode: '040000', type: 'tree', sha: build(sub) });
      } else {
        entries.push({ name, mode: e.mode, type: 'blob', sha: e.blob });
      }
    }
    entries.sort((a, b) =>
      Buffer.compare(entryKey(a.name, a.type === 'tree'), entryKey(b.name, b.type === 'tree')),
    );
    const body = Buffer.concat(
      entries.flatMap((e) => [
        Buffer.from(`${e.mode === '040000' ? '40000' : e.mode} ${e.name}\0`, 'utf8'),
        Buffer.from(e.sha, 'hex'),
      ]),
    );
    const sha = objectId('tree', body);
    out.set(dir, { sha, entries });
    return sha;
  };
  build('');
  return out;
}

/** The id of the root tree holding these files (what `git write-tree` prints after adding them). */
export function treeId(files: readonly TreeFile[], subtrees: readonly SubtreeRef[] = []): string {
  return (buildTrees(files, subtrees).get('') as TreeNode).sha;
}
