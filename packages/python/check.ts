/**
 * The static import check the build runs before packaging: every import of a
 * runtime module (module level, in functions, in class bodies, under
 * TYPE_CHECKING) must resolve to something that ships, and a `from m import n`
 * must name something `m` actually defines at its top level.
 *
 * It exists for the failures an import smoke test cannot see: imports inside
 * functions (never run by the smoke), a console-script target that a module
 * does not define (`main_sync`), and imports of folders the build excludes
 * (`lib/`). Third-party imports are not its business: a name that is neither a
 * runtime module nor an excluded folder is left alone. It errs on the side of
 * silence: a module whose namespace it cannot see in full (a module
 * `__getattr__`, a star import from a third-party module, a computed
 * `__all__`) is never said to lack a name.
 */
import { isActionError } from '../toolkit/errors.js';
import { analyseModule, statementLine, syntaxErrorHint } from './analyse.js';
import type { ImportSite, ModuleAnalysis } from './module-analysis.js';
import { trimSlash } from '../toolkit/slashes.js';

export interface ImportDiagnostic {
  severity: 'error' | 'warning';
  /** Path as given, relative to the source root. */
  file: string;
  /** 1-based line; 1-based column, as annotations and editors count. */
  line: number;
  column: number;
  title: string;
  /** What is wrong and what to do about it. */
  message: string;
}

export interface CheckOptions {
  /** Top-level runtime names that ship (module stems and subpackage folders). */
  modules: ReadonlySet<string>;
  /** Every dotted module that ships: 'config', 'adapters', 'adapters.base', … */
  shipped: ReadonlySet<string>;
  /** Top-level names present on disk but excluded from the package ('lib', 'tests', …). */
  excluded: ReadonlySet<string>;
  /** Dotted module (or `module.name`) names whose imports may stay unresolved; covers submodules too. */
  allowUnresolved: ReadonlySet<string>;
  /** The import package, for suggested strings (default 'molecule_runtime'). */
  importName?: string;
  /**
   * The source folder as the user names it (relative to the workspace): hints
   * that quote a command (`python3 -m py_compile …`) name the file from there.
   */
  sourceDisplay?: string;
}

export interface SourceFile {
  /** Posix path relative to the source root, e.g. 'adapters/base.py'. */
  path: string;
  text: string;
}

interface ModuleInfo {
  path: string;
  text: string;
  /** Its dotted name, from the path once (moduleOf). */
  module: { dotted: string; isPackage: boolean };
  analysis: ModuleAnalysis;
}

interface Exports {
  names: ReadonlySet<string>;
  /** Some names cannot be seen statically: never report one as missing. */
  open: boolean;
}

/** 'adapters/base.py' → 'adapters.base'; 'adapters/__init__.py' → 'adapters'; '__init__.py' → ''. */
function moduleOf(path: string): { dotted: string; isPackage: boolean } {
  const parts = path.replace(/\.py$/, '').split('/');
  const isPackage = parts[parts.length - 1] === '__init__';
  if (isPackage) parts.pop();
  return { dotted: parts.join('.'), isPackage };
}

function code(text: string): string {
  return '`' + text + '`';
}

class Checker {
  readonly diagnostics: ImportDiagnostic[] = [];
  private readonly modulesByName = new Map<string, ModuleInfo>();
  private readonly exportsMemo = new Map<string, Exports | undefined>();
  private readonly importName: string;
  /** Dotted names of the packages that ship ('' is the import package itself). */
  private readonly packages = new Set<string>(['']);

  constructor(
    private readonly options: CheckOptions,
    analysed: ModuleInfo[],
  ) {
    this.importName = options.importName ?? 'molecule_runtime';
    for (const dotted of options.shipped) {
      const parts = dotted.split('.');
      for (let i = 1; i < parts.length; i++) this.packages.add(parts.slice(0, i).join('.'));
    }
    for (const info of analysed) this.modulesByName.set(info.module.dotted, info);
  }

  private allowed(dotted: string): boolean {
    if (this.options.allowUnresolved.size === 0) return false;
    const parts = dotted.split('.');
    for (let i = parts.length; i > 0; i--) {
      if (this.options.allowUnresolved.has(parts.slice(0, i).join('.'))) return true;
    }
    return false;
  }

