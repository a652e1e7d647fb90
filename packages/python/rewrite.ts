/**
 * Rewrites absolute imports of runtime modules so they work from inside the
 * import package (`from a2a_client import x` → `from molecule_runtime.a2a_client import x`).
 *
 * The rewrite only ever INSERTS text, never removes or moves any, and never
 * inserts a newline: every line keeps its number (tracebacks and annotations
 * map back to the monorepo) and everything not inserted is byte-identical.
 * Each form binds exactly the names the original bound, to the same objects:
 *
 *   from a.b import x         → from molecule_runtime.a.b import x
 *   import a                  → import molecule_runtime.a as a
 *   import a as c             → import molecule_runtime.a as c
 *   import a.b as c           → import molecule_runtime.a.b as c
 *   import a.b                → import molecule_runtime.a.b as a, molecule_runtime.a as a
 *   import os, a              → import os, molecule_runtime.a as a
 *
 * `import a.b` binds `a` (the package) and guarantees `a.b` is loaded. The
 * first alias imports `molecule_runtime.a.b` (binding `a` to it for an
 * instant), the second rebinds `a` to the package: one statement, no extra
 * name (`import molecule_runtime.a.b` would also bind `molecule_runtime`),
 * so it fits anywhere the original did (`if x: import a.b`, after `;`).
 * Relative imports, third-party names sharing a prefix (`a2a` vs `a2a_client`)
 * and already-rewritten imports are left alone, so the rewrite is idempotent.
 */
import { ActionError } from '../toolkit/errors.js';
import { analyseModule, statementLine } from './analyse.js';
import type { ModuleAnalysis } from './module-analysis.js';

export interface Rewrite {
  /** 1-based line and 0-based column of the statement. */
  line: number;
  column: number;
  /** The statement before and after, each on one line (continuations folded) for a summary table. */
  before: string;
  after: string;
}

export interface RewriteOptions {
  /** Top-level runtime names: module stems and subpackage folders ('config', 'adapters', …). */
  modules: ReadonlySet<string>;
  /** The import package the runtime ships as, e.g. 'molecule_runtime'. */
  importName: string;
  /** The module's path, for messages. */
  file: string;
}

export interface RewriteResult {
  /** The rewritten text (made on first read). */
  readonly source: string;
  rewrites: Rewrite[];
  /** What was inserted where (UTF-16 offsets into the original source), in order. */
  insertions: readonly Insertion[];
}

export interface Insertion {
  at: number;
  text: string;
}

const IMPORT_NAME = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;

function validate(options: RewriteOptions): string {
  const { importName, modules } = options;
  if (!IMPORT_NAME.test(importName)) {
    throw new ActionError(`'${importName}' is not a valid Python import name.`, {
      title: 'Invalid import name',
      input: 'import-name',
      hint: 'Use letters, digits and underscores, e.g. molecule_runtime.',
    });
  }
  const head = importName.split('.')[0]!;
  if (modules.has(head)) {
    throw new ActionError(
      `The import package '${importName}' has the same name as a runtime module, so rewritten and unrewritten imports could not be told apart.`,
      {
        title: 'Import name clashes with a module',
        input: 'import-name',
        hint: `Rename the module '${head}' or choose another import name.`,
      },
    );
  }
  return head;
}

/** `text` with insertions[from, to) made; their offsets count from `offset`. */
function apply(
  text: string,
  insertions: readonly Insertion[],
  offset = 0,
  from = 0,
  to = insertions.length,
): string {
  let out = '';
  let at = 0;
  for (let i = from; i < to; i++) {
    const ins = insertions[i]!;
    out += text.slice(at, ins.at - offset) + ins.text;
    at = ins.at - offset;
  }
  return out + text.slice(at);
}

