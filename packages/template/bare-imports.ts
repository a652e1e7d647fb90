/**
 * Bare imports of runtime modules in a template's Python files. In the
 * monorepo `from plugins import load_plugins` works because `workspace/` is
 * on sys.path; once the runtime is an installed package it is
 * `molecule_runtime.plugins`, and the bare form fails with
 * ModuleNotFoundError when the workspace starts (field notes, incident 5:
 * four incidents in one day). Imports inside functions are reported too:
 * an import smoke never runs them (incident 6).
 */
import { findStringImports, parseImports, type ImportStatement } from '../python/imports.js';
import { ActionError } from '../toolkit/errors.js';

export interface RuntimeModules {
  /** The package the runtime installs: molecule_runtime. */
  importName: string;
  /** Module names the runtime ships at its top level (config, events, plugins …). */
  topLevelModules: string[];
  /** Subpackages (adapters, builtin_tools, plugins_registry …). */
  subpackages: string[];
  /** Where the list came from: the wheel's _runtime_modules.json, or its file list (older wheels). */
  source: 'manifest' | 'file-list';
}

export interface TemplateFile {
  /** Path relative to the template's root, with '/' separators. */
  path: string;
  source: string;
}

export interface BareImport {
  file: string;
  line: number;
  /** 1-based, for annotations. */
  column: number;
  /** The statement as written (normalised spacing). */
  statement: string;
  /** The runtime modules it names bare. */
  modules: string[];
  /** The statement that works with the installed runtime. */
  fixed: string;
  inFunction: boolean;
  inTypeChecking: boolean;
}

export interface StringImportFinding {
  file: string;
  line: number;
  column: number;
  call: string;
  module: string;
  fixed: string;
}

export interface BareImportReport {
  found: BareImport[];
  /** importlib.import_module("plugins") and the like: warnings, since a string may be built on purpose. */
  stringImports: StringImportFinding[];
  /** Runtime module names the template defines itself (its own config.py): its imports of them are not bare. */
  shadowed: string[];
  /** Files that do not parse. */
  syntaxErrors: ActionError[];
}

function renderNames(names: ImportStatement['names']): string {
  if (names === '*') return '*';
  return names.map((n) => (n.asname ? `${n.name} as ${n.asname}` : n.name)).join(', ');
}

export function renderStatement(s: ImportStatement): string {
  if (s.kind === 'from')
    return `from ${'.'.repeat(s.level)}${s.module} import ${renderNames(s.names)}`;
  return `import ${renderNames(s.names)}`;
}

/**
 * The fixed form. `import config` → `from molecule_runtime import config`
 * (binds the same name); `import config as c` → `import molecule_runtime.config as c`;
 * `import config.sub` binds `config` with `sub` loaded, so it needs both
 * `import molecule_runtime.config.sub` and `from molecule_runtime import config`.
 * Names that are not the runtime's stay in their own `import`.
 */
export function fixStatement(
  s: ImportStatement,
  isRuntime: (name: string) => boolean,
  importName: string,
): string {
  if (s.kind === 'from') return `from ${importName}.${s.module} import ${renderNames(s.names)}`;
  if (s.names === '*') return renderStatement(s);
  const kept: string[] = [];
  const fixed: string[] = [];
  for (const n of s.names) {
    const head = n.name.split('.')[0] as string;
    if (!isRuntime(head)) {
      kept.push(n.asname ? `${n.name} as ${n.asname}` : n.name);
    } else if (n.asname) {
      fixed.push(`import ${importName}.${n.name} as ${n.asname}`);
    } else if (n.name === head) {
      fixed.push(`from ${importName} import ${head}`);
    } else {
      fixed.push(`import ${importName}.${n.name}`, `from ${importName} import ${head}`);
    }
  }
  return [...(kept.length > 0 ? [`import ${kept.join(', ')}`] : []), ...fixed].join('; ');
}

/** Top-level names a template defines itself: `x.py` and `x/` at its root. */
export function templateModules(paths: string[]): Set<string> {
  const names = new Set<string>();
  for (const p of paths) {
    const parts = p.split('/');
    if (parts.length === 1 && p.endsWith('.py')) names.add(p.slice(0, -3));
    else if (parts.length > 1) names.add(parts[0] as string);
  }
  return names;
}

export async function findBareImports(
  files: TemplateFile[],
  runtime: RuntimeModules,
): Promise<BareImportReport> {
  const local = templateModules(files.map((f) => f.path));
  const all = new Set([...runtime.topLevelModules, ...runtime.subpackages]);
  const shadowed = [...all].filter((m) => local.has(m)).sort();
  const modules = new Set([...all].filter((m) => !local.has(m)));
  const isRuntime = (name: string) => modules.has(name);
  const report: BareImportReport = { found: [], stringImports: [], shadowed, syntaxErrors: [] };

  for (const file of files) {
    let statements: ImportStatement[];
    try {
      statements = await parseImports(file.source, file.path);
    } catch (e) {
      if (e instanceof ActionError) {
        report.syntaxErrors.push(e);
        continue;
      }
      throw e;
    }
    for (const s of statements) {
      if (s.level > 0) continue;
      const named =
        s.kind === 'from'
          ? [s.module.split('.')[0] as string].filter(isRuntime)
          : s.names === '*'
            ? []
            : s.names.map((n) => n.name.split('.')[0] as string).filter(isRuntime);
      if (named.length === 0) continue;
      report.found.push({
        file: file.path,
        line: s.line,
        column: s.column + 1,
        statement: renderStatement(s),
        modules: [...new Set(named)],
        fixed: fixStatement(s, isRuntime, runtime.importName),
        inFunction: s.inFunction,
        inTypeChecking: s.inTypeChecking === true,
      });
    }
    for (const si of await findStringImports(file.source, file.path, modules)) {
      report.stringImports.push({
        file: file.path,
        line: si.line,
        column: si.column + 1,
        call: si.call,
        module: si.module,
        fixed: `${runtime.importName}.${si.module}`,
      });
    }
  }
  return report;
}

/** One error per bare import, annotated on its line, with the fixed import in the message. */
export function bareImportError(b: BareImport, runtime: RuntimeModules): ActionError {
  const which = b.modules.map((m) => `'${m}'`).join(', ');
  const where = b.inFunction
    ? ' It sits inside a function, so an import smoke test of the image would not catch it: the first call would.'
    : '';
  return new ActionError(
    `\`${b.statement}\` imports the runtime module ${which} bare: it only works in the monorepo, and fails with ModuleNotFoundError once the runtime is the installed ${runtime.importName} package.${where} Write \`${b.fixed}\`.`,
    { title: 'Bare runtime import', file: b.file, line: b.line, column: b.column },
  );
}
