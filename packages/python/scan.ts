/**
 * The module analysis (analyse.ts's ModuleAnalysis) from tokens instead of a
 * syntax tree: an import statement begins a simple statement (at the start of
 * a logical line, after `;`, or after the `:` of a one-line compound
 * statement, always at bracket depth 0), so the tokenizer finds every one at
 * memory speed, and the statement structure the analysis needs (def/class
 * scopes, `if TYPE_CHECKING:`, `try:` bodies guarded by `except ImportError`,
 * module-level bindings, `__all__`) is in the logical lines and their indents.
 *
 * It reproduces the tree-sitter walk's results exactly. Wherever it cannot be
 * sure of that (a tokenizer error, a statement shape it does not expect, a
 * comment where tree-sitter's tree shape would depend on it, a module-level
 * `with` whose body has other `as` targets), it returns undefined and the
 * caller falls back to the full parse, which also reports syntax errors with
 * file, line and column as before.
 */
import type {
  ImportStatement,
  ImportedName,
  ImportSite,
  ModuleAnalysis,
  NameSite,
  StringImportSite,
} from './module-analysis.js';
import { markContext } from './module-analysis.js';
import {
  LPAR,
  LSQB,
  NAME,
  NUMBER,
  OP_LENGTH,
  RBRACE,
  RPAR,
  RSQB,
  SEMICOLON,
  SEMICOLON_FLAG,
  STRING,
  isAugmented,
  isName,
  isPlainName,
  op,
  tokenize,
  word,
  type Tokens,
} from './tokenize.js';

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

// Token codes the scan compares (tokenize.ts): one byte per token, no text.
const AS = word('as');
const ASYNC = word('async');
const CASE = word('case');
const CLASS = word('class');
const DEF = word('def');
const DUNDER_ALL = word('__all__');
const ELIF = word('elif');
const ELSE = word('else');
const EXCEPT = word('except');
const FINALLY = word('finally');
const FOR = word('for');
const FROM = word('from');
const GLOBAL = word('global');
const IF = word('if');
const IMPORT = word('import');
const IN = word('in');
const LAMBDA = word('lambda');
const MATCH = word('match');
const RAISE = word('raise');
const TRY = word('try');
const TYPE = word('type');
const WITH = word('with');
const AT = op('@');
const COLON = op(':');
const COLON_EQUAL = op(':=');
const COMMA = op(',');
const DOT = op('.');
const ELLIPSIS = op('...');
const EQUAL = op('=');
const LBRACE = op('{');
const STAR = op('*');

/** Flags by token code: 1 for the words that begin compound statements, 2 for simple statements that bind nothing. */
const HEAD = new Uint8Array(256);
for (const w of [
  'if',
  'elif',
  'else',
  'while',
  'for',
  'try',
  'except',
  'finally',
  'with',
  'def',
  'class',
  'async',
] as const)
  HEAD[word(w)] = 1;
for (const w of [
  'pass',
  'return',
  'del',
  'assert',
  'raise',
  'break',
  'continue',
  'nonlocal',
] as const)
  HEAD[word(w)] = 2;
const COMPOUND = 1;
const SIMPLE = 2;

export interface ScanRules {
  typeChecking: RegExp;
  importGuard: RegExp;
  /** Does the source write to its module namespace in ways no analysis follows? */
  opensNamespace: (source: string) => boolean;
  mayImportByString: RegExp;
  findStringImport: (call: string, text: string) => { module: string } | undefined;
  stringValue: (literal: string) => string | undefined;
}

/**
 * The def/class names around a block, innermost first, by their name tokens:
 * read from the source and listed outermost first only when an import inside
 * needs them.
 */
interface Scope {
  outer: Scope | undefined;
  token: number;
  /** The def/class names to here, joined by '.' (made on first use). */
  dotted?: string;
}

