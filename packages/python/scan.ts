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
import { Kind, tokenize, type Line, type Tokens } from './tokenize.js';

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);
const SIMPLE_KEYWORDS = new Set('pass return del assert raise break continue nonlocal'.split(' '));
const COMPOUND = new Set(
  'if elif else while for try except finally with def class async'.split(' '),
);
const AUGMENTED = new Set([
  '+=',
  '-=',
  '*=',
  '/=',
  '//=',
  '%=',
  '**=',
  '>>=',
  '<<=',
  '&=',
  '^=',
  '|=',
  '@=',
]);

export interface ScanRules {
  typeChecking: RegExp;
  importGuard: RegExp;
  /** Does the source write to its module namespace in ways no analysis follows? */
  opensNamespace: (source: string) => boolean;
  mayImportByString: RegExp;
  findStringImport: (call: string, text: string) => { module: string } | undefined;
  stringValue: (literal: string) => string | undefined;
}

interface Ctx {
  scope: string[];
  inFunction: boolean;
  inTypeChecking: boolean;
  inImportGuard: boolean;
  moduleScope: boolean;
  /** The body of a `match`: its lines are case clauses. */
  matchBody: boolean;
  /** Inside a module-level `with` (tree-sitter binds every `as` target in it, however deep). */
  moduleWith: boolean;
}

class Scanner {
  readonly k: Uint8Array;
  readonly st: Int32Array;
  readonly en: Int32Array;
  readonly tx: string[];
  readonly comments: number[];
  /** For each bracket token, the index of its partner. */
  readonly partner: Int32Array;
  /** 1 where the token begins a logical line (no expression reaches back across it). */
  readonly startsLine: Uint8Array;
  readonly lines: Line[];
  readonly imports: ImportSite[] = [];
  readonly names = new Set<string>();
  dunderAll: string[] | undefined;
  open = false;
  private lineStarts: number[] | undefined;

  constructor(
    readonly src: string,
    t: Tokens,
    readonly rules: ScanRules,
  ) {
    // The tokenizer has already dropped comments and worked out lines and brackets.
    this.k = t.kind;
    this.st = t.start;
    this.en = t.end;
    this.tx = t.text;
    this.comments = t.comments;
    this.partner = t.partner;
    this.startsLine = t.startsLine;
    this.lines = t.lines;
  }