  private isRuntime(top: string): boolean {
    return this.options.modules.has(top) || this.options.shipped.has(top);
  }

  private ships(dotted: string): boolean {
    return dotted === '' || this.options.shipped.has(dotted);
  }

  /** Names a shipped module binds at its top level, following star imports; undefined when its source is unknown. */
  exportsOf(dotted: string, visiting?: Set<string>): Exports | undefined {
    if (this.exportsMemo.has(dotted)) return this.exportsMemo.get(dotted);
    const info = this.modulesByName.get(dotted);
    if (!info) return undefined;
    // Made on a miss only: most calls find the answer memoised.
    visiting ??= new Set<string>();
    if (visiting.has(dotted)) return { names: new Set(), open: true }; // star-import cycle
    visiting.add(dotted);
    // Copied only when a star import adds to it: most modules have none.
    let names: ReadonlySet<string> = info.analysis.topLevelNames;
    let own: Set<string> | undefined;
    let open = info.analysis.open;
    const { isPackage } = info.module;
    for (const site of info.analysis.imports) {
      const s = site.statement;
      if (s.names !== '*' || s.inFunction) continue;
      const target = this.resolveFrom(s.module, s.level, dotted, isPackage);
      if (target === undefined || (s.level === 0 && !this.isRuntime(target.split('.')[0]!))) {
        open = true; // star import from a module we cannot see
        continue;
      }
      const inner = this.exportsOf(target, visiting);
      const innerInfo = this.modulesByName.get(target);
      if (!inner || !innerInfo) {
        open = true;
        continue;
      }
      if (inner.open) open = true;
      const all = innerInfo.analysis.dunderAll;
      if (!own) names = own = new Set(names);
      for (const n of all ?? inner.names) if (all || !n.startsWith('_')) own.add(n);
    }
    visiting.delete(dotted);
    const result = { names, open };
    this.exportsMemo.set(dotted, result);
    return result;
  }

  /** The absolute module a `from` import names, or undefined when it climbs above the package root. */
  resolveFrom(module: string, level: number, from: string, isPackage: boolean): string | undefined {
    if (level === 0) return module;
    const pkg = from === '' ? [] : from.split('.');
    if (!isPackage) pkg.pop();
    const up = level - 1;
    if (up > pkg.length) return undefined;
    const base = pkg.slice(0, pkg.length - up);
    if (module) base.push(module);
    return base.join('.');
  }

  private report(
    severity: ImportDiagnostic['severity'],
    file: string,
    at: { line: number; column: number },
    title: string,
    message: string,
  ): void {
    this.diagnostics.push({ severity, file, line: at.line, column: at.column + 1, title, message });
  }

  /** Why a reader should care where the import sits. */
  private where(site: ImportSite): string {
    const s = site.statement;
    if (s.inFunction) {
      return ` This import is inside ${code(`${s.scope}()`)}: it runs only when that code is called, so an import smoke test would never catch it.`;
    }
    if (s.inTypeChecking) {
      return ' It sits under `if TYPE_CHECKING:`, so it does not fail at run time, but type checkers of the published package cannot resolve it.';
    }
    return ' It runs when the module is imported.';
  }

  checkFile(info: ModuleInfo): void {
    const { path, analysis } = info;
    const { dotted: self, isPackage } = info.module;
    // Indexed loops, no closure per import: most of a build's check runs
    // before V8 optimises it, where each iterator step and closure allocates.
    const imports = analysis.imports;
    for (let k = 0; k < imports.length; k++) {
      const site = imports[k]!;
      const s = site.statement;
      if (s.module === '__future__') continue;
      if (s.kind === 'import' && s.names !== '*') {
        for (let i = 0; i < s.names.length; i++)
          this.checkModule(info, site, s.names[i]!.name, site.names[i]!);
        continue;
      }
      const target = this.resolveFrom(s.module, s.level, self, isPackage);
      if (target === undefined) {
        this.report(
          'error',
          path,
          s,
          'Relative import beyond the package',
          `${code(statementText(site, info))} climbs ${s.level} levels from ${code(self || this.importName)}, above the top of the ${code(this.importName)} package: it raises ImportError.${this.where(site)} Use fewer dots or an absolute import.`,
        );
        continue;
      }
      if (!this.checkModule(info, site, target, s)) continue;
      if (s.names === '*') continue;
      for (let i = 0; i < s.names.length; i++)
        this.checkName(info, site, target, s.names[i]!.name, site.names[i]!);
    }
    this.checkStringImports(info);
  }

