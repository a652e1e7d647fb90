/**
 * Every import statement in a module, read from its tokens (scan.ts; the full
 * parse for files the tokenizer cannot vouch for): never from lines, so
 * strings, docstrings, comments, `;`-joined statements, one-line
 * `if x: import y` bodies and backslash continuations all come out right.
 */
import { analyseModule } from './analyse.js';
import type { ImportStatement, StringImport } from './module-analysis.js';

export { analyseModule } from './analyse.js';
export type {
  ImportedName,
  ImportStatement,
  StringImport,
  ModuleAnalysis,
  ImportSite,
  NameSite,
  StringImportSite,
} from './module-analysis.js';

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
