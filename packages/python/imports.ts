/**
 * Every import statement in a module, read from the syntax tree: never from
 * lines, so strings, docstrings, comments, `;`-joined statements, one-line
 * `if x: import y` bodies and backslash continuations all come out right.
 */
import { analyseModule } from './analyse.js';

export { analyseModule } from './analyse.js';
export type { ModuleAnalysis, ImportSite, NameSite, StringImportSite } from './analyse.js';

export interface ImportedName {
  /** Dotted: `import a.b` → 'a.b'; `from m import x` → 'x'. */
  name: string;
  asname?: string;
}

export interface ImportStatement {
  kind: 'import' | 'from';
  /** Dotted; for `import a.b as c` → 'a.b' (the first name); for `from . import x` → ''. */
  module: string;
  /** Leading dots of a relative import (0 = absolute). */
  level: number;
  /** For kind 'import', one entry per dotted module with its asname. */
  names: ImportedName[] | '*';
  /** 1-based line of the statement. */
  line: number;
  /** 0-based column of the statement, in UTF-16 code units (characters, for text without astral symbols). */
  column: number;
  /** Inside a def/lambda body: not run by an import smoke test. */
  inFunction: boolean;
  /** Under `if TYPE_CHECKING:` (only set when true). */
  inTypeChecking?: boolean;
  /** In the body of a `try:` whose handler catches ImportError (only set when true): an optional import. */
  optional?: boolean;
  /** Enclosing def/class names joined by '.', e.g. 'Heartbeat.stop' (absent at module level). */
  scope?: string;
}

export interface StringImport {
  /** The dotted name the call imports or patches ('config.SETTINGS' for `mock.patch("config.SETTINGS")`). */
  module: string;
  /** 1-based line and 0-based column of the string literal. */
  line: number;
  column: number;
  /** The callee as written: 'importlib.import_module', '__import__', 'mock.patch', … */
  call: string;
}

/** All import statements of a module, in source order. Syntax errors → ActionError ('Syntax error'). */
export async function parseImports(source: string, file: string): Promise<ImportStatement[]> {
  const analysis = await analyseModule(source, file);
  return analysis.imports.map((site) => site.statement);
}

/**
 * String-based imports (importlib.import_module, __import__, mock.patch, …)
 * whose first dotted component is one of `modules`: the rewriter cannot touch
 * them, so the build warns about each.
 */
export async function findStringImports(
  source: string,
  file: string,
  modules: ReadonlySet<string>,
): Promise<StringImport[]> {
  const analysis = await analyseModule(source, file);
  return analysis.stringImports
    .filter((s) => modules.has(s.module.split('.')[0]!))
    .map(({ module, line, column, call }) => ({ module, line, column, call }));
}
