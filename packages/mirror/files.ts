/**
 * The mirror's content as a file set (path, git mode, bytes, git blob id,
 * sha256), read from the folder mirror-sync is given or from an sdist.
 * Both sides of every comparison are built here, so they agree on modes:
 * git keeps only the owner's execute bit (100755) or not (100644).
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SdistContents } from '../distribution/read.js';
import { sha256Hex } from '../distribution/files.js';
import { ActionError } from '../toolkit/errors.js';
import { blobId, type FileMode, type TreeFile } from './git-objects.js';

/**
 * The one folder of the mirror that is not the sdist: its own `.github`
 * (the mirror-guard workflow). A push runs the workflows of the pushed
 * commit, so a mirror whose tree were exactly the sdist would run no guard
 * at all after its first sync. mirror-sync carries this folder over from the
 * branch head unchanged (by tree id); mirror-guard compares everything else
 * with the sdist and requires this folder to equal the parent commit's.
 */
export const MIRROR_OWN_FOLDER = '.github';

export interface MirrorFile extends TreeFile {
  data: Uint8Array;
  sha256: string;
}

/** git's rule (ce_permissions): the owner's execute bit decides. */
export function gitMode(unixMode: number): FileMode {
  return unixMode & 0o100 ? '100755' : '100644';
}

export function mirrorFile(p: string, data: Uint8Array, unixMode: number): MirrorFile {
  return { path: p, mode: gitMode(unixMode), data, blob: blobId(data), sha256: sha256Hex(data) };
}

const byPath = (a: { path: string }, b: { path: string }): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

/**
 * Every file below `dir`, paths relative to it. Empty folders are left out
 * (git cannot hold them); symbolic links and other special files are
 * refused, since an sdist's tree has none and the mirror must equal it.
 */
export async function readFolderFiles(dir: string, input = 'package-dir'): Promise<MirrorFile[]> {
  const root = path.resolve(dir);
  try {
    if (!(await lstat(root)).isDirectory()) throw new Error('not a folder');
  } catch (e) {
    throw new ActionError(`${dir} is not a readable folder (${(e as Error).message}).`, {
      input,
      title: 'No package tree',
      hint: "Pass the build action's package-dir output (the sdist's tree unpacked).",
    });
  }
  const out: MirrorFile[] = [];
  const walk = async (abs: string, rel: string): Promise<void> => {
    const entries = await readdir(abs, { withFileTypes: true });
    for (const e of entries) {
      const childAbs = path.join(abs, e.name);
      const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.name === '.git') {
        throw new ActionError(`${input} holds a .git folder (${childRel}).`, {
          input,
          title: 'Not a package tree',
          hint: "Pass the unpacked sdist tree (the build action's package-dir), not a checkout.",
        });
      }
      if (e.isDirectory()) await walk(childAbs, childRel);
      else if (e.isFile()) {
        const st = await lstat(childAbs);
        out.push(mirrorFile(childRel, new Uint8Array(await readFile(childAbs)), st.mode));
      } else {
        throw new ActionError(
          `${input} holds ${childRel}, which is ${e.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}; an sdist's tree holds only files.`,
          { input, title: 'Not a package tree' },
        );
      }
    }
  };
  await walk(root, '');
  if (out.length === 0) {
    throw new ActionError(`${dir} holds no files.`, {
      input,
      title: 'Empty package tree',
      hint: "Pass the build action's package-dir output.",
    });
  }
  return out.sort(byPath);
}

/** An sdist's files, relative to its `{name}-{version}/` folder. */
export function sdistFiles(sdist: SdistContents): MirrorFile[] {
  return [...sdist.files.entries()]
    .map(([p, data]) => mirrorFile(p, data, sdist.modes.get(p) ?? 0o644))
    .sort(byPath);
}