  /** Does `dotted` (absolute) resolve? Reports and returns false when it does not. */
  private checkModule(
    info: ModuleInfo,
    site: ImportSite,
    dotted: string,
    at: { line: number; column: number },
  ): boolean {
    const s = site.statement;
    const dot = dotted.indexOf('.');
    const top = dot < 0 ? dotted : dotted.slice(0, dot);
    const relative = s.level > 0;
    if (!relative && !this.isRuntime(top)) {
      if (this.options.excluded.has(top) && !this.allowed(dotted)) {
        this.report(
          'error',
          info.path,
          at,
          'Import of an excluded module',
          `${code(statementText(site, info))} imports ${code(dotted)}, but the build excludes ${code(top)} from the package, so in the published runtime it raises ModuleNotFoundError.${this.where(site)} Either stop excluding ${code(top)} so it ships (and its imports are rewritten), or move the code this module needs into a module that ships. If this code path can never run in the package, list ${code(dotted)} under allow-unresolved.`,
        );
        return false;
      }
      return false; // third party, or allowed: nothing further to check
    }
    if (this.ships(dotted) || this.allowed(dotted)) return true;
    this.report(
      'error',
      info.path,
      at,
      'Import of a module that does not ship',
      `${code(statementText(site, info))} imports ${code(dotted)}, which is not in the package (${code(top)} ships, ${code(dotted)} does not), so it raises ModuleNotFoundError.${this.where(site)} Fix the module name, or add ${code(dotted.replace(/\./g, '/') + '.py')} to the sources.`,
    );
    return false;
  }

  private checkName(
    info: ModuleInfo,
    site: ImportSite,
    module: string,
    name: string,
    at: { line: number; column: number },
  ): void {
    // A package with no __init__.py among the sources gets a generated one that defines nothing.
    const generated = !this.modulesByName.has(module) && this.packages.has(module);
    const exports = generated ? { names: new Set<string>(), open: false } : this.exportsOf(module);
    // Most imported names are defined: that test first, before building the submodule's name.
    if (!exports || exports.open || exports.names.has(name)) return;
    const full = module ? `${module}.${name}` : name;
    if (this.options.shipped.has(full) || this.allowed(full)) return; // a submodule
    const where = generated
      ? `${module ? module.replace(/\./g, '/') + '/' : ''}__init__.py, generated by the build`
      : this.modulesByName.get(module)!.path;
    const target = { path: where };
    const shown = module || this.importName;
    this.report(
      'error',
      info.path,
      at,
      'Import of a name the module does not define',
      `${code(statementText(site, info))}: ${code(name)} is not defined at the top level of ${code(shown)} (${target.path}) nor is it a submodule, so it raises ImportError.${this.where(site)} Define ${code(name)} in ${target.path}, or import it from the module that defines it.`,
    );
  }

  private checkStringImports(info: ModuleInfo): void {
    for (const s of info.analysis.stringImports) {
      const top = s.module.split('.')[0]!;
      if (top === this.importName.split('.')[0] || !this.options.modules.has(top)) continue;
      if (this.allowed(s.module)) continue;
      const suggested = `${this.importName}.${s.text}`;
      this.report(
        'warning',
        info.path,
        s,
        'String import not rewritten',
        `${code(`${s.call}("${s.text}")`)} names the runtime module ${code(top)}, but the build rewrites import statements, not strings: in the package there is no top-level ${code(top)}, so this fails at run time. Write "${suggested}" instead (or build the name from __package__).`,
      );
    }
  }
}

