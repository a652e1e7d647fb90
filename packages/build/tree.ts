/**
 * Walks the source folder: what is packaged, what the exclude globs drop,
 * and the refusals that would otherwise ship something broken or foreign
 * (a symlink leading out of source, an unreadable entry, nothing at all).
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ActionError, ActionErrors } from '../toolkit/errors.js';
import type { ExcludeMatcher } from './exclude.js';

export interface SourceEntry {
  /** POSIX path relative to source. */
  path: string;
  /** Where to read it (a symlink inside source is read through). */
  absolute: string;
  executable: boolean;
  size: number;
}

export interface SourceTree {
  files: SourceEntry[];
  /** Top-level names (folders, `.py` stems and other files) the exclude globs removed. */
  excludedTopLevel: string[];
  /** Every path the exclude globs removed (folders count once). */
  excluded: string[];
}

/**
 * Bytecode caches are build by-products, never sources: skipped whatever
 * the exclude input says, so a local `python -m pytest` cannot leak them.
 */
function isBytecode(name: string, isDirectory: boolean): boolean {
  return isDirectory ? name === '__pycache__' : /\.py[co]$/.test(name);
}

function within(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * @param source absolute path of the source folder
 * @param display how the folder is named in messages and annotations (relative to the workspace)
 */
export function collectSource(
  source: string,
  display: string,
  exclude: ExcludeMatcher,
): SourceTree {
  let rootStat: Stats;
  try {
    rootStat = statSync(source);
  } catch {
    throw new ActionError(`Source folder '${display}' does not exist.`, {
      title: 'Missing source',
      input: 'source',
      hint: 'Set source to the folder holding the runtime (the monorepo’s workspace/), relative to the repository root, and check out the repository first.',
    });
  }
  if (!rootStat.isDirectory()) {
    throw new ActionError(`Source '${display}' is not a folder.`, {
      title: 'Missing source',
      input: 'source',
    });
  }
  const root = realpathSync(source);
  const files: SourceEntry[] = [];
  const excluded: string[] = [];
  const excludedTopLevel = new Set<string>();
  const problems: ActionError[] = [];
  const visited = new Set<string>([root]);

  const walk = (dirAbs: string, dirRel: string): void => {
    let names: string[];
    try {
      names = readdirSync(dirAbs).sort();
    } catch (e) {
      problems.push(
        new ActionError(
          `Cannot read ${posixJoin(display, dirRel)}: ${(e as NodeJS.ErrnoException).code ?? e}`,
          {
            title: 'Unreadable source',
            file: posixJoin(display, dirRel),
          },
        ),
      );
      return;
    }
    for (const name of names) {
      const rel = dirRel === '' ? name : `${dirRel}/${name}`;
      const abs = path.join(dirAbs, name);
      const shown = posixJoin(display, rel);
      let st = lstatSync(abs);
      let readFrom = abs;
      if (st.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(abs);
        } catch {
          problems.push(
            new ActionError(`${shown} is a broken symbolic link.`, {
              title: 'Broken symlink',
              file: shown,
              hint: 'Remove it, point it at a file inside source, or exclude it.',
            }),
          );
          continue;
        }
        if (!within(root, target)) {
          problems.push(
            new ActionError(
              `${shown} is a symbolic link to ${target}, outside source '${display}'.`,
              {
                title: 'Symlink leaves source',
                file: shown,
                hint: 'The package may only hold what is under source: copy the file in, or exclude the link.',
              },
            ),
          );
          continue;
        }
        st = statSync(target);
        readFrom = target;
      }
      const isDir = st.isDirectory();
      if (isBytecode(name, isDir)) continue;
      if (exclude(rel, isDir)) {
        excluded.push(rel);
        if (dirRel === '') excludedTopLevel.add(isDir ? name : name.replace(/\.py$/, ''));
        continue;
      }
      if (isDir) {
        const real = realpathSync(readFrom);
        if (visited.has(real)) continue; // a link back up the tree: its files are already walked
        visited.add(real);
        walk(readFrom, rel);
      } else if (st.isFile()) {
        files.push({
          path: rel,
          absolute: readFrom,
          executable: (st.mode & 0o111) !== 0,
          size: st.size,
        });
      } else {
        problems.push(
          new ActionError(`${shown} is not a regular file (a socket, FIFO or device).`, {
            title: 'Unpackable file',
            file: shown,
            hint: 'Exclude it.',
          }),
        );
      }
    }
  };
  walk(root, '');

  if (problems.length === 1) throw problems[0] as ActionError;
  if (problems.length > 1)
    throw new ActionErrors(
      `${problems.length} files under ${display} cannot be packaged.`,
      problems,
    );
  if (!files.some((f) => f.path.endsWith('.py'))) {
    throw new ActionError(
      files.length === 0
        ? `Source '${display}' holds no files${excluded.length ? ` once the exclude globs are applied (${excluded.length} excluded)` : ''}.`
        : `Source '${display}' holds no Python modules (${files.length} other files${excluded.length ? `, ${excluded.length} excluded` : ''}).`,
      {
        title: 'Empty source',
        input: 'source',
        hint: 'Point source at the runtime’s folder, and check that exclude does not drop every module.',
      },
    );
  }
  return { files, excluded, excludedTopLevel: [...excludedTopLevel].sort() };
}

export function posixJoin(a: string, b: string): string {
  if (b === '') return a;
  if (a === '' || a === '.') return b;
  return `${a.replace(/\/+$/, '')}/${b}`;
}