// What a Ctx knows of where a block sits, one bit each (see Ctx).
const IN_FUNCTION = 1;
const IN_TYPE_CHECKING = 2;
const IN_IMPORT_GUARD = 4;
const MODULE_SCOPE = 8;
const MATCH_BODY = 16;
const MODULE_WITH = 32;

/**
 * Where a block sits: the def/class scope around it and a word of flags. One
 * shape for every context (a class, not spread copies), and each derived
 * context is the same two fields with one bit changed.
 */
class Ctx {
  constructor(
    readonly scope: Scope | undefined,
    private readonly flags: number,
  ) {}

  get inFunction(): boolean {
    return (this.flags & IN_FUNCTION) !== 0;
  }
  get inTypeChecking(): boolean {
    return (this.flags & IN_TYPE_CHECKING) !== 0;
  }
  get inImportGuard(): boolean {
    return (this.flags & IN_IMPORT_GUARD) !== 0;
  }
  get moduleScope(): boolean {
    return (this.flags & MODULE_SCOPE) !== 0;
  }
  /** The body of a `match`: its lines are case clauses. */
  get matchBody(): boolean {
    return (this.flags & MATCH_BODY) !== 0;
  }
  /** Inside a module-level `with` (tree-sitter binds every `as` target in it, however deep). */
  get moduleWith(): boolean {
    return (this.flags & MODULE_WITH) !== 0;
  }

  private with(flag: number, on: boolean): Ctx {
    return new Ctx(this.scope, on ? this.flags | flag : this.flags & ~flag);
  }
  withTypeChecking(): Ctx {
    return this.with(IN_TYPE_CHECKING, true);
  }
  withImportGuard(): Ctx {
    return this.with(IN_IMPORT_GUARD, true);
  }
  withModuleWith(): Ctx {
    return this.with(MODULE_WITH, true);
  }
  withMatchBody(matchBody: boolean): Ctx {
    return this.with(MATCH_BODY, matchBody);
  }
  /**
   * The body of a def or class named by token `nameToken`: a new scope, in a
   * function if either is; no longer at module level, in a match or under an
   * import guard; still under TYPE_CHECKING and a module-level `with`.
   */
  definitionBody(nameToken: number, isFunction: boolean): Ctx {
    const kept = this.flags & (IN_FUNCTION | IN_TYPE_CHECKING | MODULE_WITH);
    const scope: Scope = { outer: this.scope, token: nameToken, dotted: undefined };
    return new Ctx(scope, isFunction ? kept | IN_FUNCTION : kept);
  }
}

class Scanner {
  readonly c: Uint8Array;
  readonly st: Int32Array;
  readonly en: Int32Array;
  readonly count: number;
  readonly comments: number[];
  /** For each bracket token, the index of its partner. */
  readonly partner: Int32Array;
  /** 1 where the token begins a logical line (no expression reaches back across it). */
  readonly startsLine: Uint8Array;
  readonly lineCount: number;
  readonly lineStart: Int32Array;
  readonly lineEnd: Int32Array;
  readonly lineLevel: Int32Array;
  readonly lineFlags: Uint8Array;
  readonly imports: ImportSite[] = [];
  readonly names = new Set<string>();
  dunderAll: string[] | undefined;
  open = false;
  /** Where dotted() stopped. */
  private dottedEnd = 0;
  /** The `=` tokens of the module-level statement moduleExpression reads (reused). */
  private readonly equals: number[] = [];
  /**
   * lineCol()'s cursor: the line number and line start at `cursorOffset`.
   * Offsets are asked for in source order (a pass over the statements, then
   * one over the calls), so counting the newlines from the last offset asked
   * for costs no more than one pass over the source; an earlier offset starts
   * again from the top.
   */
  private cursorOffset = 0;
  private cursorLine = 1;
  private cursorLineStart = 0;
  /** lineCol()'s answer: 1-based line, 0-based column (UTF-16 code units). */
  line = 1;
  column = 0;

