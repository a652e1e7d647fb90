/**
 * One analysis per module, everything the build needs from it: the import
 * statements (with the offsets the rewriter edits), the names the module binds
 * at its top level (for the static check), and string-based imports.
 *
 * Two analysers give the same results: the tokenizer's (scan.ts), which reads
 * a module at memory speed and is used whenever it can vouch for the file,
 * and tree-sitter's full parse below, loaded only for the files it cannot
 * vouch for (among them every file with a syntax error the tokenizer sees, so
 * that the error is reported with tree-sitter's file, line and column).
 * test/python/scan.test.ts holds them equal over the standard library.
 *
 * The full parse's walk moves a TreeCursor over statements only, comparing
 * numeric node-type ids, and never descends into expressions: an import is a
 * statement, and statements only nest inside other statements. The
 * expression-level work (string-based imports, walrus bindings) runs as a
 * tree-sitter query, and only when a cheap text test says the file may need
 * it. Results are plain objects; the tree is freed before returning.
 */
import type * as TreeSitter from 'web-tree-sitter';
import { ActionError } from '../toolkit/errors.js';
import { pythonParser, pythonQuery } from './parser.js';
import { scanModule, type ScanRules } from './scan.js';
import type {
  ImportStatement,
  ImportedName,
  ModuleAnalysis,
  ImportSite,
  NameSite,
  StringImportSite,
} from './module-analysis.js';
import { markContext } from './module-analysis.js';

/** The parser, the grammar's node-type and field ids, and compiled queries. */
export interface Grammar {
  parser: TreeSitter.Parser;
  containers: ReadonlySet<number>;
  t: Record<(typeof NODE_TYPES)[number], number>;
  f: Record<(typeof FIELDS)[number], number>;
  calls: TreeSitter.Query;
  walrus: TreeSitter.Query;
}

/** Statement types whose children may hold further statements. */
const CONTAINERS = [
  'block',
  'elif_clause',
  'else_clause',
  'try_statement',
  'except_clause',
  'finally_clause',
  'with_statement',
  'while_statement',
  'match_statement',
  'case_clause',
  'ERROR',
] as const;

/** The node types the walk compares: the containers and the statements it reads. */
const NODE_TYPES = [
  'import_statement',
  'import_from_statement',
  'future_import_statement',
  'function_definition',
  'class_definition',
  'decorated_definition',
  'if_statement',
  'for_statement',
  'expression_statement',
  'global_statement',
  'type_alias_statement',
  ...CONTAINERS,
] as const;

const FIELDS = [
  'name',
  'body',
  'condition',
  'consequence',
  'definition',
  'left',
  'right',
  'alias',
  'module_name',
] as const;

// A call whose first argument is a plain string: the candidates for string imports.
const CALL_QUERY = `(call
  function: [(identifier) (attribute)] @fn
  arguments: (argument_list . (string) @arg))`;
const WALRUS_QUERY = '(named_expression name: (identifier) @name)';

/**
 * Calls that import by name. `kind` says how to read the string: a module name,
 * a dotted target (`module.attr`, as mock.patch takes), or `module:attr`.
 * `patch.object` is absent on purpose: its first argument is an object.
 */
const STRING_IMPORT_CALLS: ReadonlyArray<{ callee: RegExp; kind: 'module' | 'target' }> = [
  { callee: /(?:^|\.)import_module$/, kind: 'module' },
  { callee: /^(?:builtins\.)?__import__$/, kind: 'module' },
  { callee: /(?:^|\.)find_spec$/, kind: 'module' },
  {
    callee:
      /(?:^|\.)resources\.(?:files|read_text|read_binary|open_text|open_binary|path|contents|is_resource)$/,
    kind: 'module',
  },
  { callee: /(?:^|\.)pkgutil\.get_data$/, kind: 'module' },
  { callee: /(?:^|\.)patch(?:\.dict|\.multiple)?$/, kind: 'target' },
  { callee: /(?:^|\.)monkeypatch\.(?:setattr|delattr)$/, kind: 'target' },
  { callee: /(?:^|\.)(?:resolve_name|import_string|import_from_string)$/, kind: 'target' },
  { callee: /(?:^|\.)uvicorn\.run$/, kind: 'target' },
];
const MAY_IMPORT_BY_STRING =
  /import_module|__import__|find_spec|resources\.|get_data|patch|monkeypatch|resolve_name|import_string|import_from_string|uvicorn/;
