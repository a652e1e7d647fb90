/**
 * The runtime's module set, derived from the tree: every top-level `.py`
 * module and every top-level folder holding Python is a runtime name (what
 * the rewriter moves under the import package). No list to keep in sync:
 * the closed list of today's script let `transcript_auth` ship unrewritten.
 */
import { ActionError } from '../toolkit/errors.js';
import { isPythonIdentifier } from '../distribution/names.js';
import { posixJoin } from './tree.js';

export interface ModuleSet {
  /** Top-level `.py` stems, sorted. */
  topLevelModules: string[];
  /** Top-level folders holding Python, sorted. */
  subpackages: string[];
  /** Every dotted module that ships: `config`, `adapters`, `adapters.base`, … */
  shipped: Set<string>;
  /** Folders (POSIX, relative to source; '' is the root) that hold Python below them: each is a package. */
  packageDirs: string[];
}

/** The JSON the wheel carries as `<import-name>/_runtime_modules.json` and the `modules` output. */
export function runtimeModulesJson(set: ModuleSet): {
  top_level_modules: string[];
  subpackages: string[];
} {
  return { top_level_modules: set.topLevelModules, subpackages: set.subpackages };
}

/**
 * A folder holding Python whose name is not an identifier (upstream's
 * `adapters/google-adk/`): nothing can import it under that name, so it is
 * left out, with a warning (an error under `strict`).
 */
export interface UnimportableFolder {
  /** POSIX path relative to source. */
  dir: string;
  /** Its first Python file (relative to source): where the annotation goes. */
  firstPython: string;
  /** Every file under it (relative to source), Python or not. */
  files: string[];
  /** An identifier it could be renamed to. */
  suggestion: string;
}

/** The message for a left-out folder: what, why, and how to ship it. */
export function unimportableFolderDiagnostic(
  f: UnimportableFolder,
  display: string,
  strict: boolean,
): { title: string; message: string; file: string; line: number } {
  const name = f.dir.split('/').pop() as string;
  const shown = posixJoin(display, f.dir);
  const python = f.files.filter((p) => p.endsWith('.py')).length;
  const what = `${python} Python file${python === 1 ? '' : 's'}${f.files.length > python ? ` and ${f.files.length - python} other${f.files.length - python === 1 ? '' : 's'}` : ''}`;
  return {
    title: strict ? 'Folder cannot be imported' : 'Folder left out',
    message:
      `Folder ${shown}/ holds ${what}, but '${name}' is not a Python identifier, so nothing can import it under that name; ` +
      (strict ? 'strict is set, so the build stops. ' : 'it is left out of the package. ') +
      `To ship it, rename it to an identifier (e.g. '${f.suggestion}'); to leave it out without this ${strict ? 'error' : 'warning'}, add '${f.dir}/' to the exclude input.`,
    file: posixJoin(display, f.firstPython),
    line: 1,
  };
}

function identifierSuggestion(name: string): string {
  return name.replace(/[^\p{XID_Continue}]/gu, '_').replace(/^(\d)/, '_$1');
}

/**
 * Python normalises every identifier to NFKC before looking for its file
 * (PEP 3131), and Linux compares file names byte for byte: `café.py` stored
 * in NFD (as macOS writes it) is never found by `import café`.
 */
function nfkcError(shownPath: string, name: string, kind: 'Folder' | 'Module'): ActionError {
  const normalised = name.normalize('NFKC');
  const codes = (t: string): string =>
    [...t]
      .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
      .join(' ');
  return new ActionError(
    `${kind} ${shownPath}: the name '${name}' is not NFKC-normalised (${codes(name)}); Python imports '${normalised}' (${codes(normalised)}), so no import finds it after install.`,
    {
      title: 'Name not NFKC-normalised',
      file: shownPath,
      line: 1,
      hint: `Rename it to its NFKC form, e.g. with python3 -c "import os, unicodedata as u; os.rename(p, u.normalize('NFKC', p))".`,
    },
  );
}

/**
 * @param paths POSIX paths relative to source of every file found
 * @param display the source folder as annotations name it
 * @returns the set (without the unimportable folders), those folders, and one
 *   error per module name Python cannot import
 */