  constructor(
    readonly src: string,
    t: Tokens,
    readonly rules: ScanRules,
  ) {
    // The tokenizer has already dropped comments and worked out lines and brackets.
    this.c = t.code;
    this.st = t.start;
    this.en = t.end;
    this.count = t.count;
    this.comments = t.comments;
    this.partner = t.partner;
    this.startsLine = t.startsLine;
    this.lineCount = t.lineCount;
    this.lineStart = t.lineStart;
    this.lineEnd = t.lineEnd;
    this.lineLevel = t.lineLevel;
    this.lineFlags = t.lineFlags;
  }

  /** Sets `line` and `column` to where `offset` is. */
  lineCol(offset: number): void {
    if (offset < this.cursorOffset) {
      this.cursorOffset = 0;
      this.cursorLine = 1;
      this.cursorLineStart = 0;
    }
    const src = this.src;
    let line = this.cursorLine;
    let lineStart = this.cursorLineStart;
    for (let i = src.indexOf('\n', this.cursorOffset); i >= 0 && i < offset;) {
      line++;
      lineStart = i + 1;
      i = src.indexOf('\n', lineStart);
    }
    this.cursorOffset = offset;
    this.cursorLine = line;
    this.cursorLineStart = lineStart;
    this.line = line;
    this.column = offset - lineStart;
  }

  /** The source text of token `i`. */
  text(i: number): string {
    return this.src.slice(this.st[i]!, this.en[i]!);
  }

  /** Is there a comment between two source offsets? */
  commentBetween(from: number, to: number): boolean {
    for (const c of this.comments) if (c >= from && c < to) return true;
    return false;
  }

  /** Index of the first depth-0 token in [a, b) with code `code`, skipping bracket groups; -1 if none. */
  findTop(a: number, b: number, code: number): number {
    for (let i = a; i < b; i++) {
      if (this.c[i] === code) return i;
      const p = this.partner[i]!;
      if (p > i) i = p;
    }
    return -1;
  }

  /** The enclosing def/class names joined by '.' ('Heartbeat.stop'), once per scope. */
  dottedScope(scope: Scope): string {
    if (scope.dotted === undefined) {
      const name = this.text(scope.token);
      scope.dotted = scope.outer === undefined ? name : `${this.dottedScope(scope.outer)}.${name}`;
    }
    return scope.dotted;
  }

  run(): void {
    const root = new Ctx(undefined, MODULE_SCOPE);
    const frames: Ctx[] = [root];
    let pending: Ctx | undefined;
    let prevLevel = 0;
    const c = this.c;
    for (let li = 0; li < this.lineCount; li++) {
      const level = this.lineLevel[li]!;
      if (level > prevLevel) {
        if (!pending || level !== prevLevel + 1) bail();
        frames[level] = pending!;
      } else if (pending) bail();
      frames.length = level + 1;
      prevLevel = level;
      const ctx = frames[level]!;
      const s = this.lineStart[li]!;
      const e = this.lineEnd[li]!;
      if (ctx.moduleWith) {
        for (let i = s; i < e; i++) if (c[i] === AS) bail();
      }
      pending = this.logicalLine(li, s, e, level, ctx);
    }
    if (pending) bail();
  }