/** Rewrites a module already analysed (the pipeline analyses each file once). */
export function rewriteAnalysed(
  source: string,
  analysis: ModuleAnalysis,
  options: RewriteOptions,
): RewriteResult {
  const head = validate(options);
  const { modules, importName } = options;
  const prefix = `${importName}.`;
  const isRuntime = (dotted: string): boolean => {
    const dot = dotted.indexOf('.');
    const first = dot < 0 ? dotted : dotted.slice(0, dot);
    return first !== head && modules.has(first);
  };
  const all: Insertion[] = [];
  const rewrites: Rewrite[] = [];
  for (const site of analysis.imports) {
    const { statement } = site;
    if (statement.level > 0) continue;
    const first = all.length;
    if (statement.kind === 'from') {
      if (site.moduleStart >= 0 && isRuntime(statement.module)) {
        all.push({ at: site.moduleStart, text: prefix });
      }
    } else if (statement.names !== '*') {
      statement.names.forEach((name, i) => {
        if (!isRuntime(name.name)) return;
        const where = site.names[i]!;
        all.push({ at: where.start, text: prefix });
        if (name.asname !== undefined) return;
        const top = name.name.split('.')[0]!;
        all.push({
          at: where.end,
          text: name.name.includes('.') ? ` as ${top}, ${prefix}${top} as ${top}` : ` as ${top}`,
        });
      });
    }
    if (all.length === first) continue;
    const before = source.slice(site.start, site.end);
    rewrites.push({
      line: statement.line,
      column: statement.column,
      before: statementLine(before),
      after: statementLine(apply(before, all, site.start, first)),
    });
  }
  // Statements never overlap and come in source order, each statement's
  // insertions in order too; sorted anyway should an analysis ever list
  // them otherwise.
  for (let i = 1; i < all.length; i++) {
    if (all[i]!.at < all[i - 1]!.at) {
      all.sort((a, b) => a.at - b.at);
      break;
    }
  }
  // The text is built only when asked for: the build splices single-byte
  // sources' bytes instead (insertIntoBytes) and never needs it.
  let rewritten: string | undefined;
  return {
    get source(): string {
      return (rewritten ??= apply(source, all));
    },
    rewrites,
    insertions: all,
  };
}

/**
 * The rewritten file's bytes straight from its original bytes, when each
 * character of its text was one byte (ASCII in UTF-8, or a single-byte
 * codec: `textLength === bytes.length`) and every insertion is ASCII, which
 * every source encoding CPython accepts writes as those same bytes. Spares
 * encoding the whole text again; undefined when that does not hold, and the
 * caller encodes the rewritten text as before. Same bytes either way.
 */
export function insertIntoBytes(
  bytes: Uint8Array,
  textLength: number,
  insertions: readonly Insertion[],
  /** Where the result goes (default: a new array); the build carves them from slabs. */
  allocate: (length: number) => Uint8Array = (length) => new Uint8Array(length),
): Uint8Array | undefined {
  if (textLength !== bytes.length) return undefined;
  let added = 0;
  // Indexed loops here and below: this runs mostly before V8 optimises it,
  // where each iterator step allocates.
  for (let i = 0; i < insertions.length; i++) {
    const text = insertions[i]!.text;
    if (asciiBytes(text) === undefined) return undefined;
    added += text.length;
  }
  const out = allocate(bytes.length + added);
  let from = 0;
  let to = 0;
  for (let i = 0; i < insertions.length; i++) {
    const ins = insertions[i]!;
    out.set(bytes.subarray(from, ins.at), to);
    to += ins.at - from;
    from = ins.at;
    const text = asciiBytes(ins.text) as Uint8Array;
    out.set(text, to);
    to += text.length;
  }
  out.set(bytes.subarray(from), to);
  return out;
}

/**
 * An insertion's bytes when it is ASCII, else undefined. Insertions repeat
 * (the prefix, and ` as name` once per module), so each text is encoded
 * once: a character loop per insertion was most of insertIntoBytes's time
 * while V8 still interprets it, which in a build is most of the time.
 */
const NOT_ASCII = /[\u0080-\uffff]/;
const asciiCache = new Map<string, Uint8Array | null>();
function asciiBytes(text: string): Uint8Array | undefined {
  let bytes = asciiCache.get(text);
  if (bytes === undefined) {
    if (asciiCache.size >= 65536) asciiCache.clear();
    bytes = NOT_ASCII.test(text) ? null : Buffer.from(text, 'latin1');
    asciiCache.set(text, bytes);
  }
  return bytes ?? undefined;
}

/**
 * Rewrites every absolute import of a runtime module in one file. Syntax errors
 * throw an ActionError with file, line and column.
 */
export async function rewriteImports(
  source: string,
  options: RewriteOptions,
): Promise<RewriteResult> {
  validate(options);
  return rewriteAnalysed(source, await analyseModule(source, options.file), options);
}
