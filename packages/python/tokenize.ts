/**
 * A Python tokenizer written to the language reference (lexical analysis),
 * for finding statements without a full parse: NAME, NUMBER, STRING (every
 * prefix and quote; f-strings with nested replacement fields and reused
 * quotes per PEP 701 are one token), OP, COMMENT, and the NEWLINE / INDENT /
 * DEDENT tokens that delimit logical lines. Bracketed newlines and backslash
 * continuations join lines, as in CPython.
 *
 * The source is already decoded (encoding.ts reads the encoding declaration
 * and BOM). Anything the tokenizer cannot prove well formed (an unterminated
 * string, unbalanced brackets, an inconsistent dedent, a stray character, a
 * lone CR, tabs and spaces mixed in one indentation) returns undefined: the
 * caller then falls back to the full parse, which reports the error with
 * file, line and column exactly as before.
 */

export const Kind = {
  Name: 1,
  Number: 2,
  String: 3,
  Op: 4,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** A logical line: its tokens are [s, e) and `level` is its indentation depth. */
export interface Line {
  s: number;
  e: number;
  level: number;
}

/**
 * The significant tokens of a module (NAME, NUMBER, STRING, OP) in parallel
 * arrays, with what the statement scan needs already worked out while
 * tokenizing, so it takes no second pass over them: the logical lines (where
 * NEWLINE tokens fall, with the depth INDENT/DEDENT tokens give), each
 * bracket's partner, and where comments start.
 */
export interface Tokens {
  /** Kind of each token; reading past the last one gives undefined, as for an array. */
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  /** The text of Name and Op tokens ('' for the others); Op texts are shared constants. */
  text: string[];
  /** Indices of the String tokens whose literal holds replacement fields (f-strings). */
  fstrings: number[];
  /** Source offsets where comments start. */
  comments: number[];
  lines: Line[];
  /** For each bracket token, the index of its partner; -1 for the others. */
  partner: Int32Array;
  /** 1 where the token begins a logical line (no expression reaches back across it). */
  startsLine: Uint8Array;
}

/** The numeric token arrays of one tokenize() call. */
interface Scratch {
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  partner: Int32Array;
  startsLine: Uint8Array;
}

function scratch(size: number): Scratch {
  return {
    kind: new Uint8Array(size),
    start: new Int32Array(size),
    end: new Int32Array(size),
    partner: new Int32Array(size),
    startsLine: new Uint8Array(size),
  };
}

/**
 * The arrays are reused from one module to the next: allocating five arrays
 * per module and growing them token by token was a third of the tokenizer's
 * time on small files. A Tokens result views them, so it is valid until the
 * next call of tokenize(). Sized to the source (no module has more tokens
 * than characters), 14 bytes a character: kept only up to a 1 MiB source, so
 * one huge generated module does not stay in memory for the rest of the run.
 */
const KEPT_MAX = 1 << 20;
let kept: Scratch = scratch(0);

function arraysFor(length: number): Scratch {
  const size = length + 1;
  if (size > KEPT_MAX) return scratch(size);
  if (kept.kind.length < size)
    kept = scratch(Math.min(KEPT_MAX, Math.max(size, kept.kind.length * 2, 4096)));
  return kept;
}

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);
const NAME_START = /[_\p{ID_Start}]/uy;
const NAME_REST = /[\p{ID_Continue}]*/uy;
const NUMBER =
  /(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?)/y;

function isAsciiNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 // _
  );
}

/** End of the identifier starting at `i` (which is a name start), or bails. */
function nameEnd(src: string, i: number): number {
  const c = src.charCodeAt(i);
  if (c > 127) {
    NAME_START.lastIndex = i;
    if (!NAME_START.test(src)) bail();
    i = NAME_START.lastIndex;
  } else i++;
  for (;;) {
    const d = src.charCodeAt(i);
    if (isAsciiNameChar(d)) i++;
    else if (d > 127) {
      NAME_REST.lastIndex = i;
      NAME_REST.test(src);
      if (NAME_REST.lastIndex === i) return i;
      i = NAME_REST.lastIndex;
    } else return i;
  }
}

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}

/**
 * The end of the string literal whose opening quote is at `i`. `raw` and `f`
 * come from its prefix. Replacement fields of f-strings are scanned as
 * expressions (nested strings may reuse the outer quote, PEP 701).
 */