  lineCol(offset: number): { line: number; column: number } {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = this.src.indexOf('\n'); i >= 0; i = this.src.indexOf('\n', i + 1))
        starts.push(i + 1);
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! };
  }

  isOp(i: number, op: string): boolean {
    return this.k[i] === Kind.Op && this.tx[i] === op;
  }

  isPlainName(i: number): boolean {
    return this.k[i] === Kind.Name && !KEYWORDS.has(this.tx[i]!);
  }

  isWord(i: number, word: string): boolean {
    return this.k[i] === Kind.Name && this.tx[i] === word;
  }

  /** Is there a comment between two source offsets? */
  commentBetween(from: number, to: number): boolean {
    for (const c of this.comments) if (c >= from && c < to) return true;
    return false;
  }

  /** Index of the first depth-0 token in [a, b) for which `test` holds, skipping bracket groups. */
  findTop(a: number, b: number, test: (i: number) => boolean): number {
    for (let i = a; i < b; i++) {
      if (test(i)) return i;
      const p = this.partner[i]!;
      if (p > i) i = p;
    }
    return -1;
  }

  run(): void {
    const root: Ctx = {
      scope: [],
      inFunction: false,
      inTypeChecking: false,
      inImportGuard: false,
      moduleScope: true,
      matchBody: false,
      moduleWith: false,
    };
    const frames: Ctx[] = [root];
    let pending: Ctx | undefined;
    let prevLevel = 0;
    for (let li = 0; li < this.lines.length; li++) {
      const line = this.lines[li]!;
      if (line.level > prevLevel) {
        if (!pending || line.level !== prevLevel + 1) bail();
        frames[line.level] = pending!;
      } else if (pending) bail();
      frames.length = line.level + 1;
      prevLevel = line.level;
      const ctx = frames[line.level]!;
      if (ctx.moduleWith) {
        for (let i = line.s; i < line.e; i++) if (this.isWord(i, 'as')) bail();
      }
      pending = this.logicalLine(li, line, ctx);
    }
    if (pending) bail();
  }

  /** One logical line; returns the context of the block it opens, if it opens one. */
  logicalLine(li: number, line: Line, ctx: Ctx): Ctx | undefined {
    let a = line.s;
    const b = line.e;
    let head = this.k[a] === Kind.Name ? this.tx[a]! : '';
    if (head === 'async') {
      a++;
      head = this.tx[a]!;
      if (head !== 'def' && head !== 'for' && head !== 'with') bail();
    }
    const soft =
      (head === 'match' && this.isOp(b - 1, ':') && !ctx.matchBody) ||
      (head === 'case' && ctx.matchBody);
    if (ctx.matchBody && !soft) bail();
    if (!COMPOUND.has(head) && !soft) {
      this.simpleStatements(line.s, b, ctx);
      return undefined;
    }
    const colon = this.headerColon(a + 1, b);
    if ((head === 'else' || head === 'try' || head === 'finally') && colon !== a + 1) bail();
    let body: Ctx = ctx;
    switch (head) {
      case 'if':
      case 'elif': {
        if (colon === a + 1) bail();
        const condition = this.src.slice(this.st[a + 1]!, this.en[colon - 1]!);
        if (this.rules.typeChecking.test(condition)) body = { ...ctx, inTypeChecking: true };
        break;
      }
      case 'try':
        if (!ctx.inImportGuard && this.guardsImport(li, line.level))
          body = { ...ctx, inImportGuard: true };
        break;
      case 'for':
        if (ctx.moduleScope) {
          const inAt = this.findTop(a + 1, colon, (i) => this.isWord(i, 'in'));
          if (inAt < 0) bail();
          this.bindTargets(a + 1, inAt);
        }
        break;
      case 'with':
        if (ctx.moduleScope) {
          this.withTargets(a + 1, colon);
          body = { ...ctx, moduleWith: true };
        }
        break;
      case 'def':
      case 'class': {
        if (this.k[a + 1] !== Kind.Name || KEYWORDS.has(this.tx[a + 1]!)) bail();
        const name = this.tx[a + 1]!;
        const isFunction = head === 'def';
        if (ctx.moduleScope) {
          this.names.add(name);
          if (isFunction && name === '__getattr__') this.open = true; // PEP 562
        }
        body = {
          scope: [...ctx.scope, name],
          inFunction: ctx.inFunction || isFunction,
          inTypeChecking: ctx.inTypeChecking,
          inImportGuard: false,
          moduleScope: false,
          matchBody: false,
          moduleWith: ctx.moduleWith,
        };
        break;
      }
      case 'match':
        body = { ...ctx, matchBody: true };
        break;
      case 'case':
        body = { ...ctx, matchBody: false };
        break;
      default: // while, else, except, finally
    }
    if (colon + 1 < b) {
      // A one-line body: simple statements only.
      const first = this.k[colon + 1] === Kind.Name ? this.tx[colon + 1]! : '';
      if (COMPOUND.has(first) || body.matchBody) bail();
      if (body.moduleWith) {
        for (let i = colon + 1; i < b; i++) if (this.isWord(i, 'as')) bail();
      }
      this.simpleStatements(colon + 1, b, body);
      const next = this.lines[li + 1];
      if (next && next.level > line.level) bail();
      return undefined;
    }
    return body;
  }

  /** The `:` ending a compound statement's header (a depth-0 `:` not taken by a lambda). */
  headerColon(a: number, b: number): number {
    let lambdas = 0;
    for (let i = a; i < b; i++) {
      const p = this.partner[i]!;
      if (p > i) {
        i = p;
        continue;
      }
      if (this.isWord(i, 'lambda')) lambdas++;
      else if (this.isOp(i, ':')) {
        if (lambdas === 0) return i;
        lambdas--;
      }
    }
    return bail();
  }

  /** Does the `try` on line `li` have a handler that catches ImportError and does not only re-raise? */
  guardsImport(li: number, level: number): boolean {
    let guarded = false;
    for (let j = li + 1; j < this.lines.length; j++) {
      const line = this.lines[j]!;
      if (line.level > level) continue;
      if (line.level < level) break;
      const head = this.tx[line.s]!;
      if (head === 'else' || head === 'finally') continue;
      if (head !== 'except' || this.k[line.s] !== Kind.Name) break;
      if (guarded) continue;
      const colon = this.headerColon(line.s + 1, line.e);
      const re = this.rules.importGuard;
      if (!re.test(this.src.slice(this.st[line.s]!, this.en[colon]! + 1))) continue;
      // The handler's first statement: a `raise` makes the import required.
      let first: number;
      if (colon + 1 < line.e) first = colon + 1;
      else {
        const body = this.lines[j + 1];
        if (!body || body.level !== level + 1) bail();
        first = body!.s;
      }
      // Comments before it sit in the except clause, not its block, in tree-sitter's tree too.
      if (!this.isWord(first, 'raise')) guarded = true;
    }
    return guarded;
  }

  simpleStatements(a: number, b: number, ctx: Ctx): void {
    let s = a;
    for (let i = a; i <= b; i++) {
      if (i === b || this.isOp(i, ';')) {
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
    const head = this.k[a] === Kind.Name ? this.tx[a]! : '';
    if (head === 'import') this.importStatement(a, b, ctx);
    else if (head === 'from') this.fromStatement(a, b, ctx);
    else if (head === 'global') {
      for (let i = a + 1; i < b; i++) if (this.k[i] === Kind.Name) this.names.add(this.tx[i]!);
    } else if (SIMPLE_KEYWORDS.has(head)) {
      // binds nothing the analysis counts
    } else if (
      head === 'type' &&
      this.k[a + 1] === Kind.Name &&
      (this.isOp(a + 2, '=') || this.isOp(a + 2, '['))
    ) {
      // `type X[T] = …` binds X in CPython, but not in the tree-sitter walk this matches.
      if (ctx.moduleScope && this.isOp(a + 2, '=')) this.names.add(this.tx[a + 1]!);
    } else if (this.isOp(a, '@')) {
      // a decorator line
    } else if (COMPOUND.has(head)) {
      bail();
    } else if (ctx.moduleScope) this.moduleExpression(a, b);
  }

  /** A dotted name starting at `i`: its text and the index after it. */
  dotted(i: number, b: number): { name: string; end: number } {
    if (this.k[i] !== Kind.Name || KEYWORDS.has(this.tx[i]!)) bail();
    let name = this.tx[i]!;
    let j = i + 1;
    while (j + 1 < b && this.isOp(j, '.') && this.k[j + 1] === Kind.Name) {
      if (KEYWORDS.has(this.tx[j + 1]!)) bail();
      name += '.' + this.tx[j + 1]!;
      j += 2;
    }
    return { name, end: j };
  }

  site(i: number, endToken: number): NameSite {
    const { line, column } = this.lineCol(this.st[i]!);
    return { start: this.st[i]!, end: this.en[endToken]!, line, column };
  }

  importStatement(a: number, b: number, ctx: Ctx): void {
    const names: ImportedName[] = [];
    const sites: NameSite[] = [];
    let i = a + 1;
    for (;;) {
      const d = this.dotted(i, b);
      sites.push(this.site(i, d.end - 1));
      i = d.end;
      if (this.isWord(i, 'as')) {
        if (this.k[i + 1] !== Kind.Name || KEYWORDS.has(this.tx[i + 1]!)) bail();
        names.push({ name: d.name, asname: this.tx[i + 1]! });
        i += 2;
      } else names.push({ name: d.name });
      if (i === b) break;
      if (!this.isOp(i, ',') || i + 1 === b) bail();
      i++;
    }
    this.record(a, b, ctx, 'import', names[0]!.name, 0, -1, names, sites, false);
  }

  fromStatement(a: number, b: number, ctx: Ctx): void {
    let i = a + 1;
    let level = 0;
    while (this.isOp(i, '.') || this.isOp(i, '...')) {
      level += this.tx[i]!.length;
      i++;
    }
    let module = '';
    let moduleStart = -1;
    if (!this.isWord(i, 'import')) {
      const d = this.dotted(i, b);
      module = d.name;
      if (level === 0) moduleStart = this.st[i]!;
      i = d.end;
    } else if (level === 0) bail();
    if (!this.isWord(i, 'import')) bail();
    i++;
    const future = level === 0 && module === '__future__' && this.en[i - 2] === this.en[a + 1];
    const names: ImportedName[] = [];
    const sites: NameSite[] = [];
    let star = false;
    let end = b;
    if (this.isOp(i, '*')) {
      if (i + 1 !== b || future) bail();
      star = true;
    } else {
      if (this.isOp(i, '(')) {
        if (this.partner[i] !== b - 1) bail();
        i++;
        end = b - 1;
      }
      for (;;) {
        if (this.k[i] !== Kind.Name || KEYWORDS.has(this.tx[i]!)) bail();
        const name = this.tx[i]!;
        sites.push(this.site(i, i));
        i++;
        if (this.isWord(i, 'as')) {
          if (this.k[i + 1] !== Kind.Name || KEYWORDS.has(this.tx[i + 1]!)) bail();
          names.push({ name, asname: this.tx[i + 1]! });
          i += 2;
        } else names.push({ name });
        if (i === end) break;
        if (!this.isOp(i, ',')) bail();
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
    this.record(a, b, ctx, 'from', module, level, moduleStart, names, sites, star);
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
  ): void {
    const { line, column } = this.lineCol(this.st[a]!);
    const statement: ImportStatement = {
      kind,
      module,
      level,
      names: star ? '*' : names,
      line,
      column,
      inFunction: ctx.inFunction,
    };
    markContext(statement, ctx);
    this.imports.push({
      statement,
      start: this.st[a]!,
      end: this.en[b - 1]!,
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
  moduleExpression(a: number, b: number): void {
    const eqs: number[] = [];
    let augmented = -1;
    for (let i = a; i < b; i++) {
      const p = this.partner[i]!;
      if (p > i) {
        i = p;
        continue;
      }
      if (this.isWord(i, 'lambda')) break; // its defaults' `=` are not assignments
      if (this.k[i] !== Kind.Op) continue;
      const t = this.tx[i]!;
      if (t === '=') eqs.push(i);
      else if (AUGMENTED.has(t) && eqs.length === 0) {
        augmented = i;
        break;
      }
    }
    if (augmented >= 0) {
      if (augmented === a + 1 && this.isWord(a, '__all__')) {
        this.dunderAll ??= [];
        this.addAll(augmented + 1, b);
      }
      return;
    }
    if (eqs.length > 0) {
      let s = a;
      eqs.forEach((eq, n) => {
        let targetEnd = eq;
        if (n === 0) {
          const annotation = this.findTop(s, eq, (i) => this.isOp(i, ':'));
          if (annotation >= 0) targetEnd = annotation;
        }
        if (targetEnd === s) bail();
        this.bindTargets(s, targetEnd);
        if (n === eqs.length - 1 && targetEnd === s + 1 && this.isWord(s, '__all__')) {
          this.dunderAll = [];
          this.addAll(eq + 1, b);
        }
        s = eq + 1;
      });
      return;
    }
    // __all__.extend([...]) / __all__.append("x")
    if (
      this.isWord(a, '__all__') &&
      this.isOp(a + 1, '.') &&
      (this.isWord(a + 2, 'extend') || this.isWord(a + 2, 'append')) &&
      this.isOp(a + 3, '(')
    ) {
      const close = this.partner[a + 3]!;
      if (close !== b - 1) bail();
      if (this.en[a + 2]! - this.st[a]! !== this.tx[a + 2]!.length + 8) return; // spaced: not the literal callee text
      this.dunderAll ??= [];
      if (close === a + 4) return;
      if (this.commentBetween(this.en[a + 3]!, this.st[a + 4]!)) bail();
      const argEnd = this.findTop(a + 4, close + 1, (i) => i === close || this.isOp(i, ','));
      if (this.tx[a + 2] === 'append') this.addItem(a + 4, argEnd);
      else this.addAll(a + 4, argEnd);
    }
  }

  addItem(a: number, b: number): void {
    if (b === a + 1 && this.k[a] === Kind.String) {
      const s = this.rules.stringValue(this.src.slice(this.st[a]!, this.en[a]!));
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
    const opener = this.tx[a];
    const isList = this.isOp(a, '[') && this.partner[a] === b - 1;
    const isParen = this.isOp(a, '(') && this.partner[a] === b - 1;
    if (!isList && !isParen) {
      this.open = true;
      return;
    }
    const inner = [a + 1, b - 1] as const;
    if (this.findTop(inner[0], inner[1], (i) => this.isWord(i, 'for')) >= 0) {
      this.open = true; // a comprehension
      return;
    }
    const comma = this.findTop(inner[0], inner[1], (i) => this.isOp(i, ','));
    if (opener === '(' && comma < 0 && inner[1] > inner[0]) {
      this.open = true; // a parenthesized expression, not a tuple
      return;
    }
    let s = inner[0];
    for (let i = inner[0]; i <= inner[1]; i++) {
      if (i === inner[1] || this.isOp(i, ',')) {
        if (i > s) this.addItem(s, i);
        else if (i !== inner[1]) bail();
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
        if (!this.isOp(i, ',')) bail();
        i++;
      }
    }
  }

  target(i: number, b: number): number {
    if (this.isOp(i, '*')) i++;
    let name: string | undefined;
    let inner: [number, number] | undefined;
    if (this.k[i] === Kind.Name && !KEYWORDS.has(this.tx[i]!)) {
      name = this.tx[i]!;
      i++;
    } else if (this.isOp(i, '(') || this.isOp(i, '[')) {
      const close = this.partner[i]!;
      inner = [i + 1, close];
      i = close + 1;
    } else bail();
    let trailers = false;
    while (i < b) {
      if (this.isOp(i, '.') && this.k[i + 1] === Kind.Name) i += 2;
      else if (this.isOp(i, '[') || this.isOp(i, '(')) i = this.partner[i]! + 1;
      else break;
      trailers = true;
    }
    if (!trailers) {
      if (name !== undefined) this.names.add(name);
      else this.bindTargets(inner![0], inner![1]);
    }
    return i;
  }

  /** `with a as b, c as (d, e):` at module level binds b, d, e. */
  withTargets(a: number, colon: number): void {
    for (let i = a; i < colon; i++) {
      if (!this.isWord(i, 'as')) continue;
      let depth = 0;
      let j = i + 1;
      for (; j < colon; j++) {
        const t = this.k[j] === Kind.Op ? this.tx[j]! : '';
        if (t === '(' || t === '[' || t === '{') depth++;
        else if (t === ')' || t === ']' || t === '}') {
          if (depth === 0) break;
          depth--;
        } else if (t === ',' && depth === 0) break;
      }
      this.bindTargets(i + 1, j);
      i = j - 1;
    }
  }

  /** Walrus targets anywhere (tree-sitter's query counts each one). */
  walrus(): void {
    for (let i = 1; i < this.k.length; i++) {
      if (this.isOp(i, ':=') && this.k[i - 1] === Kind.Name) this.names.add(this.tx[i - 1]!);
    }
  }

  /** Calls whose first argument is a plain string literal, when their callee imports by name. */
  stringImports(): StringImportSite[] {
    const found: StringImportSite[] = [];
    for (let p = 1; p < this.k.length; p++) {
      if (!this.isOp(p, '(') || this.startsLine[p]) continue;
      const n = p - 1;
      if (this.k[n] !== Kind.Name || KEYWORDS.has(this.tx[n]!)) continue;
      const arg = p + 1;
      if (this.k[arg] !== Kind.String) continue;
      if (!(this.isOp(arg + 1, ',') || this.isOp(arg + 1, ')'))) continue;
      // The callee: the identifier, or the whole attribute chain it ends.
      let s = n;
      while (s >= 2 && !this.startsLine[s] && this.isOp(s - 1, '.')) {
        let o = s - 2;
        // Calls and subscripts on the way back: `x().patch`, `a[0].patch`.
        while (this.isOp(o, ')') || this.isOp(o, ']')) {
          const open = this.partner[o]!;
          const before = open - 1;
          if (
            !this.startsLine[open] &&
            (this.isPlainName(before) || this.isOp(before, ')') || this.isOp(before, ']'))
          )
            o = before;
          else {
            o = open;
            break;
          }
        }
        if (this.isPlainName(o)) {
          s = o;
          continue;
        }
        if (this.k[o] === Kind.String) while (o > 0 && this.k[o - 1] === Kind.String) o--;
        if (this.k[o] === Kind.String || this.k[o] === Kind.Number || this.partner[o]! > o) s = o;
        break;
      }
      if (s === n && s > 0 && (this.isWord(s - 1, 'class') || this.isWord(s - 1, 'def'))) continue;
      const call = this.src.slice(this.st[s]!, this.en[n]!).replace(/\s+/g, '');
      const literal = this.src.slice(this.st[arg]!, this.en[arg]!);
      const text = this.rules.stringValue(literal);
      if (text === undefined) continue;
      const hit = this.rules.findStringImport(call, text);
      if (!hit) continue;
      const { line, column } = this.lineCol(this.st[arg]!);
      found.push({ module: hit.module, text, call, line, column });
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
        const text = source.slice(s.st[i]!, s.en[i]!);
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
      imports: s.imports,
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