const IMPORT_TARGET = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*(?::[A-Za-z_][\w.]*)?$/;
/** Writes to the module namespace the syntax tree cannot follow. */
const OPENS_NAMESPACE =
  /\b(?:globals|vars)\(\)\s*(?:\[[^\]\n]*\]\s*=(?!=)|\.(?:update|setdefault)\()|setattr\(\s*sys\.modules\[\s*__name__\s*\]|^\s*exec\(/m;
/**
 * OPENS_NAMESPACE.test, skipped when the source lacks the literal text every
 * match holds (`globals()`/`vars()` end in `s()`): the regex, with no literal
 * prefix to search for, cost a tenth of the scan on files that have none.
 */
function opensNamespace(source: string): boolean {
  if (!source.includes('s()') && !source.includes('setattr(') && !source.includes('exec('))
    return false;
  return OPENS_NAMESPACE.test(source);
}
const TYPE_CHECKING = /^(?:typing\.|t\.|typing_extensions\.)?TYPE_CHECKING$/;

let loading: Promise<Grammar> | undefined;

/** The parser plus the grammar's ids and compiled queries, made once per process. */
export function pythonGrammar(): Promise<Grammar> {
  loading ??= (async () => {
    const parser = await pythonParser();
    const language = parser.language;
    if (!language) throw new Error('python parser has no language');
    const t = {} as Record<(typeof NODE_TYPES)[number], number>;
    for (const name of NODE_TYPES) {
      const id = language.idForNodeType(name, true);
      if (id === null) throw new Error(`tree-sitter-python has no node type ${name}`);
      t[name] = id;
    }
    const f = {} as Record<(typeof FIELDS)[number], number>;
    for (const name of FIELDS) {
      const id = language.fieldIdForName(name);
      if (id === null) throw new Error(`tree-sitter-python has no field ${name}`);
      f[name] = id;
    }
    const containers = new Set(CONTAINERS.map((name) => t[name]));
    return {
      parser,
      t,
      f,
      containers,
      calls: await pythonQuery(CALL_QUERY),
      walrus: await pythonQuery(WALRUS_QUERY),
    };
  })();
  return loading;
}

interface Context {
  /** Innermost def/class names, for messages ("runs only when `Heartbeat.stop` is called"). */
  scope: string[];
  inFunction: boolean;
  inTypeChecking: boolean;
  /** In the body of a `try:` that catches ImportError: the module may be absent. */
  inImportGuard?: boolean;
  moduleScope: boolean;
}

/** `except ImportError`, `except (ModuleNotFoundError, …)`, a bare `except:` or `except Exception`. */
const IMPORT_GUARD =
  /^except\s*(?::|\(?\s*(?:[\w.]+\s*,\s*)*(?:builtins\.)?(?:ImportError|ModuleNotFoundError|Exception|BaseException)\b)/;

function guardsImport(tryNode: TreeSitter.Node): boolean {
  return tryNode.namedChildren.some((clause) => {
    if (clause?.type !== 'except_clause' || !IMPORT_GUARD.test(clause.text.trimStart()))
      return false;
    // A handler that only re-raises (with a friendlier message) makes the import required.
    const block = clause.namedChildren.find((n) => n?.type === 'block');
    return block?.firstNamedChild?.type !== 'raise_statement';
  });
}

class Walker {
  readonly imports: ImportSite[] = [];
  readonly names = new Set<string>();
  dunderAll: string[] | undefined;
  open = false;

  constructor(private readonly g: Grammar) {}

  /** Visits the children of the node under the cursor as statements. */
  children(c: TreeSitter.TreeCursor, ctx: Context): void {
    if (!c.gotoFirstChild()) return;
    do this.statement(c, ctx);
    while (c.gotoNextSibling());
    c.gotoParent();
  }

  statement(c: TreeSitter.TreeCursor, ctx: Context): void {
    const { t, f } = this.g;
    const id = c.nodeTypeId;
    if (
      id === t.import_statement ||
      id === t.import_from_statement ||
      id === t.future_import_statement
    ) {
      this.importStatement(c.currentNode, id, ctx);
    } else if (id === t.function_definition || id === t.class_definition) {
      const isFunction = id === t.function_definition;
      let name = '';
      if (!c.gotoFirstChild()) return;
      do {
        const field = c.currentFieldId;
        if (field === f.name) {
          name = c.nodeText;
          if (ctx.moduleScope) {
            this.names.add(name);
            if (isFunction && name === '__getattr__') this.open = true; // PEP 562
          }
        } else if (field === f.body) {
          this.children(c, {
            scope: [...ctx.scope, name],
            inFunction: ctx.inFunction || isFunction,
            inTypeChecking: ctx.inTypeChecking,
            moduleScope: false,
          });
        }
      } while (c.gotoNextSibling());
      c.gotoParent();
    } else if (id === t.decorated_definition) {
      if (!c.gotoFirstChild()) return;
      do if (c.currentFieldId === f.definition) this.statement(c, ctx);
      while (c.gotoNextSibling());
      c.gotoParent();
    } else if (id === t.if_statement || id === t.elif_clause) {
      let typeChecking = false;
      if (!c.gotoFirstChild()) return;
      do {
        const field = c.currentFieldId;
        if (field === f.condition) typeChecking = TYPE_CHECKING.test(c.nodeText);
        else if (field === f.consequence)
          this.children(c, typeChecking ? { ...ctx, inTypeChecking: true } : ctx);
        else this.statement(c, ctx); // elif / else clauses
      } while (c.gotoNextSibling());
      c.gotoParent();
    } else if (id === t.for_statement) {
      if (ctx.moduleScope) {
        const left = c.currentNode.childForFieldId(f.left);
        if (left) this.bindTarget(left);
      }
      this.children(c, ctx);
    } else if (id === t.with_statement && ctx.moduleScope) {
      for (const target of c.currentNode.descendantsOfType('as_pattern_target')) {
        if (target) this.bindTarget(target);
      }
      this.children(c, ctx);
    } else if (id === t.try_statement && !ctx.inImportGuard && guardsImport(c.currentNode)) {
      if (!c.gotoFirstChild()) return;
      do {
        if (c.currentFieldId === f.body) this.children(c, { ...ctx, inImportGuard: true });
        else this.statement(c, ctx); // except / else / finally clauses
      } while (c.gotoNextSibling());
      c.gotoParent();
    } else if (this.g.containers.has(id)) {
      this.children(c, ctx);
    } else if (id === t.expression_statement) {
      if (ctx.moduleScope) this.moduleExpression(c.currentNode);
    } else if (id === t.global_statement) {
      // `global x` in a function binds a module name when it runs: count it.
      for (const n of c.currentNode.namedChildren)
        if (n?.type === 'identifier') this.names.add(n.text);
    } else if (id === t.type_alias_statement && ctx.moduleScope) {
      const left = c.currentNode.childForFieldId(f.left);
      const name = left?.firstNamedChild;
      if (name?.type === 'identifier') this.names.add(name.text);
    }
  }

  importStatement(node: TreeSitter.Node, id: number, ctx: Context): void {
    const { t, f } = this.g;
    const names: ImportedName[] = [];
    const sites: NameSite[] = [];
    let module = '';
    let level = 0;
    let moduleStart = -1;
    // By field id, two calls for the whole statement: asking each child for
    // its field name costs a WebAssembly call and a string per child.
    const moduleNode = node.childForFieldId(f.module_name);
    if (moduleNode !== null) {
      if (moduleNode.type === 'relative_import') {
        for (const part of moduleNode.namedChildren) {
          if (part?.type === 'import_prefix') level = countDots(part.text);
          else if (part?.type === 'dotted_name') module = dotted(part);
        }
      } else {
        module = dotted(moduleNode);
        moduleStart = moduleNode.startIndex;
      }
    }
    for (const child of node.childrenForFieldId(f.name)) {
      if (child === null) continue;
      const aliased = child.type === 'aliased_import';
      const target = aliased ? child.childForFieldId(f.name)! : child;
      const alias = aliased ? child.childForFieldId(f.alias) : null;
      names.push(alias ? { name: dotted(target), asname: alias.text } : { name: dotted(target) });
      sites.push({
        start: target.startIndex,
        end: target.endIndex,
        line: target.startPosition.row + 1,
        column: target.startPosition.column,
      });
    }
    // `from m import *` names nothing; only then is a wildcard worth looking for.
    const star =
      names.length === 0 &&
      id !== t.import_statement &&
      node.namedChildren.some((c) => c?.type === 'wildcard_import');
    if (id === t.future_import_statement) module = '__future__';
    const kind = id === t.import_statement ? 'import' : 'from';
    const statement: ImportStatement = {
      kind,
      module: kind === 'import' ? (names[0]?.name ?? '') : module,
      level,
      names: star ? '*' : names,
      line: node.startPosition.row + 1,
      column: node.startPosition.column,
      inFunction: ctx.inFunction,
    };
    markContext(
      statement,
      ctx.inTypeChecking,
      ctx.inImportGuard === true,
      ctx.scope.length > 0 ? ctx.scope.join('.') : undefined,
    );
    this.imports.push({
      statement,
      start: node.startIndex,
      end: node.endIndex,
      moduleStart,
      names: sites,
    });
    if (ctx.moduleScope) {
      for (const n of names) {
        this.names.add(n.asname ?? (kind === 'import' ? n.name.split('.')[0]! : n.name));
      }
    }
  }

  /** Module-level `x = …`, `a, b = …`, `x: T = …`, and `__all__` edits. */
  moduleExpression(node: TreeSitter.Node): void {
    const expr = node.firstNamedChild;
    if (!expr) return;
    if (expr.type === 'assignment') {
      let a: TreeSitter.Node | null = expr;
      while (a?.type === 'assignment') {
        const left = a.childForFieldName('left');
        const right = a.childForFieldName('right');
        // `x: int` with no value binds nothing at run time.
        if (left && right) this.bindTarget(left);
        if (
          left?.type === 'identifier' &&
          left.text === '__all__' &&
          right &&
          right.type !== 'assignment'
        ) {
          this.dunderAll = [];
          this.addAll(right);
        }
        a = right;
      }
    } else if (expr.type === 'augmented_assignment') {
      const left = expr.childForFieldName('left');
      const right = expr.childForFieldName('right');
      if (left?.text === '__all__' && right) {
        this.dunderAll ??= [];
        this.addAll(right);
      }
    } else if (expr.type === 'call') {
      // __all__.extend([...]) / __all__.append("x")
      const fn = expr.childForFieldName('function');
      const args = expr.childForFieldName('arguments');
      const m = fn && /^__all__\.(extend|append)$/.exec(fn.text);
      if (m && args) {
        this.dunderAll ??= [];
        const arg = args.firstNamedChild;
        if (arg) this.addAll(arg, m[1] === 'append');
      }
    }
  }

  addAll(value: TreeSitter.Node, single = false): void {
    const items = single
      ? [value]
      : ['list', 'tuple'].includes(value.type)
        ? value.namedChildren
        : null;
    if (!items) {
      this.open = true; // computed __all__: we cannot tell what it holds
      return;
    }
    for (const item of items) {
      const s = item ? stringValue(item) : undefined;
      if (s === undefined) {
        if (item?.type !== 'comment') this.open = true;
      } else {
        this.dunderAll!.push(s);
        this.names.add(s);
      }
    }
  }

  /** Identifiers an assignment target binds (not attributes or subscripts). */
  bindTarget(node: TreeSitter.Node): void {
    switch (node.type) {
      case 'identifier':
        this.names.add(node.text);
        return;
      case 'attribute':
      case 'subscript':
        return;
      default:
        for (const child of node.namedChildren) if (child) this.bindTarget(child);
    }
  }
}

function countDots(prefix: string): number {
  let n = 0;
  for (const ch of prefix) if (ch === '.') n++;
  return n;
}

/** `a . b` (spaces and continuations are legal inside) → 'a.b'. */
/**
 * A dotted name as Python reads it. Between its identifiers and dots a
 * dotted_name can hold only blanks and backslash continuations (a comment
 * would end the statement), so dropping those from its text is the same as
 * joining its identifiers, without a WebAssembly call per part.
 */
function dotted(node: TreeSitter.Node): string {
  return node.text.replace(/[\s\\]+/g, '');
}

const FOLDABLE = /[#\\\r\n\t\f]| {2}/;

/**
 * An import statement's text on one line, for messages and summary tables:
 * comments dropped (an import statement holds no strings, so every `#` starts
 * one), continuations and line breaks folded, runs of blanks made one space.
 */
export function statementLine(text: string): string {
  // Most statements are one line with single spaces already: nothing to fold.
  if (!FOLDABLE.test(text)) return text.trim();
  return text
    .replace(/#[^\r\n]*/g, '')
    .replace(/\\?\r?\n/g, ' ')
    .replace(/[ \t\f]+/g, ' ')
    .trim();
}

/** The value of a plain string literal (no f/b prefix, no escapes), else undefined. */
export function stringValue(node: TreeSitter.Node): string | undefined {
  if (node.type !== 'string') return undefined;
  return literalValue(node.text);
}

/** The value of a plain string literal's source text (no f/b prefix, no escapes), else undefined. */
function literalValue(text: string): string | undefined {
  const m = /^[rRuU]?('''|"""|'|")([^\\]*)\1$/s.exec(text);
  return m ? m[2] : undefined;
}

/** The first syntax error in document order, as CPython would roughly place it. */
function syntaxError(root: TreeSitter.Node, file: string): ActionError {
  const find = (n: TreeSitter.Node): TreeSitter.Node | undefined => {
    for (const c of n.children) {
      if (!c) continue;
      if (c.isMissing) return c;
      if (c.hasError) return find(c) ?? (c.isError ? c : undefined);
    }
    return undefined;
  };
  const bad = find(root) ?? root;
  const line = bad.startPosition.row + 1;
  const what = bad.isMissing
    ? `missing '${bad.type}'`
    : `unexpected '${bad.text.split('\n')[0]!.slice(0, 40)}'`;
  // The place goes in file/line/column only: annotations and the CLI print it from there.
  return new ActionError(`The file does not parse: ${what}.`, {
    title: 'Syntax error',
    file,
    line,
    column: bad.startPosition.column + 1,
    hint: syntaxErrorHint(file),
  });
}

/**
 * What to do about a syntax error in `shown`, the file as the user finds it
 * (callers that analyse paths relative to a source folder pass it with the folder).
 */
export function syntaxErrorHint(shown: string): string {
  return `Fix the syntax (\`python3 -m py_compile ${shown}\` shows CPython's view). If CPython accepts the file, the tree-sitter grammar has a gap here: please report it with the snippet.`;
}

/** Whether `call("text")` imports by name, and which module (shared by both analysers). */
function stringImportOf(call: string, text: string): { module: string } | undefined {
  const rule = STRING_IMPORT_CALLS.find((r) => r.callee.test(call));
  if (!rule) return undefined;
  if (!IMPORT_TARGET.test(text)) return undefined;
  if (rule.kind === 'module' && text.includes(':')) return undefined;
  // monkeypatch.setattr(obj, "name", v) names an attribute, not a module path.
  if (/monkeypatch/.test(call) && !text.includes('.')) return undefined;
  return { module: text.split(':')[0]! };
}

const SCAN_RULES: ScanRules = {
  typeChecking: TYPE_CHECKING,
  importGuard: IMPORT_GUARD,
  opensNamespace,
  mayImportByString: MAY_IMPORT_BY_STRING,
  findStringImport: stringImportOf,
  stringValue: literalValue,
};

function findStringImportSites(g: Grammar, tree: TreeSitter.Tree): StringImportSite[] {
  const found: StringImportSite[] = [];
  for (const match of g.calls.matches(tree.rootNode)) {
    let fn: TreeSitter.Node | undefined;
    let arg: TreeSitter.Node | undefined;
    for (const cap of match.captures) {
      if (cap.name === 'fn') fn = cap.node;
      else if (cap.name === 'arg') arg = cap.node;
    }
    if (!fn || !arg) continue;
    const call = fn.text.replace(/\s+/g, '');
    const text = stringValue(arg);
    if (text === undefined) continue;
    const hit = stringImportOf(call, text);
    if (!hit) continue;
    found.push({
      module: hit.module,
      text,
      call,
      line: arg.startPosition.row + 1,
      column: arg.startPosition.column,
    });
  }
  return found;
}

/** Analyses source with a loaded grammar (synchronous: the pipeline calls it thousands of times). */
export function analyseWith(g: Grammar, source: string, file: string): ModuleAnalysis {
  const tree = g.parser.parse(source);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${file}`);
  try {
    const root = tree.rootNode;
    if (root.hasError) throw syntaxError(root, file);
    const walker = new Walker(g);
    const cursor = tree.walk();
    try {
      walker.children(cursor, {
        scope: [],
        inFunction: false,
        inTypeChecking: false,
        moduleScope: true,
      });
    } finally {
      cursor.delete();
    }
    if (source.includes(':=')) {
      // Walrus targets bind in the enclosing scope; counting every one over-approximates
      // the module's names, which only makes the static check more lenient.
      for (const cap of g.walrus.captures(root)) walker.names.add(cap.node.text);
    }
    if (opensNamespace(source)) walker.open = true;
    const stringImports = MAY_IMPORT_BY_STRING.test(source) ? findStringImportSites(g, tree) : [];
    return {
      file,
      imports: walker.imports,
      topLevelNames: walker.names,
      dunderAll: walker.dunderAll,
      open: walker.open,
      stringImports,
    };
  } finally {
    tree.delete();
  }
}

// The pipeline asks for the same module more than once (check, then rewrite):
// remember recent analyses by file, keyed on the exact text.
const CACHE_LIMIT = 20000;
const cache = new Map<string, { source: string; analysis: ModuleAnalysis }>();

let fullParseOnly = false;

/**
 * Makes every analysis use the full parse (true) or the tokenizer first (false,
 * the default), and forgets cached analyses: for the test that proves both
 * give the same bytes and diagnostics.
 */
export function useFullParse(on: boolean): void {
  fullParseOnly = on;
  cache.clear();
}

/**
 * The tokenizer's analysis (scan.ts), at memory speed; the full parse only
 * for files the tokenizer cannot vouch for, which include every file with a
 * syntax error it can see: the parse then reports it with file, line and
 * column. tree-sitter is loaded on the first such file, never before.
 */
async function analyse(source: string, file: string): Promise<ModuleAnalysis> {
  const scanned = fullParseOnly ? undefined : scanModule(source, file, SCAN_RULES);
  return scanned ?? analyseWith(await pythonGrammar(), source, file);
}

/**
 * Analyses a module once and returns its imports, top-level names and string
 * imports. Syntax errors throw an ActionError with file, line and column.
 * `file` names the module in messages; the result is cached per file and text,
 * so checkImports and rewriteImports on the same text share one analysis.
 */
export async function analyseModule(source: string, file: string): Promise<ModuleAnalysis> {
  const hit = cache.get(file);
  if (hit && hit.source === source) return hit.analysis;
  const analysis = await analyse(source, file);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(file, { source, analysis });
  return analysis;
}

/** The rules the tokenizer's analysis shares with the full parse (for the equivalence test). */
export const SCAN_RULES_FOR_TESTS: ScanRules = SCAN_RULES;

/**
 * Forgets every cached analysis. The build calls it once its import check is
 * done: at 5,000 modules the analyses hold about 17 MB that the archives,
 * written next, can use instead.
 */
export function forgetAnalyses(): void {
  cache.clear();
}