  /** One logical line, tokens [s, b); returns the context of the block it opens, if it opens one. */
  logicalLine(li: number, s: number, b: number, level: number, ctx: Ctx): Ctx | undefined {
    const c = this.c;
    let a = s;
    let head = c[a]!;
    if (head === ASYNC) {
      a++;
      head = c[a]!;
      if (head !== DEF && head !== FOR && head !== WITH) bail();
    }
    const soft =
      (head === MATCH && c[b - 1] === COLON && !ctx.matchBody) || (head === CASE && ctx.matchBody);
    if (ctx.matchBody && !soft) bail();
    // Without a `;` (nearly always) the line is one simple statement: no need to look for one.
    const semicolon = this.lineFlags[li] === SEMICOLON_FLAG;
    if (HEAD[head] !== COMPOUND && !soft) {
      if (semicolon) this.simpleStatements(s, b, ctx);
      else this.simpleStatement(s, b, ctx);
      return undefined;
    }
    const colon = this.headerColon(a + 1, b);
    if ((head === ELSE || head === TRY || head === FINALLY) && colon !== a + 1) bail();
    let body: Ctx = ctx;
    if (head === IF || head === ELIF) {
      if (colon === a + 1) bail();
      const condition = this.src.slice(this.st[a + 1]!, this.en[colon - 1]!);
      if (this.rules.typeChecking.test(condition)) body = ctx.withTypeChecking();
    } else if (head === TRY) {
      if (!ctx.inImportGuard && this.guardsImport(li, level)) body = ctx.withImportGuard();
    } else if (head === FOR) {
      if (ctx.moduleScope) {
        const inAt = this.findTop(a + 1, colon, IN);
        if (inAt < 0) bail();
        this.bindTargets(a + 1, inAt);
      }
    } else if (head === WITH) {
      if (ctx.moduleScope) {
        this.withTargets(a + 1, colon);
        body = ctx.withModuleWith();
      }
    } else if (head === DEF || head === CLASS) {
      if (!isPlainName(c[a + 1]!)) bail();
      const isFunction = head === DEF;
      if (ctx.moduleScope) {
        const name = this.text(a + 1);
        this.names.add(name);
        if (isFunction && name === '__getattr__') this.open = true; // PEP 562
      }
      body = ctx.definitionBody(a + 1, isFunction);
    } else if (head === MATCH) {
      body = ctx.withMatchBody(true);
    } else if (head === CASE) {
      body = ctx.withMatchBody(false);
    } // while, else, except, finally: the same context
    if (colon + 1 < b) {
      // A one-line body: simple statements only.
      if (HEAD[c[colon + 1]!] === COMPOUND || body.matchBody) bail();
      if (body.moduleWith) {
        for (let i = colon + 1; i < b; i++) if (c[i] === AS) bail();
      }
      if (semicolon) this.simpleStatements(colon + 1, b, body);
      else this.simpleStatement(colon + 1, b, body);
      if (li + 1 < this.lineCount && this.lineLevel[li + 1]! > level) bail();
      return undefined;
    }
    return body;
  }

  /** The `:` ending a compound statement's header (a depth-0 `:` not taken by a lambda). */
  headerColon(a: number, b: number): number {
    const c = this.c;
    let lambdas = 0;
    for (let i = a; i < b; i++) {
      const p = this.partner[i]!;
      if (p > i) {
        i = p;
        continue;
      }
      if (c[i] === LAMBDA) lambdas++;
      else if (c[i] === COLON) {
        if (lambdas === 0) return i;
        lambdas--;
      }
    }
    return bail();
  }

  /** Does the `try` on line `li` have a handler that catches ImportError and does not only re-raise? */
  guardsImport(li: number, level: number): boolean {
    const c = this.c;
    let guarded = false;
    for (let j = li + 1; j < this.lineCount; j++) {
      const lineLevel = this.lineLevel[j]!;
      if (lineLevel > level) continue;
      if (lineLevel < level) break;
      const s = this.lineStart[j]!;
      const e = this.lineEnd[j]!;
      const head = c[s]!;
      if (head === ELSE || head === FINALLY) continue;
      if (head !== EXCEPT) break;
      if (guarded) continue;
      const colon = this.headerColon(s + 1, e);
      const re = this.rules.importGuard;
      if (!re.test(this.src.slice(this.st[s]!, this.en[colon]! + 1))) continue;
      // The handler's first statement: a `raise` makes the import required.
      let first: number;
      if (colon + 1 < e) first = colon + 1;
      else {
        if (j + 1 >= this.lineCount || this.lineLevel[j + 1] !== level + 1) bail();
        first = this.lineStart[j + 1]!;
      }
      // Comments before it sit in the except clause, not its block, in tree-sitter's tree too.
      if (c[first] !== RAISE) guarded = true;
    }
    return guarded;
  }