/** A source file's path as the user finds it: under the source folder when one is named. */
function shownPath(options: CheckOptions, file: string): string {
  const dir = options.sourceDisplay === undefined ? undefined : trimSlash(options.sourceDisplay);
  return dir === undefined || dir === '' || dir === '.' ? file : `${dir}/${file}`;
}

/** The statement as written, on one line. */
function statementText(site: ImportSite, info: ModuleInfo): string {
  return statementLine(info.text.slice(site.start, site.end));
}

/**
 * Checks the imports of every file that ships. `files` are the package's
 * sources (posix paths relative to the source root); non-.py paths are ignored.
 * Returns diagnostics sorted by file, line and column; a file that does not
 * parse yields one 'Syntax error' diagnostic.
 */
export async function checkImports(
  files: ReadonlyArray<SourceFile>,
  options: CheckOptions,
): Promise<ImportDiagnostic[]> {
  const analysed: ModuleInfo[] = [];
  const failures: ImportDiagnostic[] = [];
  for (const file of files) {
    if (!file.path.endsWith('.py')) continue;
    try {
      analysed.push({
        ...file,
        module: moduleOf(file.path),
        analysis: await analyseModule(file.text, file.path),
      });
    } catch (e) {
      if (!isActionError(e)) throw e;
      failures.push({
        severity: 'error',
        file: file.path,
        line: e.place.line ?? 1,
        column: e.place.column ?? 1,
        title: e.title ?? 'Syntax error',
        message:
          `${e.message} ${e.title === 'Syntax error' ? syntaxErrorHint(shownPath(options, file.path)) : (e.hint ?? '')}`.trim(),
      });
    }
  }
  const checker = new Checker(options, analysed);
  for (const info of analysed) checker.checkFile(info);
  return [...failures, ...checker.diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/**
 * Checks console-script targets ('molecule_runtime.main:main_sync'): the module
 * must ship and define the attribute at its top level. An import smoke test of
 * `molecule_runtime.main` passes when `main_sync` is missing; every start fails.
 * Diagnostics carry the module's file and, for a missing name, line 1.
 */
export async function checkEntryPoints(
  files: ReadonlyArray<SourceFile>,
  scripts: Readonly<Record<string, string>>,
  options: CheckOptions,
): Promise<ImportDiagnostic[]> {
  const importName = options.importName ?? 'molecule_runtime';
  const diagnostics: ImportDiagnostic[] = [];
  for (const [script, target] of Object.entries(scripts)) {
    const m = /^\s*([\w.]+)\s*:\s*([\w.]+)\s*$/.exec(target);
    const where = { severity: 'error' as const, line: 1, column: 1 };
    if (!m) {
      diagnostics.push({
        ...where,
        file: 'pyproject.toml',
        title: 'Invalid entry point',
        message: `Script ${code(script)} = ${code(target)} is not of the form module:attribute.`,
      });
      continue;
    }
    const module = m[1]!;
    const attr = m[2]!;
    const inPackage =
      module === importName
        ? ''
        : module.startsWith(`${importName}.`)
          ? module.slice(importName.length + 1)
          : undefined;
    if (inPackage === undefined) continue; // another distribution's code: not ours to check
    const path = files.find((f) => moduleOf(f.path).dotted === inPackage)?.path;
    if (!path || (inPackage !== '' && !options.shipped.has(inPackage))) {
      diagnostics.push({
        ...where,
        file: path ?? 'pyproject.toml',
        title: 'Entry point module does not ship',
        message: `Script ${code(script)} runs ${code(target)}, but ${code(module)} is not in the package: every start would fail with ModuleNotFoundError. Fix the script target or add the module.`,
      });
      continue;
    }
    const text = files.find((f) => f.path === path)!.text;
    const analysis = await analyseModule(text, path);
    const first = attr.split('.')[0]!;
    if (analysis.open || analysis.topLevelNames.has(first)) continue;
    diagnostics.push({
      ...where,
      file: path,
      title: 'Entry point not defined',
      message: `Script ${code(script)} runs ${code(target)}, but ${path} defines no top-level ${code(first)}: an import smoke test of ${code(module)} passes, yet every start fails with AttributeError. Define ${code(first)} in ${path} or fix the script target.`,
    });
  }
  return diagnostics;
}
