/**
 * Walks the source folder: what is packaged, what the exclude globs drop,
 * the build's own output folders (never packaged), and the refusals that
 * would otherwise ship something broken or foreign (a symbolic link, an
 * unreadable entry, nothing at all); and readSourceFile, which reads a file
 * it found with its execute bit.
 */
import {
  closeSync,
  fstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  realpathSync,
  statSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { ActionError, throwIfAny } from '../toolkit/errors.js';
import type { ExcludeMatcher } from './exclude.js';
import { trimSlash } from '../toolkit/slashes.js';

export interface SourceEntry {
  /** POSIX path relative to source. */
  path: string;
  /** Where to read it (readSourceFile gives its bytes and mode). */
  absolute: string;
}

export interface SourceTree {
  files: SourceEntry[];
  /** Top-level names (folders, `.py` stems and other files) the exclude globs removed. */
  excludedTopLevel: string[];
  /** Every path the exclude globs removed (folders count once). */
  excluded: string[];
  /** Output folders (out-dir, package-dir) found under source and left out, relative to source. */
  outputsLeftOut: string[];
}

/** A folder the build writes to: never packaged when it lies under source. */
export interface OutputFolder {
  /** The input naming it ('out-dir', 'package-dir'). */
  input: string;
  /** Absolute path. */
  absolute: string;
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

/** The path with its existing part resolved (an output folder may not exist yet). */
function realpathOfExisting(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    const parent = path.dirname(p);
    return parent === p ? p : path.join(realpathOfExisting(parent), path.basename(p));
  }
}

/**
 * Where a symbolic link leads, for the message: its text, and the path it
 * resolves to when that differs (or why it resolves to nothing).
 */
function describeLink(abs: string, root: string, display: string): string {
  let text: string;
  try {
    text = readlinkSync(abs);
  } catch {
    text = '?';
  }
  let resolved: string;
  try {
    resolved = realpathSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ELOOP'
      ? `'${text}', a loop of links that resolves to nothing`
      : `'${text}', which does not exist`;
  }
  const shown = within(root, resolved)
    ? posixJoin(display, path.relative(root, resolved).split(path.sep).join('/')) || display
    : resolved;
  const loop = within(resolved, path.dirname(abs)) && statSync(resolved).isDirectory();
  return `'${text}' (${shown}${loop ? ', a folder holding the link itself: a loop' : ''})`;
}

/**
 * @param source absolute path of the source folder
 * @param display how the folder is named in messages and annotations (relative to the workspace)
 */
export function collectSource(
  source: string,
  display: string,
  exclude: ExcludeMatcher,
  outputs: OutputFolder[] = [],
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
  for (const out of outputs) {
    // out-dir as source: the next build packages this one's wheel and sdist.
    // package-dir is replaced, so as source or a folder above it, it would
    // delete the sources. (out-dir above source is harmless: files land beside it.)
    const real = realpathOfExisting(out.absolute);
    const replaced = out.input === 'package-dir';
    if (real === root || (replaced && within(real, root))) {
      throw new ActionError(
        `The input '${out.input}' is ${real === root ? 'the source folder' : 'a folder above the source folder'} '${display}': ${replaced ? 'the package tree would replace the sources' : 'the next build would package this one’s wheel and sdist'}.`,
        {
          title: 'Output folder holds the source',
          input: out.input,
          hint: `Choose a folder outside source, or a subfolder of it (such as ${posixJoin(display, 'dist')}), which the build never packages.`,
        },
      );
    }
  }
  const outputDirs = new Map(
    outputs
      .map((o) => realpathOfExisting(o.absolute))
      .filter((o) => within(root, o))
      .map((o) => [o, path.relative(root, o).split(path.sep).join('/')] as const),
  );
  const files: SourceEntry[] = [];
  const excluded: string[] = [];
  const outputsLeftOut: string[] = [];
  const excludedTopLevel = new Set<string>();
  const problems: ActionError[] = [];

  // The walk reads each folder's entry types with its listing (no stat per
  // file: a file's mode is read from the descriptor it is read through, see
  // readSourceFile); only links are looked at more closely.
  const walk = (dirAbs: string, dirRel: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dirAbs, { withFileTypes: true });
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
    // By UTF-16 code units, as Array.prototype.sort orders names.
    entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    // dirAbs comes from realpath (normalised), so joining is concatenation.
    const under = dirAbs.endsWith(path.sep) ? dirAbs : dirAbs + path.sep;
    for (const entry of entries) {
      const name = entry.name;
      const rel = dirRel === '' ? name : `${dirRel}/${name}`;
      const abs = under + name;
      if (entry.isSymbolicLink()) {
        // One rule for every link, loops included: a link to a folder would
        // ship that folder under the link's name with its imports left as
        // written, a second link would ship a copy, a loop nothing at all.
        let targetIsDir = false;
        try {
          targetIsDir = statSync(abs).isDirectory();
        } catch {
          // broken or a loop: refused below unless excluded
        }
        if (exclude(rel, targetIsDir)) {
          excluded.push(rel);
          if (dirRel === '') excludedTopLevel.add(name.replace(/\.py$/, ''));
          continue;
        }
        const shown = posixJoin(display, rel);
        problems.push(
          new ActionError(
            `${shown} is a symbolic link to ${describeLink(abs, root, display)}; the build packages no links.`,
            {
              title: 'Symbolic link in source',
              file: shown,
              hint: 'Replace the link with what it points to (a copy, or a rename of the folder), or add it to the exclude input.',
            },
          ),
        );
        continue;
      }
      const isDir = entry.isDirectory();
      if (isDir && outputDirs.has(abs)) {
        outputsLeftOut.push(rel);
        continue;
      }
      if (isBytecode(name, isDir)) continue;
      if (exclude(rel, isDir)) {
        excluded.push(rel);
        if (dirRel === '') excludedTopLevel.add(isDir ? name : name.replace(/\.py$/, ''));
        continue;
      }
      if (isDir) {
        walk(abs, rel);
      } else if (entry.isFile()) {
        files.push({ path: rel, absolute: abs });
      } else {
        const shown = posixJoin(display, rel);
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

  throwIfAny(problems, `${problems.length} files under ${display} cannot be packaged.`);
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
  return { files, excluded, excludedTopLevel: [...excludedTopLevel].sort(), outputsLeftOut };
}

export function posixJoin(a: string, b: string): string {
  if (b === '') return a;
  if (a === '' || a === '.') return b;
  return `${trimSlash(a)}/${b}`;
}

/**
 * A source file's bytes, and whether any execute bit is set (the wheel and
 * sdist keep it), through one descriptor: open, fstat, read, close, the
 * system calls a readFileSync makes, with the mode it reads anyway.
 */
export function readSourceFile(absolute: string): { bytes: Uint8Array; executable: boolean } {
  const fd = openSync(absolute, 'r');
  try {
    const { mode, size } = fstatSync(fd);
    // From Node's shared pool for small files, as readFileSync allocates.
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    // Up to the size fstat gave, as readFileSync reads a regular file.
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, null);
      if (n === 0) break;
      read += n;
    }
    return {
      bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, read),
      executable: (mode & 0o111) !== 0,
    };
  } finally {
    closeSync(fd);
  }
}