  simpleStatements(a: number, b: number, ctx: Ctx): void {
    const c = this.c;
    let s = a;
    for (let i = a; i <= b; i++) {
      if (i === b || c[i] === SEMICOLON) {
        if (i === s) {
          if (i === b && s > a) return; // a trailing `;`
          bail();
        }
        this.simpleStatement(s, i, ctx);
        s = i + 1;
        continue;
      }
      const p = this.partner[i]!;
      if (p > i) i = p;
    }
  }

  simpleStatement(a: number, b: number, ctx: Ctx): void {
    const c = this.c;
    const head = c[a]!;
    if (head === IMPORT) this.importStatement(a, b, ctx);
    else if (head === FROM) this.fromStatement(a, b, ctx);
    else if (head === GLOBAL) {
      for (let i = a + 1; i < b; i++) if (isName(c[i]!)) this.names.add(this.text(i));
    } else if (HEAD[head] === SIMPLE) {
      // binds nothing the analysis counts
    } else if (head === TYPE && isName(c[a + 1]!) && (c[a + 2] === EQUAL || c[a + 2] === LSQB)) {
      // `type X[T] = …` binds X in CPython, but not in the tree-sitter walk this matches.
      if (ctx.moduleScope && c[a + 2] === EQUAL) this.names.add(this.text(a + 1));
    } else if (head === AT) {
      // a decorator line
    } else if (HEAD[head] === COMPOUND) {
      bail();
    } else if (ctx.moduleScope) this.moduleExpression(a, b);
  }

  /** The text of the dotted name starting at `i`; sets dottedEnd to the index after it. */
  dotted(i: number, b: number): string {
    const c = this.c;
    if (!isPlainName(c[i]!)) bail();
    let j = i + 1;
    let spaced = false;
    while (j + 1 < b && c[j] === DOT && isName(c[j + 1]!)) {
      if (!isPlainName(c[j + 1]!)) bail();
      if (this.st[j] !== this.en[j - 1] || this.st[j + 1] !== this.en[j]) spaced = true;
      j += 2;
    }
    this.dottedEnd = j;
    // Written without spaces (as nearly always), the name is its source text.
    if (!spaced) return this.src.slice(this.st[i]!, this.en[j - 1]!);
    let name = this.text(i);
    for (let k = i + 2; k < j; k += 2) name += '.' + this.text(k);
    return name;
  }

  site(i: number, endToken: number): NameSite {
    this.lineCol(this.st[i]!);
    return { start: this.st[i]!, end: this.en[endToken]!, line: this.line, column: this.column };
  }

  importStatement(a: number, b: number, ctx: Ctx): void {
    const c = this.c;
    // The statement's place first: lineCol() is asked for offsets in source order.
    this.lineCol(this.st[a]!);
    const { line, column } = this;
    const names: ImportedName[] = [];
    const sites: NameSite[] = [];
    let i = a + 1;
    for (;;) {
      const name = this.dotted(i, b);
      const end = this.dottedEnd;
      sites.push(this.site(i, end - 1));
      i = end;
      if (c[i] === AS) {
        if (!isPlainName(c[i + 1]!)) bail();
        names.push({ name, asname: this.text(i + 1) });
        i += 2;
      } else names.push({ name });
      if (i === b) break;
      if (c[i] !== COMMA || i + 1 === b) bail();
      i++;
    }
    this.record(a, b, ctx, 'import', names[0]!.name, 0, -1, names, sites, false, line, column);
  }