export function deriveModules(
  paths: string[],
  display: string,
): { set: ModuleSet; errors: ActionError[]; unimportable: UnimportableFolder[] } {
  const errors: ActionError[] = [];
  // Folders holding Python whose name is not an identifier: the outermost one only.
  const unimportable = new Map<string, UnimportableFolder>();
  const nfkcReported = new Set<string>();
  const under = (p: string): UnimportableFolder | undefined => {
    for (const [dir, f] of unimportable) if (p.startsWith(`${dir}/`)) return f;
    return undefined;
  };
  for (const p of paths.filter((q) => q.endsWith('.py')).sort()) {
    if (under(p)) continue;
    const parts = p.split('/');
    let left = false;
    for (let i = 0; i < parts.length - 1; i++) {
      const dir = parts.slice(0, i + 1).join('/');
      const name = parts[i] as string;
      if (!isPythonIdentifier(name)) {
        unimportable.set(dir, {
          dir,
          firstPython: p,
          files: [],
          suggestion: identifierSuggestion(name),
        });
        left = true;
        break;
      }
      if (name.normalize('NFKC') !== name && !nfkcReported.has(dir)) {
        nfkcReported.add(dir);
        errors.push(nfkcError(`${posixJoin(display, dir)}/`, name, 'Folder'));
      }
    }
    if (left) continue;
    const stem = (parts[parts.length - 1] as string).slice(0, -3);
    if (!isPythonIdentifier(stem)) {
      errors.push(
        new ActionError(`${posixJoin(display, p)}: '${stem}' is not an importable module name.`, {
          title: 'Module cannot be imported',
          file: posixJoin(display, p),
          line: 1,
          hint: `Rename it (e.g. '${stem.replace(/[^\p{XID_Continue}]/gu, '_')}.py') or exclude it.`,
        }),
      );
    } else if (stem.normalize('NFKC') !== stem) {
      errors.push(nfkcError(posixJoin(display, p), stem, 'Module'));
    }
  }
  for (const p of paths) under(p)?.files.push(p);
  const py = paths.filter((p) => p.endsWith('.py') && !under(p)).sort();
  const packageDirs = new Set<string>(['']);
  for (const p of py) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) packageDirs.add(parts.slice(0, i).join('/'));
  }
  const shipped = new Set<string>();
  for (const p of py) {
    const parts = p.slice(0, -3).split('/');
    if (parts[parts.length - 1] === '__init__') parts.pop();
    if (parts.length > 0) shipped.add(parts.join('.'));
  }
  for (const dir of packageDirs) if (dir !== '') shipped.add(dir.replace(/\//g, '.'));
  const topLevelModules = py
    .filter((p) => !p.includes('/') && p !== '__init__.py')
    .map((p) => p.slice(0, -3))
    .sort();
  const subpackages = [...packageDirs].filter((d) => d !== '' && !d.includes('/')).sort();
  return {
    set: { topLevelModules, subpackages, shipped, packageDirs: [...packageDirs].sort() },
    errors,
    unimportable: [...unimportable.values()],
  };
}

/** The optional closed list: any difference from the tree fails, showing both lists. */
export function checkDeclaredModules(declared: string[], set: ModuleSet, display: string): void {
  const onDisk = [...set.topLevelModules, ...set.subpackages].sort();
  const listed = [...new Set(declared)].sort();
  const missing = onDisk.filter((m) => !listed.includes(m));
  const stale = listed.filter((m) => !onDisk.includes(m));
  if (missing.length === 0 && stale.length === 0) return;
  const parts: string[] = [];
  if (missing.length) parts.push(`on disk but not listed: ${missing.join(', ')}`);
  if (stale.length) parts.push(`listed but not on disk (or excluded): ${stale.join(', ')}`);
  throw new ActionError(
    `The modules input differs from the modules under ${display}: ${parts.join('; ')}. ` +
      `Input: [${listed.join(', ')}]; on disk: [${onDisk.join(', ')}].`,
    {
      title: 'Module list drift',
      input: 'modules',
      hint: 'Update the modules input, or drop it: the build derives the module set from the tree.',
      details: [
        `modules input: ${listed.join(', ') || '(none)'}`,
        `under ${display}: ${onDisk.join(', ')}`,
      ],
    },
  );
}
