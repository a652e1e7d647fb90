/**
 * What the analysis of one Python module yields: its import statements (with
 * the offsets the rewriter needs), string-based imports and module-level
 * names. Data only, so analyse.ts (the tree-sitter walk), scan.ts (the token
 * scan that reproduces it) and imports.ts (the public reading) all depend on
 * this module and not on each other in a circle (issue #16).
 */

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

/**
 * Sets the flags a statement's place gives it, for both analysis paths
 * (the tokenizer scan and the tree-sitter walk), each only when true, as
 * the fields say. `scope`: the enclosing names already joined ('Heartbeat.stop'),
 * undefined at module level: the scan joins each scope once, not per import.
 */
export function markContext(
  statement: ImportStatement,
  inTypeChecking: boolean,
  inImportGuard: boolean,
  scope: string | undefined,
): void {
  if (inTypeChecking) statement.inTypeChecking = true;
  if (inImportGuard) statement.optional = true;
  if (scope !== undefined) statement.scope = scope;
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

/** Where one imported name sits in the source (UTF-16 offsets, as JavaScript strings index). */
export interface NameSite {
  start: number;
  end: number;
  line: number;
  /** 0-based. */
  column: number;
}

/** An import statement plus the offsets the rewriter needs. */
export interface ImportSite {
  statement: ImportStatement;
  /** Offsets of the whole statement. */
  start: number;
  end: number;
  /** Offset of the dotted module name of a `from` import (-1 when relative or `import`). */
  moduleStart: number;
  /** One per entry of `statement.names` (empty for `*`). */
  names: NameSite[];
}

/** A string-based import found by a call such as `importlib.import_module("x.y")`. */
export interface StringImportSite extends StringImport {
  /** The literal's value, e.g. 'config.SETTINGS' for `mock.patch("config.SETTINGS")`. */
  text: string;
}

export interface ModuleAnalysis {
  file: string;
  imports: ImportSite[];
  /** Names bound at module scope: def, class, assignment targets, imports, `global` declarations, `__all__`. */
  topLevelNames: ReadonlySet<string>;
  /** A literal `__all__` (with `+=`, `.extend`, `.append`), when present. */
  dunderAll: readonly string[] | undefined;
  /**
   * The module may bind names its syntax does not show (a module `__getattr__`,
   * writes through `globals()`, `exec`, a computed `__all__`), so the static
   * check does not call a name missing from it.
   */
  open: boolean;
  /** Every call that imports by string literal, whatever module it names. */
  stringImports: StringImportSite[];
}