  fromStatement(a: number, b: number, ctx: Ctx): void {
    const c = this.c;
    this.lineCol(this.st[a]!);
    const { line, column } = this;
    let i = a + 1;
    let level = 0;
    while (c[i] === DOT || c[i] === ELLIPSIS) {
      level += OP_LENGTH[c[i]!]!;
      i++;
    }
    let module = '';
    let moduleStart = -1;
    if (c[i] !== IMPORT) {
      module = this.dotted(i, b);
      if (level === 0) moduleStart = this.st[i]!;
      i = this.dottedEnd;
    } else if (level === 0) bail();
    if (c[i] !== IMPORT) bail();
    i++;
    const future = level === 0 && module === '__future__' && this.en[i - 2] === this.en[a + 1];
    const names: ImportedName[] = [];
    const sites: NameSite[] = [];
    let star = false;
    let end = b;
    if (c[i] === STAR) {
      if (i + 1 !== b || future) bail();
      star = true;
    } else {
      if (c[i] === LPAR) {
        if (this.partner[i] !== b - 1) bail();
        i++;
        end = b - 1;
      }
      for (;;) {
        if (!isPlainName(c[i]!)) bail();
        const name = this.text(i);
        sites.push(this.site(i, i));
        i++;
        if (c[i] === AS) {
          if (!isPlainName(c[i + 1]!)) bail();
          names.push({ name, asname: this.text(i + 1) });
          i += 2;
        } else names.push({ name });
        if (i === end) break;
        if (c[i] !== COMMA) bail();
        i++;
        if (i === end) {
          if (end === b) bail(); // a trailing comma needs parentheses
          break;
        }
      }
    }
    if (future) {
      module = '__future__';
      moduleStart = -1;
    }
    this.record(a, b, ctx, 'from', module, level, moduleStart, names, sites, star, line, column);
  }

  record(
    a: number,
    b: number,
    ctx: Ctx,
    kind: 'import' | 'from',
    module: string,
    level: number,
    moduleStart: number,
    names: ImportedName[],
    sites: NameSite[],
    star: boolean,
    line: number,
    column: number,
  ): void {
    // The arrays kept are copies of exactly their length: one grown by push
    // holds room for 17, and the check keeps every module's analysis until
    // it is done (at 5,000 modules that slack was 11 of 26 MB).
    const statement: ImportStatement = {
      kind,
      module,
      level,
      names: star ? '*' : names.slice(),
      line,
      column,
      inFunction: ctx.inFunction,
    };
    markContext(
      statement,
      ctx.inTypeChecking,
      ctx.inImportGuard,
      ctx.scope === undefined ? undefined : this.dottedScope(ctx.scope),
    );
    this.imports.push({
      statement,
      start: this.st[a]!,
      end: this.en[b - 1]!,
      moduleStart,
      names: sites.slice(),
    });
    if (ctx.moduleScope) {
      for (let i = 0; i < names.length; i++) {
        const n = names[i]!;
        if (n.asname !== undefined) this.names.add(n.asname);
        else if (kind === 'import') {
          // `import a.b` binds a.
          const dot = n.name.indexOf('.');
          this.names.add(dot < 0 ? n.name : n.name.slice(0, dot));
        } else this.names.add(n.name);
      }
    }
  }