function scanString(src: string, i: number, raw: boolean, f: boolean): number {
  const q = src.charCodeAt(i);
  const triple = src.charCodeAt(i + 1) === q && src.charCodeAt(i + 2) === q;
  i += triple ? 3 : 1;
  const n = src.length;
  for (;;) {
    if (i >= n) bail();
    const c = src.charCodeAt(i);
    if (c === 92 /* \ */) {
      // Even in a raw string a backslash keeps the next character from ending it.
      i += src.charCodeAt(i + 1) === 13 && src.charCodeAt(i + 2) === 10 ? 3 : 2;
    } else if (c === q) {
      if (!triple) return i + 1;
      if (src.charCodeAt(i + 1) === q && src.charCodeAt(i + 2) === q) return i + 3;
      i++;
    } else if (c === 10 || c === 13) {
      if (!triple) bail();
      i++;
    } else if (f && c === 123 /* { */) {
      if (src.charCodeAt(i + 1) === 123) i += 2;
      else i = scanField(src, i + 1, q, triple, raw);
    } else if (f && c === 125 /* } */) {
      if (src.charCodeAt(i + 1) === 125) i += 2;
      else bail();
    } else i++;
  }
}

/** A replacement field's expression, from after its `{` to after its `}`. */
function scanField(src: string, i: number, q: number, triple: boolean, raw: boolean): number {
  let depth = 0;
  const n = src.length;
  for (;;) {
    if (i >= n) bail();
    const c = src.charCodeAt(i);
    if (c === 34 || c === 39) {
      i = scanString(src, i, false, false);
    } else if (isNameStart(c)) {
      const e = nameEnd(src, i);
      const next = src.charCodeAt(e);
      const word = src.slice(i, e).toLowerCase();
      if ((next === 34 || next === 39) && STRING_PREFIXES.has(word)) {
        i = scanString(src, e, word.includes('r'), word.includes('f'));
      } else i = e;
    } else if (c === 40 || c === 91 || c === 123) {
      depth++;
      i++;
    } else if (c === 41 || c === 93) {
      if (--depth < 0) bail();
      i++;
    } else if (c === 125) {
      if (depth === 0) return i + 1;
      depth--;
      i++;
    } else if (depth === 0 && c === 58 /* : */) {
      return scanFormatSpec(src, i + 1, q, triple, raw);
    } else if (c === 35 /* # */ || c === 92 /* \ */) {
      bail(); // comments and backslashes in replacement fields: rare, left to the full parse
    } else i++;
  }
}

/** A format spec, from after its `:` to after the field's closing `}`. */
function scanFormatSpec(src: string, i: number, q: number, triple: boolean, raw: boolean): number {
  const n = src.length;
  for (;;) {
    if (i >= n) bail();
    const c = src.charCodeAt(i);
    if (c === 123) i = scanField(src, i + 1, q, triple, raw);
    else if (c === 125) return i + 1;
    else if (c === 92 && !raw) i += 2;
    else if (c === q || ((c === 10 || c === 13) && !triple)) bail();
    else i++;
  }
}

