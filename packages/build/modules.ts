/**
 * The runtime's module set, derived from the tree: every top-level `.py`
 * module and every top-level folder holding Python is a runtime name (what
 * the rewriter moves under the import package). No list to keep in sync:
 * the closed list of today's script let `transcript_auth` ship unrewritten.
 */
import { ActionError } from '../toolkit/errors.js';
import { isPythonIdentifier } from '../dist/names.js';
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
 * @param paths POSIX paths relative to source of every packaged file
 * @param display the source folder as annotations name it
 * @returns the set, and one error per name Python cannot import
 */
export function deriveModules(
  paths: string[],
  display: string,
): { set: ModuleSet; errors: ActionError[] } {
  const py = paths.filter((p) => p.endsWith('.py')).sort();
  const packageDirs = new Set<string>(['']);
  for (const p of py) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) packageDirs.add(parts.slice(0, i).join('/'));
  }
  const errors: ActionError[] = [];
  // One error per offending folder, annotated on its first Python file: that is where a user looks.
  const reportedDirs = new Set<string>();
  for (const p of py) {
    const parts = p.split('/');
    for (let i = 0; i < parts.length - 1; i++) {
      const dir = parts.slice(0, i + 1).join('/');
      const name = parts[i] as string;
      if (isPythonIdentifier(name) || reportedDirs.has(dir)) continue;
      reportedDirs.add(dir);
      const suggestion = name.replace(/[^\p{XID_Continue}]/gu, '_').replace(/^(\d)/, '_$1');
      errors.push(
        new ActionError(
          `Folder ${posixJoin(display, dir)}/ holds Python files but '${name}' is not an importable name, so nothing in it can be imported.`,
          {
            title: 'Folder cannot be imported',
            file: posixJoin(display, p),
            line: 1,
            hint: `Rename it (e.g. '${suggestion}') or add '${dir}/' to the exclude input.`,
          },
        ),
      );
    }
    if (parts.slice(0, -1).some((_, i) => reportedDirs.has(parts.slice(0, i + 1).join('/'))))
      continue;
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
    }
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