  /** Module-level `x = …`, `a, b = …`, `x: T = …`, and `__all__` edits. */
  moduleExpression(a: number, b: number): void {
    const c = this.c;
    const eqs = this.equals;
    eqs.length = 0;
    let augmented = -1;
    for (let i = a; i < b; i++) {
      const p = this.partner[i]!;
      if (p > i) {
        i = p;
        continue;
      }
      const t = c[i]!;
      if (t === LAMBDA) break; // its defaults' `=` are not assignments
      if (t === EQUAL) eqs.push(i);
      else if (isAugmented(t) && eqs.length === 0) {
        augmented = i;
        break;
      }
    }
    if (augmented >= 0) {
      if (augmented === a + 1 && c[a] === DUNDER_ALL) {
        this.dunderAll ??= [];
        this.addAll(augmented + 1, b);
      }
      return;
    }
    if (eqs.length > 0) {
      let s = a;
      const last = eqs.length - 1;
      for (let n = 0; n <= last; n++) {
        const eq = eqs[n]!;
        let targetEnd = eq;
        if (n === 0) {
          const annotation = this.findTop(s, eq, COLON);
          if (annotation >= 0) targetEnd = annotation;
        }
        if (targetEnd === s) bail();
        this.bindTargets(s, targetEnd);
        if (n === last && targetEnd === s + 1 && c[s] === DUNDER_ALL) {
          this.dunderAll = [];
          this.addAll(eq + 1, b);
        }
        s = eq + 1;
      }
      return;
    }
    // __all__.extend([...]) / __all__.append("x")
    if (c[a] !== DUNDER_ALL || c[a + 1] !== DOT || c[a + 2] !== NAME || c[a + 3] !== LPAR) return;
    const method = this.text(a + 2);
    if (method !== 'extend' && method !== 'append') return;
    const close = this.partner[a + 3]!;
    if (close !== b - 1) bail();
    if (this.en[a + 2]! - this.st[a]! !== method.length + 8) return; // spaced: not the literal callee text
    this.dunderAll ??= [];
    if (close === a + 4) return;
    if (this.commentBetween(this.en[a + 3]!, this.st[a + 4]!)) bail();
    const comma = this.findTop(a + 4, close, COMMA);
    const argEnd = comma >= 0 ? comma : close;
    if (method === 'append') this.addItem(a + 4, argEnd);
    else this.addAll(a + 4, argEnd);
  }

  addItem(a: number, b: number): void {
    if (b === a + 1 && this.c[a] === STRING) {
      const s = this.rules.stringValue(this.text(a));
      if (s !== undefined) {
        this.dunderAll!.push(s);
        this.names.add(s);
        return;
      }
    }
    this.open = true;
  }

  /** A literal list or tuple of strings; anything else leaves the module open. */
  addAll(a: number, b: number): void {
    const c = this.c;
    const opener = c[a];
    const isList = opener === LSQB && this.partner[a] === b - 1;
    const isParen = opener === LPAR && this.partner[a] === b - 1;
    if (!isList && !isParen) {
      this.open = true;
      return;
    }
    const first = a + 1;
    const last = b - 1;
    if (this.findTop(first, last, FOR) >= 0) {
      this.open = true; // a comprehension
      return;
    }
    const comma = this.findTop(first, last, COMMA);
    if (opener === LPAR && comma < 0 && last > first) {
      this.open = true; // a parenthesized expression, not a tuple
      return;
    }
    let s = first;
    for (let i = first; i <= last; i++) {
      if (i === last || c[i] === COMMA) {
        if (i > s) this.addItem(s, i);
        else if (i !== last) bail();
        s = i + 1;
        continue;
      }
      const p = this.partner[i]!;
      if (p > i) i = p;
    }
  }

  /** The names an assignment target list binds (identifiers, not attributes or subscripts). */
  bindTargets(a: number, b: number): void {
    let i = a;
    while (i < b) {
      i = this.target(i, b);
      if (i < b) {
        if (this.c[i] !== COMMA) bail();
        i++;
      }
    }
  }

  target(i: number, b: number): number {
    const c = this.c;
    if (c[i] === STAR) i++;
    let name = -1;
    let innerStart = 0;
    let innerEnd = 0;
    if (isPlainName(c[i]!)) {
      name = i;
      i++;
    } else if (c[i] === LPAR || c[i] === LSQB) {
      const close = this.partner[i]!;
      innerStart = i + 1;
      innerEnd = close;
      i = close + 1;
    } else bail();
    let trailers = false;
    while (i < b) {
      if (c[i] === DOT && isName(c[i + 1]!)) i += 2;
      else if (c[i] === LSQB || c[i] === LPAR) i = this.partner[i]! + 1;
      else break;
      trailers = true;
    }
    if (!trailers) {
      if (name >= 0) this.names.add(this.text(name));
      else this.bindTargets(innerStart, innerEnd);
    }
    return i;
  }