/** Tokens of a whole module, or undefined when the text does not tokenize cleanly. */
export function tokenize(src: string): Tokens | undefined {
  try {
    return run(src);
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}

/**
 * The operator or delimiter at `i` (its first character is `c`), longest
 * match first, as one of the shared string constants below; undefined for a
 * character that starts none.
 */
function opAt(src: string, i: number, c: number): string | undefined {
  const d = src.charCodeAt(i + 1);
  switch (c) {
    case 40:
      return '(';
    case 41:
      return ')';
    case 91:
      return '[';
    case 93:
      return ']';
    case 123:
      return '{';
    case 125:
      return '}';
    case 44:
      return ',';
    case 59:
      return ';';
    case 126:
      return '~';
    case 58:
      return d === 61 ? ':=' : ':';
    case 46:
      return d === 46 && src.charCodeAt(i + 2) === 46 ? '...' : '.';
    case 43:
      return d === 61 ? '+=' : '+';
    case 45:
      return d === 61 ? '-=' : d === 62 ? '->' : '-';
    case 37:
      return d === 61 ? '%=' : '%';
    case 38:
      return d === 61 ? '&=' : '&';
    case 124:
      return d === 61 ? '|=' : '|';
    case 94:
      return d === 61 ? '^=' : '^';
    case 64:
      return d === 61 ? '@=' : '@';
    case 61:
      return d === 61 ? '==' : '=';
    case 33:
      return d === 61 ? '!=' : undefined;
    case 42:
      if (d === 42) return src.charCodeAt(i + 2) === 61 ? '**=' : '**';
      return d === 61 ? '*=' : '*';
    case 47:
      if (d === 47) return src.charCodeAt(i + 2) === 61 ? '//=' : '//';
      return d === 61 ? '/=' : '/';
    case 60:
      if (d === 60) return src.charCodeAt(i + 2) === 61 ? '<<=' : '<<';
      return d === 61 ? '<=' : '<';
    case 62:
      if (d === 62) return src.charCodeAt(i + 2) === 61 ? '>>=' : '>>';
      return d === 61 ? '>=' : '>';
    default:
      return undefined;
  }
}

/** End of the comment starting at `i`: the next line break. */
function commentEnd(src: string, i: number): number {
  const n = src.length;
  let e = i;
  while (e < n) {
    const c = src.charCodeAt(e);
    if (c === 10 || c === 13) break;
    e++;
  }
  return e;
}

function run(src: string): Tokens {
  const text: string[] = [];
  const fstrings: number[] = [];
  const comments: number[] = [];
  const lines: Line[] = [];
  const { kind, start, end, partner, startsLine } = arraysFor(src.length);
  let count = 0;
  let lineStart = -1;
  const n = src.length;
  const indents = [0];
  /** Token indices of the open brackets. */
  const brackets: number[] = [];
  let i = 0;
  let atLineStart = true;
  for (;;) {
    if (atLineStart && brackets.length === 0) {
      let col = 0;
      let tabs = false;
      let spaces = false;
      for (;;) {
        const c = src.charCodeAt(i);
        if (c === 32) {
          col++;
          spaces = true;
        } else if (c === 9) {
          col = (Math.floor(col / 8) + 1) * 8;
          tabs = true;
        } else if (c === 12) {
          col = 0; // a form feed resets the indentation count, as in CPython
        } else break;
        i++;
      }
      const c = src.charCodeAt(i);
      if (i >= n) break;
      if (c === 35) {
        // A comment-only line: no NEWLINE, no INDENT.
        comments.push(i);
        i = commentEnd(src, i);
        continue;
      }
      if (c === 10) {
        i++;
        continue;
      }
      if (c === 13) {
        if (src.charCodeAt(i + 1) !== 10) bail();
        i += 2;
        continue;
      }
      if (c === 92) bail();
      if (tabs && spaces) bail();
      const top = indents[indents.length - 1]!;
      if (col > top) indents.push(col);
      else {
        while (col < indents[indents.length - 1]!) indents.pop();
        if (col !== indents[indents.length - 1]) bail();
      }
      atLineStart = false;
    }
    if (i >= n) break;
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 12) {
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      if (c === 13 && src.charCodeAt(i + 1) !== 10) bail();
      if (brackets.length === 0) {
        // NEWLINE: ends the logical line, if it holds tokens.
        if (lineStart >= 0) lines.push({ s: lineStart, e: count, level: indents.length - 1 });
        lineStart = -1;
        atLineStart = true;
      }
      i += c === 13 ? 2 : 1;
      continue;
    }
    if (c === 35) {
      comments.push(i);
      i = commentEnd(src, i);
      continue;
    }
    if (c === 92) {
      if (src.charCodeAt(i + 1) === 10) i += 2;
      else if (src.charCodeAt(i + 1) === 13 && src.charCodeAt(i + 2) === 10) i += 3;
      else bail();
      if (i >= n) bail();
      continue;
    }
    // A token.
    let k: Kind;
    let e: number;
    let t = '';
    let f = false;
    if (c === 34 || c === 39) {
      k = Kind.String;
      e = scanString(src, i, false, false);
    } else if (isNameStart(c)) {
      const ne = nameEnd(src, i);
      const next = src.charCodeAt(ne);
      if ((next === 34 || next === 39) && ne - i <= 2) {
        const lower = src.slice(i, ne).toLowerCase();
        if (!STRING_PREFIXES.has(lower)) bail(); // t-strings and typos: left to the full parse
        f = lower.includes('f');
        k = Kind.String;
        e = scanString(src, ne, lower.includes('r'), f);
      } else {
        k = Kind.Name;
        e = ne;
        t = src.slice(i, ne);
      }
    } else if (
      (c >= 48 && c <= 57) ||
      (c === 46 && src.charCodeAt(i + 1) >= 48 && src.charCodeAt(i + 1) <= 57)
    ) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(src)) bail();
      e = NUMBER.lastIndex;
      if (isNameStart(src.charCodeAt(e))) bail(); // `1if x else y` and the like
      k = Kind.Number;
    } else {
      const op = opAt(src, i, c) ?? bail();
      k = Kind.Op;
      e = i + op.length;
      t = op;
    }
    const j = count++;
    if (f) fstrings.push(j);
    startsLine[j] = lineStart < 0 ? 1 : 0;
    if (lineStart < 0) lineStart = j;
    kind[j] = k;
    start[j] = i;
    end[j] = e;
    text.push(t);
    partner[j] = -1;
    if (k === Kind.Op && e === i + 1) {
      if (c === 40 || c === 91 || c === 123) brackets.push(j);
      else if (c === 41 || c === 93 || c === 125) {
        const open = brackets.pop();
        if (open === undefined) bail();
        const o = src.charCodeAt(start[open!]!);
        if (o !== (c === 41 ? 40 : c === 93 ? 91 : 123)) bail();
        partner[open!] = j;
        partner[j] = open!;
      }
    }
    i = e;
  }
  if (brackets.length > 0) bail();
  if (lineStart >= 0) lines.push({ s: lineStart, e: count, level: indents.length - 1 });
  return {
    kind: kind.subarray(0, count),
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    text,
    fstrings,
    comments,
    lines,
    partner: partner.subarray(0, count),
    startsLine: startsLine.subarray(0, count),
  };
}