  /** `with a as b, c as (d, e):` at module level binds b, d, e. */
  withTargets(a: number, colon: number): void {
    const c = this.c;
    for (let i = a; i < colon; i++) {
      if (c[i] !== AS) continue;
      let depth = 0;
      let j = i + 1;
      for (; j < colon; j++) {
        const t = c[j];
        if (t === LPAR || t === LSQB || t === LBRACE) depth++;
        else if (t === RPAR || t === RSQB || t === RBRACE) {
          if (depth === 0) break;
          depth--;
        } else if (t === COMMA && depth === 0) break;
      }
      this.bindTargets(i + 1, j);
      i = j - 1;
    }
  }

  /** Walrus targets anywhere (tree-sitter's query counts each one). */
  walrus(): void {
    for (let i = 1; i < this.count; i++) {
      if (this.c[i] === COLON_EQUAL && isName(this.c[i - 1]!)) this.names.add(this.text(i - 1));
    }
  }

  /** Calls whose first argument is a plain string literal, when their callee imports by name. */
  stringImports(): StringImportSite[] {
    const c = this.c;
    const found: StringImportSite[] = [];
    for (let p = 1; p < this.count; p++) {
      if (c[p] !== LPAR || this.startsLine[p]) continue;
      const n = p - 1;
      if (!isPlainName(c[n]!)) continue;
      const arg = p + 1;
      if (c[arg] !== STRING) continue;
      if (!(c[arg + 1] === COMMA || c[arg + 1] === RPAR)) continue;
      // The callee: the identifier, or the whole attribute chain it ends.
      let s = n;
      while (s >= 2 && !this.startsLine[s] && c[s - 1] === DOT) {
        let o = s - 2;
        // Calls and subscripts on the way back: `x().patch`, `a[0].patch`.
        while (c[o] === RPAR || c[o] === RSQB) {
          const open = this.partner[o]!;
          const before = open - 1;
          if (
            before >= 0 &&
            !this.startsLine[open] &&
            (isPlainName(c[before]!) || c[before] === RPAR || c[before] === RSQB)
          )
            o = before;
          else {
            o = open;
            break;
          }
        }
        if (isPlainName(c[o]!)) {
          s = o;
          continue;
        }
        if (c[o] === STRING) while (o > 0 && c[o - 1] === STRING) o--;
        if (c[o] === STRING || c[o] === NUMBER || this.partner[o]! > o) s = o;
        break;
      }
      if (s === n && s > 0 && (c[s - 1] === CLASS || c[s - 1] === DEF)) continue;
      const call = this.src.slice(this.st[s]!, this.en[n]!).replace(/\s+/g, '');
      const text = this.rules.stringValue(this.text(arg));
      if (text === undefined) continue;
      const hit = this.rules.findStringImport(call, text);
      if (!hit) continue;
      this.lineCol(this.st[arg]!);
      found.push({ module: hit.module, text, call, line: this.line, column: this.column });
    }
    return found;
  }
}

/** The analysis from tokens, or undefined when only the full parse can be trusted with this file. */
export function scanModule(
  source: string,
  file: string,
  rules: ScanRules,
): ModuleAnalysis | undefined {
  const tokens = tokenize(source);
  if (!tokens) return undefined;
  try {
    const s = new Scanner(source, tokens, rules);
    const walrus = source.includes(':=');
    const byString = rules.mayImportByString.test(source);
    if (walrus || byString) {
      for (const i of tokens.fstrings) {
        const text = s.text(i);
        // Expressions inside f-strings are parsed by tree-sitter: leave those files to it.
        if ((walrus && text.includes(':=')) || (byString && rules.mayImportByString.test(text)))
          return undefined;
      }
    }
    s.run();
    if (walrus) s.walrus();
    if (rules.opensNamespace(source)) s.open = true;
    const stringImports = byString ? s.stringImports() : [];
    return {
      file,
      imports: s.imports.slice(),
      topLevelNames: s.names,
      dunderAll: s.dunderAll,
      open: s.open,
      stringImports,
    };
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}
